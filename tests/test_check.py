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
        # an organisation with and without its legal form is one speaker
        ("Quillfield", "Quillfield Inc.", (), True),
        ("Tamworth Looms Ltd", "Tamworth Looms", (), True),
        ("Tamworth Looms Ltd", "Harbrook Looms Ltd", (), False),
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


# --- candidate retrieval (search.py): FTS5 and the LIKE fallback ---------------------------


def _store_quotes(session, quotes: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    from attribution.db.store import store_extraction
    from storehelpers import extraction, quote_at

    text = " ".join(f"“{words},” said {who}." for words, who in quotes)
    store_extraction(session, extraction(text, "s.txt", [quote_at(text, w, who) for w, who in quotes]), "test")
    session.commit()


QUOTES = [
    ("The harbour stays in public hands", "Elena Marsh"),
    ("Nobody has told us who will pay for the sea wall", "Tomas Reyes"),
    ("The harbour is not for sale to any developer", "Elena Marsh"),
]


def test_search_quotes_ranks_by_full_text_index(session) -> None:  # type: ignore[no-untyped-def]
    from attribution.search import has_fts, search_quotes

    _store_quotes(session, QUOTES)
    assert has_fts(session)
    ids = search_quotes(session, "who will pay for the sea wall?", 10)
    assert ids[0] == 2 and 1 not in ids
    assert set(search_quotes(session, "harbour", 10)) == {1, 3}
    assert search_quotes(session, "zebra crossing", 10) == []
    assert search_quotes(session, "", 10) == [] and search_quotes(session, 'harbour" OR', 10)  # no FTS syntax leaks


def test_search_falls_back_to_like_without_fts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from attribution.db.models import Base
    from attribution.db.session import make_engine, session_factory
    from attribution.search import check_stored, has_fts, search_quotes

    engine = make_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    Base.metadata.create_all(engine)  # no migration: no quotes_fts
    with session_factory(engine)() as session:
        _store_quotes(session, QUOTES)
        assert not has_fts(session)
        assert search_quotes(session, "who will pay for the sea wall", 10)[0] == 2
        result = check_stored(session, "The harbour stays in public hands", speaker="Marsh")
        assert result.confirmed and result.matches[0].candidate.context.startswith("“The harbour stays")
    engine.dispose()
