"""Accuracy of our extractor next to textacy's `direct_quotations`, on the same gold files.

    .venv/bin/python bench/accuracy.py                      # default gold sets
    .venv/bin/python bench/accuracy.py GOLD.jsonl... [--model NAME] [--json]

Both systems see the same texts and the same spaCy model (loaded through `attribution.nlp.load`,
so the same ATTRIBUTION_FAST_OPS switch), and are scored by `attribution.evaluate` (span overlap
≥ 50 % of the longer span, one-to-one). Prints a markdown table to paste into the README.

textacy adapter: `direct_quotations` runs on the whole parsed document; where it raises (an odd
number of quote-like tokens, e.g. an apostrophe or an unclosed mark) it is retried paragraph by
paragraph (split on newlines, each paragraph parsed on its own, offsets shifted back), and a
paragraph that still raises yields nothing. Its content span includes the marks, which are
stripped; its speaker (canonical name and mention alike) is the text of its speaker tokens. It has
no notion of kind, so every quote is "speech".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution import nlp as nlp_mod  # noqa: E402
from attribution.evaluate import (  # noqa: E402
    EvaluationResult,
    GoldDoc,
    evaluate,
    load_gold,
    predict,
)
from attribution.records import ExtractedQuote  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_GOLD = (
    ROOT / "fixtures" / "seed-article.jsonl",
    ROOT / "fixtures" / "dev-articles.jsonl",
    # every held-out news set, in number order (the first is plain `heldout`; missing numbers skipped)
    *(ROOT / "fixtures" / f"heldout{n}" / f"heldout{n}-news.jsonl" for n in ("", *range(2, 200))),
    ROOT.parent / "shared" / "bench" / "litbank-dev.jsonl",
)


def _textacy_quotes(doc: Doc, offset: int = 0) -> list[ExtractedQuote]:
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(doc):
        content = triple.content
        start = content[0].idx + len(content[0].text)  # after the opening mark
        end = content[-1].idx  # before the closing mark
        text = doc.text[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        speaker_toks = triple.speaker
        speaker = " ".join(t.text for t in speaker_toks) or None
        cue = " ".join(t.text for t in triple.cue) or None
        out.append(
            ExtractedQuote(
                start=start + offset,
                end=end + offset,
                text=doc.text[start:end],
                kind="speech",
                speaker=speaker,
                speaker_mention=speaker,
                speaker_start=speaker_toks[0].idx + offset if speaker_toks else None,
                speaker_end=speaker_toks[-1].idx + len(speaker_toks[-1]) + offset if speaker_toks else None,
                cue=cue,
                method="textacy",
            )
        )
    return out


def textacy_predict(docs: Sequence[GoldDoc], nlp: Language, batch_size: int = 16) -> tuple[dict[str, list[ExtractedQuote]], int]:
    """textacy's quotes per doc id, and how many docs needed the per-paragraph fallback."""
    preds: dict[str, list[ExtractedQuote]] = {}
    fallbacks = 0
    for gold, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size), strict=True):
        try:
            preds[gold.id] = _textacy_quotes(doc)
            continue
        except ValueError:
            fallbacks += 1
        paragraphs: list[tuple[int, str]] = []
        pos = 0
        for line in gold.text.split("\n"):
            if line.strip():
                paragraphs.append((pos, line))
            pos += len(line) + 1
        quotes: list[ExtractedQuote] = []
        for (offset, _), pdoc in zip(paragraphs, nlp.pipe((p for _, p in paragraphs), batch_size=batch_size), strict=True):
            try:
                quotes.extend(_textacy_quotes(pdoc, offset))
            except ValueError:
                pass
        preds[gold.id] = quotes
    return preds, fallbacks


def _summary(res: EvaluationResult) -> dict[str, Any]:
    return {
        "quote_p": res.quotes.precision,
        "quote_r": res.quotes.recall,
        "quote_f1": res.quotes.f1,
        "speech_partial_f1": res.by_kind["speech+partial"].f1,
        "speaker_canonical": res.speaker_canonical.value,
        "speaker_lenient": res.speaker_lenient.value,
        "e2e_f1": res.end_to_end.f1,
        "gold_quotes": res.gold_quotes,
        "predicted_quotes": res.predicted_quotes,
        "speaker_scored": res.speaker_canonical.total,
    }


def run(paths: Sequence[Path], model: str | None, batch_size: int) -> list[dict[str, Any]]:
    nlp = nlp_mod.load(model)
    rows = []
    for path in paths:
        docs = load_gold(path)
        ours = evaluate(docs, predict(docs, model=model, batch_size=batch_size))
        theirs_pred, fallbacks = textacy_predict(docs, nlp, batch_size)
        theirs = evaluate(docs, theirs_pred)
        name = path.stem
        rows.append({"gold": name, "docs": len(docs), "system": "attribution", **_summary(ours),
                     "details": ours.as_dict()})
        rows.append({"gold": name, "docs": len(docs), "system": "textacy direct_quotations",
                     "fallback_docs": fallbacks, **_summary(theirs), "details": theirs.as_dict()})
    return rows


def markdown(rows: Sequence[dict[str, Any]], model: str) -> str:
    def pct(x: float) -> str:
        return f"{100 * x:.1f}"

    lines = [
        f"Model `{model}`; span match = overlap ≥ 50 % of the longer span; figures in %.",
        "",
        "| gold set | system | quote P | quote R | quote F1 | speech+partial F1 | speaker (canonical) | speaker (lenient) | end-to-end F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        gold = f"{r['gold']} ({r['docs']} docs, {r['gold_quotes']} quotes)"
        lines.append(
            f"| {gold} | {r['system']} | {pct(r['quote_p'])} | {pct(r['quote_r'])} | {pct(r['quote_f1'])} | {pct(r['speech_partial_f1'])} "
            f"| {pct(r['speaker_canonical'])} | {pct(r['speaker_lenient'])} | {pct(r['e2e_f1'])} |"
        )
    fallbacks = [f"{r['gold']}: {r['fallback_docs']}/{r['docs']}" for r in rows if "fallback_docs" in r]
    lines += ["", "Quote P/R/F1 ignore kinds; speech+partial F1 keeps only quotes of those kinds on both sides "
              "(on speech-only gold such as LitBank, which has no kinds, predicted nonspeech spans are set aside "
              "before matching, for both systems; textacy predicts none). "
              "Speaker accuracy is over matched quotes whose gold has a speaker; canonical = same name after "
              "case-folding and title-stripping, or one of gold's proper-name aliases (LitBank); lenient also accepts "
              "the gold mention (so a bare \"he\" where gold's mention is \"he\"), an alias or the surname. "
              "textacy docs that raised on the whole text and were retried per paragraph: "
              + ", ".join(fallbacks) + "."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold JSONL files (default: fixtures + LitBank dev if present)")
    ap.add_argument("--model", default=None, help="spaCy model for both systems")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--json", action="store_true", help="print JSON instead of the markdown table")
    args = ap.parse_args(argv)
    paths = list(args.gold) or [p for p in DEFAULT_GOLD if p.exists()]
    rows = run(paths, args.model, args.batch_size)
    meta = nlp_mod.load(args.model).meta
    model = f"{meta.get('lang', '')}_{meta.get('name', '?')} {meta.get('version', '')}".strip()
    if args.json:
        print(json.dumps({"model": model, "rows": rows}, indent=2, ensure_ascii=False))
    else:
        print(markdown(rows, model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
