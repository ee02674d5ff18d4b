"""Storage: the ORM schema, sessions and migrations. Nothing here knows about spaCy."""
