"""The safety plan's lines, crisis lines and the low-mood note, on a real journal file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from supportjournal import store
from supportjournal.domain.help_words import DEFAULT_CRISIS_LINES, CrisisLine
from supportjournal.domain.models import Channel
from supportjournal.domain.low_mood import LOW_CHECKINS, LOW_MOOD
from supportjournal.domain.validation import ValidationError
from tests.conftest import NOW, TODAY


def test_lines_are_saved_in_order_linked_members_read_live(db):
    ana = store.add_member(db, "Ana", "friend", channels=[Channel("phone", "0770")])
    first = store.add_plan_entry(db, 1, "  not sleeping  ", now=NOW)
    second = store.add_plan_entry(db, 1, "skipping meals", now=NOW)
    linked = store.add_plan_entry(db, 4, member_id=ana.id, now=NOW)
    store.move_plan_entry(db, second.id, -1)
    store.update_member(db, ana.id, channels=[Channel("phone", "0800"), Channel("email", "a@e.org")])
    entries = store.plan_entries(db)
    assert [(e.step, e.words) for e in entries] == [(1, "skipping meals"), (1, "not sleeping"), (4, "Ana")]
    assert entries[2].id == linked.id and entries[2].member is not None
    assert [c.value for c in entries[2].member.channels] == ["0800", "a@e.org"]
    assert store.plan_steps_of(db, ana.id) == [4]
    store.update_plan_entry(db, first.id, "tired all day", now=NOW)
    store.archive_plan_entry(db, second.id, now=NOW)
    assert [e.words for e in store.plan_entries(db)] == ["tired all day", "Ana"]
    store.restore_plan_entry(db, second.id)
    assert [e.words for e in store.plan_entries(db)] == ["tired all day", "skipping meals", "Ana"]


def test_bad_lines_are_refused_and_nothing_is_written(db):
    ana = store.add_member(db, "Ana", "friend")
    for step, text, member_id in ((0, "x", None), (8, "x", None), (1, "   ", None), (1, "", ana.id)):
        with pytest.raises(ValidationError):
            store.add_plan_entry(db, step, text, member_id=member_id)
    with pytest.raises(store.StoreError):
        store.add_plan_entry(db, 4, member_id="nobody")
    assert store.plan_entries(db) == []


def test_purging_a_member_takes_their_lines_out_of_the_plan(db):
    ana = store.add_member(db, "Ana", "friend")
    store.add_plan_entry(db, 3, member_id=ana.id)
    store.archive_member(db, ana.id, now=NOW)
    assert [e.words for e in store.plan_entries(db)] == ["Ana"]  # archived, still in the plan
    store.purge_member(db, ana.id)
    assert store.plan_entries(db) == []
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_crisis_lines_start_with_the_defaults_and_keep_edits(db_path, db):
    assert store.crisis_lines(db) == list(DEFAULT_CRISIS_LINES)
    mine = [store.clean_crisis_line(" Lifeline ", "Australia", "call 13 11 14", "lifeline.org.au"),
            DEFAULT_CRISIS_LINES[1]]
    store.set_crisis_lines(db, mine)
    reopened = store.open_db(db_path)
    assert store.crisis_lines(reopened) == [CrisisLine("Lifeline", "Australia", "call 13 11 14", "lifeline.org.au"),
                                            DEFAULT_CRISIS_LINES[1]]
    store.set_crisis_lines(reopened, [])
    assert store.crisis_lines(reopened) == []
    store.set_crisis_lines(reopened, None)
    assert store.crisis_lines(reopened) == list(DEFAULT_CRISIS_LINES)
    reopened.close()
    with pytest.raises(ValidationError) as refused:
        store.clean_crisis_line("", contact="")
    assert set(refused.value.by_field) == {"name", "contact"}


def test_the_note_names_people_when_the_rule_holds_and_stays_away_once_dismissed(db):
    ana = store.add_member(db, "Ana", "friend", ring="inner")
    for hour in range(LOW_CHECKINS - 1):
        store.record_checkin(db, LOW_MOOD, NOW - timedelta(hours=hour + 1), now=NOW)
    store.record_checkin(db, LOW_MOOD + 1, NOW - timedelta(hours=5), now=NOW)
    assert store.low_mood_people(db, TODAY) is None  # just short of the rule
    store.record_checkin(db, LOW_MOOD, NOW, now=NOW)
    assert store.low_mood_people(db, TODAY) == ([ana], None)
    assert not store.low_mood_dismissed(db, TODAY)
    store.dismiss_low_mood(db, TODAY)
    assert store.low_mood_dismissed(db, TODAY)
    assert not store.low_mood_dismissed(db, TODAY + timedelta(days=1))
