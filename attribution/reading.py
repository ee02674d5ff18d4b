"""Turn command-line inputs (files, directories, `-`) into `Article` records.

Reading never raises for bad input: it yields a `ReadError` naming the file instead, so one bad
file in a batch costs that file only and the caller decides the exit code.

Text is the decoded bytes, unchanged (no stripping, no newline translation), because every
offset extraction produces points into it and that is what gets stored. The default decoding is
`utf-8-sig`: a UTF-8 byte-order mark is an encoding marker rather than content, so it is dropped
and offsets count from the first real character. `--encoding` names any other codec.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from attribution.records import Article

STDIN = "-"
STDIN_SOURCE = "<stdin>"
DEFAULT_GLOB = "*.txt"
DEFAULT_ENCODING = "utf-8-sig"
TITLE_MAX = 200

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True)
class ReadError:
    """An input that could not become an article; `message` is one line for the user."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def guess_title(text: str) -> str | None:
    """The first non-empty line if it looks like a headline (short, no sentence ending)."""
    lines = [line.strip() for line in text.splitlines()]
    non_empty = [line for line in lines if line]
    if len(non_empty) < 2:  # a one-line article has no headline, it is all body
        return None
    first = non_empty[0]
    if len(first) >= TITLE_MAX or _SENTENCE_END.search(first):
        return None
    return first


def decode(data: bytes, source: str, encoding: str | None = None) -> Article | ReadError:
    """Decode one input's bytes into an Article, or say in one line why it can't be."""
    codec = encoding or DEFAULT_ENCODING
    try:
        codecs.lookup(codec)
    except LookupError:
        return ReadError(source, f"unknown encoding '{codec}'")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        if b"\x00" in data and encoding is None:
            return ReadError(source, "binary file (contains NUL bytes), not an article")
        if encoding is None:
            return ReadError(
                source,
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "name its encoding with --encoding, e.g. --encoding latin-1",
            )
        return ReadError(source, f"cannot be decoded as {codec}: {exc.reason} at byte {exc.start}")
    if "\x00" in text:
        return ReadError(source, "binary file (contains NUL bytes), not an article")
    if not text.strip():
        return ReadError(source, "empty file, no text to extract from")
    return Article(text=text, source=source, title=guess_title(text))


def _read_file(path: Path, source: str, encoding: str | None) -> Article | ReadError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadError(source, f"cannot read: {exc.strerror or exc}")
    return decode(data, source, encoding)


def read_inputs(
    inputs: Iterable[str],
    glob: str = DEFAULT_GLOB,
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | ReadError]:
    """Yield an Article or a ReadError for every file named, found under a directory, or `-`.

    Directories are searched recursively for `glob`, in sorted order so runs are reproducible.
    `stdin` defaults to the process's standard input and is read at most once.
    """
    stdin_used = False
    for raw in inputs:
        if raw == STDIN:
            if stdin_used:
                yield ReadError(STDIN_SOURCE, "standard input given more than once")
                continue
            stdin_used = True
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = stream.read()
            except OSError as exc:
                yield ReadError(STDIN_SOURCE, f"cannot read: {exc.strerror or exc}")
                continue
            yield decode(data, STDIN_SOURCE, encoding)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob(glob) if p.is_file())
            if not files:
                yield ReadError(raw, f"directory has no files matching '{glob}' (see --glob)")
                continue
            for file in files:
                # a file name that is not valid in the locale's encoding must not stop the run
                yield _read_file(file, os.fsencode(file).decode("utf-8", "replace"), encoding)
        elif path.exists():
            yield _read_file(path, raw, encoding)
        else:
            yield ReadError(raw, "no such file or directory")
