"""Alembic migrations, shipped as `attribution.migrations` (see pyproject)."""
