"""Backups are whole, checked and private; a restore checks first and keeps the journal it replaces."""

from __future__ import annotations

import stat
from datetime import timedelta

import pytest

from supportjournal import store
from supportjournal.portability.backup import KEEP_DAILY, backup_folder, daily_backup, read_backup, restore, write_backup
from supportjournal.ui.app import SupportJournalApp
from tests.conftest import NOW, TODAY, fixed_clock
from tests.portability.helpers import dump, export


def test_a_backup_is_private_checked_and_holds_the_whole_journal(db, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    store.save_entry(db, TODAY, "a walk", now=NOW)
    target = write_backup(db, tmp_path / "copy.db")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    copy = store.open_db(target, write=False)
    try:
        assert export(copy) == export(db)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()


def test_restore_brings_the_backup_back_and_keeps_what_it_replaced(db, db_path, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    saved_copy = write_backup(db, tmp_path / "copy.db")
    before = export(db)
    store.add_member(db, "Ben", "family", now=NOW)
    after_ben = export(db)
    kept = restore(db, saved_copy, NOW)
    assert export(db) == before
    assert kept.parent == backup_folder(db_path) and "before-restore" in kept.name
    old = store.open_db(kept, write=False)
    try:
        assert export(old) == after_ben  # the restore can be undone
    finally:
        old.close()


@pytest.mark.parametrize(
    "content",
    [b"", b"plain text, not a journal", b"SQLite format 3\x00" + b"\x00" * 200],
)
def test_a_corrupt_backup_is_refused_and_nothing_changes(db, db_path, tmp_path, content) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = dump(db)
    with pytest.raises(store.StoreError, match="nothing was changed|not a Support Journal"):
        restore(db, bad, NOW)
    assert dump(db) == before
    assert not backup_folder(db_path).exists()  # refused before the current journal was even saved


def test_a_truncated_backup_is_refused(db, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    whole = write_backup(db, tmp_path / "copy.db").read_bytes()
    cut = tmp_path / "cut.db"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(store.StoreError):
        read_backup(cut)


def test_the_daily_backup_is_written_once_a_day_and_keeps_the_last_seven(db, db_path) -> None:
    folder = backup_folder(db_path)
    folder.mkdir()
    for days in range(1, 10):
        (folder / f"journal-{(TODAY - timedelta(days=days)).isoformat()}.db").write_bytes(b"old")
    (folder / "journal-before-restore-2026-01-01T090000.db").write_bytes(b"kept")
    written = daily_backup(db_path, TODAY)
    assert written is not None and read_backup(written)
    assert daily_backup(db_path, TODAY) is None
    dailies = sorted(p.name for p in folder.iterdir() if "before" not in p.name)
    assert len(dailies) == KEEP_DAILY and dailies[-1] == f"journal-{TODAY.isoformat()}.db"
    assert (folder / "journal-before-restore-2026-01-01T090000.db").exists()


async def test_the_app_writes_the_daily_backup_without_holding_up_the_screen(db, db_path) -> None:
    app = SupportJournalApp(db, clock=fixed_clock, daily_backup=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert (backup_folder(db_path) / f"journal-{TODAY.isoformat()}.db").exists()



def test_the_journal_itself_or_a_journal_in_use_is_not_taken_for_a_backup(db, db_path, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    before = dump(db)
    with pytest.raises(store.StoreError, match="the journal itself"):
        restore(db, db_path, NOW)
    other = store.open_db(tmp_path / "other.db")  # open: its -wal is beside it
    try:
        with pytest.raises(store.StoreError, match="in use"):
            restore(db, tmp_path / "other.db", NOW)
    finally:
        other.close()
    assert dump(db) == before
