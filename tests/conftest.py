"""Shared fixtures: the spaCy model loads at most once per session; every database is a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The default spaCy model, loaded once (attribution.nlp.load caches it for the CLI too)."""
    from attribution import nlp as nlp_mod

    # no skip when the model is missing: the README's install command installs it, so a
    # missing model is a broken install that must fail loudly
    return nlp_mod.load()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """URL of a fresh, not yet migrated SQLite file."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def session(db_url: str) -> Iterator:  # type: ignore[type-arg]
    """A session on a migrated temp database."""
    from attribution.db.session import make_engine, session_factory, upgrade

    upgrade(db_url)
    engine = make_engine(db_url)
    with session_factory(engine)() as s:
        yield s
    engine.dispose()


@pytest.fixture
def articles_dir() -> Path:
    return FIXTURES / "articles"
