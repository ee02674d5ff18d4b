from __future__ import annotations

import io
from pathlib import Path

from attribution.reading import STDIN_SOURCE, ReadError, guess_title, read_inputs
from attribution.records import Article


def _read(*inputs: str, **kwargs) -> list[Article | ReadError]:  # type: ignore[no-untyped-def]
    return list(read_inputs(inputs, **kwargs))


def test_file_text_is_kept_byte_for_byte(tmp_path: Path) -> None:
    raw = "  Headline here\r\n\r\nShe said “yes”.  \r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    (article,) = _read(str(path))
    assert isinstance(article, Article)
    assert article.text == raw  # no strip, no newline translation
    assert article.source == str(path)
    assert article.title == "Headline here"


def test_utf8_bom_is_dropped_consistently(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle\nBody text.\n")
    (article,) = _read(str(path))
    assert isinstance(article, Article)
    assert article.text == "Title\nBody text.\n"
    assert article.title == "Title"


def test_directory_is_searched_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B body.\n")
    (tmp_path / "sub" / "a.txt").write_text("A body.\n")
    (tmp_path / "c.md").write_text("C body.\n")
    sources = [a.source for a in _read(str(tmp_path)) if isinstance(a, Article)]
    assert sources == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt")]
    md = _read(str(tmp_path), glob="*.md")
    assert [a.source for a in md] == [str(tmp_path / "c.md")]


def test_stdin(tmp_path: Path) -> None:
    (article,) = _read("-", stdin=io.BytesIO("Body “quoted”.\n".encode()))
    assert isinstance(article, Article)
    assert article.source == STDIN_SOURCE and article.text == "Body “quoted”.\n"


def test_bad_inputs_yield_one_line_errors_and_reading_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine body.\n")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n\t\n")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"abc\x00\x01\x02def")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owner said “no”.".encode("latin-1", errors="replace"))
    missing = tmp_path / "missing.txt"
    items = _read(str(missing), str(empty_dir), str(empty), str(binary), str(latin), str(good))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [i.source for i in items if isinstance(i, Article)] == [str(good)]
    assert [e.source for e in errors] == [str(missing), str(empty_dir), str(empty), str(binary), str(latin)]
    messages = [e.message for e in errors]
    assert "no such file" in messages[0]
    assert "*.txt" in messages[1]
    assert "empty" in messages[2]
    assert "binary" in messages[3]
    assert "--encoding" in messages[4]
    assert all("\n" not in str(e) for e in errors)


def test_encoding_option_decodes_latin1(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owner spoke.\n".encode("latin-1"))
    (article,) = _read(str(latin), encoding="latin-1")
    assert isinstance(article, Article) and article.text == "Café owner spoke.\n"
    (error,) = _read(str(latin), encoding="no-such-codec")
    assert isinstance(error, ReadError) and "unknown encoding" in error.message


def test_guess_title() -> None:
    assert guess_title("\n\nRovers win\nBody.") == "Rovers win"
    assert guess_title("This is a sentence.\nBody.") is None
    assert guess_title("He said “go.”\nBody.") is None
    assert guess_title("x" * 300 + "\nBody") is None
    assert guess_title("Only one line") is None
