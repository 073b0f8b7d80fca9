"""Interactions and the reciprocity ledger: log, edit, archive, recent, balances over a window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from supportjournal import store
from supportjournal.domain.validation import ValidationError
from tests.conftest import NOW, TODAY


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def ana(db):
    return store.add_member(db, "Ana", "friend")


def test_log_interaction(db, ana):
    at = NOW - timedelta(days=1, hours=2)
    logged = store.log_interaction(
        db, ana.id, at, direction="gave", channel="Call", support="practical", weight=2,
        note="[b]moved a sofa", now=NOW,
    )
    assert (logged.member_id, logged.at, logged.day) == (ana.id, at, at.date())
    assert (logged.direction, logged.channel, logged.support, logged.weight) == ("gave", "call", "practical help", 2)
    assert logged.note == "[b]moved a sofa" and logged.member_name == "Ana"
    assert logged.checkin_id is None
    assert store.get_interaction(db, logged.id) == logged
    assert store.interactions_on(db, at.date()) == [logged]


def test_log_validation_writes_nothing(db, ana):
    bad = [({"direction": "sideways"}, "direction"), ({"weight": 4}, "weight"), ({"weight": "x"}, "weight"),
           ({"channel": "pigeon"}, "channel"), ({"support": "money"}, "support"), ({"note": "x" * 20_001}, "note")]
    for fields, field in bad:
        with pytest.raises(ValidationError) as error:
            store.log_interaction(db, ana.id, NOW, **fields)
        assert error.value.field == field
    assert count(db, "interactions") == 0


def test_log_for_an_archived_or_unknown_member_writes_nothing(db, ana):
    store.archive_member(db, ana.id)
    with pytest.raises(store.StoreError):
        store.log_interaction(db, ana.id, NOW)
    with pytest.raises(store.StoreError):
        store.log_interaction(db, "nobody", NOW)
    assert count(db, "interactions") == 0


def test_update_interaction(db, ana):
    logged = store.log_interaction(db, ana.id, NOW, direction="gave", now=NOW)
    moved = NOW - timedelta(days=3)
    changed = store.update_interaction(db, logged.id, at=moved, direction="both", note="walk")
    assert (changed.at, changed.day, changed.direction, changed.note) == (moved, moved.date(), "both", "walk")
    assert store.interactions_on(db, TODAY) == []
    assert store.interactions_on(db, moved.date()) == [changed]


def test_update_interaction_validation_writes_nothing(db, ana):
    logged = store.log_interaction(db, ana.id, NOW, now=NOW)
    with pytest.raises(ValidationError) as error:
        store.update_interaction(db, logged.id, direction="up")
    assert error.value.field == "direction"
    with pytest.raises(ValidationError) as error:
        store.update_interaction(db, logged.id, mood=3)
    assert error.value.field == "mood"
    assert store.get_interaction(db, logged.id) == logged
    with pytest.raises(store.StoreError):
        store.update_interaction(db, "nope", note="x")


def test_archive_and_restore_interaction(db, ana):
    logged = store.log_interaction(db, ana.id, NOW, direction="received", now=NOW)
    store.archive_interaction(db, logged.id, now=NOW)
    assert store.recent_interactions(db) == []
    assert store.interactions_on(db, TODAY) == []
    assert store.balances(db) == {}
    store.restore_interaction(db, logged.id)
    assert store.recent_interactions(db) == [logged]
    for change in (store.archive_interaction, store.restore_interaction):
        with pytest.raises(store.StoreError):
            change(db, "nope")


def test_recent_is_newest_first_bounded_and_filtered(db, ana):
    ben = store.add_member(db, "Ben", "friend")
    for day in range(10):
        direction = ("gave", "none", "received")[day % 3]
        store.log_interaction(db, ana.id, NOW - timedelta(days=day), direction=direction, now=NOW)
    store.log_interaction(db, ben.id, NOW - timedelta(hours=1), now=NOW)
    recent = store.recent_interactions(db, limit=4)
    assert len(recent) == 4
    assert [i.at for i in recent] == sorted((i.at for i in recent), reverse=True)
    assert recent[0].at == NOW and recent[1].member_name == "Ben"
    only_ana = store.recent_interactions(db, member_id=ana.id, limit=100)
    assert len(only_ana) == 10 and {i.member_id for i in only_ana} == {ana.id}
    ledger = store.recent_interactions(db, ledger_only=True, limit=100)
    assert len(ledger) == 7 and all(i.direction != "none" for i in ledger)


def test_balances_over_a_window(db, ana):
    ben = store.add_member(db, "Ben", "friend")
    quiet = store.add_member(db, "Cy", "friend")
    gone = store.add_member(db, "Dee", "friend")
    log = store.log_interaction
    log(db, ana.id, NOW, direction="gave", weight=3)
    log(db, ana.id, NOW - timedelta(days=10), direction="both")
    log(db, ana.id, NOW - timedelta(days=100), direction="received", weight=3)  # outside 90 days
    log(db, ben.id, NOW - timedelta(days=89), direction="received", weight=2)
    log(db, quiet.id, NOW, direction="none")
    log(db, gone.id, NOW, direction="gave")
    store.archive_member(db, gone.id)

    window = store.balances(db, TODAY - timedelta(days=90))
    assert set(window) == {ana.id, ben.id}
    assert (window[ana.id].gave, window[ana.id].received) == (4, 1)
    assert (window[ben.id].gave, window[ben.id].received, window[ben.id].member_name) == (0, 2, "Ben")
    assert window[ben.id].kind == "friend"

    ever = store.balances(db)
    assert (ever[ana.id].gave, ever[ana.id].received) == (4, 4)


def test_window_starts_on_its_first_day(db, ana):
    store.log_interaction(db, ana.id, NOW.replace(month=8, day=31, hour=23, minute=59), direction="gave")
    store.log_interaction(db, ana.id, NOW.replace(month=9, day=1, hour=0, minute=0), direction="received")
    window = store.balances(db, date(2026, 9, 1))
    assert (window[ana.id].gave, window[ana.id].received) == (0, 1)
