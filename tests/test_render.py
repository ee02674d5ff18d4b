from __future__ import annotations

import csv
import io
import json

import pytest

from attribution.render import Column, render

ROWS = [
    {"id": 1, "text": "[bold]not markup[/bold]", "aliases": ["Grange", "Hollis"], "score": 0.5, "none": None},
    {"id": 2, "text": "line, with comma", "aliases": [], "score": 1.0, "none": None},
]


def _out(fmt: str, rows=ROWS, **kw) -> str:  # type: ignore[no-untyped-def]
    stream = io.StringIO()
    render(rows, fmt, stream, **kw)
    return stream.getvalue()


def test_json_is_a_list() -> None:
    assert json.loads(_out("json")) == ROWS
    assert json.loads(_out("json", rows=[])) == []


def test_jsonl_is_one_object_per_line() -> None:
    lines = _out("jsonl").splitlines()
    assert [json.loads(line) for line in lines] == ROWS


def test_csv_has_header_and_flat_values() -> None:
    rows = list(csv.DictReader(io.StringIO(_out("csv"))))
    assert rows[0]["aliases"] == "Grange; Hollis" and rows[0]["none"] == ""
    assert rows[1]["text"] == "line, with comma"
    assert _out("csv", rows=[], fieldnames=["id", "text"]).strip() == "id,text"


def test_table_shows_text_literally() -> None:
    out = _out("table", columns=[Column("id", justify="right"), Column("text")])
    assert "[bold]not markup[/bold]" in out
    assert "2 rows" in out


def test_unknown_format() -> None:
    with pytest.raises(ValueError):
        _out("xml")
