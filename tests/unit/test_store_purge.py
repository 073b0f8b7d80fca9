"""Delete for good: an archived member or activity goes with what was only theirs, and leaves no text on disk."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from supportjournal import store
from supportjournal.store import Contact, StoreError
from tests.conftest import NOW, TODAY, dump

SECRET = "Zq7xPurged"
"""A string found nowhere else, to look for in the file's bytes."""


def count(db, table: str, where: str = "1", params: tuple = ()) -> int:
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]


def assert_sound(db) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not db.conn.in_transaction


def test_a_purged_member_takes_their_asks_and_contacts_and_the_checkins_stay(db):
    ana = store.add_member(db, "Ana", "friend", notes="met at school")
    ben = store.add_member(db, "Ben", "friend")
    shared = store.record_checkin(
        db, 6, NOW - timedelta(days=1), contacts=[Contact(ana.id, "gave"), Contact(ben.id, "received")], note="tea"
    )
    alone = store.record_checkin(db, 4, NOW - timedelta(days=2), contacts=[Contact(ana.id)], note="call")
    store.log_interaction(db, ana.id, NOW - timedelta(days=3), direction="received", note="helped me move")
    kept_entry = store.log_interaction(db, ben.id, NOW - timedelta(days=3), direction="gave")
    store.add_ask(db, ana.id, "listening", TODAY)
    store.add_ask(db, ben.id, "advice", TODAY)
    store.archive_member(db, ana.id, now=NOW)

    purged = store.purge_member(db, ana.id)

    assert purged.name == "Ana" and store.get_member(db, ana.id) is None
    assert count(db, "asks", "member_id = ?", (ana.id,)) == 0
    assert count(db, "interactions", "member_id = ?", (ana.id,)) == 0
    assert [ask.need for ask in store.list_asks(db, ben.id)] == ["advice"]
    assert store.get_interaction(db, kept_entry.id) is not None
    assert [i.member_name for i in store.get_checkin(db, shared.id).interactions] == ["Ben"]
    assert (store.get_checkin(db, alone.id).mood, store.get_checkin(db, alone.id).interactions) == (4, ())
    assert [c.note for c in store.checkins_on(db, TODAY - timedelta(days=1))] == ["tea"]
    assert set(store.balances(db)) == {ben.id}
    assert_sound(db)


def test_a_purged_activity_takes_its_marks_and_the_others_stay(db):
    walk = store.add_item(db, "Walk", "daily", starts_on=TODAY - timedelta(days=5))
    stretch = store.add_item(db, "Stretch", "daily", starts_on=TODAY - timedelta(days=5))
    for day in (TODAY, TODAY - timedelta(days=1)):
        store.set_mark(db, walk.id, day, "done", note="park")
        store.set_mark(db, stretch.id, day, "skipped")
    store.archive_item(db, walk.id, now=NOW)

    assert store.purge_item(db, walk.id).title == "Walk"

    assert store.get_item(db, walk.id) is None
    assert count(db, "selfcare_marks", "item_id = ?", (walk.id,)) == 0
    assert {key[0] for key in store.marks_between(db, TODAY - timedelta(days=9), TODAY)} == {stretch.id}
    assert [item.title for item in store.list_items(db)] == ["Stretch"]
    assert_sound(db)


def test_only_an_archived_record_can_be_purged(db):
    ana = store.add_member(db, "Ana", "friend")
    store.log_interaction(db, ana.id, NOW, note="kept")
    walk = store.add_item(db, "Walk", "daily")
    store.set_mark(db, walk.id, TODAY, "done")
    before = dump(db)
    refusals = [
        (store.purge_member, ana.id, "archive them first"),
        (store.purge_member, "nobody", "no member"),
        (store.purge_item, walk.id, "archive it first"),
        (store.purge_item, "nothing", "no self-care item"),
    ]
    for purge, record_id, words in refusals:
        with pytest.raises(StoreError, match=words):
            purge(db, record_id)
    assert dump(db) == before
    assert_sound(db)


def test_secure_delete_is_on_for_every_connection(db, db_path):
    second = store.open_db(db_path)
    try:
        for connection in (db, second):
            assert connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        second.close()


def _bytes_on_disk(db_path: Path) -> bytes:
    """The journal file and its write-ahead log, as they lie on disk."""
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.plain_only("it looks for the text in the file's bytes, where an encrypted journal has none")
def test_purged_text_is_gone_from_the_files_bytes(db, db_path):
    """Enough rows that the member's text spreads over many pages, some of them overflow pages."""
    others = [store.add_member(db, f"Other {n}", "friend", notes="x" * 40) for n in range(20)]
    target = store.add_member(
        db, f"Name{SECRET}", "friend", notes=f"Notes{SECRET} " * 400, link=f"https://{SECRET}.example",
        channels=[("phone", f"Phone{SECRET}")],
    )
    activity = store.add_item(db, f"Title{SECRET}", "daily", starts_on=TODAY - timedelta(days=120))
    for n in range(120):
        at = NOW - timedelta(hours=7 * n)
        store.log_interaction(db, others[n % 20].id, at, note=f"other {n}")
        store.log_interaction(db, target.id, at, direction="gave", note=f"Contact{SECRET}{n}")
        store.set_mark(db, activity.id, TODAY - timedelta(days=n), "done", note=f"Mark{SECRET}{n}")
        if n % 10 == 0:
            store.record_checkin(db, 5, at, contacts=[Contact(target.id), Contact(others[0].id)], note="stays")
            store.add_ask(db, target.id, f"Need{SECRET}", date(2026, 1, 1), f"Ask{SECRET}")
    store.archive_member(db, target.id, now=NOW)
    store.archive_item(db, activity.id, now=NOW)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _bytes_on_disk(db_path).count(SECRET.encode()) > 500

    store.purge_member(db, target.id)
    store.purge_item(db, activity.id)

    # No checkpoint here: the purge empties the WAL itself.
    on_disk = _bytes_on_disk(db_path)
    assert (on_disk.count(SECRET.encode()), on_disk.count(target.id.encode())) == (0, 0)
    assert b"stays" in on_disk
    assert_sound(db)


def test_a_reader_elsewhere_does_not_hold_up_the_purge_and_the_last_close_wipes(db_path):
    writer, reader = store.open_db(db_path), store.open_db(db_path)
    member = store.add_member(writer, f"Name{SECRET}", "friend", notes=f"Notes{SECRET}")
    store.archive_member(writer, member.id, now=NOW)
    reader.conn.execute("BEGIN")
    assert len(store.list_members(reader, archived=True)) == 1  # a read transaction stays open
    timeout = writer.execute("PRAGMA busy_timeout").fetchone()[0]

    store.purge_member(writer, member.id)

    assert store.get_member(writer, member.id) is None
    assert writer.execute("PRAGMA busy_timeout").fetchone()[0] == timeout
    assert SECRET.encode() in _bytes_on_disk(db_path)  # the reader still needs the old pages
    reader.conn.execute("ROLLBACK")
    reader.close()
    writer.close()
    assert SECRET.encode() not in _bytes_on_disk(db_path)
