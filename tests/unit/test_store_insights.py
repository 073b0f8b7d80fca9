"""The grouped reads behind insights: one row per day, bounded by the period, through the day indexes."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from supportjournal import store
from supportjournal.domain.insights.overview import overview
from supportjournal.domain.insights.series import DayMood
from tests.conftest import NOW, TODAY


def at(days_ago: int, hour: int = 12) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour))


def test_daily_moods_group_each_day_within_the_period_only(db):
    for days_ago, hour, mood in [(0, 8, 4), (0, 12, 6), (0, 20, 8), (2, 9, 5), (40, 9, 9)]:
        store.record_checkin(db, mood, at(days_ago, hour), now=NOW)
    moods = store.daily_moods(db, TODAY - timedelta(days=29), TODAY)
    assert moods == [DayMood(TODAY - timedelta(days=2), 5.0, 5, 5, 1), DayMood(TODAY, 6.0, 4, 8, 3)]


def test_the_reads_walk_the_day_indexes(db):
    queries: list[str] = []
    db.conn.set_trace_callback(queries.append)
    first, last = TODAY - timedelta(days=29), TODAY
    store.daily_moods(db, first, last)
    store.contact_days(db, first, last)
    db.conn.set_trace_callback(None)
    selects = [query for query in queries if "SELECT" in query]
    for table, query in zip(("checkins", "interactions"), selects):
        plan = " ".join(row[-1] for row in db.conn.execute(f"EXPLAIN QUERY PLAN {query}"))
        assert f"USING INDEX {table}_day (day>? AND day<?)" in plan, plan


def test_contact_days_count_each_member_once_a_day_with_or_without_a_check_in(db):
    ana = store.add_member(db, "Ana", "friend")
    ben = store.add_member(db, "Ben", "friend")
    store.record_checkin(db, 7, at(1), contacts=[store.Contact(ana.id, "gave")], now=NOW)
    store.log_interaction(db, ana.id, at(1, 18), direction="received", now=NOW)
    store.log_interaction(db, ben.id, at(3), now=NOW)
    store.log_interaction(db, ben.id, at(90), now=NOW)
    contacts = store.contact_days(db, TODAY - timedelta(days=29), TODAY)
    assert contacts == {TODAY - timedelta(days=1): frozenset({ana.id}), TODAY - timedelta(days=3): frozenset({ben.id})}
    assert store.first_record_day(db) == TODAY - timedelta(days=90)


def test_a_day_with_several_check_ins_counts_once_in_an_association(db):
    ana = store.add_member(db, "Ana", "friend")
    for days_ago in range(1, 7):  # with Ana: one check-in of 8 a day
        store.record_checkin(db, 8, at(days_ago), contacts=[store.Contact(ana.id)], now=NOW)
    for days_ago in range(7, 13):  # without: a 2 and three 6s on one day, 5 on the others
        for mood in ((2, 6, 6, 6) if days_ago == 7 else (5,)):
            store.record_checkin(db, mood, at(days_ago), now=NOW)
    view = overview(store.period_records(db, TODAY - timedelta(days=29), TODAY), TODAY)
    contact = view.associations[0]
    assert (contact.kind, contact.days_with, contact.days_without) == ("contact", 6, 6)
    assert contact.mean_with == 8 and contact.mean_without == 5  # the busy day's mean is 5, counted once


def test_private_notes_gather_every_kind_of_text_in_order(db):
    ana = store.add_member(db, "Ana", "friend")
    walk = store.add_item(db, "Walk", starts_on=TODAY - timedelta(days=10), now=NOW)
    store.record_checkin(db, 6, at(2), note="tired", now=NOW)
    store.log_interaction(db, ana.id, at(1), note="long call", now=NOW)
    store.set_mark(db, walk.id, TODAY - timedelta(days=1), "done", note="by the river", now=NOW)
    store.save_entry(db, TODAY, "dear diary", now=NOW)
    store.save_entry(db, TODAY - timedelta(days=60), "too early", now=NOW)
    notes = store.private_notes(db, TODAY - timedelta(days=6), TODAY)
    assert [(n.what, n.text) for n in notes] == [
        ("check-in", "tired"), ("contact", "long call"), ("self-care", "by the river"), ("journal", "dear diary"),
    ]
