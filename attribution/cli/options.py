"""Options and helpers every command group shares, so `--db`, `--format` and `--model` read,
default and fail the same way everywhere.

Usage in a command: `db: DbOption = None, fmt: FormatOption = Format.table, model: ModelOption = None`,
then `with open_session(db) as session: ...`; user errors go through `fail()` (one line on
stderr, non-zero exit, never a traceback).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from attribution import settings

if TYPE_CHECKING:  # SQLAlchemy loads only for commands that open a database (not `extract --no-store`)
    from sqlalchemy.orm import Session


class Format(str, Enum):
    """Output formats of listings (see attribution.render)."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    """Machine formats only (export)."""

    jsonl = "jsonl"
    json = "json"
    csv = "csv"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help=f"Database URL or SQLite file path [env {settings.DB_ENV}; default {settings.DEFAULT_DB}].",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", case_sensitive=False, help="Output format."),
]
ExportFormatOption = Annotated[
    ExportFormat,
    typer.Option("--format", "-f", case_sensitive=False, help="Output format."),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help=f"spaCy model name or path [env {settings.MODEL_ENV}; default: first installed of "
        f"{', '.join(settings.DEFAULT_MODELS)}].",
        show_default=False,
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one `error:` line on stderr and exit with `code`."""
    warn(message)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """One `error:` line on stderr, carrying on (e.g. one bad input among many)."""
    print(f"error: {message}", file=sys.stderr)


def missing_sqlite_file(url: str) -> str | None:
    """The path of an SQLite database file that doesn't exist yet, else None."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return None if Path(parsed.database).exists() else parsed.database


@contextmanager
def open_session(db: str | None, create: bool = False) -> Iterator[Session]:
    """A session on the `--db` database, schema upgraded; errors become one line.

    Reading commands pass `create=False` so a mistyped path says "no database" instead of
    leaving an empty file behind; `extract` and `db upgrade` create it.
    """
    from attribution.db.session import DatabaseError, session_scope

    url = settings.database_url(db)
    if not create and (missing := missing_sqlite_file(url)) is not None:
        fail(f"no database at {missing}; run `attribution extract` first or pass --db")
    try:
        with session_scope(url) as session:
            yield session
    except DatabaseError as exc:
        fail(str(exc))
