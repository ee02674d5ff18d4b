"""Reviews: append-only events, speaker corrections that keep the machine's attribution, stats,
and the review → re-extract round trip (a review is never lost or silently changed)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from attribution.db.models import QuoteRow, ReviewEventRow, SpeakerRow
from attribution.db.store import store_extraction
from attribution.review import (
    ReviewError,
    history,
    orphaned_reviews,
    review_quote,
    review_stats,
)
from storehelpers import GRANGE, OKORO, extraction, quote_at

TEXT = (
    "Rovers win\n“Stop thinking and just run at them,” Grange said.\n"
    "Okoro added: “Unreal.”\n"
)


def _article(text: str = TEXT, source: str = "a.txt"):  # type: ignore[no-untyped-def]
    quotes = [quote_at(text, "Stop thinking and just run at them,", "Hollis Grange", cue="said")]
    if "Unreal." in text:
        quotes.append(quote_at(text, "Unreal.", "Daniel Okoro", cue="added"))
    return extraction(text, source, quotes, (GRANGE, OKORO))


def _stored(session: Session) -> dict[str, QuoteRow]:
    store_extraction(session, _article(), "test/1")
    session.commit()
    return {q.text: q for q in session.scalars(select(QuoteRow))}


def test_review_sets_status_and_appends_an_event(session: Session) -> None:
    quote = _stored(session)["Unreal."]
    event = review_quote(session, quote.id, "verified", note="checked the match video", reviewer="ann")
    session.commit()
    assert (quote.status, quote.reviewer) == ("verified", "ann") and quote.reviewed_at is not None
    assert (event.quote_id, event.old_status, event.new_status) == (quote.id, "unreviewed", "verified")
    assert (event.old_speaker, event.new_speaker, event.note) == ("Daniel Okoro", "Daniel Okoro", "checked the match video")
    assert (event.quote_text, event.quote_start, event.quote_end) == ("Unreal.", quote.start, quote.end)


def test_history_is_append_only(session: Session) -> None:
    quote = _stored(session)["Unreal."]
    review_quote(session, quote.id, "disputed", reviewer="ann")
    review_quote(session, quote.id, "verified", reviewer="bob", note="second look")
    session.commit()
    events = history(session, quote.id)
    assert [(e.reviewer, e.old_status, e.new_status) for e in events] == [
        ("ann", "unreviewed", "disputed"),
        ("bob", "disputed", "verified"),
    ]


def test_speaker_correction_keeps_the_machine_attribution(session: Session) -> None:
    quote = _stored(session)["Stop thinking and just run at them,"]
    machine = quote.machine_speaker_id
    event = review_quote(session, quote.id, "misattributed", speaker="Joel Ashdown", reviewer="ann")
    session.commit()
    ashdown = session.scalar(select(SpeakerRow).where(SpeakerRow.name_key == "joel ashdown"))
    assert ashdown is not None  # created, as a new person
    assert quote.speaker_id == ashdown.id and quote.machine_speaker_id == machine
    assert (event.old_speaker, event.new_speaker) == ("Hollis Grange", "Joel Ashdown")
    # naming an existing person by an alias links to them, creating nobody
    before = session.scalar(select(func.count()).select_from(SpeakerRow))
    review_quote(session, quote.id, None, speaker="okoro", reviewer="ann")
    session.commit()
    assert quote.speaker is not None and quote.speaker.name == "Daniel Okoro"
    assert quote.status == "misattributed"  # no --status: kept
    assert session.scalar(select(func.count()).select_from(SpeakerRow)) == before


def test_bad_input_raises_review_error_and_writes_nothing(session: Session) -> None:
    quote = _stored(session)["Unreal."]
    with pytest.raises(ReviewError, match="no quote with id 999"):
        review_quote(session, 999, "verified")
    with pytest.raises(ReviewError, match="invalid status 'true'"):
        review_quote(session, quote.id, "true")
    with pytest.raises(ReviewError, match="nothing to record"):
        review_quote(session, quote.id, None)
    with pytest.raises(ReviewError, match="empty speaker"):
        review_quote(session, quote.id, "verified", speaker="  ")
    session.rollback()
    assert session.scalar(select(func.count()).select_from(ReviewEventRow)) == 0
    assert session.get(QuoteRow, quote.id).status == "unreviewed"  # type: ignore[union-attr]


def test_reviewer_defaults_to_the_os_user(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("attribution.review.getpass.getuser", lambda: "osuser")
    quote = _stored(session)["Unreal."]
    assert review_quote(session, quote.id, "verified").reviewer == "osuser"


def test_stats_per_status_reviewer_and_speaker(session: Session) -> None:
    quotes = _stored(session)
    review_quote(session, quotes["Unreal."].id, "verified", reviewer="ann")
    review_quote(session, quotes["Stop thinking and just run at them,"].id, "misattributed",
                 speaker="Daniel Okoro", reviewer="bob")
    session.commit()
    stats = review_stats(session)
    assert stats.total == 2 and stats.events == 2 and stats.orphaned == 0
    assert stats.by_status["verified"] == 1 and stats.by_status["misattributed"] == 1
    assert stats.by_status["unreviewed"] == 0
    assert stats.by_reviewer == {"ann": 1, "bob": 1}
    [okoro] = stats.speakers
    assert (okoro.name, okoro.total, okoro.corrected) == ("Daniel Okoro", 2, 1)
    assert okoro.by_status == {"verified": 1, "misattributed": 1}
    rows = stats.rows()
    assert rows[0]["speaker"] == "(all)" and rows[1]["speaker"] == "Daniel Okoro"


# --- the review → re-extract round trip (store.py keeps reviews) ----------------------------


def test_reextraction_keeps_status_and_corrected_speaker(session: Session) -> None:
    quote = _stored(session)["Stop thinking and just run at them,"]
    qid = quote.id
    review_quote(session, qid, "misattributed", speaker="Joel Ashdown", reviewer="ann", note="video")
    session.commit()
    # the same article edited (a new first line): offsets move, the quote is the same words
    edited = "Rovers win late\n" + TEXT.split("\n", 1)[1]
    store_extraction(session, _article(edited), "test/2")
    session.commit()
    session.expire_all()
    again = session.get(QuoteRow, qid)
    assert again is not None and again.text == "Stop thinking and just run at them,"
    assert again.start == edited.index("Stop")
    assert (again.status, again.reviewer) == ("misattributed", "ann")
    assert again.speaker is not None and again.speaker.name == "Joel Ashdown"
    assert again.machine_speaker is not None and again.machine_speaker.name == "Hollis Grange"
    assert [e.note for e in history(session, qid)] == ["video"]
    assert orphaned_reviews(session) == []


def test_reextraction_that_loses_a_quote_orphans_its_review(session: Session) -> None:
    quote = _stored(session)["Unreal."]
    review_quote(session, quote.id, "verified", reviewer="ann", note="heard it")
    session.commit()
    without = TEXT.replace("Okoro added: “Unreal.”\n", "")
    store_extraction(session, _article(without), "test/2")
    session.commit()
    session.expire_all()
    [orphan] = orphaned_reviews(session)
    assert orphan.quote_id is None and orphan.quote_text == "Unreal." and orphan.note == "heard it"
    assert review_stats(session).orphaned == 1
