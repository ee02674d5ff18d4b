"""The `attribution` command: thin Typer commands over the library.

Each group of commands lives in its own module and registers itself on `app`:
`core` (extract, quotes, speakers, articles, show, export, db), `audit` (review, check, conflicts,
variants, stats) and `evaluation` (evaluate).
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="attribution",
    help="Find direct quotations in news articles, attribute them to speakers, store and audit them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in ("core", "audit", "evaluation"):
    try:
        importlib.import_module(f"attribution.cli.{_module}")
    except ModuleNotFoundError as exc:  # a command group not written yet
        if exc.name != f"attribution.cli.{_module}":
            raise


def main() -> None:
    app()
