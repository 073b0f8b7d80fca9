"""The review's store: its migration, snoozes kept and expiring, the halfway point, and the summary's counts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from supportjournal import store
from supportjournal.store import review as sr
from supportjournal.store import schema
from tests.conftest import NOW, TODAY


@pytest.fixture
def late(db):
    """Sam, weekly, last in touch 12 days ago, told what you need: in the review for being overdue only."""
    sam = store.add_member(db, "Sam", "friend", cadence="weekly", now=NOW - timedelta(days=400))
    store.log_interaction(db, sam.id, NOW - timedelta(days=12))
    store.add_ask(db, sam.id, "listen", TODAY - timedelta(days=30))
    store.mark_reviewed(db, sam.id, TODAY - timedelta(days=7))
    return sam


def queue(db, day=TODAY) -> list[str]:
    return [card.member.name for card in store.review_queue(db, day)]


def test_an_older_journal_gains_the_review_state_and_keeps_its_data(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    before = schema.MIGRATIONS.index(schema._review_state)  # the version just before the review's migration
    with monkeypatch.context() as old:
        old.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:before])
        old.setattr(schema, "SCHEMA_VERSION", before)
        old.setattr("supportjournal.store.db.SCHEMA_VERSION", before)
        first = store.open_db(path)
        store.add_member(first, "Ana", "friend")
        assert "review_state" not in first.table_names()
        first.close()
    db = store.open_db(path)
    assert "review_state" in db.table_names()
    assert [m.name for m in store.list_members(db)] == ["Ana"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    db.close()


def test_a_snooze_is_kept_respected_and_expires(db, late):
    assert queue(db) == ["Sam"]
    store.snooze_member(db, late.id, TODAY + timedelta(days=7), TODAY, now=NOW)
    assert queue(db) == []
    assert queue(db, TODAY + timedelta(days=6)) == []
    assert queue(db, TODAY + timedelta(days=7)) == ["Sam"]  # back on the day chosen
    assert sr.review_states(db)[late.id].reviewed_on == TODAY


def test_a_snooze_or_a_mark_for_an_archived_member_writes_nothing(db, late):
    store.archive_member(db, late.id, now=NOW)
    before = list(db.conn.iterdump())
    with pytest.raises(store.StoreError):
        store.snooze_member(db, late.id, TODAY + timedelta(days=7), TODAY)
    with pytest.raises(store.StoreError):
        store.mark_reviewed(db, late.id, TODAY, progress=([late.id], 1))
    assert list(db.conn.iterdump()) == before


def test_a_member_with_review_state_can_still_be_deleted_for_good(db, late):
    store.archive_member(db, late.id, now=NOW)
    store.purge_member(db, late.id)
    assert sr.review_states(db) == {}


def test_the_halfway_point_is_kept_for_the_same_week_only(db, late):
    store.mark_reviewed(db, late.id, TODAY, progress=(["a", late.id, "c"], 1))
    assert store.saved_progress(db, TODAY) == (["a", late.id, "c"], 1)
    assert store.saved_progress(db, TODAY + timedelta(days=2)) == (["a", late.id, "c"], 1)  # Sunday, same week
    assert store.saved_progress(db, TODAY + timedelta(days=3)) is None  # Monday: a new week, a new review
    store.save_progress(db, TODAY, ["a"], 1)
    assert store.saved_progress(db, TODAY) is None  # finished
    store.set_setting(db, sr.PROGRESS_SETTING, {"week": "2026-W48", "ids": [1, 2], "at": "x"})
    assert store.saved_progress(db, TODAY) is None  # not ours to trust


def test_the_card_reads_what_you_told_them_and_sees_a_contact_at_once(db, late):
    card = store.review_card(db, late.id, TODAY)
    assert card is not None and [reason.code for reason in card.reasons] == ["overdue"]
    assert card.asks == (("listen", TODAY - timedelta(days=30)),)
    store.log_interaction(db, late.id, NOW)
    card = store.review_card(db, late.id, TODAY)
    assert card is not None and card.reasons == ()
    store.archive_member(db, late.id, now=NOW)
    assert store.review_card(db, late.id, TODAY) is None


def test_last_told_is_the_latest_ask_per_member(db, late):
    store.add_ask(db, late.id, "a lift", TODAY - timedelta(days=3))
    store.add_ask(db, late.id, "older", TODAY - timedelta(days=300))
    assert sr.last_told(db) == {late.id: TODAY - timedelta(days=3)}


def test_people_in_touch_counts_each_member_once_per_window(db, late):
    ana = store.add_member(db, "Ana", "friend")
    for days_ago in (1, 2, 40):
        store.log_interaction(db, ana.id, NOW - timedelta(days=days_ago))
    ben = store.add_member(db, "Ben", "friend")
    gone = store.log_interaction(db, ben.id, NOW - timedelta(days=3))
    store.archive_interaction(db, gone.id, now=NOW)  # a deleted entry is no contact
    assert sr.people_in_touch(db, TODAY - timedelta(days=29), TODAY) == 2  # Ana twice, Sam 12 days ago
    assert sr.people_in_touch(db, TODAY - timedelta(days=59), TODAY - timedelta(days=30)) == 1  # Ana, 40 days ago
    summary = store.support_summary(db, TODAY)
    assert (summary.in_touch, summary.in_touch_before) == (2, 1)


def test_the_summary_reads_who_carries_most_over_the_window(db):
    ana = store.add_member(db, "Ana", "friend", supports=["listening"])
    store.add_member(db, "Ben", "friend")
    for days_ago in range(6):
        store.log_interaction(db, ana.id, datetime.combine(TODAY, NOW.time()) - timedelta(days=days_ago),
                              direction="received")
    summary = store.support_summary(db, TODAY)
    assert "Ana gives 100%" in " ".join(gap.words for gap in summary.gaps)
