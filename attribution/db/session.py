"""Engines, sessions and schema upgrades for a database URL.

Everything that opens the database goes through here so SQLite always gets the same pragmas
(foreign keys on, or `ON DELETE SET NULL` on review events would silently not happen) and so a
URL that cannot be opened becomes one `DatabaseError` line instead of a driver traceback.
Migrations run programmatically from the `attribution.migrations` package: no alembic.ini.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from alembic.util.exc import CommandError as AlembicError  # e.g. a revision newer than this version knows
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from attribution import settings
from attribution.db.models import Base

log = logging.getLogger(__name__)


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message is one line for the user."""


def display_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        # WAL lets a reviewer read while an extraction writes; harmless for :memory:.
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for `url` (a URL or a plain SQLite path; default from settings), checked by
    connecting once so a bad URL fails here with one line rather than mid-command."""
    url = settings.database_url(url)
    kwargs: dict[str, Any] = {}
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"cannot open database {url!r}: not a database URL") from exc
    if _is_sqlite(url) and parsed.database in (None, "", ":memory:"):
        # one shared connection, or every session would see a different empty database
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(f"cannot open database {display_url(url)}: {_first_line(exc)}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {display_url(url)}: {_first_line(exc)}") from exc
    return engine


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so results outlive the transaction."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(url: str | None = None, upgrade_schema: bool = True) -> Iterator[Session]:
    """A session on `url`, schema brought up to date first; closed (not committed) at the end."""
    engine = make_engine(url)
    try:
        if upgrade_schema:
            ensure_schema(engine)
        with session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


# --- migrations ------------------------------------------------------------------------------


def _alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("attribution.migrations")))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    """The newest migration shipped with this version of the package."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, None for a database never migrated."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def ensure_schema(engine: Engine) -> bool:
    """Upgrade the database to head if it isn't there; True when anything was done."""
    try:
        if current_revision(engine) == head_revision():
            return False
        _upgrade_engine(engine)
        return True
    except (SQLAlchemyError, AlembicError) as exc:
        raise DatabaseError(
            f"cannot upgrade database {display_url(str(engine.url))}: {_first_line(exc)}"
        ) from exc


def _upgrade_engine(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        names = set(inspect(connection).get_table_names())
        cfg = _alembic_config(connection)
        if "alembic_version" not in names and set(Base.metadata.tables) <= names:
            # tables made by Base.metadata.create_all (e.g. a test): adopt them as head
            log.info("adopting an unversioned database as migration head")
            command.stamp(cfg, "head")
            return
        command.upgrade(cfg, revision)


def upgrade(url: str | None = None, revision: str = "head") -> str | None:
    """Run migrations up to `revision` on `url`; returns the revision the database is now at."""
    engine = make_engine(url)
    try:
        try:
            _upgrade_engine(engine, revision)
        except (SQLAlchemyError, AlembicError) as exc:
            raise DatabaseError(
                f"cannot upgrade database {display_url(str(engine.url))}: {_first_line(exc)}"
            ) from exc
        return current_revision(engine)
    finally:
        engine.dispose()
