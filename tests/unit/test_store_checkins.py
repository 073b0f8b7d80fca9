"""Check-ins: mood with linked interactions, days, moods and the check-in streak."""

from __future__ import annotations

from datetime import timedelta

import pytest

from supportjournal import store
from supportjournal.domain.validation import ValidationError
from tests.conftest import NOW, TODAY


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_checkin_with_contacts(db):
    ana = store.add_member(db, "Ana", "friend")
    ben = store.add_member(db, "Ben", "family")
    at = NOW - timedelta(hours=1)
    checkin = store.record_checkin(
        db, 7, at, contacts=[store.Contact(ben.id, "received"), store.Contact(ana.id, "gave")],
        note="[/] long day", now=NOW,
    )
    assert (checkin.mood, checkin.at, checkin.note) == (7, at, "[/] long day")
    assert [(i.member_name, i.direction, i.checkin_id, i.at) for i in checkin.interactions] == [
        ("Ana", "gave", checkin.id, at), ("Ben", "received", checkin.id, at),
    ]
    assert store.get_checkin(db, checkin.id) == checkin
    assert store.last_contacts(db) == {ana.id: TODAY, ben.id: TODAY}
    assert store.balances(db)[ben.id].received == 1


def test_checkin_without_contacts(db):
    checkin = store.record_checkin(db, "4", NOW, now=NOW)
    assert checkin.mood == 4 and checkin.interactions == ()
    assert count(db, "interactions") == 0


def test_bad_mood_writes_nothing(db):
    for mood in (0, 11, -1, "x", None, "7.5"):
        with pytest.raises(ValidationError) as error:
            store.record_checkin(db, mood, NOW)
        assert error.value.field == "mood"
    assert count(db, "checkins") == 0


def test_bad_direction_writes_nothing(db):
    ana = store.add_member(db, "Ana", "friend")
    with pytest.raises(ValidationError) as error:
        store.record_checkin(db, 5, NOW, contacts=[store.Contact(ana.id, "upwards")])
    assert error.value.field == "direction"
    assert count(db, "checkins") == count(db, "interactions") == 0


def test_checkins_on_and_moods_between(db):
    day = TODAY - timedelta(days=2)
    evening = store.record_checkin(db, 3, NOW - timedelta(days=2), now=NOW)
    morning = store.record_checkin(db, 8, NOW.replace(hour=8) - timedelta(days=2), now=NOW)
    store.record_checkin(db, 6, NOW, now=NOW)
    store.record_checkin(db, 1, NOW - timedelta(days=30), now=NOW)
    assert [c.id for c in store.checkins_on(db, day)] == [morning.id, evening.id]
    assert store.checkins_on(db, TODAY - timedelta(days=1)) == []
    assert store.moods_between(db, TODAY - timedelta(days=7), TODAY) == {day: [8, 3], TODAY: [6]}


def test_checkin_days_and_streak(db):
    for days_ago in (0, 1, 2, 4, 5):
        store.record_checkin(db, 5, NOW - timedelta(days=days_ago), now=NOW)
    store.record_checkin(db, 5, NOW - timedelta(days=1, hours=1), now=NOW)  # a second one that day
    assert list(store.checkin_days_descending(db, TODAY))[:4] == [
        TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=2), TODAY - timedelta(days=4),
    ]
    assert store.checkin_streak(db, TODAY) == 3
    assert store.checkin_streak(db, TODAY + timedelta(days=1)) == 3  # today not yet checked in
    assert store.checkin_streak(db, TODAY + timedelta(days=2)) == 0
    assert store.checkin_streak(db, TODAY - timedelta(days=4)) == 2  # ignores later days


def test_no_checkins_no_streak(db):
    assert store.checkin_streak(db, TODAY) == 0
    assert store.moods_between(db, TODAY, TODAY) == {}


def test_a_member_listed_twice_gets_one_interaction_with_directions_combined(db):
    ana = store.add_member(db, "Ana", "friend", now=NOW)
    checkin = store.record_checkin(
        db, 6, NOW,
        contacts=[store.Contact(ana.id, "gave"), store.Contact(ana.id, "received")],
        now=NOW,
    )
    assert [(i.member_name, i.direction) for i in checkin.interactions] == [("Ana", "both")]
    assert db["interactions"].count == 1
