"""Core commands: extract, quotes, speakers, articles, show, export, db upgrade.

Thin: parse options, call attribution.reading / extract / db.store / db.queries, render with
attribution.render. User errors are one `error:` line on stderr and a non-zero exit.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from attribution import __version__, settings
from attribution.cli import app
from attribution.cli.options import (
    DbOption,
    ExportFormat,
    ExportFormatOption,
    Format,
    FormatOption,
    ModelOption,
    fail,
    open_session,
    warn,
)
from attribution.records import QUOTE_KINDS, Article, ArticleExtraction
from attribution.render import (
    ARTICLE_COLUMNS,
    EXTRACT_COLUMNS,
    QUOTE_COLUMNS,
    SPEAKER_COLUMNS,
    render,
    render_quote_detail,
)

db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")

PROGRESS_MIN_ARTICLES = 4  # a bar for more than 3 articles


def _progress(total: int) -> Any:
    """A Rich progress bar on stderr (stdout stays clean for piping), or None."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if total < PROGRESS_MIN_ARTICLES or not console.is_terminal:
        return None
    return Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    )


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH...", help="Article files, directories, or - for stdin.")
    ],
    glob: Annotated[str, typer.Option("--glob", help="File pattern inside directories.")] = "*.txt",
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Text encoding of the inputs [default: UTF-8].")
    ] = None,
    db: DbOption = None,
    model: ModelOption = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Extract only; write nothing.")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Re-extract articles already stored (reviews are kept).")
    ] = False,
    fmt: FormatOption = Format.table,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per spaCy batch.")] = 16,
) -> None:
    """Find the quotes in articles, attribute them, and store them.

    The table shows one summary row per article; json, jsonl and csv give one record per quote
    (the same fields as `quotes`; `id` and `article` are null with --no-store).
    """
    from attribution import nlp
    from attribution.extract import extract_articles
    from attribution.reading import ReadError, read_inputs

    articles: list[Article] = []
    bad_inputs = 0
    for item in read_inputs(paths, glob=glob, encoding=encoding):
        if isinstance(item, ReadError):
            warn(str(item))
            bad_inputs += 1
        else:
            articles.append(item)

    try:
        model_name = nlp.resolve_model_name(model) if articles else (model or "")
    except nlp.ModelNotFound as exc:
        fail(str(exc), code=2)
    extractor = f"attribution {__version__}/{model_name}"

    state = {"failed": bad_inputs}

    def extractions(todo: list[Article]) -> Iterator[ArticleExtraction]:
        progress = _progress(len(todo))
        if progress is None:
            yield from extract_articles(todo, model=model, batch_size=batch_size)
            return
        with progress:
            task = progress.add_task("extract", total=len(todo))
            for extraction in extract_articles(todo, model=model, batch_size=batch_size):
                yield extraction
                progress.advance(task)

    def summary(source: str, result: Any) -> dict[str, Any]:
        return {
            "source": source, "article": result.article_id,
            "status": result.status, "quotes": result.quotes, "speakers": result.speakers,
            "new_quotes": result.new_quotes, "removed_quotes": result.removed_quotes,
            "orphaned_reviews": result.orphaned_reviews, "changed_reviews": result.changed_reviews,
        }

    def unstored() -> Iterator[dict[str, Any]]:
        from attribution.records import records_from_extraction

        for extraction in extractions(articles):
            if fmt == Format.table:
                yield {
                    "source": extraction.article.source, "article": None, "status": "not stored",
                    "quotes": len(extraction.quotes), "speakers": len(extraction.speakers),
                }
            else:
                yield from (r.as_record() for r in records_from_extraction(extraction))

    def stored(session: Any) -> Iterator[dict[str, Any]]:
        from sqlalchemy.exc import SQLAlchemyError

        from attribution.db.queries import iter_quotes
        from attribution.db.store import already_stored, store_extraction

        # text stored before is not parsed again (unless --force): re-running is cheap
        todo: list[Article] = []
        for article in articles:
            known = None if force else already_stored(session, article)
            if known is None:
                todo.append(article)
            elif fmt == Format.table:
                yield summary(article.source, known)
            else:
                yield from (r.as_record() for r in iter_quotes(session, article=known.article_id))
        for extraction in extractions(todo):
            try:
                result = store_extraction(session, extraction, extractor, force=force)
                session.commit()
            except SQLAlchemyError as exc:
                session.rollback()
                message = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                warn(f"{extraction.article.source}: not stored: {message}")
                state["failed"] += 1
                continue
            except Exception as exc:  # a defect, not the user's fault: report it and go on
                session.rollback()  # nothing of a half-written article survives
                warn(f"{extraction.article.source}: not stored: internal error: {type(exc).__name__}: {exc}")
                state["failed"] += 1
                continue
            except BaseException:
                session.rollback()
                raise
            if fmt == Format.table:
                yield summary(extraction.article.source, result)
            else:
                yield from (r.as_record() for r in iter_quotes(session, article=result.article_id))

    from attribution.records import QUOTE_FIELDS

    columns = EXTRACT_COLUMNS if not no_store else EXTRACT_COLUMNS[:5]
    try:
        if no_store:
            render(unstored(), fmt.value, sys.stdout, columns=columns, fieldnames=QUOTE_FIELDS)
        else:
            with open_session(db, create=True) as session:
                render(stored(session), fmt.value, sys.stdout, columns=columns,
                       fieldnames=QUOTE_FIELDS)
    except nlp.ModelNotFound as exc:
        fail(str(exc), code=2)
    if state["failed"]:
        raise typer.Exit(1)


@app.command()
def quotes(
    speaker: Annotated[
        str | None, typer.Option("--speaker", "-s", help="Canonical name or any alias (any case).")
    ] = None,
    article: Annotated[int | None, typer.Option("--article", "-a", help="Article id.")] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help=f"One of {', '.join(QUOTE_KINDS)}.")
    ] = None,
    contains: Annotated[
        str | None, typer.Option("--contains", "-c", help="Text the quote contains (any case).")
    ] = None,
    status: Annotated[str | None, typer.Option("--status", help="Review status.")] = None,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Who reviewed it.")] = None,
    search: Annotated[
        str | None,
        typer.Option("--search", help="Full-text search: best matches first (uses the FTS index)."),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most N quotes.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored quotes matching every filter given."""
    from attribution.db.models import REVIEW_STATUSES
    from attribution.db.queries import iter_quotes
    from attribution.records import QUOTE_FIELDS

    if kind is not None and kind not in QUOTE_KINDS:
        fail(f"unknown kind '{kind}': choose one of {', '.join(QUOTE_KINDS)}")
    status = status.lower() if status is not None else None  # as `review` accepts it
    if status is not None and status not in REVIEW_STATUSES:
        fail(f"unknown status '{status}': choose one of {', '.join(REVIEW_STATUSES)}")
    with open_session(db) as session:
        rows = iter_quotes(
            session, speaker=speaker, article=article, kind=kind, contains=contains,
            status=status, reviewer=reviewer, limit=limit, search=search,
        )
        render(rows, fmt.value, sys.stdout, columns=QUOTE_COLUMNS, fieldnames=QUOTE_FIELDS)


@app.command()
def speakers(
    name: Annotated[
        str | None, typer.Option("--name", help="Only the speaker with this name or alias.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1)] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List canonical speakers with their aliases and quote counts."""
    from attribution.db.queries import list_speakers

    with open_session(db) as session:
        rows = list_speakers(session, name=name, limit=limit)
    render(rows, fmt.value, sys.stdout, columns=SPEAKER_COLUMNS,
           fieldnames=["id", "name", "kind", "title", "affiliation", "aliases", "quotes", "machine_quotes"])


@app.command()
def articles(
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1)] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored articles with their quote counts."""
    from attribution.db.queries import list_articles

    with open_session(db) as session:
        rows = list_articles(session, limit=limit)
    render(rows, fmt.value, sys.stdout, columns=ARTICLE_COLUMNS,
           fieldnames=["id", "source", "title", "quotes", "reviewed", "chars", "extractor",
                       "ingested_at", "extracted_at"])


@app.command()
def show(
    quote_id: Annotated[
        int, typer.Argument(metavar="QUOTE_ID", min=1, max=2**63 - 1, help="Quote id (see `quotes`).")
    ],
    context: Annotated[int, typer.Option("--context", min=0, help="Characters of text either side.")] = 240,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """One quote in its context, with its attribution and review history."""
    from attribution.db.queries import quote_detail

    with open_session(db) as session:
        detail = quote_detail(session, quote_id, context_chars=context)
    if detail is None:
        fail(f"no quote with id {quote_id}")
    render_quote_detail(detail, fmt.value, sys.stdout)


@app.command()
def export(
    fmt: ExportFormatOption = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Every stored quote with its article and speaker fields."""
    from attribution.db.queries import export_rows
    from attribution.records import QUOTE_FIELDS

    with open_session(db) as session:
        if output is None:
            render(export_rows(session), fmt.value, sys.stdout, fieldnames=QUOTE_FIELDS)
            return
        try:
            with output.open("w", encoding="utf-8", newline="") as stream:
                render(export_rows(session), fmt.value, stream, fieldnames=QUOTE_FIELDS)
        except OSError as exc:
            fail(f"{output}: cannot write: {exc.strerror or exc}")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create the database or bring its schema up to date."""
    from attribution.db.session import DatabaseError, display_url, upgrade

    url = settings.database_url(db)
    try:
        revision = upgrade(url)
    except DatabaseError as exc:
        fail(str(exc))
    print(f"database {display_url(url)} is at revision {revision}")
