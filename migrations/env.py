"""Alembic environment: runs on the connection `attribution.db.session` hands over.

Run programmatically (`attribution db upgrade`), `config.attributes["connection"]` is set; from the
alembic command line, `sqlalchemy.url` in the config (or ATTRIBUTION_DB) is used instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from attribution import settings
from attribution.db.models import Base

config = context.config
target_metadata = Base.metadata


def _include_name(name, type_, parent_names) -> bool:  # type: ignore[no-untyped-def]
    # the FTS5 index and its shadow tables are made by hand in 0001, not by the ORM
    return not (type_ == "table" and name is not None and name.startswith("quotes_fts"))


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=_include_name,
        # SQLite can't ALTER most things; batch mode copies the table instead
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or settings.database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or settings.database_url())
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
