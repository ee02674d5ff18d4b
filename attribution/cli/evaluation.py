"""`attribution evaluate`: run the extractor over gold files and report how well it did.

Thin by design: scoring lives in `attribution.evaluate`; this module only reads arguments, runs
extraction and renders the figures (a Rich table, or one JSON object for scripts and CI).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from attribution.cli import app
from attribution.cli.options import Format, FormatOption, ModelOption, fail
from attribution.evaluate import (
    DEFAULT_THRESHOLD,
    PRF,
    Accuracy,
    EvaluationResult,
    GoldDoc,
    GoldFormatError,
    evaluate,
    load_gold,
    predict,
)
from attribution.nlp import ModelNotFound


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL file(s) of annotated articles.")],
    model: ModelOption = None,
    fmt: FormatOption = Format.table,
    errors: Annotated[bool, typer.Option("--errors", help="Also list every missed, spurious or misattributed quote.")] = False,
    threshold: Annotated[
        float, typer.Option("--threshold", min=0.01, max=1.0, help="Minimum span overlap to count as a match.")
    ] = DEFAULT_THRESHOLD,
) -> None:
    """Score quote finding and speaker attribution against gold-annotated articles.

    --format table (default) or json (one object); jsonl gives one object per gold file.
    """
    if fmt is Format.csv:
        fail("evaluate supports --format table, json or jsonl")
    sets: list[tuple[str, list[GoldDoc]]] = []
    for path in gold:
        try:
            sets.append((str(path), load_gold(path)))
        except GoldFormatError as exc:
            fail(str(exc))

    results: list[tuple[str, EvaluationResult]] = []
    try:
        for name, docs in sets:
            results.append((name, evaluate(docs, predict(docs, model=model), threshold)))
    except ModelNotFound as exc:
        fail(str(exc))
    if len(results) > 1:
        total = EvaluationResult()
        for _, res in results:
            total.add(res)
        results.append(("all", total))

    if fmt is Format.jsonl:
        for name, res in results:
            record = {"gold": name, "model": model, "threshold": threshold}
            typer.echo(json.dumps(record | res.as_dict(errors=errors and name != "all"), ensure_ascii=False))
        return
    if fmt is Format.json:
        payload: dict[str, Any] = {
            "model": model,
            "threshold": threshold,
            "results": {name: res.as_dict(errors=errors and name != "all") for name, res in results},
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return

    console = Console()
    for name, res in results:
        console.print(_figures_table(name, res))
        if errors and name != "all":
            console.print(_errors_table(name, res))


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _figures_table(name: str, res: EvaluationResult) -> Table:
    table = Table(
        title=f"{name}: {res.docs} docs, {res.gold_quotes} gold quotes, {res.predicted_quotes} predicted",
        title_justify="left",
    )
    for col in ("measure", "P %", "R %", "F1 %", "accuracy %", "counts"):
        table.add_column(col, justify="left" if col in ("measure", "counts") else "right")

    def prf_row(label: str, prf: PRF) -> None:
        table.add_row(label, _pct(prf.precision), _pct(prf.recall), _pct(prf.f1), "",
                      f"tp {prf.tp} fp {prf.fp} fn {prf.fn}")

    def acc_row(label: str, acc: Accuracy) -> None:
        table.add_row(label, "", "", "", _pct(acc.value) if acc.total else "–",
                      f"{acc.correct}/{acc.total}")

    prf_row("quotes", res.quotes)
    for group, prf in res.by_kind.items():
        prf_row(f"  {group}", prf)
    acc_row("speaker (canonical)", res.speaker_canonical)
    acc_row("speaker (lenient)", res.speaker_lenient)
    acc_row("nonspeech, no speaker", res.nonspeech_correct)
    acc_row("kind", res.kind)
    prf_row("end to end", res.end_to_end)
    return table


def _errors_table(name: str, res: EvaluationResult) -> Table:
    table = Table(title=f"{name}: {len(res.errors)} errors", title_justify="left")
    table.add_column("doc", no_wrap=True, max_width=16, overflow="ellipsis")
    table.add_column("error", no_wrap=True)
    table.add_column("span", no_wrap=True)
    for col in ("quote", "gold", "predicted"):
        table.add_column(col, overflow="fold", ratio=2 if col == "quote" else 1)
    for e in res.errors:
        quote = e.text if len(e.text) <= 60 else e.text[:57] + "…"
        if e.type == "wrong_kind":
            gold_s, pred_s = e.gold_kind or "", e.pred_kind or ""
        else:
            gold_s = f"{e.gold_speaker or '—'} ({e.gold_kind})" if e.gold_kind else ""
            pred_s = f"{e.pred_speaker or '—'} ({e.pred_kind})" if e.pred_kind else ""
        table.add_row(e.doc_id, e.type.replace("_", " "), f"{e.start}:{e.end}", quote, gold_s, pred_s)
    return table
