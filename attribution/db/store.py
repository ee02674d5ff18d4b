"""Write one article's extraction to the database without ever losing a human review.

Identity: an article is its text (sha256). Storing the same text again is a no-op unless forced;
storing new text from a source already in the database replaces that article's text and
re-extracts it in place. Re-extraction matches old quotes to new ones by normalised text (nearest
offsets when a text repeats) so a matched quote keeps its row id, status, reviewer and reviewed
speaker; only machine fields move. Quotes that disappear are deleted, and their review events
survive with `quote_id` NULL (orphaned) and their snapshot intact.

`store_extraction` only flushes: the caller commits once per article (one transaction each) and
rolls back on an exception, which discards everything of that article.
"""

from __future__ import annotations

import difflib
import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from attribution.db.models import (
    ArticleRow,
    QuoteRow,
    ReviewEventRow,
    SpeakerAliasRow,
    SpeakerRow,
    utcnow,
)
from attribution.normalise import name_key, quote_hash
from attribution.reading import STDIN, STDIN_SOURCE
from attribution.records import Article, ArticleExtraction, ExtractedQuote, Speaker

StoreStatus = Literal["new", "unchanged", "updated"]
ANONYMOUS_SOURCES: frozenset[str] = frozenset({STDIN, STDIN_SOURCE, ""})

# Fields a re-extraction may rewrite on a matched quote (never status/reviewer/reviewed speaker).
_MACHINE_FIELDS = (
    "start", "end", "text", "kind", "paragraph", "closed", "speaker_mention", "speaker_start",
    "speaker_end", "cue", "confidence", "method", "evidence",
)


@dataclass(frozen=True)
class StoreResult:
    """What storing one article did; `orphaned_reviews` counts review events left without quote."""

    article_id: int
    status: StoreStatus
    source: str
    quotes: int  # quotes stored for the article now
    new_quotes: int = 0
    kept_quotes: int = 0  # matched to an earlier extraction (row id kept)
    removed_quotes: int = 0
    kept_reviews: int = 0  # matched quotes whose review was preserved
    changed_reviews: int = 0  # of those, quotes whose machine reading (kind, speaker, cue) changed
    orphaned_reviews: int = 0
    speakers: int = 0  # distinct speakers the article's quotes are attributed to


def content_hash(text: str) -> str:
    """sha256 hex of the article text as stored: the article's identity."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def already_stored(session: Session, article: Article) -> StoreResult | None:
    """The "unchanged" result for text stored before, so a caller can skip parsing it at all."""
    row = session.scalar(select(ArticleRow).where(ArticleRow.content_hash == content_hash(article.text)))
    return _unchanged(session, row) if row is not None else None


def _unchanged(session: Session, row: ArticleRow) -> StoreResult:
    count, speakers = _counts(session, row.id)
    return StoreResult(article_id=row.id, status="unchanged", source=row.source, quotes=count, speakers=speakers)


def store_extraction(
    session: Session, extraction: ArticleExtraction, extractor: str, force: bool = False
) -> StoreResult:
    """Store (or re-store) one article's extraction; flushes, the caller commits."""
    article = extraction.article
    digest = content_hash(article.text)
    row = session.scalar(select(ArticleRow).where(ArticleRow.content_hash == digest))
    if row is not None and not force:
        return _unchanged(session, row)

    status: StoreStatus = "updated"
    if row is None and article.source not in ANONYMOUS_SOURCES:
        row = session.scalar(
            select(ArticleRow)
            .where(ArticleRow.source == article.source)
            .order_by(ArticleRow.id.desc())
            .limit(1)
        )
    now = utcnow()
    old_text = ""
    if row is None:
        status = "new"
        row = ArticleRow(
            source=article.source, title=article.title, text=article.text, content_hash=digest,
            ingested_at=now, extracted_at=now, extractor=extractor,
        )
        session.add(row)
    else:
        old_text = row.text
        row.text = article.text
        row.content_hash = digest
        row.title = article.title
        row.source = article.source
        row.extracted_at = now
        row.extractor = extractor
    session.flush()

    speakers = _store_speakers(session, extraction)
    moved = _offset_map(old_text, article.text) if status == "updated" else None
    counts = _reconcile_quotes(session, row.id, extraction.quotes, speakers, moved)
    session.flush()
    return StoreResult(
        article_id=row.id, status=status, source=row.source,
        speakers=_counts(session, row.id)[1], **counts,
    )


def _counts(session: Session, article_id: int) -> tuple[int, int]:
    """(quotes, distinct current speakers) stored for an article."""
    count, speakers = session.execute(
        select(func.count(), func.count(func.distinct(QuoteRow.speaker_id))).where(
            QuoteRow.article_id == article_id
        )
    ).one()
    return int(count), int(speakers)


# --- speakers --------------------------------------------------------------------------------


def _store_speakers(session: Session, extraction: ArticleExtraction) -> dict[str, SpeakerRow]:
    """Upsert every speaker named in the extraction; returns name → row."""
    wanted: dict[str, Speaker] = {s.name: s for s in extraction.speakers}
    for quote in extraction.quotes:
        if quote.speaker and quote.speaker not in wanted:
            wanted[quote.speaker] = Speaker(name=quote.speaker)
    return {name: upsert_speaker(session, speaker) for name, speaker in wanted.items()}


def upsert_speaker(session: Session, speaker: Speaker) -> SpeakerRow:
    """The global speaker for `speaker.name` (by casefolded key), created or filled in."""
    key = name_key(speaker.name)
    row = session.scalar(select(SpeakerRow).where(SpeakerRow.name_key == key))
    if row is None:
        row = SpeakerRow(
            name=speaker.name, name_key=key, kind=speaker.kind, title=speaker.title,
            affiliation=speaker.affiliation,
        )
        session.add(row)
        session.flush()
    else:
        if not row.title and speaker.title:
            row.title = speaker.title
        if not row.affiliation and speaker.affiliation:
            row.affiliation = speaker.affiliation
        if not row.kind and speaker.kind:
            row.kind = speaker.kind
    known = set(
        session.scalars(
            select(SpeakerAliasRow.alias_key).where(SpeakerAliasRow.speaker_id == row.id)
        )
    )
    for alias in (speaker.name, *speaker.aliases):
        alias_key = name_key(alias)
        if alias_key and alias_key not in known:
            known.add(alias_key)
            session.add(SpeakerAliasRow(speaker_id=row.id, alias=alias, alias_key=alias_key))
    return row


# --- quotes ----------------------------------------------------------------------------------


def _offset_map(old_text: str, new_text: str) -> Callable[[int], int | None]:
    """Where an offset of the old text went in the new one, for lines left unchanged.

    An edit above a quote shifts its offsets; pairing by raw distance would then hand one
    quote's review to another with the same words. Unchanged lines map exactly.
    """
    old_lines = old_text.splitlines(keepends=True)
    new_lines = new_text.splitlines(keepends=True)
    old_starts = [0]
    for line in old_lines:
        old_starts.append(old_starts[-1] + len(line))
    new_starts = [0]
    for line in new_lines:
        new_starts.append(new_starts[-1] + len(line))
    shifts: list[tuple[int, int, int]] = []  # (old start, old end, delta)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        if size:
            shifts.append((old_starts[a], old_starts[a + size], new_starts[b] - old_starts[a]))

    def moved(offset: int) -> int | None:
        for lo, hi, delta in shifts:
            if lo <= offset < hi:
                return offset + delta
        return None

    return moved


def _pair(
    old: list[QuoteRow],
    new: list[ExtractedQuote],
    moved: Callable[[int], int | None] | None = None,
    speaker_ids: dict[str, int] | None = None,
) -> list[tuple[QuoteRow, ExtractedQuote]]:
    """Pair quotes that share one normalised text: same place in the edited text first, then the
    same machine speaker, then the nearest offsets."""

    def cost(o: QuoteRow, n: ExtractedQuote) -> tuple[int, int, int]:
        where = moved(o.start) if moved is not None else None
        same_place = 0 if where == n.start else 1
        speaker = (speaker_ids or {}).get(n.speaker or "")
        same_speaker = 0 if speaker == o.machine_speaker_id else 1
        start = where if where is not None else o.start
        return same_place, same_speaker, abs(start - n.start) + abs(o.end - o.start - (n.end - n.start))

    candidates = sorted((cost(o, n), i, j) for i, o in enumerate(old) for j, n in enumerate(new))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((old[i], new[j]))
    return pairs


def _is_reviewed(session: Session, quote: QuoteRow) -> bool:
    if quote.status != "unreviewed" or quote.reviewer is not None:
        return True
    if quote.speaker_id != quote.machine_speaker_id:
        return True
    has_event = session.scalar(
        select(func.count()).where(ReviewEventRow.quote_id == quote.id)
    )
    return bool(has_event)


def _reconcile_quotes(
    session: Session,
    article_id: int,
    quotes: tuple[ExtractedQuote, ...],
    speakers: dict[str, SpeakerRow],
    moved: Callable[[int], int | None] | None = None,
) -> dict[str, int]:
    old_rows = list(session.scalars(select(QuoteRow).where(QuoteRow.article_id == article_id)))
    # the same span twice would break the (article, start, end) constraint: keep the first
    seen: set[tuple[int, int]] = set()
    fresh: list[ExtractedQuote] = []
    for quote in quotes:
        if (quote.start, quote.end) not in seen:
            seen.add((quote.start, quote.end))
            fresh.append(quote)

    old_by_hash: dict[str, list[QuoteRow]] = defaultdict(list)
    for row in old_rows:
        old_by_hash[row.norm_hash].append(row)
    new_by_hash: dict[str, list[ExtractedQuote]] = defaultdict(list)
    for quote in fresh:
        new_by_hash[quote_hash(quote.text)].append(quote)

    matched: list[tuple[QuoteRow, ExtractedQuote]] = []
    for digest, news in new_by_hash.items():
        if digest in old_by_hash:
            matched.extend(
                _pair(old_by_hash[digest], news, moved, {name: sp.id for name, sp in speakers.items()})
            )
    matched_old = {id(row) for row, _ in matched}
    matched_new = {id(q) for _, q in matched}

    # 1. drop quotes that are gone; their review events stay, orphaned
    gone = [row for row in old_rows if id(row) not in matched_old]
    orphaned = 0
    if gone:
        gone_ids = [row.id for row in gone]
        orphaned = session.scalar(
            select(func.count()).where(ReviewEventRow.quote_id.in_(gone_ids))
        ) or 0
        session.execute(
            update(ReviewEventRow)
            .where(ReviewEventRow.quote_id.in_(gone_ids))
            .values(quote_id=None)
            .execution_options(synchronize_session=False)
        )
        for row in gone:
            session.delete(row)
        session.flush()

    reviewed = {row.id: _is_reviewed(session, row) for row, _ in matched}

    # 2. park moved quotes on unique negative offsets so swaps can't hit the unique constraint
    moving = [(r, q) for r, q in matched if (r.start, r.end) != (q.start, q.end)]
    if moving:
        for row, _ in moving:
            row.start, row.end = -row.id, -row.id
        session.flush()

    # 3. machine fields follow the new extraction; reviews stay
    kept_reviews = changed_reviews = 0
    for row, quote in matched:
        machine = speakers.get(quote.speaker) if quote.speaker else None
        before = (row.kind, row.machine_speaker_id, row.speaker_mention, row.cue)
        for name in _MACHINE_FIELDS:
            setattr(row, name, getattr(quote, name))
        row.norm_hash = quote_hash(quote.text)
        row.machine_speaker_id = machine.id if machine else None
        if reviewed[row.id]:
            kept_reviews += 1
            # the review stands, but a reviewer should know the machine now reads it differently
            changed_reviews += before != (row.kind, row.machine_speaker_id, row.speaker_mention, row.cue)
        else:
            row.speaker_id = row.machine_speaker_id

    # 4. quotes seen for the first time
    new_count = 0
    for quote in fresh:
        if id(quote) in matched_new:
            continue
        machine = speakers.get(quote.speaker) if quote.speaker else None
        row = QuoteRow(
            article_id=article_id,
            norm_hash=quote_hash(quote.text),
            speaker_id=machine.id if machine else None,
            machine_speaker_id=machine.id if machine else None,
            status="unreviewed",
            **{name: getattr(quote, name) for name in _MACHINE_FIELDS},
        )
        session.add(row)
        new_count += 1
    return {
        "quotes": len(fresh),
        "new_quotes": new_count,
        "kept_quotes": len(matched),
        "removed_quotes": len(gone),
        "kept_reviews": kept_reviews,
        "changed_reviews": changed_reviews,
        "orphaned_reviews": orphaned,
    }
