"""The pure side of `check`: verdicts, word diffs, speaker agreement, context — no database."""

from __future__ import annotations

import pytest

from attribution.check import (
    Candidate,
    bulk_word_keys,
    changes,
    check_claim,
    compare,
    context_window,
    extraction_candidates,
    format_diff,
    names_agree,
    speaker_agreement,
    word_keys,
)
from attribution.records import Article, ArticleExtraction, ExtractedQuote, Speaker

STORED = "We will protect the taxpayer at every turn, whatever it costs us."


def test_verbatim_ignores_marks_dashes_case_and_spacing() -> None:
    claim = "“we WILL protect the taxpayer  at every turn — whatever it costs us”"
    result = compare(claim, STORED)
    assert result is not None and result.verdict == "verbatim" and result.score == 100.0
    assert compare("It’s a ‘done deal’", "it's a 'done deal'").verdict == "verbatim"  # type: ignore[union-attr]


def test_altered_shows_a_word_diff() -> None:
    result = compare("We will protect taxpayers at every turn, whatever it costs us", STORED)
    assert result is not None and result.verdict == "altered"
    assert changes(result.diff) == [("taxpayers", "the taxpayer")]
    assert format_diff(result.diff) == "We will protect [taxpayers → the taxpayer] at every turn whatever it costs us"
    assert 75 <= result.score < 100


def test_partial_both_ways() -> None:
    fragment = compare("protect the taxpayer at every turn", STORED)
    assert fragment is not None and (fragment.verdict, fragment.fragment) == ("partial", "claim")
    longer = compare("Look. " + STORED + " That is the promise.", STORED)
    assert longer is not None and (longer.verdict, longer.fragment) == ("partial", "source")


def test_altered_fragment_of_a_longer_quote() -> None:
    source = "Our budget is simple and fair. We will protect the taxpayer at every turn, whatever it costs us, and we will not apologise."
    result = compare("we will protect taxpayers at every turn whatever it costs", source)
    assert result is not None and result.verdict == "altered" and result.fragment == "claim"
    assert changes(result.diff) == [("taxpayers", "the taxpayer")]


def test_unrelated_and_too_short_fragments_do_not_match() -> None:
    assert compare("The weather in Portmere was grey all week", STORED) is None
    assert compare("the taxpayer", STORED) is None  # two words: chance, not a quote
    assert compare("", STORED) is None


@pytest.mark.parametrize(
    ("claimed", "name", "aliases", "agrees"),
    [
        ("Hollis Grange", "Hollis Grange", (), True),
        ("grange", "Hollis Grange", (), True),
        ("Mr Grange", "Hollis Grange", (), True),
        ("Hollis", "Hollis Grange", (), False),
        ("The Hammer", "Daniel Okoro", ("The Hammer",), True),
        ("Hollis Grange", "Grange", (), True),
        ("Jane Smith", "Hollis Grange", (), False),
    ],
)
def test_names_agree(claimed: str, name: str, aliases: tuple[str, ...], agrees: bool) -> None:
    assert names_agree(claimed, name, aliases) is agrees


def test_speaker_agreement_values() -> None:
    assert speaker_agreement(None, "Hollis Grange") == "unknown"
    assert speaker_agreement("Grange", None) == "unknown"
    assert speaker_agreement("Grange", "Hollis Grange") == "matches"
    assert speaker_agreement("Okoro", "Hollis Grange") == "differs"


def _cand(text: str, speaker: str | None, source: str, start: int = 0) -> Candidate:
    return Candidate(text=text, source=source, start=start, end=start + len(text), speaker=speaker)


def test_check_claim_ranks_verbatim_first_and_confirms_only_for_the_claimed_speaker() -> None:
    candidates = [
        _cand("We will protect taxpayers at every turn, whatever it costs us.", "Jane Doe", "c.txt"),
        _cand(STORED, "John Smith", "b.txt"),
        _cand(STORED, "Jane Doe", "a.txt"),
        _cand("Something else entirely was said about the harbour", "Jane Doe", "d.txt"),
    ]
    result = check_claim(STORED, candidates, speaker="Doe")
    assert [(m.candidate.source, m.verdict, m.agreement) for m in result.matches] == [
        ("a.txt", "verbatim", "matches"),
        ("b.txt", "verbatim", "differs"),
        ("c.txt", "altered", "matches"),
    ]
    assert result.verdict == "verbatim" and result.confirmed
    assert result.other_speakers == ["John Smith"]
    # claimed for the wrong person: verbatim exists but not by them
    wrong = check_claim(STORED, candidates[1:2], speaker="Jane Doe")
    assert wrong.verdict == "verbatim" and not wrong.confirmed and wrong.other_speakers == ["John Smith"]
    # no speaker claimed: any verbatim match confirms
    assert check_claim(STORED, candidates[1:2]).confirmed
    nothing = check_claim("Nobody ever said these particular words at all", candidates)
    assert nothing.verdict == "not found" and not nothing.confirmed and nothing.matches == ()


def test_context_window_is_the_sentence_in_its_paragraph() -> None:
    text = "Headline\nIntro here. Grange said: “I didn’t shout. I didn’t throw anything.” He left.\nNext para."
    start = text.index("I didn")
    end = text.index("anything.") + len("anything.")
    assert context_window(text, start, end) == "Grange said: “I didn’t shout. I didn’t throw anything.”"
    text2 = "“We won,” Okoro said. The crowd sang."
    assert context_window(text2, 1, 7) == "“We won,” Okoro said."


def test_bulk_word_keys_agrees_with_word_keys() -> None:
    texts = [
        "don't-stop", "a''b", "'tis the dogs' day", "“Curly ‘quotes’ — and dashes”", "rock'n'roll it's' x",
        "Ünïcödé ÉCOLE ﬁne", "under_score 3,000 ok", "tab\tnew\nline", "`back`tick", "Straße", "", "...",
        "l'état c’est moi", STORED,
    ]
    assert bulk_word_keys(texts) == [list(word_keys(t)) for t in texts]


def test_extraction_candidates_carry_speaker_aliases_and_context() -> None:
    text = "“We will win the league,” said Hollis Grange. Fans cheered."
    quote = ExtractedQuote(start=1, end=24, text=text[1:24], kind="speech", speaker="Hollis Grange")
    ex = ArticleExtraction(Article(text, "x.txt"), (quote,), (Speaker("Hollis Grange", aliases=("Grange",)),))
    [cand] = extraction_candidates([ex])
    assert (cand.source, cand.speaker, cand.aliases, cand.quote_id) == ("x.txt", "Hollis Grange", ("Grange",), None)
    assert cand.context == "“We will win the league,” said Hollis Grange."
