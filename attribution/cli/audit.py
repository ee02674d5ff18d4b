"""Fact-checker commands: review, check, conflicts, variants, stats.

Thin: parse options, call attribution.review / check / search / conflicts, render. User errors
are one `error:` line on stderr and a non-zero exit; a review is committed whole or not at all.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any

import typer

from attribution import settings
from attribution.cli import app
from attribution.cli.options import DbOption, Format, FormatOption, ModelOption, fail, missing_sqlite_file, open_session
from attribution.render import REVIEW_COLUMNS, Column, render

STATUS_HELP = "verified | disputed | misattributed | not-a-quote | unreviewed"

GROUP_COLUMNS: tuple[Column, ...] = (
    Column("group", justify="right"),
    Column("quote_id", "quote", justify="right"),
    Column("source", max_width=28),
    Column("speaker", max_width=20, style="cyan"),
    Column("similarity", "sim", justify="right"),
    Column("diff_or_text", "words (diff from the group's first)"),
)
STATS_COLUMNS: tuple[Column, ...] = (
    Column("speaker", style="cyan"),
    Column("total", justify="right"),
    Column("unreviewed", "unrev.", justify="right"),
    Column("verified", "verif.", justify="right"),
    Column("disputed", "disp.", justify="right"),
    Column("misattributed", "misattr.", justify="right"),
    Column("not-a-quote", "not-q.", justify="right"),
    Column("corrected", "corr.", justify="right"),
)


@app.command()
def review(
    quote_id: Annotated[
        int, typer.Argument(metavar="QUOTE_ID", min=1, max=2**63 - 1, help="Quote id (see `quotes`).")
    ],
    status: Annotated[str | None, typer.Option("--status", help=STATUS_HELP)] = None,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="The correct speaker (created if new).")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why: kept in the audit trail.")] = None,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Who reviews [default: the OS user].")
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Review a quote: set its status and/or correct its speaker; appends to its history."""
    from attribution.review import ReviewError, event_record, review_quote

    with open_session(db) as session:
        try:
            event = review_quote(session, quote_id, status, speaker=speaker, note=note, reviewer=reviewer)
            session.commit()
        except ReviewError as exc:
            session.rollback()
            fail(str(exc))
        record = event_record(event)
    if fmt is Format.table:
        change = f"{record['old_status']} → {record['new_status']}"
        if record["old_speaker"] != record["new_speaker"]:
            change += f"; speaker {record['old_speaker'] or '(none)'} → {record['new_speaker']}"
        print(f"quote {quote_id}: {change} (by {record['reviewer']}, event {record['event_id']})")
    else:
        render([record], fmt.value, sys.stdout)


def _database_present(db: str | None) -> bool:
    """Whether `--db` names an existing database (a non-file URL is assumed to exist)."""
    return missing_sqlite_file(settings.database_url(db)) is None


def _source_candidates(paths: list[str], model: str | None) -> list[Any]:
    """Candidates from `--source` articles, extracted on the fly and never stored."""
    from attribution import nlp
    from attribution.check import extraction_candidates
    from attribution.extract import extract_articles
    from attribution.reading import ReadError, read_inputs

    articles = []
    for item in read_inputs(paths):
        if isinstance(item, ReadError):
            fail(str(item))
        articles.append(item)
    try:
        return extraction_candidates(extract_articles(articles, model=model))
    except nlp.ModelNotFound as exc:
        fail(str(exc), code=2)


def _match_rows(result: Any) -> Iterator[dict[str, Any]]:
    for m in result.matches:
        rec = m.as_record()
        rec["where"] = f"{rec['source']}:{rec['start']}-{rec['end']}" + (
            f" (quote {rec['quote_id']})" if rec["quote_id"] is not None else ""
        )
        yield {"claim": result.claim, "claimed_speaker": result.speaker, **rec}


@app.command()
def check(
    claim: Annotated[str, typer.Argument(metavar="TEXT", help="The words someone is said to have said.")],
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Who supposedly said them.")] = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", help="Also check against this article (file or directory); repeatable."),
    ] = None,
    stored: Annotated[
        bool, typer.Option("--stored/--no-stored", help="Check the stored quotes too.")
    ] = True,
    threshold: Annotated[
        float, typer.Option("--threshold", min=0, max=100, help="Similarity (0-100) for an altered quote.")
    ] = 75.0,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most N matches.")] = 10,
    model: ModelOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Did this person really say these words? Exit 0 only for a verbatim match by them."""
    from attribution.check import check_claim
    from attribution.search import check_stored

    if not claim.strip():
        fail("empty claim")
    extra = _source_candidates(source, model) if source else []
    use_db = stored and (_database_present(db) or not source)
    if use_db:
        with open_session(db) as session:
            result = check_stored(session, claim, speaker=speaker, threshold=threshold, extra=extra)
    else:
        result = check_claim(claim, extra, speaker=speaker, threshold=threshold)
    result = replace(result, matches=result.matches[:limit])
    if fmt is Format.json:
        render([result.as_record()], "json", sys.stdout)
    elif fmt is Format.table:
        _print_check(result)
    else:
        render(_match_rows(result), fmt.value, sys.stdout)
    raise typer.Exit(0 if result.confirmed else 1)


def _print_check(result: Any) -> None:
    """The verdict, then one block per match: verdict, score, speaker, where, diff, context."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=sys.stdout, highlight=False)
    who = f" by {result.speaker}" if result.speaker else ""
    headline = Text(result.verdict.upper(), style="bold green" if result.confirmed else "bold red")
    headline.append(f"  “{result.claim}”{who}", style="default")
    console.print(headline)
    if result.speaker and result.other_speakers:
        console.print(Text(f"possible misattribution: the sources name {', '.join(result.other_speakers)}", style="yellow"))
    for n, rec in enumerate(_match_rows(result), 1):
        line = Text(f"{n:>2}. ")
        line.append(f"{rec['verdict']} {rec['score']:.0f}", style="bold")
        speaker = rec["speaker"] or "(unattributed)"
        line.append(f"  {speaker}", style="cyan")
        if rec["speaker_agreement"] != "unknown":
            line.append(f" (speaker {rec['speaker_agreement']})")
        line.append(f"  {rec['where']}", style="dim")
        console.print(line)
        if rec["fragment"]:
            console.print(Text("    " + ("the claim is part of a longer quote" if rec["fragment"] == "claim"
                                        else "the quote is part of the claim"), style="dim"))
        if rec["diff"] and rec["verdict"] != "partial":
            console.print(Text(f"    diff: {rec['diff']}"))
        if rec["context"]:
            console.print(Text(f"    {rec['context']}", style="italic"))


def _group_rows(groups: list[Any]) -> Iterator[dict[str, Any]]:
    for n, group in enumerate(groups, 1):
        for member in group.members:
            rec = member.as_record()
            yield {"group": n, "kind": group.kind, "exact": group.exact, **rec,
                   "diff_or_text": rec["diff"] or rec["text"]}


def _report_groups(kind: str, threshold: float, min_words: int, db: str | None, fmt: Format) -> None:
    from attribution.conflicts import find_conflicts, find_variants

    finder = find_conflicts if kind == "conflict" else find_variants
    with open_session(db) as session:
        groups = finder(session, threshold=threshold, min_words=min_words)
    if fmt is Format.json:
        render((g.as_record() for g in groups), "json", sys.stdout)
    else:
        render(_group_rows(groups), fmt.value, sys.stdout, columns=GROUP_COLUMNS,
               title=f"{len(groups)} {kind} group{'s' if len(groups) != 1 else ''}")


ThresholdOption = Annotated[
    float,
    typer.Option("--threshold", min=50, max=100, help="Similarity (0-100) of words to count as the same quote."),
]
MinWordsOption = Annotated[
    int, typer.Option("--min-words", min=1, help="Only quotes of at least this many words.")
]


@app.command()
def conflicts(
    threshold: ThresholdOption = 85.0,
    min_words: MinWordsOption = 5,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Same (or nearly the same) words attributed to different people in different articles."""
    _report_groups("conflict", threshold, min_words, db, fmt)


@app.command()
def variants(
    threshold: ThresholdOption = 85.0,
    min_words: MinWordsOption = 5,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """One speaker's quote whose words changed between articles, with a word diff."""
    _report_groups("variant", threshold, min_words, db, fmt)


@app.command()
def stats(
    top: Annotated[int | None, typer.Option("--top", "-n", min=1, help="Only the N most quoted speakers.")] = None,
    orphaned: Annotated[
        bool, typer.Option("--orphaned", help="List reviews whose quote vanished on re-extraction.")
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Quotes per review status and per speaker (or, with --orphaned, the orphaned reviews)."""
    from attribution.review import event_record, orphaned_reviews, review_stats

    with open_session(db) as session:
        if orphaned:
            events = [event_record(e) for e in orphaned_reviews(session)]
            render(events, fmt.value, sys.stdout, columns=(Column("quote_text", "quote", max_width=50), *REVIEW_COLUMNS),
                   title="orphaned reviews")
            return
        result = review_stats(session, top=top)
    if fmt is Format.json:
        render([result.as_record()], "json", sys.stdout)
        return
    if fmt is Format.table:
        from rich.console import Console

        console = Console(file=sys.stdout, highlight=False)
        summary = ", ".join(f"{k} {v}" for k, v in result.by_status.items())
        console.print(f"{result.total} quotes: {summary}")
        if result.by_reviewer:
            console.print("reviewers: " + ", ".join(f"{k} {v}" for k, v in result.by_reviewer.items()))
        console.print(f"{result.events} review events, {result.orphaned} orphaned")
    render(result.rows(), fmt.value, sys.stdout, columns=STATS_COLUMNS, title="per speaker")

