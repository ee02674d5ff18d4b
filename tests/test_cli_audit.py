"""CLI tests for review, check, conflicts, variants and stats on the fixtures/audit articles
(extracted once per session by the real extractor, stored straight into a temp database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from audithelpers import ALTERED_COPY, ALTERED_ORIGINAL, AUDIT_DIR, MISATTRIBUTED, VERBATIM, audit_extractions

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def db(tmp_path: Path, nlp) -> str:  # type: ignore[no-untyped-def]
    from attribution.db.session import session_scope
    from attribution.db.store import store_extraction

    path = str(tmp_path / "audit.db")
    with session_scope(path) as session:
        for ex in audit_extractions():
            store_extraction(session, ex, "test")
        session.commit()
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _quote_id(db: str, words: str, source: str) -> int:
    code, out, _ = _run("quotes", "--db", db, "--format", "json")
    assert code == 0
    return next(q["id"] for q in json.loads(out) if words in q["text"] and q["path"].endswith(source))


def _check(db: str, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out, err = _run("check", *args, "--db", db, "--format", "json")
    assert err == ""
    [record] = json.loads(out)
    return code, record


def test_check_verbatim_by_the_claimed_speaker_exits_0(db: str) -> None:
    code, rec = _check(db, VERBATIM, "--speaker", "Elena Marsh")
    assert code == 0 and rec["verdict"] == "verbatim" and rec["confirmed"]
    assert [(m["verdict"], m["speaker_agreement"], Path(m["source"]).name) for m in rec["matches"]] == [
        ("verbatim", "matches", "harbour-reaction.txt"),
        ("verbatim", "matches", "harbour-vote.txt"),
    ]
    match = rec["matches"][0]
    assert match["quote_id"] is not None and match["end"] > match["start"]
    assert VERBATIM in match["context"] and "Marsh said" in match["context"]
    assert match["score"] == 100.0


def test_check_misattribution_names_who_the_sources_credit(db: str) -> None:
    code, rec = _check(db, MISATTRIBUTED, "--speaker", "Gwen Adair")
    assert code == 1 and rec["verdict"] == "verbatim" and not rec["confirmed"]
    names = rec["sources_name_instead"]
    assert len(names) == 2 and "Tomas Reyes" in names and any(n.endswith("Ian Pryce") for n in names)
    assert {m["speaker_agreement"] for m in rec["matches"]} == {"differs"}
    code, rec = _check(db, MISATTRIBUTED, "--speaker", "Reyes")
    assert code == 0  # by surname


def test_check_altered_shows_the_changed_words(db: str) -> None:
    claim = ALTERED_ORIGINAL.replace("four hundred", "five hundred")
    code, rec = _check(db, claim, "--speaker", "Elena Marsh")
    assert code == 1 and rec["verdict"] == "altered"
    best = rec["matches"][0]
    assert Path(best["source"]).name == "harbour-vote.txt" and best["changes"] == [["five", "four"]]
    assert {Path(m["source"]).name for m in rec["matches"]} == {"harbour-vote.txt", "housing-weekly.txt"}


def test_check_partial_and_not_found(db: str) -> None:
    code, rec = _check(db, "sell the harbour to the highest bidder")
    assert code == 1 and rec["verdict"] == "partial"
    assert {m["fragment"] for m in rec["matches"]} == {"claim"} and len(rec["matches"]) == 2
    code, rec = _check(db, "The harbour will be sold to the highest bidder next week", "--speaker", "Elena Marsh")
    assert code == 1 and rec["verdict"] == "not found" and rec["matches"] == []


def test_check_against_a_source_article_without_storing(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    missing = str(tmp_path / "none.db")
    code, rec = _check(missing, ALTERED_COPY, "--speaker", "Marsh", "--source", str(AUDIT_DIR / "housing-weekly.txt"))
    assert code == 0 and rec["verdict"] == "verbatim"
    [match] = [m for m in rec["matches"] if m["verdict"] == "verbatim"]
    assert match["quote_id"] is None and match["source"].endswith("housing-weekly.txt")
    assert not Path(missing).exists()  # nothing was stored


def test_check_table_output(db: str) -> None:
    code, out, _ = _run("check", ALTERED_COPY, "--speaker", "Elena Marsh", "--db", db)
    assert code == 0
    assert out.startswith("VERBATIM")
    assert "diff: Every family in this [city → town] deserves a home [they → it]" in out


def test_conflicts_and_variants_commands(db: str) -> None:
    code, out, _ = _run("conflicts", "--db", db, "--format", "json")
    assert code == 0
    [group] = json.loads(out)
    assert group["kind"] == "conflict" and group["exact"] and group["articles"] == 2
    assert {m["text"].rstrip(".,") for m in group["members"]} == {MISATTRIBUTED}
    code, out, _ = _run("variants", "--db", db, "--format", "json")
    [group] = json.loads(out)
    assert group["speakers"] == ["Elena Marsh"]
    assert "[town → city]" in group["members"][1]["diff"]
    code, out, _ = _run("variants", "--db", db, "--threshold", "99", "--format", "jsonl")
    assert code == 0 and out == ""
    code, out, _ = _run("conflicts", "--db", db, "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("group,kind,exact,quote_id")
    assert len(out.splitlines()) == 3


def test_review_then_show_history_and_stats(db: str) -> None:
    qid = _quote_id(db, "The sea wall", "harbour-reaction.txt")
    code, out, err = _run("review", str(qid), "--status", "misattributed", "--speaker", "Tomas Reyes",
                          "--note", "Reyes said it in the chamber", "--reviewer", "ann", "--db", db)
    assert code == 0 and err == "" and "unreviewed → misattributed" in out and "Tomas Reyes" in out
    code, out, _ = _run("show", str(qid), "--db", db, "--format", "json")
    [detail] = json.loads(out)
    assert detail["status"] == "misattributed" and detail["speaker"] == "Tomas Reyes"
    assert detail["machine_speaker"].endswith("Ian Pryce")
    assert [(h["reviewer"], h["new_status"], h["note"]) for h in detail["history"]] == [
        ("ann", "misattributed", "Reyes said it in the chamber")
    ]
    # corrected: the conflict is gone, and both copies are now Reyes's
    code, out, _ = _run("conflicts", "--db", db, "--format", "json")
    assert json.loads(out) == []
    code, out, _ = _run("stats", "--db", db, "--format", "json")
    [stats] = json.loads(out)
    assert stats["by_status"]["misattributed"] == 1 and stats["by_reviewer"] == {"ann": 1}
    reyes = next(s for s in stats["speakers"] if s["speaker"] == "Tomas Reyes")
    assert reyes["total"] == 2 and reyes["corrected"] == 1
    code, out, _ = _run("stats", "--db", db)
    assert code == 0 and "misattributed 1" in out and "Tomas Reyes" in out
    code, out, _ = _run("quotes", "--db", db, "--status", "misattributed", "--reviewer", "ann", "--format", "json")
    assert [q["id"] for q in json.loads(out)] == [qid]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["review", "99999", "--status", "verified"], "error: no quote with id 99999"),
        (["review", "1", "--status", "approved"], "error: invalid status 'approved'"),
        (["review", "1"], "error: nothing to record"),
        (["check", "  "], "error: empty claim"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(db: str, args: list[str], message: str) -> None:
    code, out, err = _run(*args, "--db", db)
    assert code != 0 and err.startswith(message) and len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err


def test_missing_database_is_one_line(tmp_path: Path) -> None:
    code, _, err = _run("conflicts", "--db", str(tmp_path / "nope.db"))
    assert code == 1 and err.startswith("error: no database at") and len(err.strip().splitlines()) == 1
