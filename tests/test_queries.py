from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from attribution.db.models import QuoteRow, ReviewEventRow
from attribution.db import queries
from attribution.db.store import store_extraction
from attribution.records import ExtractedQuote
from storehelpers import GRANGE, OKORO, extraction, quote_at

TEXT = ("Rovers win\n“Stop thinking and just run at them,” Grange said.\n"
        "Okoro added: “Unreal.” The crowd sang “Rovers 100%_ forever”.\n")


def _fill(session: Session) -> None:
    g = TEXT.index("Grange")
    store_extraction(session, extraction(TEXT, "a.txt", [
        quote_at(TEXT, "Stop thinking and just run at them,", "Hollis Grange", cue="said",
                 speaker_mention="Grange", speaker_start=g, speaker_end=g + 6, confidence=0.9),
        quote_at(TEXT, "Unreal.", "Daniel Okoro", kind="partial"),
        quote_at(TEXT, "Rovers 100%_ forever", None, kind="nonspeech"),
    ], (GRANGE, OKORO), title="Rovers win"), "t")
    text2 = "Other\nGrange said: “Run.”\n"
    store_extraction(session, extraction(text2, "b.txt", [quote_at(text2, "Run.", "Hollis Grange")], (GRANGE,)), "t")
    session.commit()


def test_quote_record_keys_match_extraction_records() -> None:
    keys = queries.QUOTE_FIELDS
    assert keys[:3] == ("id", "article", "path")
    extracted = tuple(ExtractedQuote(0, 1, "x", "speech").as_record())
    assert keys[3:3 + len(extracted)] == extracted


def test_quote_filters(session: Session) -> None:
    _fill(session)
    texts = lambda **kw: [q.text for q in queries.list_quotes(session, **kw)]  # noqa: E731
    assert texts(speaker="GRANGE") == ["Stop thinking and just run at them,", "Run."]  # alias, any case
    assert texts(speaker="hollis grange", article=2) == ["Run."]
    assert texts(speaker="nobody") == []
    assert texts(kind="partial") == ["Unreal."]
    assert texts(contains="RUN AT") == ["Stop thinking and just run at them,"]
    assert texts(contains="100%_") == ["Rovers 100%_ forever"]  # LIKE wildcards are literal
    assert texts(contains="0%") == ["Rovers 100%_ forever"]
    assert texts(contains="%") == ["Rovers 100%_ forever"]
    assert len(texts(limit=2)) == 2
    quote = session.scalar(select(QuoteRow).where(QuoteRow.text == "Run."))
    quote.status, quote.reviewer = "verified", "Ed"  # type: ignore[union-attr]
    session.commit()
    assert texts(status="verified") == ["Run."]
    assert texts(reviewer="ed") == ["Run."]
    assert len(texts(status="unreviewed")) == 3


def test_record_fields(session: Session) -> None:
    _fill(session)
    (record,) = queries.list_quotes(session, kind="speech", article=1)
    assert record.path == "a.txt" and record.title == "Rovers win"
    assert record.speaker == "Hollis Grange" and record.speaker_title == "manager"
    assert record.speaker_affiliation == "Kestrel Rovers" and record.machine_speaker == "Hollis Grange"
    assert record.confidence == 0.9 and record.cue == "said" and record.status == "unreviewed"
    (unattributed,) = queries.list_quotes(session, kind="nonspeech")
    assert unattributed.speaker is None and unattributed.speaker_title is None


def test_speakers_and_articles(session: Session) -> None:
    _fill(session)
    speakers = {s.name: s for s in queries.list_speakers(session)}
    assert speakers["Hollis Grange"].quotes == 2 and speakers["Daniel Okoro"].quotes == 1
    assert speakers["Hollis Grange"].aliases == ["Grange", "Hollis"]
    assert [s.name for s in queries.list_speakers(session, name="okoro")] == ["Daniel Okoro"]
    articles = queries.list_articles(session)
    assert [(a.source, a.quotes, a.reviewed) for a in articles] == [("a.txt", 3, 0), ("b.txt", 1, 0)]


def test_quote_detail_context_and_history(session: Session) -> None:
    _fill(session)
    quote = session.scalar(select(QuoteRow).where(QuoteRow.cue == "said"))
    assert quote is not None
    session.add(ReviewEventRow(quote_id=quote.id, article_id=quote.article_id, quote_text=quote.text,
                               quote_start=quote.start, quote_end=quote.end, reviewer="ed",
                               old_status="unreviewed", new_status="verified", note="checked tape"))
    session.commit()
    detail = queries.quote_detail(session, quote.id, context_chars=20)
    assert detail is not None
    rel = detail.quote.start - detail.context_start
    assert detail.context[rel:rel + len(quote.text)] == quote.text
    srel = detail.quote.speaker_start - detail.context_start  # type: ignore[operator]
    assert detail.context[srel:srel + 6] == "Grange"
    assert len(detail.context) < len(TEXT)
    assert [h.note for h in detail.history] == ["checked tape"]
    assert queries.quote_detail(session, 999) is None


def test_orphaned_reviews(session: Session) -> None:
    _fill(session)
    session.add(ReviewEventRow(quote_id=None, article_id=1, quote_text="gone", quote_start=1,
                               quote_end=5, reviewer="ed", old_status="unreviewed", new_status="verified"))
    session.commit()
    (orphan,) = queries.orphaned_reviews(session)
    assert orphan.orphaned and orphan.quote_text == "gone"
    assert orphan.as_record()["orphaned"] is True


def test_export_rows_have_every_field(session: Session) -> None:
    _fill(session)
    rows = list(queries.export_rows(session))
    assert len(rows) == 4
    assert all(tuple(r) == queries.QUOTE_FIELDS for r in rows)
    assert {f.name for f in fields(queries.QuoteRecord)} == set(queries.QUOTE_FIELDS)
