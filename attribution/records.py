"""The records that flow out of extraction: one article's quotes and the people behind them.

They are plain frozen dataclasses so that every stage before storage stays testable without a
database, and so that `extract --no-store --format jsonl` and the stored listings agree field for
field (the JSON record is `ExtractedQuote.as_record()` plus the stored ids).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

QuoteKind = Literal["speech", "partial", "nonspeech"]
SpeakerKind = Literal["person", "organisation"]
QUOTE_KINDS: tuple[str, ...] = ("speech", "partial", "nonspeech")


@dataclass(frozen=True)
class Article:
    """An article as read: `text` is exactly what is stored and what every offset points into."""

    text: str
    source: str
    title: str | None = None


@dataclass(frozen=True)
class Speaker:
    """A canonical speaker built from every mention of one person or organisation in an article."""

    name: str
    kind: SpeakerKind = "person"
    title: str | None = None
    affiliation: str | None = None
    gender: Literal["male", "female"] | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtractedQuote:
    """One quotation with its attribution; offsets are of the content without its marks."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    confidence: float = 0.0
    method: str = "none"
    evidence: str | None = None
    paragraph: int = 0
    closed: bool = True

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything extraction learned about one article."""

    article: Article
    quotes: tuple[ExtractedQuote, ...]
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)

    def speaker(self, name: str | None) -> Speaker | None:
        if name is None:
            return None
        return next((s for s in self.speakers if s.name == name), None)


@dataclass(frozen=True)
class QuoteRecord:
    """One quote as listed, exported and printed by `extract --format jsonl` (here, not in `db`,
    so that `extract --no-store` never imports SQLAlchemy)."""

    id: int | None
    article: int | None
    path: str
    # --- ExtractedQuote.as_record(), same names, same order
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    confidence: float
    method: str
    evidence: str | None
    paragraph: int
    closed: bool
    # --- extras
    title: str | None = None
    speaker_title: str | None = None
    speaker_affiliation: str | None = None
    speaker_kind: str | None = None
    machine_speaker: str | None = None
    status: str = "unreviewed"
    reviewer: str | None = None
    reviewed_at: str | None = None

    def as_record(self) -> dict[str, Any]:
        return asdict(self)


QUOTE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(QuoteRecord))


def records_from_extraction(extraction: ArticleExtraction) -> list[QuoteRecord]:
    """Records for quotes that were not stored (`extract --no-store`): no ids, same keys."""
    out = []
    for quote in extraction.quotes:
        speaker = extraction.speaker(quote.speaker)
        out.append(
            QuoteRecord(
                id=None, article=None, path=extraction.article.source,
                **quote.as_record(),
                title=extraction.article.title,
                speaker_title=speaker.title if speaker else None,
                speaker_affiliation=speaker.affiliation if speaker else None,
                speaker_kind=speaker.kind if speaker else None,
                machine_speaker=quote.speaker,
            )
        )
    return out
