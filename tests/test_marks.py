"""Quotation-mark pairing: every phenomenon in sentences written for these tests."""

from __future__ import annotations

import random

from attribution.marks import scan


def contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in scan(text)]


def test_curly_double_quotes_pair_by_direction() -> None:
    text = "“We are ready,” the mayor said. “Bring it on.”"
    assert contents(text) == ["We are ready,", "Bring it on."]


def test_straight_quotes_pair_by_surrounding_whitespace() -> None:
    text = 'The chef said "the soup is cold" and left. "Never again," she wrote.'
    assert contents(text) == ["the soup is cold", "Never again,"]


def test_apostrophes_are_not_quotes() -> None:
    text = "It’s the Joneses’ car from the ’90s, isn’t it? Don't ask O’Neill."
    assert scan(text) == []


def test_plural_possessive_inside_a_single_quote_does_not_close_it() -> None:
    text = "‘The farmers’ markets are thriving,’ the minister said."
    assert contents(text) == ["The farmers’ markets are thriving,"]


def test_nested_quote_stays_inside_outer_us_style() -> None:
    text = "“He looked at me and said, ‘Keep going,’ so I did,” the runner said."
    spans = scan(text)
    assert [text[s.start : s.end] for s in spans] == ["He looked at me and said, ‘Keep going,’ so I did,"]
    (inner,) = spans[0].nested
    assert text[inner[0] : inner[1]] == "Keep going,"


def test_british_style_single_outer_double_inner() -> None:
    text = "‘She told me, “Wait here”, and drove off,’ the driver said."
    assert contents(text) == ["She told me, “Wait here”, and drove off,"]


def test_multi_paragraph_quote_gives_one_span_per_paragraph() -> None:
    text = "“The first part ends here.\n“The second part goes on.\n“And this is the end.”\nAfter."
    spans = scan(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The first part ends here.",
        "The second part goes on.",
        "And this is the end.",
    ]
    assert [s.continued for s in spans] == [False, True, True]
    assert spans[0].continues and spans[1].continues and not spans[2].continues


def test_closing_mark_typed_as_opening_is_repaired() -> None:
    text = "“Nobody is to blame,“ the coach said."
    assert contents(text) == ["Nobody is to blame,"]


def test_continuation_paragraph_opened_with_a_closing_mark() -> None:
    text = "“It went on and on.\n”Then it stopped,” she said."
    assert contents(text) == ["It went on and on.", "Then it stopped,"]


def test_closing_mark_wrapped_to_the_next_line() -> None:
    text = "“This line ends the quote.\n” the officer added, smiling."
    spans = scan(text)
    assert [text[s.start : s.end] for s in spans] == ["This line ends the quote."]
    assert spans[0].closed


def test_unclosed_quote_is_closed_at_paragraph_end_with_a_flag() -> None:
    text = "She said “this never ends\nNext paragraph."
    (span,) = scan(text)
    assert text[span.start : span.end] == "this never ends"
    assert not span.closed


def test_cut_off_speech_before_a_closing_mark() -> None:
    text = '"But I thought--" he began.'
    assert contents(text) == ["But I thought--"]


def test_scanner_never_raises_on_random_mark_soup() -> None:
    rng = random.Random(7)
    alphabet = "ab ,.\n“”‘’\"'—"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for span in scan(text):
            assert 0 <= span.mark_start < span.start <= span.end <= len(text)


def test_indented_continuation_paragraphs() -> None:
    text = "  “The first part ends here.\n  “And the second part closes it.”\n"
    spans = scan(text)
    assert [text[s.start : s.end] for s in spans] == ["The first part ends here.", "And the second part closes it."]
    assert spans[1].continued and spans[0].continues
