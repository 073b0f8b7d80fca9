"""Opening the file: pragmas, private permissions, transactions and a second connection."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from supportjournal import store
from supportjournal.store.db import BUSY_TIMEOUT_MS, open_db
from supportjournal.store.errors import os_failure, sqlite_failure
from supportjournal.store.header import read_header
from tests.bad_files import files, make_journal, newer_in_pending_wal, permissive_umask  # noqa: F401
from tests.conftest import NOW


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def pragma(db, name):
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_pragmas(db):
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") >= 5000
    assert BUSY_TIMEOUT_MS >= 5000
    assert pragma(db, "secure_delete") == 1


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with store.transaction(db):
            db.execute(
                "INSERT INTO asks (id, member_id, need, asked_on, created_at) VALUES ('a', 'nobody', 'x', '2026-01-01', '')"
            )
    assert count(db, "asks") == 0


def test_new_nested_folder_is_private_and_files_are_0600(tmp_path, permissive_umask):
    path = tmp_path / "data" / "deeper" / "journal.db"
    db = open_db(path)
    try:
        store.add_member(db, "Ana", "friend")  # a write, so -wal and -shm exist
        wal = path.with_name("journal.db-wal")
        shm = path.with_name("journal.db-shm")
        assert wal.exists() and shm.exists()
        assert mode(tmp_path / "data") == 0o700
        assert mode(tmp_path / "data" / "deeper") == 0o700
        assert mode(path) == 0o600
        assert mode(wal) == 0o600
        assert mode(shm) == 0o600
    finally:
        db.close()


def test_existing_parent_folders_are_left_alone(tmp_path, permissive_umask):
    parent = tmp_path / "shared"
    parent.mkdir(mode=0o755)
    os.chmod(parent, 0o755)
    db = open_db(parent / "new" / "journal.db")
    db.close()
    assert mode(parent) == 0o755
    assert mode(parent / "new") == 0o700
    assert mode(parent / "new" / "journal.db") == 0o600


def test_an_error_inside_a_transaction_writes_nothing(db):
    with pytest.raises(RuntimeError):
        with store.transaction(db):
            store.add_member(db, "Ana", "friend", now=NOW)
            store.set_setting(db, "theme", "nord")
            raise RuntimeError("changed my mind")
    assert count(db, "members") == 0
    assert count(db, "settings") == 0
    assert not db.conn.in_transaction


def test_a_failed_commit_rolls_back_and_later_writes_still_commit(db, db_path):
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction(db):
            db.execute("PRAGMA defer_foreign_keys = ON")  # the orphan is caught only at COMMIT
            db.execute(
                "INSERT INTO asks (id, member_id, need, asked_on, created_at) VALUES ('a', 'nobody', 'x', '2026-01-01', '')"
            )
    assert not db.conn.in_transaction
    store.add_member(db, "Ana", "friend")
    other = open_db(db_path)
    try:
        assert [m.name for m in store.list_members(other)] == ["Ana"]
        assert count(other, "asks") == 0
    finally:
        other.close()


def test_a_nested_transaction_error_rolls_back_only_when_it_escapes(db):
    with store.transaction(db):
        store.add_member(db, "Ana", "friend")
        with pytest.raises(RuntimeError):
            with store.transaction(db):
                store.add_member(db, "Ben", "friend")
                raise RuntimeError("inner only")
    assert [m.name for m in store.list_members(db)] == ["Ana"]


def test_checkin_with_an_archived_member_writes_nothing(db):
    ana = store.add_member(db, "Ana", "friend")
    ben = store.add_member(db, "Ben", "friend")
    store.archive_member(db, ben.id)
    contacts = [store.Contact(ana.id, "gave"), store.Contact(ben.id, "received")]
    with pytest.raises(store.StoreError):
        store.record_checkin(db, 6, NOW, contacts=contacts, now=NOW)
    assert count(db, "checkins") == 0
    assert count(db, "interactions") == 0


def test_checkin_with_an_unknown_member_writes_nothing(db):
    with pytest.raises(store.StoreError):
        store.record_checkin(db, 6, NOW, contacts=[store.Contact("no-such-id")], now=NOW)
    assert count(db, "checkins") == 0
    assert count(db, "interactions") == 0


def test_two_connections_to_one_file(db, db_path):
    other = open_db(db_path)
    try:
        ana = store.add_member(db, "Ana", "friend")
        assert [m.id for m in store.list_members(other)] == [ana.id]
        store.log_interaction(other, ana.id, NOW - timedelta(days=1), now=NOW)
        assert store.last_contacts(db) == {ana.id: (NOW - timedelta(days=1)).date()}
        store.set_setting(db, "theme", "nord")
        assert store.get_setting(other, "theme") == "nord"
    finally:
        other.close()


def test_a_read_snapshot_does_not_block_a_write(db, db_path):
    other = open_db(db_path)
    try:
        store.add_member(db, "Ana", "friend")
        other.execute("BEGIN")
        assert [m.name for m in store.list_members(other)] == ["Ana"]
        store.add_member(db, "Ben", "friend")  # WAL: the open read does not block this write
        assert [m.name for m in store.list_members(other)] == ["Ana"]  # still its snapshot
        other.execute("COMMIT")
        assert [m.name for m in store.list_members(other)] == ["Ana", "Ben"]
    finally:
        other.close()


def test_a_current_journal_opens_while_another_program_holds_the_write_lock(db, db_path):
    store.add_member(db, "Ana", "friend")
    db.execute("BEGIN EXCLUSIVE")  # in WAL, readers still read; only writers wait
    try:
        other = open_db(db_path)
        store.set_busy_timeout(other, 10)
        assert [m.name for m in store.list_members(other)] == ["Ana"]
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            store.add_member(other, "Ben", "friend")
        other.close()
    finally:
        db.execute("ROLLBACK")


def test_the_version_is_read_from_a_pending_wal_without_sqlite(db_path):
    newer_in_pending_wal(db_path, version=42)
    before = files(db_path.parent)
    assert read_header(db_path).version == 42  # the main file's header still says SCHEMA_VERSION
    with pytest.raises(store.NewerSchemaError, match="schema 42"):
        open_db(db_path, write=False)
    assert files(db_path.parent) == before


@pytest.mark.plain_only("it zeroes a plain page 1 as a crash would; an encrypted one would lose its salt")
def test_a_checkpoint_cut_short_after_growing_the_file_still_opens(db, db_path, tmp_path):
    # Killed mid-checkpoint, the file may have grown (zeros) before page 1 was copied back; SQLite
    # still reads page 1 from the WAL, so the journal is whole and must not be called damaged.
    db.execute("PRAGMA wal_autocheckpoint = 0")
    store.add_member(db, "Ana", "friend")
    crashed = tmp_path / "crashed" / "journal.db"
    crashed.parent.mkdir()
    shutil.copy(db_path, crashed)
    shutil.copy(f"{db_path}-wal", f"{crashed}-wal")
    with open(crashed, "r+b") as file:
        file.write(bytes(4096))
        file.truncate(8 * 4096)
    reopened = open_db(crashed)
    try:
        assert [m.name for m in store.list_members(reopened)] == ["Ana"]
        assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        reopened.close()


def test_a_folder_made_by_another_command_at_the_same_moment_is_used(tmp_path, monkeypatch):
    made = Path.mkdir

    def beaten_to_it(self, mode=0o777, parents=False, exist_ok=False):
        made(self, mode=0o700)  # the other command creates it between our look and our mkdir
        made(self, mode, parents, exist_ok)

    monkeypatch.setattr(Path, "mkdir", beaten_to_it)
    open_db(tmp_path / "new" / "deeper" / "journal.db").close()
    assert mode(tmp_path / "new" / "deeper" / "journal.db") == 0o600


def test_reading_opens_read_only_and_leaves_no_files_behind(db_path):
    make_journal(db_path)
    before = files(db_path.parent)
    db = open_db(db_path, write=False)
    try:
        assert [m.name for m in store.list_members(db)] == ["Ana"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.add_member(db, "Ben", "friend")
    finally:
        db.close()
    assert files(db_path.parent) == before


def test_an_older_file_is_upgraded_to_be_read_unless_told_not_to(db_path):
    sqlite3.connect(db_path).execute("PRAGMA journal_mode = WAL").connection.close()  # version 0
    before = files(db_path.parent)
    open_db(db_path, write=False, upgrade=False).close()  # doctor: as it is
    assert files(db_path.parent) == before
    db = open_db(db_path, write=False)
    try:
        assert pragma(db, "user_version") == store.SCHEMA_VERSION and store.list_members(db) == []
    finally:
        db.close()


def test_failures_are_named_by_what_went_wrong(tmp_path):
    path = tmp_path / "journal.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (randomblob(100000))")
    conn.close()
    assert str(sqlite_failure(full.value, path)) == f"cannot write {path}: the disk is full; nothing was changed"
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as read_only:
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    assert "the file is read-only" in str(sqlite_failure(read_only.value, path))
    no_space = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    assert str(os_failure(no_space, path)) == f"cannot use {path}: the disk is full"
    odd = tmp_path / "a\x1b]52;c;bad\x07.db"
    assert "\x1b" not in str(os_failure(PermissionError(errno.EACCES, "Permission denied", str(odd)), odd))
