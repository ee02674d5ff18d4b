"""Did this person really say these words? The pure matching logic behind `attribution check`.

Nothing here touches the database or spaCy: candidates come in as plain `Candidate` records (from
stored quotes via `attribution.search`, or from articles extracted on the fly), so every verdict,
diff and speaker decision is testable on strings alone.

Verdicts, from the claim's point of view:
- `verbatim`: the same words, after normalising quote marks, dashes, whitespace, case (and
  punctuation, which a reader does not hear);
- `partial`: the claim is an exact fragment of a longer quote, or the quote a fragment of the claim;
- `altered`: close but with different words (possibly within a longer quote) — with a word diff;
- `not found`: no candidate came close enough.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from attribution.normalise import without_legal_form
from attribution.records import ArticleExtraction

Verdict = Literal["verbatim", "partial", "altered", "not found"]
Agreement = Literal["matches", "differs", "unknown"]

DEFAULT_THRESHOLD = 75.0  # rapidfuzz ratio (0-100) for a whole quote to count as altered
FRAGMENT_THRESHOLD = 85.0  # stricter, because a fragment's best window flatters the score
MIN_FRAGMENT_WORDS = 4  # shorter than this, a fragment match is chance ("we will", "the people")

_VERDICT_RANK = {"verbatim": 0, "partial": 1, "altered": 2, "not found": 3}
_AGREEMENT_RANK = {"matches": 0, "unknown": 1, "differs": 2}

# Typographic variants a copy-editor changes without changing the words.
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\u00a0": " ",
    }
)
_WORD_RE = re.compile(r"\w+(?:'\w+)*")
_HONORIFICS = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady rev president senator sen rep gov "
    "governor minister mayor judge justice gen general capt captain coach".split()
)


@dataclass(frozen=True)
class Word:
    """One word of a quote: `key` is what is compared, `text` what a diff shows."""

    text: str
    key: str


def words(text: str) -> list[Word]:
    """The quote's words, with typography, case and punctuation normalised away for comparison."""
    cleaned = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP)
    return [Word(m.group(0), m.group(0).casefold()) for m in _WORD_RE.finditer(cleaned)]


def word_keys(text: str) -> tuple[str, ...]:
    """The comparison keys of `words(text)` (fast path): equal tuples mean a verbatim match."""
    return tuple(_WORD_RE.findall(_fold(text)))


def normalised_words(text: str) -> str:
    """The comparison keys joined by single spaces: one string per quote for bulk comparison."""
    return " ".join(_WORD_RE.findall(_fold(text)))


_RECORD_SEP = "\x1e"
# ASCII characters that are never inside a word ("'" is, between letters), as spaces
_ASCII_GAPS = str.maketrans(
    {chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) in "_'" + _RECORD_SEP)}
)


def _split_ascii(translated: str) -> list[str]:
    toks = translated.split()
    if "'" in translated:  # apostrophes at a word's edge are quote marks, not part of it
        toks = [w for tok in toks for w in (_WORD_RE.findall(tok) if "'" in tok else (tok,))]
    return toks


def bulk_word_keys(texts: Sequence[str]) -> list[list[str]]:
    """`word_keys` of many texts at once (same words), folding them in one pass and splitting
    ASCII with one `str.translate`: the per-quote cost of tokenising a million quotes."""
    big = _fold(_RECORD_SEP.join(t.replace(_RECORD_SEP, " ") for t in texts))
    if big.isascii():
        return [_split_ascii(part) for part in big.translate(_ASCII_GAPS).split(_RECORD_SEP)]
    return [
        _split_ascii(part.translate(_ASCII_GAPS)) if part.isascii() else _WORD_RE.findall(part)
        for part in big.split(_RECORD_SEP)
    ]


def _fold(text: str) -> str:
    if not text.isascii():  # NFKC and the typography map matter beyond ASCII (and for "`")
        text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP)
    elif "`" in text:
        text = text.replace("`", "'")
    return text.casefold()


@dataclass(frozen=True)
class DiffOp:
    """One stretch of a word diff: `claim` words against the `source`'s words."""

    op: Literal["equal", "replace", "delete", "insert"]
    claim: str
    source: str


def word_diff(claim: Sequence[Word], source: Sequence[Word]) -> list[DiffOp]:
    """A word-level diff with neighbouring changes merged, so it reads "the taxpayer" → "taxpayers"."""
    matcher = difflib.SequenceMatcher(
        a=[w.key for w in claim], b=[w.key for w in source], autojunk=False
    )
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a = " ".join(w.text for w in claim[i1:i2])
        b = " ".join(w.text for w in source[j1:j2])
        if tag != "equal" and ops and ops[-1].op != "equal":
            prev = ops.pop()
            a = " ".join(x for x in (prev.claim, a) if x)
            b = " ".join(x for x in (prev.source, b) if x)
            tag = "replace"
        ops.append(DiffOp(tag, a, b))  # type: ignore[arg-type]
    return ops


def format_diff(ops: Sequence[DiffOp]) -> str:
    """A one-line rendering: unchanged words plain, changes as `[claim → source]`."""
    parts: list[str] = []
    for op in ops:
        if op.op == "equal":
            parts.append(op.claim)
        else:
            parts.append(f"[{op.claim or '∅'} → {op.source or '∅'}]")
    return " ".join(parts)


def changes(ops: Sequence[DiffOp]) -> list[tuple[str, str]]:
    """Only the changed stretches, as (claim words, source words)."""
    return [(op.claim, op.source) for op in ops if op.op != "equal"]


@dataclass(frozen=True)
class Comparison:
    """How one claim compares with one quote's words."""

    verdict: Verdict
    score: float
    diff: tuple[DiffOp, ...] = ()
    fragment: Literal["claim", "source"] | None = None  # which side is part of the other


def _contains(long: Sequence[str], short: Sequence[str]) -> int:
    """Start of `short` as a contiguous run inside `long`, or -1."""
    n = len(short)
    if n == 0 or n > len(long):
        return -1
    first = short[0]
    for i in range(len(long) - n + 1):
        if long[i] == first and tuple(long[i : i + n]) == tuple(short):
            return i
    return -1


def _window(long: Sequence[Word], short: Sequence[Word], cutoff: float) -> tuple[int, int, float] | None:
    """The run of `long` that best matches `short` (word boundaries), if it scores ≥ cutoff."""
    long_s = " ".join(w.key for w in long)
    short_s = " ".join(w.key for w in short)
    aligned = fuzz.partial_ratio_alignment(short_s, long_s, score_cutoff=cutoff)
    if aligned is None:
        return None
    # map the aligned character span back onto whole words of `long`
    starts, pos = [], 0
    for w in long:
        starts.append(pos)
        pos += len(w.key) + 1
    first = max((i for i, s in enumerate(starts) if s <= aligned.dest_start), default=0)
    last = max((i for i, s in enumerate(starts) if s < max(aligned.dest_end, aligned.dest_start + 1)), default=first)
    best: tuple[int, int, float] | None = None
    # the alignment may cut a word in half at either end: try one word either way
    for a in range(max(0, first - 1), min(len(long), first + 2)):
        for b in range(max(a + 1, last), min(len(long), last + 2) + 1):
            score = fuzz.ratio(short_s, " ".join(w.key for w in long[a:b]))
            if best is None or score > best[2]:
                best = (a, b, score)
    return best if best and best[2] >= cutoff else None


def compare(
    claim: str | Sequence[Word],
    source: str | Sequence[Word],
    threshold: float = DEFAULT_THRESHOLD,
    min_fragment_words: int = MIN_FRAGMENT_WORDS,
) -> Comparison | None:
    """Compare a claimed quote with a source quote; None when they are not close enough."""
    cw = words(claim) if isinstance(claim, str) else list(claim)
    sw = words(source) if isinstance(source, str) else list(source)
    if not cw or not sw:
        return None
    ck, sk = [w.key for w in cw], [w.key for w in sw]
    if ck == sk:
        return Comparison("verbatim", 100.0, (DiffOp("equal", " ".join(w.text for w in cw), " ".join(w.text for w in sw)),))
    if len(ck) >= min_fragment_words and (i := _contains(sk, ck)) >= 0:
        diff = word_diff(cw, sw[i : i + len(ck)])
        return Comparison("partial", 100.0, tuple(diff), "claim")
    if len(sk) >= min_fragment_words and (i := _contains(ck, sk)) >= 0:
        diff = word_diff(cw[i : i + len(sk)], sw)
        return Comparison("partial", 100.0, tuple(diff), "source")
    whole = fuzz.ratio(" ".join(ck), " ".join(sk))
    if whole >= threshold:
        return Comparison("altered", round(whole, 1), tuple(word_diff(cw, sw)))
    cutoff = max(threshold, FRAGMENT_THRESHOLD)
    if len(ck) >= min_fragment_words and len(sk) > len(ck) + 1:
        if (win := _window(sw, cw, cutoff)) is not None:
            a, b, score = win
            return Comparison("altered", round(score, 1), tuple(word_diff(cw, sw[a:b])), "claim")
    if len(sk) >= min_fragment_words and len(ck) > len(sk) + 1:
        if (win := _window(cw, sw, cutoff)) is not None:
            a, b, score = win
            return Comparison("altered", round(score, 1), tuple(word_diff(cw[a:b], sw)), "source")
    return None


# --- speakers -------------------------------------------------------------------------------


def _name_tokens(name: str) -> list[str]:
    # “Quillfield Inc.” is the Quillfield another article names without it
    toks = without_legal_form([w.key.replace("'", "") for w in words(name)])
    return [t for t in toks if t not in _HONORIFICS] or toks


def names_agree(claimed: str, name: str, aliases: Iterable[str] = ()) -> bool:
    """Whether a claimed speaker is the stored one: the canonical name, an alias, or its surname.

    "Grange" and "Mr Grange" agree with "Hollis Grange"; "Hollis" alone (a first name) does not.
    """
    ct = _name_tokens(claimed)
    if not ct:
        return False
    for candidate in (name, *aliases):
        nt = _name_tokens(candidate)
        if not nt:
            continue
        if ct == nt:
            return True
        # a partial name: every claimed token in the name, including its surname
        if ct[-1] == nt[-1] and set(ct) <= set(nt):
            return True
        if nt[-1] == ct[-1] and set(nt) <= set(ct):  # the claim gives more of the name
            return True
    return False


def speaker_agreement(claimed: str | None, name: str | None, aliases: Iterable[str] = ()) -> Agreement:
    """Claimed vs stored speaker: `matches`, `differs` (a possible misattribution) or `unknown`."""
    if not claimed or not name:
        return "unknown"
    return "matches" if names_agree(claimed, name, aliases) else "differs"


# --- checking a claim against candidates ----------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A quote to check a claim against: stored (`quote_id`) or extracted on the fly (None)."""

    text: str
    source: str
    start: int
    end: int
    speaker: str | None = None
    aliases: tuple[str, ...] = ()
    quote_id: int | None = None
    article_id: int | None = None
    title: str | None = None
    context: str | None = None
    kind: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class CheckMatch:
    """One candidate that came close to the claim, with its verdict and speaker agreement."""

    candidate: Candidate
    verdict: Verdict
    score: float
    agreement: Agreement
    diff: tuple[DiffOp, ...] = ()
    fragment: Literal["claim", "source"] | None = None

    def as_record(self) -> dict[str, object]:
        c = self.candidate
        return {
            "verdict": self.verdict,
            "score": self.score,
            "speaker_agreement": self.agreement,
            "speaker": c.speaker,
            "quote_id": c.quote_id,
            "source": c.source,
            "title": c.title,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "context": c.context,
            "fragment": self.fragment,
            "diff": format_diff(self.diff) if self.verdict != "verbatim" else None,
            "changes": [list(ch) for ch in changes(self.diff)],
            "status": c.status,
        }


@dataclass(frozen=True)
class CheckResult:
    """The answer to one claim: matches best first, the overall verdict, and whether it stands."""

    claim: str
    speaker: str | None
    matches: tuple[CheckMatch, ...] = field(default_factory=tuple)

    @property
    def verdict(self) -> Verdict:
        return self.matches[0].verdict if self.matches else "not found"

    @property
    def confirmed(self) -> bool:
        """A verbatim match by the claimed speaker (or by anyone, if no speaker was claimed)."""
        return any(
            m.verdict == "verbatim" and (self.speaker is None or m.agreement == "matches")
            for m in self.matches
        )

    @property
    def other_speakers(self) -> list[str]:
        """Whom the sources name instead, when the claimed speaker differs."""
        seen: dict[str, None] = {}
        for m in self.matches:
            if m.agreement == "differs" and m.candidate.speaker:
                seen.setdefault(m.candidate.speaker, None)
        return list(seen)

    def as_record(self) -> dict[str, object]:
        return {
            "claim": self.claim,
            "speaker": self.speaker,
            "verdict": self.verdict,
            "confirmed": self.confirmed,
            "sources_name_instead": self.other_speakers,
            "matches": [m.as_record() for m in self.matches],
        }


def check_claim(
    claim: str,
    candidates: Iterable[Candidate],
    speaker: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> CheckResult:
    """Compare a claim with every candidate and rank the close ones (verbatim first)."""
    cw = words(claim)
    matches: list[CheckMatch] = []
    seen: set[tuple[object, ...]] = set()
    for cand in candidates:
        key = (cand.quote_id, cand.source, cand.start, cand.end)
        if key in seen:
            continue
        seen.add(key)
        cmp = compare(cw, cand.text, threshold=threshold)
        if cmp is None:
            continue
        agreement = speaker_agreement(speaker, cand.speaker, cand.aliases)
        matches.append(CheckMatch(cand, cmp.verdict, cmp.score, agreement, cmp.diff, cmp.fragment))
    matches.sort(
        key=lambda m: (_VERDICT_RANK[m.verdict], _AGREEMENT_RANK[m.agreement], -m.score, m.candidate.source, m.candidate.start)
    )
    return CheckResult(claim, speaker, tuple(matches))


# --- context and on-the-fly candidates -----------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def context_window(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence(s) around text[start:end], within its paragraph, at most ~limit characters."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    left = para_start
    for m in _SENTENCE_END.finditer(text, para_start, start):
        # a sentence end before the quote opens: but not one inside the quote's own opening
        if m.end() <= start - 1:
            left = m.end()
    right = para_end
    # the quote's own closing punctuation (inside the marks) may end the sentence
    m = _SENTENCE_END.search(text, max(start, end - 1), para_end)
    if m:
        right = m.start() + len(m.group(0).rstrip())
    left = max(left, start - limit // 2)
    right = min(right, end + limit // 2)
    snippet = " ".join(text[left:right].split())
    if left > para_start:
        snippet = "…" + snippet if text[left - 1] not in " \n" else snippet
    return snippet


def extraction_candidates(extractions: Iterable[ArticleExtraction]) -> list[Candidate]:
    """Candidates from articles extracted on the fly (`check --source`), never stored."""
    out: list[Candidate] = []
    for ex in extractions:
        for q in ex.quotes:
            sp = ex.speaker(q.speaker)
            aliases = tuple(sp.aliases) if sp else ()
            out.append(
                Candidate(
                    text=q.text,
                    source=ex.article.source,
                    start=q.start,
                    end=q.end,
                    speaker=q.speaker,
                    aliases=aliases,
                    title=ex.article.title,
                    context=context_window(ex.article.text, q.start, q.end),
                    kind=q.kind,
                )
            )
    return out
