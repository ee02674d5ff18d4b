"""Shared data for the audit tests: the fixtures/audit articles, extracted once per session."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from attribution.records import ArticleExtraction

AUDIT_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "audit"

# What the three fixture articles are built to contain (see fixtures/audit/*.txt):
VERBATIM = "We are not going to sell the harbour to the highest bidder, not while I am mayor of this town"
MISATTRIBUTED = "The sea wall is older than anyone in this chamber and nobody has told us who will pay to fix it"
ALTERED_ORIGINAL = (
    "Every family in this town deserves a home it can afford, and this plan will build four "
    "hundred of them on the north quay by the end of 2030"
)
ALTERED_COPY = (
    "Every family in this city deserves a home they can afford, and this plan will build four "
    "hundred of them on the north quay by the end of 2028"
)


@lru_cache(maxsize=1)
def audit_extractions() -> tuple[ArticleExtraction, ...]:
    """The real extractor over fixtures/audit (the spaCy model is loaded once, cached)."""
    from attribution.extract import extract_articles
    from attribution.reading import read_inputs

    articles = [a for a in read_inputs([str(AUDIT_DIR)])]
    return tuple(extract_articles(articles))  # type: ignore[arg-type]
