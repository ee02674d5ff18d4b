"""Words per second of our extraction against a bare spaCy parse of the same texts (goal ≥ 0.9).

    .venv/bin/python bench/throughput.py [--docs 200] [--batch-size 16] [--repeats 3] [--model NAME]
    .venv/bin/python bench/throughput.py --cli     # also `attribution extract --no-store` end to end

Library mode (default), one process: `attribution.extract.extract_articles` over N copies of the
fixture articles (nothing stored, results drained) against `nlp.pipe` of the same texts with the
same model object and batch size. Both get the model from `attribution.nlp.load`, so both run with
the same thinc ops: numpy matmul unless ATTRIBUTION_FAST_OPS=0 (see NOTES.md). After a warm-up the
two alternate, `--repeats` rounds, and the medians are compared; the machines are noisy (±5 %),
so read the ratio, not the absolute figures.

CLI mode (`--cli`): the N texts are written as .txt files and timed as whole processes:
`attribution extract --no-store --format jsonl DIR` against `python -c <bare parse of DIR>`, both
paying interpreter start-up, imports and model load, alternating as above.

Words are whitespace-separated tokens of the article text (the same count for both sides).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution import nlp as nlp_mod  # noqa: E402
from attribution import settings  # noqa: E402
from attribution.evaluate import load_gold  # noqa: E402
from attribution.extract import extract_articles  # noqa: E402
from attribution.records import Article  # noqa: E402

FIXTURES = (ROOT / "fixtures" / "seed-article.jsonl", ROOT / "fixtures" / "dev-articles.jsonl")

BARE_PARSE_SCRIPT = """
import sys
from pathlib import Path
from attribution import nlp as nlp_mod
nlp = nlp_mod.load(sys.argv[2] or None)
texts = [p.read_text(encoding="utf-8-sig") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""


def corpus(n_docs: int) -> list[Article]:
    """N articles cycling through the fixture texts (sources made unique)."""
    texts = [d.text for path in FIXTURES for d in load_gold(path)]
    return [Article(text=texts[i % len(texts)], source=f"copy-{i:04d}") for i in range(n_docs)]


def _alternate(runs: dict[str, Callable[[], None]], repeats: int) -> dict[str, list[float]]:
    """Time each callable `repeats` times, reversing the order every round."""
    names = list(runs)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(repeats):
        for name in names if r % 2 == 0 else reversed(names):
            t0 = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - t0)
    return times


def library(articles: Sequence[Article], model: str | None, batch_size: int, repeats: int) -> dict[str, Any]:
    nlp = nlp_mod.load(model)  # the very object extract_articles gets (load is cached)
    texts = [a.text for a in articles]
    counted = {"quotes": 0}

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass

    def ours() -> None:
        counted["quotes"] = sum(len(x.quotes) for x in extract_articles(articles, model=model, batch_size=batch_size))

    warm = articles[: min(len(articles), 2 * batch_size)]
    for _ in nlp.pipe([a.text for a in warm], batch_size=batch_size):
        pass
    for _ in extract_articles(warm, model=model, batch_size=batch_size):
        pass
    times = _alternate({"bare spaCy parse": bare, "attribution extract_articles": ours}, repeats)
    return {"times": times, "quotes_per_run": counted["quotes"]}


def cli(articles: Sequence[Article], model: str | None, batch_size: int, repeats: int) -> dict[str, Any]:
    exe = shutil.which("attribution", path=str(Path(sys.executable).parent)) or shutil.which("attribution")
    if exe is None:
        raise SystemExit("the `attribution` command is not installed (pip install -e .)")
    with tempfile.TemporaryDirectory(prefix="attribution-bench-") as tmp:
        for a in articles:
            Path(tmp, f"{a.source}.txt").write_text(a.text, encoding="utf-8")
        extract_cmd = [exe, "extract", "--no-store", "--format", "jsonl", tmp]
        if model:
            extract_cmd[2:2] = ["--model", model]
        bare_cmd = [sys.executable, "-c", BARE_PARSE_SCRIPT, tmp, model or "", str(batch_size)]
        env = dict(os.environ)

        def run(cmd: list[str]) -> Callable[[], None]:
            def go() -> None:
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=tmp)
            return go

        times = _alternate({"bare spaCy parse (process)": run(bare_cmd),
                            "attribution extract --no-store (process)": run(extract_cmd)}, repeats)
    return {"times": times}


def report(title: str, words: int, times: dict[str, list[float]]) -> tuple[list[str], dict[str, Any]]:
    (base_name, base), (ours_name, ours) = times.items()
    med = {n: statistics.median(t) for n, t in times.items()}
    wps = {n: words / m for n, m in med.items()}
    ratio = wps[ours_name] / wps[base_name]
    lines = [f"### {title}", "", "| run | median s | words/s | all runs (s) |", "|---|---:|---:|---|"]
    for n, t in times.items():
        lines.append(f"| {n} | {med[n]:.2f} | {wps[n]:,.0f} | {', '.join(f'{x:.2f}' for x in t)} |")
    lines += ["", f"ratio (ours / bare parse) = **{ratio:.2f}** (goal ≥ 0.9)", ""]
    return lines, {"median_s": med, "words_per_s": wps, "runs_s": times, "ratio": ratio}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200, help="number of article copies (default 200)")
    ap.add_argument("--batch-size", type=int, default=16, help="same for both sides (default 16)")
    ap.add_argument("--repeats", type=int, default=3, help="alternating rounds; medians compared")
    ap.add_argument("--model", default=None)
    ap.add_argument("--cli", action="store_true", help="also time the CLI end to end in subprocesses")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    articles = corpus(args.docs)
    words = sum(len(a.text.split()) for a in articles)
    nlp = nlp_mod.load(args.model)
    fast = settings.fast_ops_enabled()
    from thinc.api import get_current_ops

    header = [
        f"{args.docs} docs, {words:,} words; model {nlp.meta.get('lang')}_{nlp.meta.get('name')} "
        f"{nlp.meta.get('version')}; batch {args.batch_size}; {args.repeats} alternating rounds; "
        f"Python {sys.version.split()[0]}; thinc ops {type(get_current_ops()).__name__} "
        f"(ATTRIBUTION_FAST_OPS={'on' if fast else 'off'}, the same for both sides).",
        "",
    ]
    lib = library(articles, args.model, args.batch_size, args.repeats)
    lines, lib_json = report("Library, in process", words, lib["times"])
    lib_json["quotes_per_run"] = lib["quotes_per_run"]
    lines.append(f"Quotes extracted per run: {lib['quotes_per_run']}.")
    if lib["quotes_per_run"] == 0:
        lines.append("(warning: the extractor returned no quotes — is it still the placeholder?)")
    lines.append("")
    out: dict[str, Any] = {"docs": args.docs, "words": words, "batch_size": args.batch_size,
                           "fast_ops": fast, "library": lib_json}
    if args.cli:
        cli_lines, out["cli"] = report("CLI end to end, whole processes", words,
                                       cli(articles, args.model, args.batch_size, args.repeats)["times"])
        lines += cli_lines
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print("\n".join(header + lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
