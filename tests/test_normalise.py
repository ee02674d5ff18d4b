from __future__ import annotations

from attribution.normalise import name_key, normalise_quote, quote_hash


def test_variants_of_one_quote_share_a_hash() -> None:
    a = "“We’re not going   anywhere — ever,” "
    b = "\"we're NOT going anywhere - ever\""
    assert normalise_quote(a) == normalise_quote(b) == "we're not going anywhere - ever"
    assert quote_hash(a) == quote_hash(b)
    assert len(quote_hash(a)) == 40


def test_different_words_differ() -> None:
    assert quote_hash("We will win.") != quote_hash("We will lose.")
    # inner punctuation is kept: only the edges are trimmed
    assert normalise_quote("Stop, thinking.") == "stop, thinking"


def test_name_key() -> None:
    assert name_key("  Hollis   GRANGE ") == name_key("hollis grange") == "hollis grange"
    assert name_key("O’Neill") == name_key("O'Neill")
