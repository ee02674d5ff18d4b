"""Human review of quotes, with an append-only audit trail.

A review changes a quote's current status and possibly its speaker, and always appends a
`ReviewEventRow` (who, when, old → new status and speaker, note, a snapshot of the quote). Events
are never updated or deleted here; an event whose quote vanished on re-extraction keeps its
snapshot and is reported by `orphaned_reviews`. The machine's attribution stays in
`machine_speaker_id`, so a correction never erases what the extractor said.

Functions flush but do not commit: the caller owns the transaction (the CLI commits once, or
rolls back on any error), so a review is all-or-nothing.
"""

from __future__ import annotations

import getpass
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from attribution.db.models import (
    REVIEW_STATUSES,
    QuoteRow,
    ReviewEventRow,
    SpeakerAliasRow,
    SpeakerRow,
    utcnow,
)
from attribution.normalise import name_key


class ReviewError(ValueError):
    """Bad review input (unknown quote, invalid status, empty speaker); one line for the user."""


def default_reviewer() -> str:
    """The OS user, so an unattended `review` still records who made it."""
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers) and no LOGNAME/USER
        return os.environ.get("USER") or "unknown"


def check_status(status: str) -> str:
    """The status if valid, else a ReviewError listing the valid ones."""
    value = status.strip().lower().replace("_", "-")
    if value not in REVIEW_STATUSES:
        raise ReviewError(f"invalid status '{status}': choose one of {', '.join(REVIEW_STATUSES)}")
    return value


def find_speaker(session: Session, name: str) -> SpeakerRow | None:
    """A stored speaker by canonical name, else by alias (an ambiguous alias matches nobody)."""
    key = name_key(name)
    found = session.scalars(select(SpeakerRow).where(SpeakerRow.name_key == key)).first()
    if found is not None:
        return found
    ids = set(session.scalars(select(SpeakerAliasRow.speaker_id).where(SpeakerAliasRow.alias_key == key)))
    return session.get(SpeakerRow, ids.pop()) if len(ids) == 1 else None


def get_or_create_speaker(session: Session, name: str) -> SpeakerRow:
    """The speaker a reviewer names, created (as a person) if nobody by that name exists."""
    clean = " ".join(name.split())
    if not clean:
        raise ReviewError("empty speaker name")
    speaker = find_speaker(session, clean)
    if speaker is None:
        speaker = SpeakerRow(name=clean, name_key=name_key(clean), kind="person")
        session.add(speaker)
        session.flush()
    return speaker


def review_quote(
    session: Session,
    quote_id: int,
    status: str | None,
    speaker: str | None = None,
    note: str | None = None,
    reviewer: str | None = None,
) -> ReviewEventRow:
    """Record one review of a quote: update its current state and append the event.

    `status` None keeps the current status (a speaker correction or a note alone); a speaker
    correction links the quote to that person and leaves `machine_speaker_id` untouched.
    """
    quote = session.get(QuoteRow, quote_id)
    if quote is None:
        raise ReviewError(f"no quote with id {quote_id}")
    new_status = check_status(status) if status is not None else quote.status
    if status is None and speaker is None and not note:
        raise ReviewError("nothing to record: give a status, a speaker or a note")
    who = (reviewer or "").strip() or default_reviewer()

    old_status = quote.status or "unreviewed"
    old_speaker = quote.speaker.name if quote.speaker is not None else None
    new_speaker = old_speaker
    if speaker is not None:
        person = get_or_create_speaker(session, speaker)
        if quote.machine_speaker_id is None and quote.speaker_id is not None and old_status == "unreviewed":
            # a quote stored before machine attribution was kept apart: keep it now
            quote.machine_speaker_id = quote.speaker_id
        quote.speaker_id = person.id
        quote.speaker = person
        new_speaker = person.name

    now = utcnow()
    quote.status = new_status
    quote.reviewer = who
    quote.reviewed_at = now
    event = ReviewEventRow(
        quote_id=quote.id,
        article_id=quote.article_id,
        quote_text=quote.text,
        quote_start=quote.start,
        quote_end=quote.end,
        reviewer=who,
        created_at=now,
        old_status=old_status,
        new_status=new_status,
        old_speaker=old_speaker,
        new_speaker=new_speaker,
        note=note or None,
    )
    session.add(event)
    session.flush()
    return event


def history(session: Session, quote_id: int) -> list[ReviewEventRow]:
    """Every review of a quote, oldest first."""
    return list(
        session.scalars(
            select(ReviewEventRow)
            .where(ReviewEventRow.quote_id == quote_id)
            .order_by(ReviewEventRow.created_at, ReviewEventRow.id)
        )
    )


def orphaned_reviews(session: Session) -> list[ReviewEventRow]:
    """Reviews whose quote disappeared on re-extraction: kept, with their snapshot, for a human."""
    return list(
        session.scalars(
            select(ReviewEventRow)
            .where(ReviewEventRow.quote_id.is_(None))
            .order_by(ReviewEventRow.created_at, ReviewEventRow.id)
        )
    )


def event_record(event: ReviewEventRow) -> dict[str, object]:
    """A review event as a plain record for JSON/CSV output."""
    created: datetime | None = event.created_at
    return {
        "event_id": event.id,
        "quote_id": event.quote_id,
        "article_id": event.article_id,
        "reviewer": event.reviewer,
        "created_at": created.isoformat() if created else None,
        "old_status": event.old_status,
        "new_status": event.new_status,
        "old_speaker": event.old_speaker,
        "new_speaker": event.new_speaker,
        "note": event.note,
        "quote_text": event.quote_text,
        "quote_start": event.quote_start,
        "quote_end": event.quote_end,
    }


# --- stats ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerStats:
    """Review counts for one speaker's quotes (current attribution)."""

    speaker_id: int | None
    name: str | None
    total: int
    by_status: dict[str, int]
    corrected: int  # quotes whose current speaker is a reviewer's correction of the machine's


@dataclass(frozen=True)
class ReviewStats:
    """The review picture of the whole database."""

    total: int
    by_status: dict[str, int]
    by_reviewer: dict[str, int]
    speakers: list[SpeakerStats] = field(default_factory=list)
    events: int = 0
    orphaned: int = 0

    def rows(self) -> list[dict[str, object]]:
        """One flat row per speaker (plus the totals), for table/CSV output."""
        out: list[dict[str, object]] = [
            {"speaker": "(all)", "total": self.total, **{s: self.by_status.get(s, 0) for s in REVIEW_STATUSES}, "corrected": sum(s.corrected for s in self.speakers)}
        ]
        for sp in self.speakers:
            out.append(
                {
                    "speaker": sp.name if sp.name is not None else "(unattributed)",
                    "total": sp.total,
                    **{s: sp.by_status.get(s, 0) for s in REVIEW_STATUSES},
                    "corrected": sp.corrected,
                }
            )
        return out

    def as_record(self) -> dict[str, object]:
        return {
            "total": self.total,
            "by_status": self.by_status,
            "by_reviewer": self.by_reviewer,
            "events": self.events,
            "orphaned_reviews": self.orphaned,
            "speakers": [
                {
                    "speaker_id": s.speaker_id,
                    "speaker": s.name,
                    "total": s.total,
                    "by_status": s.by_status,
                    "corrected": s.corrected,
                }
                for s in self.speakers
            ],
        }


def review_stats(session: Session, top: int | None = None) -> ReviewStats:
    """Counts per status, per reviewer and per speaker (most quoted first), in a few GROUP BYs."""
    by_status: Counter[str] = Counter(
        dict(session.execute(select(QuoteRow.status, func.count()).group_by(QuoteRow.status)).all())
    )
    by_reviewer = dict(
        session.execute(
            select(QuoteRow.reviewer, func.count())
            .where(QuoteRow.reviewer.is_not(None))
            .group_by(QuoteRow.reviewer)
            .order_by(func.count().desc())
        ).all()
    )
    per: dict[int | None, Counter[str]] = defaultdict(Counter)
    for sid, status, n in session.execute(
        select(QuoteRow.speaker_id, QuoteRow.status, func.count()).group_by(QuoteRow.speaker_id, QuoteRow.status)
    ).all():
        per[sid][status] += n
    corrected = dict(
        session.execute(
            select(QuoteRow.speaker_id, func.count())
            .where(
                QuoteRow.speaker_id.is_not(None),
                (QuoteRow.machine_speaker_id.is_(None)) | (QuoteRow.machine_speaker_id != QuoteRow.speaker_id),
                QuoteRow.reviewer.is_not(None),
            )
            .group_by(QuoteRow.speaker_id)
        ).all()
    )
    order = sorted(per, key=lambda sid: (-sum(per[sid].values()), sid is None, sid or 0))
    if top is not None:
        order = order[:top]
    names = dict(
        session.execute(select(SpeakerRow.id, SpeakerRow.name).where(SpeakerRow.id.in_([s for s in order if s is not None]))).all()
    )
    speakers = [
        SpeakerStats(sid, names.get(sid) if sid is not None else None, sum(per[sid].values()), dict(per[sid]), corrected.get(sid, 0))
        for sid in order
    ]
    events = session.scalar(select(func.count()).select_from(ReviewEventRow)) or 0
    orphaned = session.scalar(select(func.count()).select_from(ReviewEventRow).where(ReviewEventRow.quote_id.is_(None))) or 0
    return ReviewStats(
        total=sum(by_status.values()),
        by_status={s: by_status.get(s, 0) for s in REVIEW_STATUSES} | {k: v for k, v in by_status.items() if k not in REVIEW_STATUSES},
        by_reviewer=by_reviewer,
        speakers=speakers,
        events=int(events),
        orphaned=int(orphaned),
    )
