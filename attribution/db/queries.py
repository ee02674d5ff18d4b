"""Read-side queries returning plain records, so ORM objects never leak into the CLI.

A quote record has exactly the keys of `extract --format jsonl` (`QUOTE_FIELDS`): `id`, `article`,
`path`, then `ExtractedQuote.as_record()`'s fields, then stored extras (article title, speaker
details, review state). `records_from_extraction` builds the same record for unstored quotes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from attribution.db.models import ArticleRow, QuoteRow, ReviewEventRow, SpeakerAliasRow, SpeakerRow
from attribution.normalise import name_key
from attribution.records import QUOTE_FIELDS, ExtractedQuote, QuoteRecord, records_from_extraction


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None




@dataclass(frozen=True)
class SpeakerRecord:
    id: int
    name: str
    kind: str
    title: str | None
    affiliation: str | None
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0  # quotes currently attributed to the speaker
    machine_quotes: int = 0  # quotes the machine attributed to the speaker

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    source: str
    title: str | None
    quotes: int
    reviewed: int
    chars: int
    extractor: str | None
    ingested_at: str | None
    extracted_at: str | None

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    quote_id: int | None  # None: the quote vanished on re-extraction (orphaned review)
    article: int | None
    quote_text: str
    quote_start: int
    quote_end: int
    reviewer: str
    created_at: str | None
    old_status: str
    new_status: str
    old_speaker: str | None
    new_speaker: str | None
    note: str | None

    @property
    def orphaned(self) -> bool:
        return self.quote_id is None

    def as_record(self) -> dict[str, Any]:
        return {**asdict(self), "orphaned": self.orphaned}


@dataclass(frozen=True)
class QuoteDetail:
    """A quote with the text around it and its review history, for `show`.

    Offsets in `context` are relative to `context_start` in the article text.
    """

    quote: QuoteRecord
    context: str
    context_start: int
    history: list[ReviewRecord]

    def as_record(self) -> dict[str, Any]:
        return {
            **self.quote.as_record(),
            "context": self.context,
            "context_start": self.context_start,
            "history": [h.as_record() for h in self.history],
        }


# --- quotes ----------------------------------------------------------------------------------

_Current = aliased(SpeakerRow, name="current_speaker")
_Machine = aliased(SpeakerRow, name="machine_speaker")


def _quote_select() -> Select[Any]:
    return (
        select(QuoteRow, ArticleRow.source, ArticleRow.title, _Current, _Machine.name)
        .join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
        .outerjoin(_Current, QuoteRow.speaker_id == _Current.id)
        .outerjoin(_Machine, QuoteRow.machine_speaker_id == _Machine.id)
    )


def _to_record(row: Any) -> QuoteRecord:
    quote, source, title, speaker, machine_name = row
    return QuoteRecord(
        id=quote.id, article=quote.article_id, path=source,
        start=quote.start, end=quote.end, text=quote.text, kind=quote.kind,
        speaker=speaker.name if speaker else None,
        speaker_mention=quote.speaker_mention, speaker_start=quote.speaker_start,
        speaker_end=quote.speaker_end, cue=quote.cue, confidence=quote.confidence,
        method=quote.method, evidence=quote.evidence, paragraph=quote.paragraph,
        closed=bool(quote.closed), title=title,
        speaker_title=speaker.title if speaker else None,
        speaker_affiliation=speaker.affiliation if speaker else None,
        speaker_kind=speaker.kind if speaker else None,
        machine_speaker=machine_name, status=quote.status, reviewer=quote.reviewer,
        reviewed_at=_iso(quote.reviewed_at),
    )


def speaker_ids_matching(session: Session, name: str) -> list[int]:
    """Speakers whose canonical name or any alias is `name`, case-insensitively."""
    key = name_key(name)
    by_alias = select(SpeakerAliasRow.speaker_id).where(SpeakerAliasRow.alias_key == key)
    stmt = select(SpeakerRow.id).where(or_(SpeakerRow.name_key == key, SpeakerRow.id.in_(by_alias)))
    return list(session.scalars(stmt))


def iter_quotes(
    session: Session,
    *,
    speaker: str | None = None,
    article: int | None = None,
    kind: str | None = None,
    contains: str | None = None,
    status: str | None = None,
    reviewer: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    search: str | None = None,
) -> Iterator[QuoteRecord]:
    """Quotes matching every filter given, in article then text order, streamed.

    `search` ranks by the full-text index instead (best match first), the same index `check`
    uses, so it stays fast on a large database.
    """
    stmt = _quote_select()
    ranked: list[int] | None = None
    if search:
        from attribution.search import search_quotes

        filtered = any(v is not None for v in (speaker, article, kind, contains, status, reviewer))
        want = (limit or 1000) + offset  # no --limit: every useful hit, not a silent first page
        ranked = search_quotes(session, search, limit=max(want, 500) if filtered else want)
        if not ranked:
            return
        stmt = stmt.where(QuoteRow.id.in_(ranked))
    if speaker is not None:
        stmt = stmt.where(QuoteRow.speaker_id.in_(speaker_ids_matching(session, speaker)))
    if article is not None:
        stmt = stmt.where(QuoteRow.article_id == article)
    if kind is not None:
        stmt = stmt.where(QuoteRow.kind == kind)
    if contains:
        stmt = stmt.where(QuoteRow.text.icontains(contains, autoescape=True))
    if status is not None:
        stmt = stmt.where(QuoteRow.status == status)
    if reviewer is not None:
        stmt = stmt.where(func.lower(QuoteRow.reviewer) == reviewer.lower())
    if ranked is not None:
        rank = {quote_id: n for n, quote_id in enumerate(ranked)}
        records = sorted((_to_record(row) for row in session.execute(stmt)), key=lambda r: rank[r.id])
        end = None if limit is None else offset + limit
        yield from records[offset:end]
        return
    stmt = stmt.order_by(QuoteRow.article_id, QuoteRow.start, QuoteRow.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    for row in session.execute(stmt.execution_options(yield_per=500)):
        yield _to_record(row)


def list_quotes(session: Session, **filters: Any) -> list[QuoteRecord]:
    """`iter_quotes` as a list (see there for the filters)."""
    return list(iter_quotes(session, **filters))


def export_rows(session: Session) -> Iterator[dict[str, Any]]:
    """Every stored quote with its article and speaker fields, as flat dicts."""
    for record in iter_quotes(session):
        yield record.as_record()


def get_quote(session: Session, quote_id: int) -> QuoteRecord | None:
    row = session.execute(_quote_select().where(QuoteRow.id == quote_id)).first()
    return _to_record(row) if row is not None else None


def quote_detail(session: Session, quote_id: int, context_chars: int = 240) -> QuoteDetail | None:
    """The quote, ~`context_chars` of text either side (cut at whitespace) and its history."""
    record = get_quote(session, quote_id)
    if record is None:
        return None
    text = session.scalar(select(ArticleRow.text).where(ArticleRow.id == record.article)) or ""
    lo = min(record.start, record.speaker_start if record.speaker_start is not None else record.start)
    hi = max(record.end, record.speaker_end if record.speaker_end is not None else record.end)
    start = max(0, lo - context_chars)
    end = min(len(text), hi + context_chars)
    if start > 0:
        space = text.find(" ", start, lo)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", hi, end)
        end = space if space != -1 else end
    return QuoteDetail(
        quote=record, context=text[start:end], context_start=start,
        history=review_history(session, quote_id),
    )


# --- speakers and articles -------------------------------------------------------------------


def list_speakers(
    session: Session, name: str | None = None, limit: int | None = None
) -> list[SpeakerRecord]:
    """Speakers with aliases and quote counts, most quoted first; `name` as in the quotes filter."""
    current = (
        select(QuoteRow.speaker_id.label("sid"), func.count().label("n"))
        .group_by(QuoteRow.speaker_id)
        .subquery()
    )
    machine = (
        select(QuoteRow.machine_speaker_id.label("sid"), func.count().label("n"))
        .group_by(QuoteRow.machine_speaker_id)
        .subquery()
    )
    stmt = (
        select(SpeakerRow, func.coalesce(current.c.n, 0), func.coalesce(machine.c.n, 0))
        .outerjoin(current, current.c.sid == SpeakerRow.id)
        .outerjoin(machine, machine.c.sid == SpeakerRow.id)
        .order_by(func.coalesce(current.c.n, 0).desc(), SpeakerRow.name_key)
    )
    if name is not None:
        stmt = stmt.where(SpeakerRow.id.in_(speaker_ids_matching(session, name)))
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    aliases: dict[int, list[str]] = {}
    ids = [speaker.id for speaker, _, _ in rows]
    if ids:
        for sid, alias in session.execute(
            select(SpeakerAliasRow.speaker_id, SpeakerAliasRow.alias)
            .where(SpeakerAliasRow.speaker_id.in_(ids))
            .order_by(SpeakerAliasRow.id)
        ):
            aliases.setdefault(sid, []).append(alias)
    return [
        SpeakerRecord(
            id=s.id, name=s.name, kind=s.kind, title=s.title, affiliation=s.affiliation,
            aliases=[a for a in aliases.get(s.id, []) if a != s.name],
            quotes=n, machine_quotes=m,
        )
        for s, n, m in rows
    ]


def list_articles(session: Session, limit: int | None = None) -> list[ArticleRecord]:
    """Articles with quote counts (total and reviewed), in storage order."""
    counts = (
        select(
            QuoteRow.article_id.label("aid"),
            func.count().label("n"),
            func.sum(case((QuoteRow.status != "unreviewed", 1), else_=0)).label("reviewed"),
        )
        .group_by(QuoteRow.article_id)
        .subquery()
    )
    stmt = (
        select(
            ArticleRow.id, ArticleRow.source, ArticleRow.title, func.length(ArticleRow.text),
            ArticleRow.extractor, ArticleRow.ingested_at, ArticleRow.extracted_at,
            func.coalesce(counts.c.n, 0), func.coalesce(counts.c.reviewed, 0),
        )
        .outerjoin(counts, counts.c.aid == ArticleRow.id)
        .order_by(ArticleRow.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        ArticleRecord(
            id=aid, source=source, title=title, quotes=n, reviewed=int(reviewed), chars=chars,
            extractor=extractor, ingested_at=_iso(ingested), extracted_at=_iso(extracted),
        )
        for aid, source, title, chars, extractor, ingested, extracted, n, reviewed in session.execute(stmt)
    ]


# --- reviews ---------------------------------------------------------------------------------


def _review(row: ReviewEventRow) -> ReviewRecord:
    return ReviewRecord(
        id=row.id, quote_id=row.quote_id, article=row.article_id, quote_text=row.quote_text,
        quote_start=row.quote_start, quote_end=row.quote_end, reviewer=row.reviewer,
        created_at=_iso(row.created_at), old_status=row.old_status, new_status=row.new_status,
        old_speaker=row.old_speaker, new_speaker=row.new_speaker, note=row.note,
    )


def review_history(session: Session, quote_id: int) -> list[ReviewRecord]:
    """A quote's review events, oldest first."""
    stmt = (
        select(ReviewEventRow)
        .where(ReviewEventRow.quote_id == quote_id)
        .order_by(ReviewEventRow.created_at, ReviewEventRow.id)
    )
    return [_review(row) for row in session.scalars(stmt)]


def orphaned_reviews(session: Session, article: int | None = None) -> list[ReviewRecord]:
    """Review events whose quote vanished on re-extraction (snapshot kept), oldest first."""
    stmt = select(ReviewEventRow).where(ReviewEventRow.quote_id.is_(None))
    if article is not None:
        stmt = stmt.where(ReviewEventRow.article_id == article)
    stmt = stmt.order_by(ReviewEventRow.created_at, ReviewEventRow.id)
    return [_review(row) for row in session.scalars(stmt)]
