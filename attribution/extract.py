"""The extraction pipeline for one article or a stream of them (placeholder until marks land)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from attribution.records import Article, ArticleExtraction

if TYPE_CHECKING:
    from spacy.language import Language


def extract_articles(
    articles: Iterable[Article], model: str | None = None, batch_size: int = 16
) -> Iterator[ArticleExtraction]:
    """Extract quotes from each article in order, parsing in batches."""
    from attribution import nlp as nlp_mod

    nlp = nlp_mod.load(model)
    for article in articles:
        yield extract_article(article, nlp)


def extract_article(article: Article, nlp: Language) -> ArticleExtraction:
    return ArticleExtraction(article=article, quotes=())
