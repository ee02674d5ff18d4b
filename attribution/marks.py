"""Find quotation spans by pairing quotation marks, without ever raising.

News text is full of marks that don't pair up: apostrophes typed as closing single quotes
(don't, O’Hagan, the Joneses’ house, ’90s), closing marks typed as opening ones, quotes that run
over several paragraphs, and stray marks. The scanner works paragraph by paragraph:

1. every mark is classified from its shape and its neighbours as an opener, a closer, either,
   or an apostrophe (never a quote);
2. double and single marks are paired separately (each with its own small state machine);
3. spans that sit inside another span are nested quotes and stay part of the outer one;
   whichever style is outer (US “…‘…’…” or British ‘…“…”…’) follows from the nesting;
4. a double quote still open at the end of a paragraph continues when the next paragraph opens
   with a mark (one span per paragraph, `continued` set on the later ones); a closing mark wrapped
   to the start of the next line closes it; anything else is closed at the paragraph end with
   `closed=False`, so it is kept, never dropped.

Offsets are into the text exactly as given; `start`/`end` exclude the marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_STRAIGHT = '"'
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
SINGLE_STRAIGHT = "'"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_STRAIGHT + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_STRAIGHT

Role = Literal["open", "close", "either", "none"]

_FUNCTION_WORDS = {
    "and", "or", "but", "nor", "to", "in", "on", "at", "of", "for", "with", "by", "from", "as",
    "is", "was", "were", "are", "be", "been", "that", "which", "who", "when", "after", "before",
    "because", "if", "while", "than", "then", "so", "said", "says", "told", "added", "he", "she",
    "they", "it", "we", "i", "you", "the", "a", "an", "this", "has", "had", "have", "will", "would",
}

_OPEN_CONTEXT = set("([{—–-/")  # a quote may open right after these
_CLOSE_CONTEXT = set(",.;:!?)]}—–…")  # and close right before these
_ELISION = re.compile(r"\d0s\b|em\b|n[’'] |tis\b|twas\b|cause\b|til\b", re.IGNORECASE)  # ’90s, ‘em, rock ‘n’ roll


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: content offsets (`start`, `end`) and mark offsets (`mark_start`, `mark_end`).

    `closed` is False when no closing mark was found and the span was closed at the paragraph
    end; `continued` is True for the later paragraphs of a multi-paragraph quote; `nested` holds
    the inner quotations' content offsets.
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    open_mark: str
    close_mark: str | None
    closed: bool
    paragraph: int
    continued: bool = False
    continues: bool = False
    nested: tuple[tuple[int, int], ...] = ()

    @property
    def style(self) -> str:
        return "single" if self.open_mark in SINGLE_OPEN + SINGLE_CLOSE + SINGLE_STRAIGHT else "double"


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int  # exclusive, without the newline


def paragraphs(text: str) -> list[Paragraph]:
    """Split on newlines; blank lines are not paragraphs."""
    result: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped_end = end
        while stripped_end > pos and text[stripped_end - 1] in " \t\r":
            stripped_end -= 1
        start = pos
        while start < stripped_end and text[start] in " \t\u00a0":
            start += 1  # an indented paragraph starts at its first character
        if line.strip():
            result.append(Paragraph(len(result), start, stripped_end))
        pos = end + 1
    return result


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _mark_role(text: str, i: int, lo: int, hi: int) -> Role:
    """Decide what the mark at `i` can be from its neighbours within the paragraph [lo, hi)."""
    ch = text[i]
    before = text[i - 1] if i > lo else ""
    after = text[i + 1] if i + 1 < hi else ""
    # look through runs of adjacent marks (”’ or “‘) to the characters beyond them
    j = i - 1
    while j >= lo and text[j] in ALL_MARKS:
        j -= 1
    outer_before = text[j] if j >= lo else ""
    k = i + 1
    while k < hi and text[k] in ALL_MARKS:
        k += 1
    outer_after = text[k] if k < hi else ""
    space_before = _is_space(outer_before) or outer_before in _OPEN_CONTEXT
    space_after = _is_space(outer_after) or outer_after in _CLOSE_CONTEXT
    if ch in SINGLE_OPEN + SINGLE_CLOSE + SINGLE_STRAIGHT:
        if before.isalnum() and after.isalnum():
            return "none"  # don't, O’Hagan, rock’n’roll
        if (space_before or not before) and _ELISION.match(text, i + 1, hi):
            return "none"  # ’90s, ‘em
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if space_before and space_after:
        if outer_before in "-—–" and j - 1 >= lo and not text[j - 1].isspace():
            return "close"  # a cut-off utterance: “But—”
        if ch in DOUBLE_OPEN + SINGLE_OPEN and outer_before in _OPEN_CONTEXT:
            return "open"
        if ch in DOUBLE_CLOSE and not _is_space(outer_before):
            return "close"
        return "none"  # a mark standing alone between spaces pairs with nothing
    # squeezed between non-space characters: directional marks keep their direction
    if ch in DOUBLE_OPEN + SINGLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE + SINGLE_CLOSE:
        return "close" if ch in DOUBLE_CLOSE or not before.isalnum() else "none"
    return "either"


@dataclass
class _Mark:
    pos: int
    ch: str
    role: Role


def _marks(text: str, para: Paragraph, family: str) -> list[_Mark]:
    found = []
    for i in range(para.start, para.end):
        ch = text[i]
        if ch in family:
            role = _mark_role(text, i, para.start, para.end)
            if role != "none":
                found.append(_Mark(i, ch, role))
    return found


@dataclass
class _Raw:
    open_pos: int
    close_pos: int | None  # position of the closing mark; None = open at paragraph end
    open_ch: str
    close_ch: str | None


def _pair(marks: list[_Mark], single: bool, text: str) -> tuple[list[_Raw], _Mark | None]:
    """Pair marks in order; returns the spans and a mark left open at the end (if any)."""
    spans: list[_Raw] = []
    current: _Mark | None = None
    for k, mark in enumerate(marks):
        if current is None:
            if mark.role in ("open", "either"):
                current = mark
            continue
        if mark.role == "close" or mark.role == "either":
            if single and mark.role == "close" and _weak_single_close(marks, k, text):
                continue
            spans.append(_Raw(current.pos, mark.pos, current.ch, mark.ch))
            current = None
        elif mark.role == "open":
            if single:
                continue  # an inner ‘ inside an open single quote: let the outer one close
            # a second opener while one is open: the first was never closed
            spans.append(_Raw(current.pos, None, current.ch, None))
            current = mark
    return spans, current


def _weak_single_close(marks: list[_Mark], k: int, text: str = "") -> bool:
    """A ’ after a plural (the Joneses’ house) is a closer only if no better closer follows."""
    mark = marks[k]
    if not text or mark.pos == 0 or text[mark.pos - 1] not in "sS":
        return False
    following = text[mark.pos + 1 : mark.pos + 3]
    if not (len(following) == 2 and following[0] == " " and following[1].islower()):
        return False
    next_word = text[mark.pos + 2 :].split(None, 1)[0].strip(",.;:") if text[mark.pos + 2 :].strip() else ""
    if next_word.lower() in _FUNCTION_WORDS:
        return False  # ‘… Solutions’ and …: a possessive is followed by what is possessed
    return any(m.role in ("close", "either") for m in marks[k + 1 :])


def scan(text: str) -> list[QuoteSpan]:
    """All top-level quotation spans of `text`, in order; nested quotes are folded inside."""
    paras = paragraphs(text)
    result: list[QuoteSpan] = []
    carry: QuoteSpan | None = None  # a double quote left open at the previous paragraph's end
    for para in paras:
        doubles = _marks(text, para, DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_STRAIGHT)
        singles = _marks(text, para, SINGLE_OPEN + SINGLE_CLOSE + SINGLE_STRAIGHT)
        continued = False
        if carry is not None:
            ch0 = text[para.start]
            doubles = [m for m in doubles if m.pos != para.start]
            if ch0 in DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_STRAIGHT and (
                para.start + 1 >= para.end or text[para.start + 1].isspace()
            ):
                # the previous paragraph's closing mark was wrapped onto this line
                result[-1] = _replace(result[-1], closed=True, continues=False, close_mark=ch0, mark_end=para.start + 1)
            elif ch0 in DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_STRAIGHT:
                # a continuation paragraph, whatever the direction of its opening mark
                doubles.insert(0, _Mark(para.start, ch0, "open"))
                continued = True
            else:
                result[-1] = _replace(result[-1], closed=False, continues=False)
        carry = None
        d_spans, d_open = _pair(doubles, single=False, text=text)
        s_spans, s_open = _pair(singles, single=True, text=text)
        raw = [(s, "double") for s in d_spans] + [(s, "single") for s in s_spans]
        if d_open is not None:
            raw.append((_Raw(d_open.pos, None, d_open.ch, None), "double"))
        if s_open is not None:
            raw.append((_Raw(s_open.pos, None, s_open.ch, None), "single"))
        spans = _resolve(text, para, raw)
        for span in spans:
            is_first_double = continued and span.mark_start == para.start
            if is_first_double:
                span = _replace(span, continued=True)
            result.append(span)
        if d_open is not None and result and result[-1].mark_start == d_open.pos and not result[-1].closed:
            # open at the paragraph end: it may continue in the next paragraph
            result[-1] = _replace(result[-1], continues=True)
            carry = result[-1]
    if carry is not None:
        result[-1] = _replace(result[-1], continues=False)
    return result


def _replace(span: QuoteSpan, **changes: object) -> QuoteSpan:
    from dataclasses import replace

    return replace(span, **changes)


def _resolve(text: str, para: Paragraph, raw: list[tuple[_Raw, str]]) -> list[QuoteSpan]:
    """Turn raw pairs into spans, folding nested ones and dropping crossing single spans."""
    spans = []
    for r, style in raw:
        closed = r.close_pos is not None
        end = r.close_pos if closed else para.end
        start = r.open_pos + 1
        # an unclosed quote ends at the paragraph end, without trailing spaces
        while not closed and end > start and text[end - 1].isspace():
            end -= 1
        spans.append(
            dict(
                start=start,
                end=end,
                mark_start=r.open_pos,
                mark_end=(r.close_pos + 1) if closed else end,
                open_mark=r.open_ch,
                close_mark=r.close_ch,
                closed=closed,
                style=style,
            )
        )
    # prefer double spans when a single span crosses one (a misread apostrophe)
    spans.sort(key=lambda s: (s["mark_start"], -s["mark_end"]))
    kept: list[dict] = []
    for s in spans:
        crossing = [
            k
            for k in kept
            if k["mark_start"] < s["mark_start"] < k["mark_end"] < s["mark_end"]
            or s["mark_start"] < k["mark_start"] < s["mark_end"] < k["mark_end"]
        ]
        if crossing:
            if s["style"] == "single" or not s["closed"]:
                continue
            for k in crossing:
                if k["style"] == "single" or not k["closed"]:
                    kept.remove(k)
        kept.append(s)
    kept.sort(key=lambda s: (s["mark_start"], -s["mark_end"]))
    top: list[dict] = []
    for s in kept:
        if top and s["mark_start"] >= top[-1]["mark_start"] and s["mark_end"] <= top[-1]["mark_end"]:
            top[-1].setdefault("nested", []).append((s["start"], s["end"]))
            continue
        top.append(s)
    return [
        QuoteSpan(
            start=s["start"],
            end=s["end"],
            mark_start=s["mark_start"],
            mark_end=s["mark_end"],
            open_mark=s["open_mark"],
            close_mark=s["close_mark"],
            closed=s["closed"],
            paragraph=para.index,
            nested=tuple(s.get("nested", ())),
        )
        for s in top
        if s["end"] > s["start"]
    ]
