"""`extract` with the real pipeline and model (loaded once per session via the `nlp` fixture)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from attribution.cli import app
from attribution.db.queries import QUOTE_FIELDS

runner = CliRunner(env={"COLUMNS": "200"})


def test_real_extract_stores_the_article_text_unchanged(nlp, articles_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = articles_dir / "dev-03.txt"
    db = tmp_path / "q.db"
    result = runner.invoke(app, ["extract", str(source), "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    text = source.read_bytes().decode("utf-8-sig")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    for record in records:
        assert tuple(record) == QUOTE_FIELDS
        assert record["path"] == str(source) and record["id"] is not None
        assert text[record["start"]:record["end"]] == record["text"]
    articles = json.loads(runner.invoke(app, ["articles", "--db", str(db), "-f", "json"]).stdout)
    assert [(a["source"], a["chars"]) for a in articles] == [(str(source), len(text))]
    again = runner.invoke(app, ["extract", str(source), "--db", str(db)])
    assert again.exit_code == 0 and "unchanged" in again.stdout


def test_real_extract_no_store(nlp, articles_dir: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(articles_dir), "--no-store"])
    assert result.exit_code == 0, result.output
    for path in sorted(articles_dir.glob("*.txt")):
        assert path.name in result.stdout
    assert not list(tmp_path.iterdir())


def test_extract_without_storing_never_imports_the_database_layer(tmp_path: Path) -> None:
    # the process start-up counts against throughput: --no-store must not pay for SQLAlchemy
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("Ferry cut\n“We were not asked,” said Ann Muir.", encoding="utf-8")
    script = (
        "import sys\n"
        "from attribution.cli import main\n"
        f"sys.argv = ['attribution', 'extract', '--no-store', '--format', 'jsonl', {str(article)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('SQLALCHEMY' if 'sqlalchemy' in sys.modules else 'CLEAN')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert '"speaker": "Ann Muir"' in out
    assert out.strip().endswith("CLEAN")
