"""Words per second of our extraction against a bare spaCy parse of the same texts (goal ≥ 0.9).

    .venv/bin/python bench/throughput.py [--docs 200] [--batch-size 16] [--repeats 3] [--model NAME]
    .venv/bin/python bench/throughput.py --cli     # also `attribution extract --no-store` end to end

Library mode (default), one process: `attribution.extract.extract_articles` over N copies of the
fixture articles (nothing stored, results drained) against `nlp.pipe` of the same texts with the
same model object and batch size. Both get the model from `attribution.nlp.load`, so both run with
the same thinc ops: numpy matmul unless ATTRIBUTION_FAST_OPS=0 (see NOTES.md). After a warm-up the
two are interleaved slice by slice (`--chunk` docs, order flipping every slice) for `--repeats`
rounds, so background load hits both alike; per-round totals are compared by median, in wall time
and in this process's CPU time (the CPU ratio is the steadier one on a shared, noisy machine).

CLI mode (`--cli`): the N texts are written as .txt files and timed as whole processes:
`attribution extract --no-store --format jsonl DIR` against `python -c <bare parse of DIR>`, both
paying interpreter start-up, imports and model load, order flipping every round; wall time and the
child's CPU time (getrusage) are both reported.

Words are whitespace-separated tokens of the article text (the same count for both sides).
"""

from __future__ import annotations

import argparse
import json
import resource
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


Times = dict[str, dict[str, list[float]]]  # side -> {"wall": [per round], "cpu": [per round]}


def _new_times(names: Sequence[str], repeats: int) -> Times:
    return {n: {"wall": [0.0] * repeats, "cpu": [0.0] * repeats} for n in names}


def library(
    articles: Sequence[Article], model: str | None, batch_size: int, repeats: int, chunk: int
) -> dict[str, Any]:
    """Both sides over the same chunks, interleaved chunk by chunk so both see the same load."""
    nlp = nlp_mod.load(model)  # the very object extract_articles gets (load is cached)
    quotes = [0] * repeats

    def bare(part: Sequence[Article], _r: int) -> None:
        for _ in nlp.pipe([a.text for a in part], batch_size=batch_size):
            pass

    def ours(part: Sequence[Article], r: int) -> None:
        quotes[r] += sum(len(x.quotes) for x in extract_articles(part, model=model, batch_size=batch_size))

    warm = articles[: min(len(articles), 2 * batch_size)]
    bare(warm, 0)
    ours(warm, 0)
    quotes[0] = 0
    sides = {"bare spaCy parse": bare, "attribution extract_articles": ours}
    times = _new_times(list(sides), repeats)
    chunks = [articles[i : i + chunk] for i in range(0, len(articles), chunk)]
    for r in range(repeats):
        for c, part in enumerate(chunks):
            order = list(sides) if (r + c) % 2 == 0 else list(reversed(sides))
            for name in order:
                w0, c0 = time.perf_counter(), time.process_time()
                sides[name](part, r)
                times[name]["wall"][r] += time.perf_counter() - w0
                times[name]["cpu"][r] += time.process_time() - c0
    return {"times": times, "quotes_per_run": quotes[0]}


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli(articles: Sequence[Article], model: str | None, batch_size: int, repeats: int) -> dict[str, Any]:
    """Whole processes, alternating order each round; wall time and the child's CPU time."""
    exe = shutil.which("attribution", path=str(Path(sys.executable).parent)) or shutil.which("attribution")
    if exe is None:
        raise SystemExit("the `attribution` command is not installed (pip install -e .)")
    with tempfile.TemporaryDirectory(prefix="attribution-bench-") as tmp:
        for a in articles:
            Path(tmp, f"{a.source}.txt").write_text(a.text, encoding="utf-8")
        extract_cmd = [exe, "extract", "--no-store", "--format", "jsonl", "--batch-size", str(batch_size), tmp]
        if model:
            extract_cmd[2:2] = ["--model", model]
        bare_cmd = [sys.executable, "-c", BARE_PARSE_SCRIPT, tmp, model or "", str(batch_size)]
        cmds = {"bare spaCy parse (process)": bare_cmd, "attribution extract --no-store (process)": extract_cmd}
        times = _new_times(list(cmds), repeats)
        for r in range(repeats):
            for name in list(cmds) if r % 2 == 0 else list(reversed(cmds)):
                w0, c0 = time.perf_counter(), _child_cpu()
                subprocess.run(cmds[name], check=True, stdout=subprocess.DEVNULL, cwd=tmp)
                times[name]["wall"][r] = time.perf_counter() - w0
                times[name]["cpu"][r] = _child_cpu() - c0
    return {"times": times}


def report(title: str, words: int, times: Times) -> tuple[list[str], dict[str, Any]]:
    """Medians per side, words/s, and the ratio ours/bare by wall and by CPU time."""
    base_name, ours_name = list(times)
    med = {n: {k: statistics.median(v) for k, v in t.items()} for n, t in times.items()}
    wps = {n: {k: words / v for k, v in m.items()} for n, m in med.items()}
    ratio = {k: wps[ours_name][k] / wps[base_name][k] for k in ("wall", "cpu")}
    lines = [
        f"### {title}",
        "",
        "| run | median wall s | words/s (wall) | median CPU s | words/s (CPU) | wall per round (s) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for n, t in times.items():
        lines.append(
            f"| {n} | {med[n]['wall']:.2f} | {wps[n]['wall']:,.0f} | {med[n]['cpu']:.2f} "
            f"| {wps[n]['cpu']:,.0f} | {', '.join(f'{x:.2f}' for x in t['wall'])} |"
        )
    lines += ["", f"ratio ours / bare parse: **{ratio['wall']:.2f}** by wall time, "
              f"**{ratio['cpu']:.2f}** by CPU time (goal ≥ 0.9)", ""]
    return lines, {"median_s": med, "words_per_s": wps, "runs_s": times, "ratio": ratio}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200, help="number of article copies (default 200)")
    ap.add_argument("--batch-size", type=int, default=16, help="same for both sides (default 16)")
    ap.add_argument("--repeats", type=int, default=3, help="alternating rounds; medians compared")
    ap.add_argument("--chunk", type=int, default=32, help="docs per interleaved slice in library mode")
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
        f"{nlp.meta.get('version')}; batch {args.batch_size}; {args.repeats} rounds; "
        f"Python {sys.version.split()[0]}; thinc ops {type(get_current_ops()).__name__} "
        f"(ATTRIBUTION_FAST_OPS={'on' if fast else 'off'}, the same for both sides).",
        "",
    ]
    lib = library(articles, args.model, args.batch_size, args.repeats, args.chunk)
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
