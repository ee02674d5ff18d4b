"""Conflicts (same words, different speakers) and variants (one speaker, changed words):
the pure grouping, hand-built databases, and the fixture articles through the real extractor."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from attribution.check import word_keys
from attribution.conflicts import NearDuplicateIndex, find_conflicts, find_variants, similar_groups
from attribution.db.store import store_extraction
from audithelpers import ALTERED_COPY, ALTERED_ORIGINAL, MISATTRIBUTED, VERBATIM, audit_extractions
from storehelpers import extraction, quote_at

LONG = "We are not going to sell the harbour to the highest bidder while I am mayor"


def _keys(*texts: str) -> list[tuple[str, ...]]:
    return [word_keys(t) for t in texts]


def test_similar_groups_exact_near_and_apart() -> None:
    texts = _keys(
        LONG,
        "Completely different words about the football season and its goals",
        LONG.replace("highest", "biggest"),
        "“" + LONG.upper() + ",”",
        "The weather on the quay was grey and cold all week long",
    )
    assert similar_groups(texts) == [[0, 2, 3]]
    assert similar_groups(texts, threshold=100) == [[0, 3]]


def test_index_collapses_exact_duplicates() -> None:
    index = NearDuplicateIndex()
    for _ in range(1000):
        index.add(word_keys(LONG))
    assert len(index.versions) == 1
    assert [sorted(g) for g in index.groups()] == [list(range(1000))]


def _store(session: Session, source: str, quotes: list[tuple[str, str | None, str]]) -> None:
    """One article holding each (words, speaker, kind) as a quote."""
    text = " ".join(f"“{words},” said {speaker or 'someone'}." for words, speaker, _ in quotes)
    seen: dict[str, int] = {}
    extracted = []
    for words, speaker, kind in quotes:
        extracted.append(quote_at(text, words, speaker, occurrence=seen.get(words, 0), kind=kind))
        seen[words] = seen.get(words, 0) + 1
    store_extraction(session, extraction(text, source, extracted), "test")
    session.commit()


def test_hand_built_conflicts_and_variants(session: Session) -> None:
    _store(session, "a.txt", [(LONG, "Elena Marsh", "speech"),
                              ("Our grandparents fished these waters for a living", "Gwen Adair", "speech")])
    _store(session, "b.txt", [(LONG, "Ian Pryce", "speech")])  # misattributed copy
    _store(session, "c.txt", [("Our grandparents fished these very waters for their living", "Gwen Adair", "speech")])
    _store(session, "d.txt", [("Our grandparents fished these waters for a living", "Tomas Reyes", "nonspeech"),
                              ("sell the harbour", "Tomas Reyes", "partial")])
    conflicts = find_conflicts(session)
    assert [[(m.source, m.speaker) for m in g.members] for g in conflicts] == [
        [("a.txt", "Elena Marsh"), ("b.txt", "Ian Pryce")]
    ]
    assert conflicts[0].exact and conflicts[0].kind == "conflict"
    variants = find_variants(session)
    assert len(variants) == 1
    [group] = variants
    assert [(m.source, m.speaker) for m in group.members] == [("a.txt", "Gwen Adair"), ("c.txt", "Gwen Adair")]
    assert group.members[1].as_record()["diff"] == (
        "Our grandparents fished these [∅ → very] waters for [a → their] living"
    )


def test_same_article_and_same_speaker_alias_are_not_conflicts(session: Session) -> None:
    _store(session, "a.txt", [(LONG, "Elena Marsh", "speech"), (LONG, "Ian Pryce", "speech")])
    assert find_conflicts(session) == []  # both in one article: not across articles
    _store(session, "b.txt", [(LONG, "Marsh", "speech")])  # the same person, surname only
    conflicts = find_conflicts(session)
    # a.txt's Pryce copy vs b.txt's Marsh is a real cross-article disagreement
    assert len(conflicts) == 1 and {m.speaker for m in conflicts[0].members} == {"Elena Marsh", "Ian Pryce", "Marsh"}


def test_a_company_with_and_without_its_legal_form_is_not_a_conflict(session: Session) -> None:
    _store(session, "a.txt", [(LONG, "Quillfield Inc.", "speech")])
    _store(session, "b.txt", [(LONG, "Quillfield", "speech")])
    assert find_conflicts(session) == []


def test_short_and_nonspeech_quotes_never_take_part(session: Session) -> None:
    _store(session, "a.txt", [("We will win", "Elena Marsh", "speech"), (LONG, "Elena Marsh", "nonspeech")])
    _store(session, "b.txt", [("We will win", "Ian Pryce", "speech"), (LONG, "Ian Pryce", "nonspeech")])
    assert find_conflicts(session) == []
    assert len(find_conflicts(session, min_words=3)) == 1


# --- the fixture articles, through the real extractor --------------------------------------


@pytest.fixture
def audit_db(session: Session, nlp) -> Session:  # type: ignore[no-untyped-def]
    for ex in audit_extractions():
        store_extraction(session, ex, "test")
    session.commit()
    return session


def test_fixture_conflicts_find_exactly_the_misattributed_quote(audit_db: Session) -> None:
    conflicts = find_conflicts(audit_db)
    assert len(conflicts) == 1
    [group] = conflicts
    assert {m.text.rstrip(".,") for m in group.members} == {MISATTRIBUTED}
    by_article = {m.source.rsplit("/", 1)[-1]: m.speaker or "" for m in group.members}
    assert sorted(by_article) == ["harbour-reaction.txt", "harbour-vote.txt"]
    assert by_article["harbour-vote.txt"] == "Tomas Reyes"
    assert by_article["harbour-reaction.txt"].endswith("Ian Pryce")  # the extractor may keep "Harbourmaster"


def test_fixture_variants_find_exactly_the_altered_quote(audit_db: Session) -> None:
    variants = find_variants(audit_db)
    assert len(variants) == 1
    [group] = variants
    assert [m.text.rstrip(".,") for m in group.members] == [ALTERED_ORIGINAL, ALTERED_COPY]
    assert {m.speaker for m in group.members} == {"Elena Marsh"}
    assert group.members[1].as_record()["diff"] == (
        "Every family in this [town → city] deserves a home [it → they] can afford and this plan "
        "will build four hundred of them on the north quay by the end of [2030 → 2028]"
    )
    # the verbatim reprint (same speaker, same words) is neither a conflict nor a variant
    assert all(VERBATIM not in m.text for g in find_conflicts(audit_db) + variants for m in g.members)
