"""Self-care items and marks: add, edit, order, archive, marks with notes, streaks by schedule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from supportjournal import store
from supportjournal.domain.validation import ValidationError
from tests.conftest import NOW, TODAY


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def titles(db, **kwargs) -> list[str]:
    return [item.title for item in store.list_items(db, **kwargs)]


def test_add_item(db):
    walk = store.add_item(db, " Walk  outside ", "Mon, Wed, Fri", now=NOW)
    assert (walk.title, walk.schedule, walk.starts_on, walk.position) == ("Walk outside", "mon,wed,fri", TODAY, 0)
    water = store.add_item(db, "Water", starts_on=date(2026, 1, 1), now=NOW)
    assert (water.schedule, water.starts_on, water.position) == ("daily", date(2026, 1, 1), 1)
    assert store.get_item(db, walk.id) == walk
    assert titles(db) == ["Walk outside", "Water"]


@pytest.mark.parametrize(("title", "schedule", "field"), [("  ", "daily", "title"), ("Walk", "sometimes", "schedule")])
def test_add_item_validation_writes_nothing(db, title, schedule, field):
    with pytest.raises(ValidationError) as error:
        store.add_item(db, title, schedule)
    assert error.value.field == field
    assert count(db, "selfcare_items") == 0


def test_update_item(db):
    walk = store.add_item(db, "Walk", now=NOW)
    changed = store.update_item(db, walk.id, title="Long walk", schedule="every 3 days")
    assert (changed.title, changed.schedule, changed.starts_on) == ("Long walk", "every 3 days", TODAY)
    for changes, field in (({"title": ""}, "title"), ({"schedule": "often"}, "schedule"), ({"colour": "red"}, "colour")):
        with pytest.raises(ValidationError) as error:
            store.update_item(db, walk.id, **changes)
        assert error.value.field == field
    assert store.get_item(db, walk.id) == changed
    with pytest.raises(store.StoreError):
        store.update_item(db, "nope", title="x")


def test_move_archive_restore(db):
    ids = {name: store.add_item(db, name).id for name in ("A", "B", "C", "D")}
    store.move_item(db, ids["D"], -2)
    assert titles(db) == ["A", "D", "B", "C"]
    store.move_item(db, ids["A"], -5)  # already first: stays
    store.move_item(db, ids["A"], 10)  # clamps to last
    assert titles(db) == ["D", "B", "C", "A"]
    store.archive_item(db, ids["B"], now=NOW)
    assert titles(db) == ["D", "C", "A"]
    assert titles(db, archived=True) == ["B"]
    assert store.get_item(db, ids["B"]).archived_at == NOW
    with pytest.raises(store.StoreError):
        store.move_item(db, ids["B"], 1)
    store.move_item(db, ids["A"], -1)
    store.restore_item(db, ids["B"])
    assert "B" in titles(db) and titles(db, archived=True) == []
    assert [t for t in titles(db) if t != "B"] == ["D", "A", "C"]
    for change in (store.archive_item, store.restore_item):
        with pytest.raises(store.StoreError):
            change(db, "nope")


def test_set_mark_and_notes(db):
    walk = store.add_item(db, "Walk", now=NOW)
    done = store.set_mark(db, walk.id, TODAY, "done", note="[b]rain", now=NOW)
    assert (done.status, done.note, done.day) == ("done", "[b]rain", TODAY)
    skipped = store.set_mark(db, walk.id, TODAY, "skipped")  # no note given: the note stays
    assert (skipped.status, skipped.note) == ("skipped", "[b]rain")
    store.set_mark(db, walk.id, TODAY, "done", note="")  # an empty note clears it
    assert store.marks_between(db, TODAY, TODAY)[(walk.id, TODAY)].note == ""
    store.set_mark(db, walk.id, TODAY, "done", note="again")
    assert store.set_mark(db, walk.id, TODAY, None) is None  # clearing removes mark and note
    assert store.marks_between(db, TODAY, TODAY) == {}
    assert store.set_mark(db, walk.id, TODAY, "done").note == ""


def test_set_mark_errors_write_nothing(db):
    walk = store.add_item(db, "Walk", now=NOW)
    with pytest.raises(ValidationError) as error:
        store.set_mark(db, walk.id, TODAY, "maybe")
    assert error.value.field == "status"
    with pytest.raises(store.StoreError):
        store.set_mark(db, "nope", TODAY, "done")
    assert count(db, "selfcare_marks") == 0


def test_marks_between(db):
    walk = store.add_item(db, "Walk", now=NOW)
    read = store.add_item(db, "Read", now=NOW)
    for days_ago in range(10):
        store.set_mark(db, walk.id, TODAY - timedelta(days=days_ago), "done")
    store.set_mark(db, read.id, TODAY - timedelta(days=1), "skipped")
    week = store.marks_between(db, TODAY - timedelta(days=6), TODAY)
    assert len(week) == 8
    assert week[(read.id, TODAY - timedelta(days=1))].status == "skipped"
    assert set(store.marks_between(db, TODAY - timedelta(days=6), TODAY, read.id)) == {
        (read.id, TODAY - timedelta(days=1))
    }


def mark_days(db, item, days, status="done"):
    with store.transaction(db):  # one commit for the lot: each mark is a savepoint
        for day in days:
            store.set_mark(db, item.id, day, status)


def test_daily_streak_over_many_chunks(db):
    start = TODAY - timedelta(days=199)  # more than two chunks of STREAK_CHUNK_DAYS
    water = store.add_item(db, "Water", starts_on=start, now=NOW)
    mark_days(db, water, (start + timedelta(days=n) for n in range(200)))
    assert store.item_streak(db, water, TODAY) == 200
    store.set_mark(db, water.id, TODAY - timedelta(days=150), None)
    assert store.item_streak(db, water, TODAY) == 150
    store.set_mark(db, water.id, TODAY - timedelta(days=150), "skipped")
    assert store.item_streak(db, water, TODAY) == 199


def test_streak_follows_the_schedule(db):
    # TODAY is Friday 27 Nov 2026.
    walk = store.add_item(db, "Walk", "mon,wed,fri", starts_on=date(2026, 11, 1), now=NOW)
    mark_days(db, walk, [date(2026, 11, d) for d in (16, 18, 20, 23, 25)])
    assert store.item_streak(db, walk, TODAY) == 5  # today pending does not break it
    store.set_mark(db, walk.id, TODAY, "done")
    assert store.item_streak(db, walk, TODAY) == 6
    walk = store.update_item(db, walk.id, schedule="every 3 days")  # 1, 4, ..., 19, 22, 25, 28 Nov
    assert store.item_streak(db, walk, TODAY) == 1  # 25 done, 22 missed
    mark_days(db, walk, [date(2026, 11, 22), date(2026, 11, 19)])
    assert store.item_streak(db, walk, TODAY) == 4  # 25, 22, 19, 16; 13 missed
    walk = store.update_item(db, walk.id, schedule="daily")
    assert store.item_streak(db, walk, TODAY) == 1  # today done, 26 missed


def test_filling_in_a_day_before_the_item_existed_counts_towards_its_streak(db):
    walk = store.add_item(db, "Walk", "daily", starts_on=TODAY)
    store.set_mark(db, walk.id, TODAY - timedelta(days=1), "done")
    moved = store.get_item(db, walk.id)
    assert moved.starts_on == TODAY - timedelta(days=1)
    assert store.item_streak(db, moved, TODAY) == 1
