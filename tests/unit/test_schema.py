"""Schema migrations: forward in one transaction, and a newer file is refused untouched."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from supportjournal import store
from supportjournal.store import schema
from supportjournal.store.db import NewerSchemaError, StoreError, open_db
from tests.conftest import raw_connection

TABLES = {
    "members", "asks", "checkins", "interactions", "selfcare_items", "selfcare_marks", "journal",
    "settings", "journal_fts",
}


def user_version(path) -> int:
    conn = raw_connection(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_new_file_is_migrated_to_the_current_version(db, db_path):
    assert schema.SCHEMA_VERSION == len(schema.MIGRATIONS) >= 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert TABLES <= set(db.table_names())
    assert user_version(db_path) == schema.SCHEMA_VERSION


def test_migrations_run_in_one_transaction(tmp_path, monkeypatch):
    """A failing migration leaves no table behind and the version at 0."""

    def broken(database):
        database.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk on fire")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS) + 1)
    path = tmp_path / "journal.db"
    with pytest.raises(StoreError):
        open_db(path)
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert names == set()
    assert version == 0


def test_migrate_reports_the_version_it_started_from(db):
    with store.transaction(db):
        assert schema.migrate(db) == schema.SCHEMA_VERSION


def test_reopening_an_existing_file_keeps_its_data(db_path):
    first = open_db(db_path)
    store.add_member(first, "Ana", "friend")
    first.close()
    again = open_db(db_path)
    try:
        assert [m.name for m in store.list_members(again)] == ["Ana"]
        assert again.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    finally:
        again.close()


def test_a_newer_file_is_refused_and_not_written(db_path):
    open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    before_bytes = db_path.read_bytes()
    before_mtime = db_path.stat().st_mtime_ns
    folder = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(NewerSchemaError) as error:
        open_db(db_path)

    assert "newer" in str(error.value) and "not changed" in str(error.value)
    assert isinstance(error.value, StoreError)
    assert db_path.read_bytes() == before_bytes
    assert db_path.stat().st_mtime_ns == before_mtime
    assert sorted(p.name for p in db_path.parent.iterdir()) == folder
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert user_version(db_path) == schema.SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a database\n" * 20)
    before = path.read_bytes()
    with pytest.raises(StoreError) as error:
        open_db(path)
    assert "not a Support Journal database" in str(error.value)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError):
        open_db(tmp_path)


def test_a_missing_file_is_not_created_without_create(tmp_path):
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError):
        open_db(path, create=False)
    assert not path.exists()


def test_an_older_file_gains_modification_times_from_its_creation_times(db_path):
    conn = sqlite3.connect(db_path)
    conn.isolation_level = None
    old = Database(conn)
    old.execute("BEGIN")
    schema.MIGRATIONS[0](old)
    old.execute("PRAGMA user_version = 1")
    old.execute("INSERT INTO checkins (id, at, day, mood, created_at) VALUES ('c', '2026-01-02T08:00:00', '2026-01-02', 6, '2026-01-02T08:01:00')")
    old.execute("COMMIT")
    conn.close()
    upgraded = open_db(db_path)
    try:
        assert next(upgraded.query("SELECT updated_at FROM checkins"))["updated_at"] == "2026-01-02T08:01:00"
    finally:
        upgraded.close()
