"""Scoring against gold: span overlap, optional quotes, speakers, nonspeech, end to end, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution.evaluate import (
    GoldDoc,
    GoldFormatError,
    GoldQuote,
    evaluate,
    evaluate_doc,
    load_gold,
    match_spans,
    normalise_name,
    overlap,
    speaker_canonical_ok,
    speaker_lenient_ok,
)
from attribution.records import ExtractedQuote

TEXT = "x" * 1000


def g(start: int, end: int, speaker: str | None = "Luke Coffey", kind: str = "speech", **kw) -> GoldQuote:
    return GoldQuote(start=start, end=end, text=TEXT[start:end], kind=kind, speaker=speaker, **kw)


def p(start: int, end: int, speaker: str | None = "Luke Coffey", kind: str = "speech", **kw) -> ExtractedQuote:
    return ExtractedQuote(start=start, end=end, text=TEXT[start:end], kind=kind, speaker=speaker, **kw)


def doc(*quotes: GoldQuote) -> GoldDoc:
    return GoldDoc(id="d", text=TEXT, quotes=quotes)


# -- spans ------------------------------------------------------------------------------------


def test_overlap_is_intersection_over_longer_span() -> None:
    assert overlap(0, 100, 0, 100) == 1.0
    assert overlap(0, 100, 50, 100) == 0.5
    assert overlap(0, 100, 0, 200) == 0.5
    assert overlap(0, 100, 100, 200) == 0.0
    assert overlap(0, 0, 0, 0) == 0.0


def test_threshold_edges() -> None:
    gold = [g(0, 100)]
    assert match_spans(gold, [p(50, 100)]) == [(0, 0)]  # exactly half: a match
    assert match_spans(gold, [p(51, 100)]) == []  # just under half: none
    assert match_spans(gold, [p(0, 201)]) == []  # prediction more than twice as long
    assert match_spans(gold, [p(0, 200)]) == [(0, 0)]


def test_matching_is_one_to_one_and_greedy_by_overlap() -> None:
    gold = [g(0, 100)]
    pairs = match_spans(gold, [p(0, 60), p(0, 95)])
    assert pairs == [(0, 1)]
    res = evaluate_doc(doc(*gold), [p(0, 60), p(0, 95)])
    assert (res.quotes.tp, res.quotes.fp, res.quotes.fn) == (1, 1, 0)


def test_precision_recall_f1() -> None:
    res = evaluate_doc(doc(g(0, 10), g(20, 30), g(40, 50)), [p(0, 10), p(20, 30), p(60, 70)])
    assert (res.quotes.tp, res.quotes.fp, res.quotes.fn) == (2, 1, 1)
    assert res.quotes.precision == pytest.approx(2 / 3)
    assert res.quotes.recall == pytest.approx(2 / 3)
    assert res.quotes.f1 == pytest.approx(2 / 3)
    types = sorted(e.type for e in res.errors)
    assert types == ["missed", "spurious"]


def test_optional_quotes_neither_reward_nor_punish() -> None:
    gold = doc(g(0, 10), g(20, 30, optional=True))
    found = evaluate_doc(gold, [p(0, 10), p(20, 30)])
    missed = evaluate_doc(gold, [p(0, 10)])
    for res in (found, missed):
        assert (res.quotes.tp, res.quotes.fp, res.quotes.fn) == (1, 0, 0)
        assert res.end_to_end.f1 == 1.0
        assert res.errors == []
    assert found.speaker_canonical.total == 1


def test_optional_quote_predicted_with_another_kind_is_ignored_in_groups() -> None:
    gold = doc(g(0, 10, kind="partial", optional=True), g(20, 30))
    res = evaluate_doc(gold, [p(0, 10, speaker=None, kind="nonspeech"), p(20, 30)])
    for prf in (res.quotes, *res.by_kind.values()):
        assert prf.fp == 0 and prf.fn == 0
    assert res.by_kind["speech+partial"].tp == 1


def test_empty_predictions_and_missing_doc() -> None:
    res = evaluate([doc(g(0, 10))], {})
    assert (res.quotes.tp, res.quotes.fp, res.quotes.fn) == (0, 0, 1)
    assert res.quotes.precision == 0.0 and res.quotes.f1 == 0.0


def test_kind_groups_split_speech_from_nonspeech() -> None:
    gold = doc(g(0, 10), g(20, 30, speaker=None, kind="nonspeech"))
    res = evaluate_doc(gold, [p(0, 10, kind="speech"), p(20, 30, speaker=None, kind="speech")])
    assert res.quotes.f1 == 1.0
    sp = res.by_kind["speech+partial"]
    ns = res.by_kind["nonspeech"]
    assert (sp.tp, sp.fp, sp.fn) == (1, 1, 0)
    assert (ns.tp, ns.fp, ns.fn) == (0, 0, 1)
    assert res.kind.correct == 1 and res.kind.total == 2
    assert [e.type for e in res.errors] == ["wrong_kind"]
    assert res.end_to_end.f1 == 1.0  # kind errors do not touch spans or speakers


# -- speakers ---------------------------------------------------------------------------------


def test_normalise_name_strips_titles_case_and_space() -> None:
    assert normalise_name("  Dr.  Helena   SOROKIN ") == "helena sorokin"
    assert normalise_name("Mr Pennock") == "pennock"
    assert normalise_name("Bernadette O’Hagan") == normalise_name("bernadette o'hagan")
    assert normalise_name(None) == ""


def test_a_company_legal_form_is_no_difference_but_its_name_is() -> None:
    gold = g(0, 10, speaker="Maresfield Logistics")
    assert speaker_canonical_ok(gold, p(0, 10, speaker="Maresfield Logistics Ltd."))
    assert speaker_canonical_ok(g(0, 10, speaker="Kenanga Hijau Sdn Bhd"), p(0, 10, speaker="Kenanga Hijau"))
    assert not speaker_canonical_ok(gold, p(0, 10, speaker="Maresfield"))
    # a lone legal-form word is still a name, not nothing
    assert normalise_name("Limited") == "limited"
    # dotted forms (“S.A.C.”, “S.p.A.”) are forms too
    assert speaker_canonical_ok(g(0, 10, speaker="Minera Quechua"), p(0, 10, speaker="Minera Quechua S.A.C."))


def test_a_generational_suffix_tells_father_from_son() -> None:
    # (Dalton Pruitt Jr. and Dalton Pruitt III are two people: the suffix is part of the name)
    assert not speaker_canonical_ok(g(0, 10, speaker="Dalton Pruitt III"), p(0, 10, speaker="Dalton Pruitt Jr."))
    assert not speaker_canonical_ok(g(0, 10, speaker="Dalton Pruitt III"), p(0, 10, speaker="Dalton Pruitt"))
    assert speaker_canonical_ok(g(0, 10, speaker="Dalton Pruitt III"), p(0, 10, speaker="Dalton Pruitt III"))


def test_canonical_vs_lenient() -> None:
    gold = g(0, 10, speaker="Luke Coffey", speaker_mention="an expert")
    assert speaker_canonical_ok(gold, p(0, 10, speaker="luke coffey"))
    assert speaker_canonical_ok(gold, p(0, 10, speaker="Mr. Luke Coffey"))
    assert not speaker_canonical_ok(gold, p(0, 10, speaker="Coffey"))
    assert speaker_lenient_ok(gold, p(0, 10, speaker="Coffey"))  # surname
    assert speaker_lenient_ok(gold, p(0, 10, speaker="Jim Coffey"))  # surname only, lenient
    assert speaker_lenient_ok(gold, p(0, 10, speaker=None, speaker_mention="an expert"))
    assert not speaker_lenient_ok(gold, p(0, 10, speaker="John Hardie", speaker_mention="he"))
    assert not speaker_lenient_ok(gold, p(0, 10, speaker=None))


def test_lenient_accepts_aliases() -> None:
    gold = g(0, 10, speaker="Cal", aliases=("Cal", "the cowboy", "Cal Emmett"))
    assert speaker_lenient_ok(gold, p(0, 10, speaker="Cal Emmett"))
    assert speaker_lenient_ok(gold, p(0, 10, speaker=None, speaker_mention="the cowboy"))


def test_canonical_accepts_proper_name_aliases_only() -> None:
    """Gold that lists an entity's other proper names: any of them names the same person."""
    gold = g(0, 10, speaker="Cal", aliases=("Cal", "the cowboy", "Cal Emmett"))
    assert speaker_canonical_ok(gold, p(0, 10, speaker="Cal Emmett"))
    assert not speaker_canonical_ok(gold, p(0, 10, speaker="the cowboy"))
    assert not speaker_canonical_ok(gold, p(0, 10, speaker="Emmett Hale"))


def test_speech_only_gold_ignores_predicted_nonspeech() -> None:
    """A set without kinds (dialogue only) does not count our titles and scare quotes as errors."""
    from attribution.evaluate import GoldDoc, GoldQuote

    gold = GoldDoc(id="d", text="x" * 60, quotes=(GoldQuote(0, 10, "x" * 10, speaker="Cal"),), speech_only=True)
    res = evaluate_doc(gold, [p(0, 10, speaker="Cal"), p(20, 30, kind="nonspeech")])
    assert (res.quotes.tp, res.quotes.fp, res.quotes.fn) == (1, 0, 0)


def test_speaker_accuracy_counts_and_e2e() -> None:
    gold = doc(g(0, 10), g(20, 30), g(40, 50))
    res = evaluate_doc(
        gold, [p(0, 10), p(20, 30, speaker="Coffey"), p(40, 50, speaker="Vladimir Putin")]
    )
    assert (res.speaker_canonical.correct, res.speaker_canonical.total) == (1, 3)
    assert (res.speaker_lenient.correct, res.speaker_lenient.total) == (2, 3)
    assert res.quotes.f1 == 1.0
    assert (res.end_to_end.tp, res.end_to_end.fp, res.end_to_end.fn) == (1, 2, 2)
    wrong = [e for e in res.errors if e.type == "wrong_speaker"]
    assert [(e.gold_speaker, e.pred_speaker) for e in wrong] == [
        ("Luke Coffey", "Coffey"),
        ("Luke Coffey", "Vladimir Putin"),
    ]


def test_nonspeech_needs_null_speaker_and_stays_out_of_speaker_accuracy() -> None:
    gold = doc(g(0, 10, speaker=None, kind="nonspeech"), g(20, 30, speaker=None, kind="nonspeech"))
    res = evaluate_doc(
        gold, [p(0, 10, speaker=None, kind="nonspeech"), p(20, 30, speaker="Trump", kind="nonspeech")]
    )
    assert (res.nonspeech_correct.correct, res.nonspeech_correct.total) == (1, 2)
    assert res.speaker_canonical.total == 0 and res.speaker_lenient.total == 0
    assert res.end_to_end.tp == 1 and res.end_to_end.fp == 1 and res.end_to_end.fn == 1
    assert res.quotes.f1 == 1.0


def test_evaluate_micro_averages_over_docs() -> None:
    d1 = GoldDoc(id="a", text=TEXT, quotes=(g(0, 10),))
    d2 = GoldDoc(id="b", text=TEXT, quotes=(g(0, 10), g(20, 30)))
    res = evaluate([d1, d2], {"a": [p(0, 10)], "b": [p(0, 10)]})
    assert res.docs == 2 and res.gold_quotes == 3 and res.predicted_quotes == 2
    assert (res.quotes.tp, res.quotes.fp, res.quotes.fn) == (2, 0, 1)
    assert res.as_dict()["quotes"]["recall"] == pytest.approx(0.6667)


# -- gold files -------------------------------------------------------------------------------


def test_load_gold_news_and_litbank_variants(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    news = {"id": "n", "text": "He said “Hello there.”", "quotes": [
        {"start": 9, "end": 21, "text": "Hello there.", "speaker": "Al Bo",
         "speaker_mention": "He", "kind": "speech", "optional": False}]}
    lit = {"id": "l", "text": "“Hi,” said Cal.", "quotes": [
        {"start": 1, "end": 4, "text": "Hi,", "speaker": "Cal", "speaker_aliases": ["Cal Emmett"],
         "speaker_mention": {"text": "Cal", "start": 11, "end": 14}}]}
    path.write_text(json.dumps(news) + "\n\n" + json.dumps(lit) + "\n", encoding="utf-8")
    docs = load_gold(path)
    assert [d.id for d in docs] == ["n", "l"]
    assert docs[0].quotes[0].speaker_mention == "He"
    lq = docs[1].quotes[0]
    assert (lq.kind, lq.speaker_mention, lq.aliases, lq.optional) == ("speech", "Cal", ("Cal Emmett",), False)


def test_speech_only_is_a_property_of_the_whole_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "dialogue.jsonl"
    lines = [{"id": "a", "text": "“Hi,” said Cal.", "quotes": [{"start": 1, "end": 4, "speaker": "Cal"}]},
             {"id": "b", "text": "No quotes here.", "quotes": []}]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert [d.speech_only for d in load_gold(path)] == [True, True]
    lines[0]["quotes"][0]["kind"] = "speech"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert [d.speech_only for d in load_gold(path)] == [False, False]


@pytest.mark.parametrize(
    "content",
    ["not json\n", '{"id": "x"}\n', '{"id": "x", "text": "ab", "quotes": [{"start": 0, "end": 9}]}\n', ""],
)
def test_load_gold_rejects_bad_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError):
        load_gold(path)
    with pytest.raises(GoldFormatError):
        load_gold(tmp_path / "missing.jsonl")


def test_fixture_gold_files_load() -> None:
    root = Path(__file__).resolve().parent.parent / "fixtures"
    for name in ("seed-article.jsonl", "dev-articles.jsonl"):
        for d in load_gold(root / name):
            for q in d.quotes:
                assert d.text[q.start : q.end] == q.text


# -- CLI --------------------------------------------------------------------------------------


def _cli():
    from typer.testing import CliRunner

    import attribution.cli.evaluation  # noqa: F401  (registers `evaluate`)
    from attribution.cli import app

    return CliRunner(), app


def test_cli_evaluate_json_on_tiny_gold(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We will win the match,” said Hollis Grange, the manager."
    gold = {"id": "tiny", "text": text, "quotes": [
        {"start": 1, "end": 23, "text": "We will win the match,", "speaker": "Hollis Grange",
         "speaker_mention": "Hollis Grange", "kind": "speech", "optional": False}]}
    assert text[1:23] == gold["quotes"][0]["text"]
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    runner, cli = _cli()
    result = runner.invoke(cli, ["evaluate", str(path), "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    res = payload["results"][str(path)]
    assert res["docs"] == 1 and res["gold_quotes"] == 1
    assert set(res) >= {"quotes", "by_kind", "speaker_canonical", "speaker_lenient", "end_to_end", "errors"}
    tp, fn = res["quotes"]["tp"], res["quotes"]["fn"]
    assert tp + fn == 1 and len([e for e in res["errors"] if e["type"] == "missed"]) == fn

    table = runner.invoke(cli, ["evaluate", str(path)])
    assert table.exit_code == 0 and "end to end" in table.output


def test_cli_evaluate_bad_gold_is_one_line_error(tmp_path: Path) -> None:
    runner, cli = _cli()
    missing = runner.invoke(cli, ["evaluate", str(tmp_path / "missing.jsonl")])
    assert missing.exit_code != 0 and missing.stderr.startswith("error:")
    assert len(missing.stderr.strip().splitlines()) == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    invalid = runner.invoke(cli, ["evaluate", str(bad)])
    assert invalid.exit_code != 0 and "bad.jsonl:1" in invalid.stderr
    assert "Traceback" not in invalid.stderr + invalid.stdout
