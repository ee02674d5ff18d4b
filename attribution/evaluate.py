"""Score extracted quotes against hand-annotated gold: quote spans, speakers, and both together.

Definitions (kept here so the README, the CLI and the benchmarks all mean the same thing):

* **Span match.** A predicted span matches a gold span when their overlap is at least
  `threshold` (0.5), where overlap = |intersection| / max(|gold|, |pred|) in characters. Dividing
  by the *longer* span means each side must cover at least half of the other, so a prediction that
  swallows two quotes, or a fragment of a long quote, does not count. Matching is one-to-one and
  greedy: pairs are taken best overlap first.
* **Optional gold quotes** (`"optional": true`) are ignored everywhere: a prediction matched to one
  is neither a true nor a false positive, and missing one is not a false negative.
* **Quotes P/R/F1** (headline) ignore kinds. The per-group figures ("speech+partial", "nonspeech")
  restrict gold *and* predictions to the group's kinds before matching, so a kind error shows up
  as a miss in one group and a spurious quote in the other.
* **Speaker accuracy** is over matched gold quotes that have a speaker. *Canonical*: the predicted
  canonical name equals the gold speaker (case-folded, titles and a trailing legal form such as
  Ltd stripped). *Lenient*: the predicted speaker or mention equals the gold speaker, its mention
  or an alias, or shares its last token (the surname, or an organisation's head word).
* **Speech-only gold** (no quote carries a "kind", as in LitBank, which annotates dialogue only):
  predicted nonspeech spans are left out before matching, since titles and scare quotes are not
  annotated there. Where gold lists `speaker_aliases`, a canonical name equal to one of the
  entity's proper-name aliases (every word capitalised) names the same person.
* **Nonspeech-correct** is over matched gold nonspeech quotes: right when the prediction has no
  speaker. It is kept out of speaker accuracy.
* **End-to-end P/R/F1**: a true positive needs a span match *and* the canonical speaker (or no
  speaker where gold has none).

All counts are micro-averaged over documents. Nothing here prints or parses.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from attribution.normalise import without_legal_form
from attribution.records import QUOTE_KINDS, ExtractedQuote

DEFAULT_THRESHOLD = 0.5
KIND_GROUPS: dict[str, frozenset[str]] = {
    "speech+partial": frozenset({"speech", "partial"}),
    "nonspeech": frozenset({"nonspeech"}),
}
ErrorType = Literal["missed", "spurious", "wrong_speaker", "wrong_kind"]


class GoldFormatError(ValueError):
    """A gold file that cannot be read or does not follow the gold JSONL format."""


# --------------------------------------------------------------------------------------------
# Gold


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quotation; offsets are of the content without its marks."""

    start: int
    end: int
    text: str
    kind: str = "speech"
    speaker: str | None = None
    speaker_mention: str | None = None
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    speech_only: bool = False  # the set annotates speech only (no "kind" at all, as LitBank)


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file, raising GoldFormatError with the line at fault."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"cannot read gold file {path}: {exc}") from exc
    docs: list[GoldDoc] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            docs.append(parse_gold_doc(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise GoldFormatError(f"{path}:{lineno}: not a gold document ({exc})") from exc
    if not docs:
        raise GoldFormatError(f"{path}: no gold documents")
    # "speech only" describes the annotation of the whole set, so it also covers its documents
    # without any quote (LitBank has some): there too a predicted title is not an error.
    if any(d.speech_only for d in docs) and not any(d.quotes and not d.speech_only for d in docs):
        docs = [replace(d, speech_only=True) for d in docs]
    return docs


def parse_gold_doc(obj: Mapping[str, Any]) -> GoldDoc:
    """One gold JSON object → GoldDoc; tolerates LitBank's variant (no kind, mention as dict)."""
    if not isinstance(obj, Mapping):
        raise TypeError("expected a JSON object")
    text = obj["text"]
    if not isinstance(text, str):
        raise TypeError("'text' must be a string")
    quotes = []
    for q in obj.get("quotes") or ():
        start, end = int(q["start"]), int(q["end"])
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"quote offsets {start}:{end} outside the text")
        kind = q.get("kind") or "speech"
        if kind not in QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {kind!r}")
        mention = q.get("speaker_mention")
        if isinstance(mention, Mapping):
            mention = mention.get("text")
        quotes.append(
            GoldQuote(
                start=start,
                end=end,
                text=q.get("text", text[start:end]),
                kind=kind,
                speaker=q.get("speaker") or None,
                speaker_mention=mention or None,
                aliases=tuple(a for a in q.get("speaker_aliases") or () if a),
                optional=bool(q.get("optional", False)),
            )
        )
    raw = obj.get("quotes") or ()
    speech_only = bool(raw) and not any("kind" in q for q in raw)
    return GoldDoc(id=str(obj["id"]), text=text, quotes=tuple(quotes), speech_only=speech_only)


# --------------------------------------------------------------------------------------------
# Spans


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """|intersection| / length of the longer span (0 for empty or disjoint spans)."""
    longest = max(a_end - a_start, b_end - b_start)
    if longest <= 0:
        return 0.0
    inter = min(a_end, b_end) - max(a_start, b_start)
    return max(inter, 0) / longest


def match_spans(
    gold: Sequence[GoldQuote],
    pred: Sequence[ExtractedQuote],
    threshold: float = DEFAULT_THRESHOLD,
) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, greedy by overlap; required gold wins ties."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap(g.start, g.end, p.start, p.end)
            if ov >= threshold and ov > 0:
                candidates.append((-ov, g.optional, abs(g.start - p.start), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


# --------------------------------------------------------------------------------------------
# Speakers

_TITLES = frozenset(
    """mr mrs ms miss mx dr doctor prof professor sir dame lord lady rev reverend fr father
    president vice senator sen rep representative gov governor judge justice minister prime
    chancellor secretary general gen col colonel capt captain lt lieutenant sgt sergeant det
    detective inspector officer constable mayor councillor cllr king queen prince princess
    sheikh st""".split()
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "qc", "kc", "mp"})
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})


def normalise_name(name: str | None) -> str:
    """Case-folded name without leading titles, a trailing legal form, stray punctuation or
    repeated spaces: "Saffronair Aviation Ltd" and "Saffronair Aviation" name one company, and
    annotators keep or drop the form about equally often."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    tokens = [t.strip(".,;:!?\"()[]") for t in s.split()]
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and tokens[0] in _TITLES:
        tokens.pop(0)
    return " ".join(without_legal_form(tokens))


def _surname(name: str | None) -> str:
    tokens = normalise_name(name).split()
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens.pop()
    return tokens[-1] if tokens else ""


def speaker_canonical_ok(gold: GoldQuote, pred: ExtractedQuote) -> bool:
    """Predicted canonical speaker equals the gold one (both None counts as equal)."""
    if gold.speaker is None:
        return pred.speaker is None
    if pred.speaker is None:
        return False
    # where gold lists the entity's other proper names (LitBank: "Gregory" for Lucian Gregory),
    # any of them names the same person
    names = {normalise_name(gold.speaker)} | {
        normalise_name(a) for a in gold.aliases if a[:1].isupper() and all(w[:1].isupper() for w in a.split())
    }
    return normalise_name(pred.speaker) in names


def speaker_lenient_ok(gold: GoldQuote, pred: ExtractedQuote) -> bool:
    """Speaker or mention matches the gold name, mention, an alias, or the gold surname."""
    if gold.speaker is None:
        return pred.speaker is None
    gold_forms = {normalise_name(n) for n in (gold.speaker, gold.speaker_mention, *gold.aliases)}
    gold_forms.discard("")
    gold_surname = _surname(gold.speaker)
    for cand in (pred.speaker, pred.speaker_mention):
        norm = normalise_name(cand)
        if not norm:
            continue
        if norm in gold_forms or (gold_surname and _surname(cand) == gold_surname):
            return True
    return False


# --------------------------------------------------------------------------------------------
# Results


@dataclass
class PRF:
    """True/false positive and false negative counts with the derived precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(frozen=True)
class EvalError:
    """One disagreement with gold, for `evaluate --errors`."""

    doc_id: str
    type: ErrorType
    start: int
    end: int
    text: str
    gold_speaker: str | None = None
    pred_speaker: str | None = None
    gold_kind: str | None = None
    pred_kind: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class EvaluationResult:
    """Micro-averaged scores over a set of gold documents, plus every error."""

    docs: int = 0
    gold_quotes: int = 0
    predicted_quotes: int = 0
    quotes: PRF = field(default_factory=PRF)
    by_kind: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in KIND_GROUPS})
    speaker_canonical: Accuracy = field(default_factory=Accuracy)
    speaker_lenient: Accuracy = field(default_factory=Accuracy)
    nonspeech_correct: Accuracy = field(default_factory=Accuracy)
    kind: Accuracy = field(default_factory=Accuracy)
    end_to_end: PRF = field(default_factory=PRF)
    errors: list[EvalError] = field(default_factory=list)

    def add(self, other: EvaluationResult) -> None:
        self.docs += other.docs
        self.gold_quotes += other.gold_quotes
        self.predicted_quotes += other.predicted_quotes
        self.quotes.add(other.quotes)
        for name, prf in other.by_kind.items():
            self.by_kind.setdefault(name, PRF()).add(prf)
        self.speaker_canonical.add(other.speaker_canonical)
        self.speaker_lenient.add(other.speaker_lenient)
        self.nonspeech_correct.add(other.nonspeech_correct)
        self.kind.add(other.kind)
        self.end_to_end.add(other.end_to_end)
        self.errors.extend(other.errors)

    def as_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "docs": self.docs,
            "gold_quotes": self.gold_quotes,
            "predicted_quotes": self.predicted_quotes,
            "quotes": self.quotes.as_dict(),
            "by_kind": {k: v.as_dict() for k, v in self.by_kind.items()},
            "speaker_canonical": self.speaker_canonical.as_dict(),
            "speaker_lenient": self.speaker_lenient.as_dict(),
            "nonspeech_correct": self.nonspeech_correct.as_dict(),
            "kind": self.kind.as_dict(),
            "end_to_end": self.end_to_end.as_dict(),
        }
        if errors:
            out["errors"] = [e.as_dict() for e in self.errors]
        return out


# --------------------------------------------------------------------------------------------
# Scoring


def _span_prf(
    gold: Sequence[GoldQuote], pred: Sequence[ExtractedQuote], threshold: float
) -> tuple[PRF, list[tuple[int, int]]]:
    pairs = match_spans(gold, pred, threshold)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    tp = sum(1 for gi, _ in pairs if not gold[gi].optional)
    fp = sum(1 for pi in range(len(pred)) if pi not in matched_p)
    fn = sum(1 for gi, g in enumerate(gold) if gi not in matched_g and not g.optional)
    return PRF(tp, fp, fn), pairs


def evaluate_doc(
    doc: GoldDoc, pred: Sequence[ExtractedQuote], threshold: float = DEFAULT_THRESHOLD
) -> EvaluationResult:
    """Score one document's predictions against its gold quotes."""
    gold = doc.quotes
    if doc.speech_only:
        # titles and scare quotes are not annotated there: our nonspeech spans are not errors
        pred = [p for p in pred if p.kind != "nonspeech"]
    res = EvaluationResult(
        docs=1, gold_quotes=sum(1 for g in gold if not g.optional), predicted_quotes=len(pred)
    )
    res.quotes, pairs = _span_prf(gold, pred, threshold)

    # A prediction on an optional quote is ignored in the groups too, whatever kind either has.
    on_optional = {pi for gi, pi in pairs if gold[gi].optional}
    for name, kinds in KIND_GROUPS.items():
        g_sub = [g for g in gold if g.kind in kinds and not g.optional]
        p_sub = [p for pi, p in enumerate(pred) if p.kind in kinds and pi not in on_optional]
        res.by_kind[name], _ = _span_prf(g_sub, p_sub, threshold)

    matched_p = {pi for _, pi in pairs}
    matched_g = {gi for gi, _ in pairs}
    e2e = PRF(fp=res.quotes.fp, fn=res.quotes.fn)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if g.optional:
            continue
        canonical = speaker_canonical_ok(g, p)
        if g.speaker is not None:
            res.speaker_canonical.total += 1
            res.speaker_canonical.correct += canonical
            res.speaker_lenient.total += 1
            res.speaker_lenient.correct += speaker_lenient_ok(g, p)
        if g.kind == "nonspeech":
            res.nonspeech_correct.total += 1
            res.nonspeech_correct.correct += p.speaker is None
        res.kind.total += 1
        res.kind.correct += g.kind == p.kind
        if canonical:
            e2e.tp += 1
        else:
            # a matched span with the wrong speaker is both a spurious and a missed attribution
            e2e.fp += 1
            e2e.fn += 1
            res.errors.append(
                EvalError(doc.id, "wrong_speaker", g.start, g.end, g.text,
                          g.speaker, p.speaker, g.kind, p.kind)
            )
        if g.kind != p.kind:
            res.errors.append(
                EvalError(doc.id, "wrong_kind", g.start, g.end, g.text,
                          g.speaker, p.speaker, g.kind, p.kind)
            )
    res.end_to_end = e2e

    for gi, g in enumerate(gold):
        if gi not in matched_g and not g.optional:
            res.errors.append(
                EvalError(doc.id, "missed", g.start, g.end, g.text, g.speaker, None, g.kind, None)
            )
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            res.errors.append(
                EvalError(doc.id, "spurious", p.start, p.end, p.text, None, p.speaker, None, p.kind)
            )
    res.errors.sort(key=lambda e: (e.start, e.end, e.type))
    return res


def evaluate(
    gold: Iterable[GoldDoc],
    predictions: Mapping[str, Sequence[ExtractedQuote]],
    threshold: float = DEFAULT_THRESHOLD,
) -> EvaluationResult:
    """Micro-averaged scores over all gold documents; a doc absent from predictions has none."""
    total = EvaluationResult()
    for doc in gold:
        total.add(evaluate_doc(doc, predictions.get(doc.id, ()), threshold))
    return total


def predict(
    docs: Sequence[GoldDoc], model: str | None = None, batch_size: int = 16
) -> dict[str, list[ExtractedQuote]]:
    """Run our extractor over the gold texts (one stream, so the parse is batched)."""
    from attribution.extract import extract_articles
    from attribution.records import Article

    articles = [Article(text=d.text, source=d.id) for d in docs]
    out: dict[str, list[ExtractedQuote]] = {}
    for doc, extraction in zip(
        docs, extract_articles(articles, model=model, batch_size=batch_size), strict=True
    ):
        out[doc.id] = list(extraction.quotes)
    return out
