"""CLI tests for the core commands, every output format, bad inputs and exit codes.

Extraction is replaced by a fake that quotes every “…” span, so these tests run without the
spaCy model and don't move when the real extractor improves; test_cli_extract_real covers that.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from attribution.cli import app
from attribution.db.queries import QUOTE_FIELDS
from attribution.records import Article, ArticleExtraction, ExtractedQuote, Speaker

runner = CliRunner(env={"COLUMNS": "200"})  # Rich wraps tables to 80 columns otherwise
SPEAKER = Speaker("Hollis Grange", title="manager", affiliation="Kestrel Rovers", aliases=("Grange",))


def fake_extract_articles(articles: Iterable[Article], model: str | None = None,
                          batch_size: int = 16) -> Iterator[ArticleExtraction]:
    for article in articles:
        quotes = []
        for m in re.finditer(r"“([^”]+)”", article.text):
            mention = article.text.find("Grange")
            quotes.append(ExtractedQuote(
                start=m.start(1), end=m.end(1), text=m.group(1), kind="speech",
                speaker="Hollis Grange", speaker_mention="Grange" if mention >= 0 else None,
                speaker_start=mention if mention >= 0 else None,
                speaker_end=mention + 6 if mention >= 0 else None,
                cue="said", confidence=0.8, method="fake", evidence="test"))
        yield ArticleExtraction(article, tuple(quotes), (SPEAKER,))


@pytest.fixture(autouse=True)
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    import attribution.extract

    monkeypatch.setattr(attribution.extract, "extract_articles", fake_extract_articles)
    monkeypatch.delenv("ATTRIBUTION_DB", raising=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "one.txt").write_text("Rovers win\n“Stop thinking and just run,” Grange said.\n", encoding="utf-8")
    (root / "sub" / "two.txt").write_text("Late goal\nGrange said: “Unreal.” And “[red]ok[/red]”.\n", encoding="utf-8")
    return root


def invoke(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def stored(db: Path, *args: str) -> list[dict]:  # type: ignore[type-arg]
    result = invoke("quotes", "--db", str(db), "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- extract ---------------------------------------------------------------------------------


def test_extract_stores_and_summarises(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "q.db"
    result = invoke("extract", str(corpus), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "one.txt" in result.stdout and "two.txt" in result.stdout and "new" in result.stdout
    assert result.stderr == ""
    assert [q["text"] for q in stored(db)] == ["Stop thinking and just run,", "Unreal.", "[red]ok[/red]"]
    # the stored text is the file, unchanged, and offsets point into it
    text = (corpus / "sub" / "two.txt").read_text(encoding="utf-8")
    q = stored(db, "--contains", "unreal")[0]
    assert text[q["start"]:q["end"]] == "Unreal."


def test_extract_twice_is_idempotent(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "q.db"
    assert invoke("extract", str(corpus), "--db", str(db)).exit_code == 0
    before = stored(db)
    again = invoke("extract", str(corpus), "--db", str(db), "--format", "json")
    assert again.exit_code == 0
    assert stored(db) == before
    assert [q["id"] for q in json.loads(again.stdout)] == [q["id"] for q in before]
    table = invoke("extract", str(corpus), "--db", str(db))
    assert table.stdout.count("unchanged") == 2 and "│ new " not in table.stdout
    forced = invoke("extract", str(corpus), "--db", str(db), "--force")
    assert forced.stdout.count("updated") == 2
    assert [q["id"] for q in stored(db)] == [q["id"] for q in before]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_extract_machine_formats_give_quote_records(tmp_path: Path, corpus: Path, fmt: str) -> None:
    result = invoke("extract", str(corpus), "--db", str(tmp_path / "q.db"), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        records = json.loads(result.stdout)
    elif fmt == "jsonl":
        records = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(records) == 3
    assert all(tuple(r) == QUOTE_FIELDS for r in records)
    assert records[0]["path"] == str(corpus / "one.txt")
    assert str(records[0]["id"]) == "1" and str(records[0]["article"]) == "1"


def test_extract_no_store(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("extract", str(corpus / "one.txt"), "--no-store", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert tuple(record) == QUOTE_FIELDS
    assert record["id"] is None and record["article"] is None
    assert record["path"] == str(corpus / "one.txt") and record["speaker"] == "Hollis Grange"
    table = invoke("extract", str(corpus), "--no-store")
    assert table.exit_code == 0 and "not stored" in table.stdout
    assert not list(tmp_path.glob("*.db"))  # nothing written anywhere


def test_extract_jsonl_matches_quotes_listing(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "q.db"
    result = invoke("extract", str(corpus), "--db", str(db), "--format", "jsonl")
    extracted = [json.loads(line) for line in result.stdout.splitlines()]
    listed = invoke("quotes", "--db", str(db), "--format", "jsonl")
    assert extracted == [json.loads(line) for line in listed.stdout.splitlines()]


def test_extract_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    result = invoke("extract", "-", "--db", str(db), input="Piped\n“From stdin,” Grange said.\n".encode())
    assert result.exit_code == 0, result.output
    assert [(q["path"], q["text"]) for q in stored(db)] == [("<stdin>", "From stdin,")]


def test_bad_inputs_are_reported_and_the_rest_stored(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "q.db"
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owner\nGrange said \xabbonjour\xbb.\n".encode("latin-1"))
    result = invoke("extract", str(tmp_path / "missing.txt"), str(empty_dir), str(tmp_path / "empty.txt"),
                    str(tmp_path / "bin.txt"), str(latin), str(corpus), "--db", str(db))
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 5 and all(line.startswith("error: ") for line in errors)
    for name, words in [("missing.txt", "no such file"), ("nothing", "no files matching"),
                        ("empty.txt", "empty"), ("bin.txt", "binary"), ("latin.txt", "--encoding")]:
        assert any(name in line and words in line for line in errors), (name, errors)
    assert "Traceback" not in result.output
    assert len(stored(db)) == 3  # the good files still went in

    fixed = invoke("extract", str(latin), "--encoding", "latin-1", "--db", str(db))
    assert fixed.exit_code == 0, fixed.output
    article = [a for a in json.loads(invoke("articles", "--db", str(db), "-f", "json").stdout)
               if a["source"] == str(latin)]
    assert article and article[0]["title"] == "Café owner"
    assert article[0]["chars"] == len("Café owner\nGrange said «bonjour».\n")


def test_store_failure_skips_that_article_only(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    import attribution.db.store as store_mod

    real = store_mod._reconcile_quotes

    def flaky(session, article_id, quotes, speakers, moved=None):  # type: ignore[no-untyped-def]
        if any(q.text == "Unreal." for q in quotes):
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        return real(session, article_id, quotes, speakers, moved)

    monkeypatch.setattr(store_mod, "_reconcile_quotes", flaky)
    (corpus / "three.txt").write_text("Third\n“Last one,” Grange said.\n", encoding="utf-8")
    db = tmp_path / "q.db"
    result = invoke("extract", str(corpus), "--db", str(db))
    assert result.exit_code == 1
    assert "two.txt" in result.stderr and "database is locked" in result.stderr
    assert [q["text"] for q in stored(db)] == ["Stop thinking and just run,", "Last one,"]
    sources = [a["source"] for a in json.loads(invoke("articles", "--db", str(db), "-f", "json").stdout)]
    assert str(corpus / "sub" / "two.txt") not in sources  # nothing of the failed article


def test_missing_model_exits_2(tmp_path: Path, corpus: Path) -> None:
    result = invoke("extract", str(corpus), "--db", str(tmp_path / "q.db"), "--model", "no_such_model_xyz")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "no_such_model_xyz" in result.stderr


def test_unopenable_database(tmp_path: Path, corpus: Path) -> None:
    result = invoke("extract", str(corpus), "--db", str(tmp_path / "no" / "dir" / "q.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot open database") and result.stderr.count("\n") == 1
    listing = invoke("quotes", "--db", str(tmp_path / "absent.db"))
    assert listing.exit_code == 1 and "no database" in listing.stderr
    assert not (tmp_path / "absent.db").exists()


# --- listings --------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "q.db"
    assert invoke("extract", str(corpus), "--db", str(path)).exit_code == 0
    return path


def _parse(fmt: str, out: str) -> list[dict]:  # type: ignore[type-arg]
    if fmt == "json":
        return json.loads(out)
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines()]
    return list(csv.DictReader(io.StringIO(out)))


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_quotes_every_format(db: Path, fmt: str) -> None:
    result = invoke("quotes", "--db", str(db), "--format", fmt, "--speaker", "grange", "--contains", "UNREAL")
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert "Unreal." in result.stdout and "Hollis Grange" in result.stdout
        assert "Stop thinking" not in result.stdout
    else:
        (row,) = _parse(fmt, result.stdout)
        assert row["text"] == "Unreal." and row["speaker"] == "Hollis Grange"


def test_quotes_markup_is_literal_and_filters_validate(db: Path) -> None:
    result = invoke("quotes", "--db", str(db), "--contains", "[red]")
    assert "[red]ok[/red]" in result.stdout
    assert invoke("quotes", "--db", str(db), "--kind", "shouting").exit_code == 1
    assert invoke("quotes", "--db", str(db), "--status", "great").exit_code == 1
    assert len(stored(db, "--limit", "1")) == 1
    assert len(stored(db, "--article", "2")) == 2
    assert stored(db, "--kind", "partial") == []
    assert stored(db, "--status", "verified") == [] and len(stored(db, "--status", "unreviewed")) == 3
    assert stored(db, "--reviewer", "ed") == []


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_speakers_every_format(db: Path, fmt: str) -> None:
    result = invoke("speakers", "--db", str(db), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert "Hollis Grange" in result.stdout and "manager" in result.stdout
    else:
        (row,) = _parse(fmt, result.stdout)
        assert row["name"] == "Hollis Grange" and str(row["quotes"]) == "3"
        assert row["aliases"] in (["Grange"], "Grange")


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_articles_every_format(db: Path, fmt: str) -> None:
    result = invoke("articles", "--db", str(db), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert "Rovers win" in result.stdout and "Late goal" in result.stdout
    else:
        rows = _parse(fmt, result.stdout)
        assert [(r["title"], str(r["quotes"])) for r in rows] == [("Rovers win", "1"), ("Late goal", "2")]


def _add_review(db: Path, quote_id: int) -> None:
    from attribution.db.models import QuoteRow, ReviewEventRow
    from attribution.db.session import make_engine, session_factory

    engine = make_engine(str(db))
    with session_factory(engine)() as session:
        quote = session.get(QuoteRow, quote_id)
        assert quote is not None
        quote.status, quote.reviewer = "verified", "ed"
        session.add(ReviewEventRow(quote_id=quote.id, article_id=quote.article_id, quote_text=quote.text,
                                   quote_start=quote.start, quote_end=quote.end, reviewer="ed",
                                   old_status="unreviewed", new_status="verified", note="heard the tape"))
        session.commit()
    engine.dispose()


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_show_every_format(db: Path, fmt: str) -> None:
    _add_review(db, 2)
    result = invoke("show", "2", "--db", str(db), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "table":
        for words in ("Unreal.", "Hollis Grange", "manager", "Kestrel Rovers", "verified", "heard the tape"):
            assert words in result.stdout, words
        # piped, there is no colour: the quote and the mention are bracketed instead
        assert "“⟦Unreal.⟧”" in result.stdout and "⟨Grange⟩" in result.stdout
    else:
        (row,) = _parse(fmt, result.stdout)
        assert row["text"] == "Unreal." and "Grange said:" in row["context"]
        history = row["history"] if fmt != "csv" else json.loads(row["history"])
        assert [h["note"] for h in history] == ["heard the tape"]


def test_show_unknown_quote(db: Path) -> None:
    result = invoke("show", "999", "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr == "error: no quote with id 999\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_every_format(db: Path, tmp_path: Path, fmt: str) -> None:
    result = invoke("export", "--db", str(db), "--format", fmt)
    assert result.exit_code == 0, result.output
    rows = _parse(fmt, result.stdout)
    assert len(rows) == 3 and all(tuple(r) == QUOTE_FIELDS for r in rows)
    assert rows[0]["speaker_title"] == "manager" and rows[0]["title"] == "Rovers win"
    out = tmp_path / f"export.{fmt}"
    assert invoke("export", "--db", str(db), "--format", fmt, "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == result.stdout


def test_export_rejects_table(db: Path) -> None:
    assert invoke("export", "--db", str(db), "--format", "table").exit_code == 2


def test_db_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    result = invoke("db", "upgrade", "--db", str(path))
    assert result.exit_code == 0, result.output
    assert "0001" in result.stdout and path.exists()
    from attribution.db.session import current_revision, make_engine

    engine = make_engine(str(path))
    assert current_revision(engine) == "0001"
    engine.dispose()
    bad = invoke("db", "upgrade", "--db", str(tmp_path / "no" / "dir.db"))
    assert bad.exit_code == 1 and bad.stderr.startswith("error: cannot open database")


def test_env_var_names_the_database(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_DB", str(tmp_path / "env.db"))
    assert invoke("extract", str(corpus)).exit_code == 0
    assert (tmp_path / "env.db").exists()
    assert json.loads(invoke("speakers", "-f", "json").stdout)[0]["name"] == "Hollis Grange"


def test_quotes_search_uses_the_full_text_index(db: Path) -> None:
    """`--search` finds quotes by words in any order and case, best match first."""
    rows = stored(db, "--search", "RUN thinking")
    assert [r["text"] for r in rows] == ["Stop thinking and just run,"]
    assert stored(db, "--search", "parliament budget") == []
    # combined with a filter, the filter still applies
    assert stored(db, "--search", "thinking", "--kind", "partial") == []


def test_unchanged_articles_are_not_parsed_again(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import attribution.extract

    db = tmp_path / "q.db"
    assert invoke("extract", str(corpus), "--db", str(db)).exit_code == 0
    parsed: list[str] = []

    def counting(articles, model=None, batch_size=16):  # type: ignore[no-untyped-def]
        for a in articles:
            parsed.append(a.source)
        yield from fake_extract_articles([], model, batch_size)

    monkeypatch.setattr(attribution.extract, "extract_articles", counting)
    result = invoke("extract", str(corpus), "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    assert parsed == []
    assert len(json.loads(result.stdout)) == len(stored(db))  # the stored records, as before
