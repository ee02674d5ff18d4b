"""One renderer for every listing: `--format table|json|jsonl|csv`, written to a given stream.

Rows are records (dataclasses with `as_record()`, or plain dicts); every format shows the same
keys, so a table column and a JSON key always agree. JSON and JSONL stream row by row, so an
export of a big database never sits in memory as one string. The table is Rich and shows a
chosen subset of columns (`Column`), cut to fit; the machine formats show every field.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, is_dataclass
from typing import Any, TextIO

_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)?")
FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv")
MACHINE_FORMATS: tuple[str, ...] = ("json", "jsonl", "csv")


@dataclass(frozen=True)
class Column:
    """One table column: which key, its header, and how wide it may grow."""

    key: str
    header: str | None = None
    max_width: int | None = None
    justify: str = "left"
    style: str | None = None


QUOTE_COLUMNS: tuple[Column, ...] = (
    Column("id", justify="right"),
    Column("article", "art", justify="right"),
    Column("speaker", max_width=24, style="cyan"),
    Column("kind", max_width=9),
    Column("text", max_width=70),
    Column("cue", max_width=12),
    Column("confidence", "conf", justify="right"),
    Column("status", max_width=13),
)
SPEAKER_COLUMNS: tuple[Column, ...] = (
    Column("id", justify="right"),
    Column("name", max_width=30, style="cyan"),
    Column("kind", max_width=12),
    Column("title", max_width=30),
    Column("affiliation", max_width=30),
    Column("aliases", max_width=40),
    Column("quotes", justify="right"),
)
ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("id", justify="right"),
    Column("source"),
    Column("title", max_width=50),
    Column("quotes", justify="right"),
    Column("reviewed", justify="right"),
    Column("extracted_at", "extracted", max_width=19),
)
EXTRACT_COLUMNS: tuple[Column, ...] = (
    Column("source"),
    Column("article", justify="right"),
    Column("status", max_width=10),
    Column("quotes", justify="right"),
    Column("speakers", justify="right"),
    Column("new_quotes", "new", justify="right"),
    Column("removed_quotes", "removed", justify="right"),
    Column("orphaned_reviews", "orphaned", justify="right"),
    Column("changed_reviews", "reviewed, now read differently", justify="right"),
)
REVIEW_COLUMNS: tuple[Column, ...] = (
    Column("created_at", "when", max_width=19),
    Column("reviewer", max_width=16),
    Column("old_status", "from", max_width=13),
    Column("new_status", "to", max_width=13),
    Column("old_speaker", "speaker was", max_width=20),
    Column("new_speaker", "speaker now", max_width=20),
    Column("note", max_width=40),
)


def as_dict(item: Any) -> dict[str, Any]:
    """A record as a dict: `as_record()` if it has one, else dataclass fields or the mapping."""
    if hasattr(item, "as_record"):
        return dict(item.as_record())
    if is_dataclass(item) and not isinstance(item, type):
        return asdict(item)
    if isinstance(item, Mapping):
        return dict(item)
    raise TypeError(f"cannot render {type(item).__name__}")


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _dumps(row: Mapping[str, Any], indent: int | None = None) -> str:
    return json.dumps(row, ensure_ascii=False, default=_json_default, indent=indent)


def render_json(rows: Iterable[Any], stream: TextIO) -> None:
    """A JSON list, one object per row (written as it goes)."""
    first = True
    stream.write("[")
    for item in rows:
        stream.write("\n  " if first else ",\n  ")
        stream.write(_dumps(as_dict(item)))
        first = False
    stream.write("\n]\n" if not first else "]\n")


def render_jsonl(rows: Iterable[Any], stream: TextIO) -> None:
    """One JSON object per line."""
    for item in rows:
        stream.write(_dumps(as_dict(item)) + "\n")


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (list, tuple, dict)):
        return _dumps(value)  # type: ignore[arg-type]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def render_csv(rows: Iterable[Any], stream: TextIO, fieldnames: Sequence[str] | None = None) -> None:
    """CSV with a header; lists of names are joined with '; ', nested values are JSON.

    With no rows and no `fieldnames`, nothing is written (there is no header to know).
    """
    iterator: Iterator[Any] = iter(rows)
    writer = None
    if fieldnames is not None:
        writer = csv.DictWriter(stream, fieldnames=list(fieldnames), extrasaction="ignore")
        writer.writeheader()
    for item in iterator:
        row = as_dict(item)
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _csv_value(v) for k, v in row.items()})


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    if isinstance(value, str) and _ISO_TIME.fullmatch(value):
        return value[:16].replace("T", " ")  # to the minute is enough in a table
    return str(value)


def _console(stream: TextIO, width: int | None = None) -> Any:
    from rich.console import Console

    return Console(file=stream, width=width, highlight=False, soft_wrap=False)


def render_table(
    rows: Iterable[Any],
    stream: TextIO,
    columns: Sequence[Column] | None = None,
    title: str | None = None,
    width: int | None = None,
) -> None:
    """A Rich table of the given columns (default: every key of the first row)."""
    from rich.table import Table
    from rich.text import Text

    records = [as_dict(item) for item in rows]
    if columns is None:
        columns = [Column(key) for key in (records[0] if records else {})]
    table = Table(title=title, caption=f"{len(records)} row{'s' if len(records) != 1 else ''}")
    for column in columns:
        header = column.header or column.key
        numeric = column.justify == "right"
        # numbers never wrap (Rich would fold them to a digit a line); text wraps to fit
        table.add_column(
            header,
            justify=column.justify,  # type: ignore[arg-type]
            max_width=column.max_width,
            min_width=len(header) if numeric else None,
            style=column.style,
            no_wrap=numeric,
            overflow="fold",
        )
    for record in records:
        table.add_row(*(Text(_cell(record.get(column.key))) for column in columns))
    _console(stream, width).print(table)


def render(
    rows: Iterable[Any],
    fmt: str,
    stream: TextIO,
    columns: Sequence[Column] | None = None,
    title: str | None = None,
    fieldnames: Sequence[str] | None = None,
) -> None:
    """Write `rows` to `stream` in `fmt`; `columns` only shape the table."""
    if fmt == "json":
        render_json(rows, stream)
    elif fmt == "jsonl":
        render_jsonl(rows, stream)
    elif fmt == "csv":
        render_csv(rows, stream, fieldnames=fieldnames)
    elif fmt == "table":
        render_table(rows, stream, columns=columns, title=title)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def render_quote_detail(detail: Any, fmt: str, stream: TextIO, width: int | None = None) -> None:
    """`show`: in a table format the context with the quote and speaker mention highlighted,
    the attribution and the review history; in machine formats the fields plus context."""
    record = as_dict(detail)
    if fmt in MACHINE_FORMATS:
        render([record], fmt, stream)
        return
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    console = _console(stream, width)
    base = record["context_start"]
    marks = [(record["start"] - base, record["end"] - base, "bold yellow", "⟦", "⟧")]
    if record.get("speaker_start") is not None and record.get("speaker_end") is not None:
        marks.append((record["speaker_start"] - base, record["speaker_end"] - base, "bold cyan underline", "⟨", "⟩"))
    raw = record["context"]
    if not console.is_terminal:
        # no colour when piped: bracket the quote ⟦…⟧ and the mention ⟨…⟩ so they still show
        for start, end, _style, left, right in sorted(marks, key=lambda m: m[0], reverse=True):
            raw = raw[:start] + left + raw[start:end] + right + raw[end:]
        context = Text(raw)
    else:
        context = Text(raw)
        for start, end, style, _left, _right in marks:
            context.stylize(style, start, end)
    console.print(
        Panel(context, title=f"quote {record['id']} · article {record['article']} · {record['path']}")
    )
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    speaker = record.get("speaker") or "(unattributed)"
    details = ", ".join(v for v in (record.get("speaker_title"), record.get("speaker_affiliation")) if v)
    rows = [
        ("speaker", f"{speaker} ({details})" if details else speaker),
        ("machine speaker", record.get("machine_speaker")),
        ("mention", record.get("speaker_mention")),
        ("kind", record.get("kind")),
        ("cue", record.get("cue")),
        ("confidence", _cell(record.get("confidence"))),
        ("method", record.get("method")),
        ("evidence", record.get("evidence")),
        ("status", record.get("status")),
        ("reviewer", record.get("reviewer")),
    ]
    for key, value in rows:
        grid.add_row(key, Text(_cell(value)))
    console.print(grid)
    history = record.get("history") or []
    if history:
        render_table(history, stream, REVIEW_COLUMNS, title="review history", width=width)
    else:
        console.print(Text("no reviews yet", style="dim"))
