"""Word lists shipped with the package (reporting verbs, titles, organisation words).

Kept as plain text files under `lexicons/` so that a newsroom can read and extend them without
touching code; loaded once and cached.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The lowercase entries of `lexicons/<name>.txt`, without comments or blank lines."""
    text = resources.files("attribution").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(e for e in entries if e)


def reporting_verbs() -> frozenset[str]:
    return words("reporting_verbs")


def titles() -> frozenset[str]:
    return words("titles")


def company_words() -> frozenset[str]:
    """Words that make a name a business (Foods, Holdings, Mining): a part of `organisation_words`."""
    return words("company_words")


@lru_cache(maxsize=None)
def organisation_words() -> frozenset[str]:
    return words("organisation_words") | company_words()


def nationalities() -> frozenset[str]:
    """Nouns for a person by nationality (“the Dane”): descriptions, never names."""
    return words("nationalities")
