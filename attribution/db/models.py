"""The database schema (SQLAlchemy 2.x ORM). Alembic migrations in `migrations/` mirror it.

Design notes:
- An article is identified by its content hash; `source` is where it came from. Re-extracting
  unchanged text is a no-op.
- A quote keeps the machine's attribution (`machine_speaker_id`) apart from the current one
  (`speaker_id`), which a reviewer may correct; re-extraction only ever rewrites machine fields
  and never a reviewed quote's current speaker or status.
- Review events are append-only and survive their quote: `quote_id` is set NULL when a quote
  disappears on re-extraction, and the event keeps a snapshot of the quote (article, text,
  offsets), so it can be reported as orphaned.
- `norm_hash` is a hash of the quote's normalised words, the index behind exact conflict and
  variant detection; `quotes_fts` (SQLite FTS5, created by the migration) indexes `text`.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

REVIEW_STATUSES: tuple[str, ...] = (
    "unreviewed",
    "verified",
    "disputed",
    "misattributed",
    "not-a-quote",
)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(1024), index=True)
    title: Mapped[str | None] = mapped_column(String(1024))
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    extractor: Mapped[str | None] = mapped_column(String(128))  # "version/model" that extracted it

    quotes: Mapped[list[QuoteRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="QuoteRow.start"
    )


class SpeakerRow(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(512))
    name_key: Mapped[str] = mapped_column(String(512), unique=True)  # casefolded name
    kind: Mapped[str] = mapped_column(String(16), default="person")  # person | organisation
    title: Mapped[str | None] = mapped_column(String(512))
    affiliation: Mapped[str | None] = mapped_column(String(512))

    aliases: Mapped[list[SpeakerAliasRow]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan"
    )


class SpeakerAliasRow(Base):
    __tablename__ = "speaker_aliases"
    __table_args__ = (UniqueConstraint("speaker_id", "alias_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(512))
    alias_key: Mapped[str] = mapped_column(String(512), index=True)  # casefolded alias

    speaker: Mapped[SpeakerRow] = relationship(back_populates="aliases")


class QuoteRow(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "start", "end"),
        Index("ix_quotes_speaker", "speaker_id"),
        Index("ix_quotes_kind", "kind"),
        Index("ix_quotes_status", "status"),
        Index("ix_quotes_norm_hash", "norm_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    norm_hash: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))
    paragraph: Mapped[int] = mapped_column(Integer, default=0)
    closed: Mapped[bool] = mapped_column(Boolean, default=True)
    # current attribution (a reviewer's correction wins over the machine's)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    # the machine's attribution, kept for the record
    machine_speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL")
    )
    speaker_mention: Mapped[str | None] = mapped_column(String(512))
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(String(128))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    method: Mapped[str] = mapped_column(String(64), default="none")
    evidence: Mapped[str | None] = mapped_column(Text)
    # review state (denormalised from the latest ReviewEventRow for filtering)
    status: Mapped[str] = mapped_column(String(16), default="unreviewed")
    reviewer: Mapped[str | None] = mapped_column(String(128), index=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    article: Mapped[ArticleRow] = relationship(back_populates="quotes")
    speaker: Mapped[SpeakerRow | None] = relationship(foreign_keys=[speaker_id])
    machine_speaker: Mapped[SpeakerRow | None] = relationship(foreign_keys=[machine_speaker_id])


class ReviewEventRow(Base):
    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[int | None] = mapped_column(
        ForeignKey("quotes.id", ondelete="SET NULL"), index=True
    )
    # snapshot of the quote when reviewed, so an orphaned review still says what it was about
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    quote_text: Mapped[str] = mapped_column(Text)
    quote_start: Mapped[int] = mapped_column(Integer)
    quote_end: Mapped[int] = mapped_column(Integer)
    reviewer: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    old_status: Mapped[str] = mapped_column(String(16))
    new_status: Mapped[str] = mapped_column(String(16))
    old_speaker: Mapped[str | None] = mapped_column(String(512))
    new_speaker: Mapped[str | None] = mapped_column(String(512))
    note: Mapped[str | None] = mapped_column(Text)
