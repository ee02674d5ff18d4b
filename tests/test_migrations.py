from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from attribution.db.models import Base
from attribution.db.session import (
    DatabaseError,
    current_revision,
    head_revision,
    make_engine,
    upgrade,
)


def test_migration_matches_orm_metadata(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert upgrade(db_url) == head_revision()
    engine = make_engine(db_url)
    with engine.connect() as conn:
        insp = inspect(conn)
        names = set(insp.get_table_names())
        assert set(Base.metadata.tables) <= names
        for name, table in Base.metadata.tables.items():
            assert {c["name"] for c in insp.get_columns(name)} == set(table.columns.keys()), name
            orm_indexes = {i.name for i in table.indexes}
            assert orm_indexes <= {i["name"] for i in insp.get_indexes(name)}, name
        context = MigrationContext.configure(
            conn,
            opts={"include_name": lambda n, t, p: not (t == "table" and str(n).startswith("quotes_fts"))},
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_upgrade_is_idempotent_and_fts_tracks_quotes(db_url: str, tmp_path: Path) -> None:
    upgrade(db_url)
    assert upgrade(db_url) == head_revision()
    con = sqlite3.connect(tmp_path / "test.db")
    con.execute("INSERT INTO articles (id, source, text, content_hash, ingested_at, extracted_at)"
                " VALUES (1, 's', 't', 'h', '2024-01-01', '2024-01-01')")
    con.execute("INSERT INTO quotes (id, article_id, start, end, text, norm_hash, kind, paragraph, closed,"
                " confidence, method, status) VALUES (7, 1, 0, 5, 'hammer time', 'x', 'speech', 0, 1, 0, 'm', 'unreviewed')")
    search = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?"
    assert con.execute(search, ("hammer",)).fetchall() == [(7,)]
    con.execute("UPDATE quotes SET text = 'lantern keepers' WHERE id = 7")
    assert con.execute(search, ("hammer",)).fetchall() == []
    assert con.execute(search, ("lantern",)).fetchall() == [(7,)]
    con.execute("DELETE FROM quotes WHERE id = 7")
    assert con.execute(search, ("lantern",)).fetchall() == []
    con.close()


def test_foreign_keys_are_on(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_tables_made_by_create_all_are_adopted(db_url: str) -> None:
    engine = make_engine(db_url)
    Base.metadata.create_all(engine)
    assert current_revision(engine) is None
    upgrade(db_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


@pytest.mark.parametrize("url", ["sqlite:////no/such/dir/x.db", "nosuchdialect://x", "/no/such/dir/x.db"])
def test_unopenable_database_is_one_line(url: str) -> None:
    with pytest.raises(DatabaseError) as info:
        make_engine(url)
    assert "cannot open database" in str(info.value)
    assert "\n" not in str(info.value)


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("hello " * 500)
    with pytest.raises(DatabaseError, match="not a database"):
        upgrade(str(path))
