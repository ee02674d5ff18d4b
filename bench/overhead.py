"""CPU cost of our extraction after the parse, as a share of the parse itself.

    .venv/bin/python bench/overhead.py [--docs 200] [--batch-size 16] [--repeats 3] [--held-out]

`bench/throughput.py` compares whole runs, which on a shared machine swing by several hundredths
from run to run. This isolates what the project adds: the texts are parsed once (`nlp.pipe`, CPU
time), then `attribution.extract.extract_from_doc` runs over the parsed docs `--repeats` times
and the best CPU time is kept. The implied throughput ratio is parse / (parse + extraction).
`--held-out` takes N different articles from the held-out sets instead of copies of the seed and
dev articles, so every rule meets varied text.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution import nlp as nlp_mod  # noqa: E402
from attribution.evaluate import load_gold  # noqa: E402
from attribution.extract import extract_from_doc, parse_text  # noqa: E402
from attribution.records import Article  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from throughput import corpus  # noqa: E402


def held_out(n_docs: int) -> list[Article]:
    """N distinct held-out articles, in set order."""
    paths = sorted((ROOT / "fixtures").glob("heldout*/heldout*-news.jsonl"))
    texts = [d.text for p in paths for d in load_gold(p)][:n_docs]
    return [Article(text=t, source=f"held-out-{i:04d}") for i, t in enumerate(texts)]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)

    articles = held_out(args.docs) if args.held_out else corpus(args.docs)
    nlp = nlp_mod.load(args.model)
    texts = [parse_text(a.text) for a in articles]
    list(nlp.pipe(texts[: args.batch_size], batch_size=args.batch_size))  # warm-up
    start = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=args.batch_size))
    parse = time.process_time() - start
    best = float("inf")
    for _ in range(args.repeats):
        start = time.process_time()
        for article, doc in zip(articles, docs, strict=True):
            extract_from_doc(article, doc)
        best = min(best, time.process_time() - start)
    words = sum(len(a.text.split()) for a in articles)
    source = "held-out articles" if args.held_out else "copies of the seed and dev articles"
    print(f"{len(articles)} {source}, {words:,} words; batch {args.batch_size}; CPU seconds")
    print(f"parse: {parse:.2f} s; extraction after the parse (best of {args.repeats}): {best:.3f} s")
    print(f"extraction / parse: {100 * best / parse:.1f} %; implied ratio parse / (parse + extraction): {parse / (parse + best):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
