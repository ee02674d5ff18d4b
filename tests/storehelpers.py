"""Hand-built extractions for storage tests (no spaCy model needed)."""

from __future__ import annotations

from attribution.records import Article, ArticleExtraction, ExtractedQuote, Speaker


def quote_at(text: str, words: str, speaker: str | None = None, occurrence: int = 0,
             **fields) -> ExtractedQuote:  # type: ignore[no-untyped-def]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return ExtractedQuote(start=start, end=start + len(words), text=words,
                          kind=fields.pop("kind", "speech"), speaker=speaker, **fields)


def extraction(text: str, source: str, quotes: list[ExtractedQuote],
               speakers: tuple[Speaker, ...] = (), title: str | None = None) -> ArticleExtraction:
    return ArticleExtraction(Article(text=text, source=source, title=title), tuple(quotes), speakers)


GRANGE = Speaker("Hollis Grange", title="manager", affiliation="Kestrel Rovers",
                 aliases=("Grange", "Hollis"))
OKORO = Speaker("Daniel Okoro", aliases=("Okoro",))
