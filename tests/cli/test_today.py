"""``supportjournal today``: self-care, check-ins and moods, and who is due for contact."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from supportjournal import store
from tests.cli.test_members import ok
from tests.conftest import NOW, TODAY


@pytest.fixture
def day(db):
    start = TODAY - timedelta(days=20)
    walk = store.add_item(db, "Walk outside", "daily", starts_on=start, now=NOW)
    stretch = store.add_item(db, "Stretch", "mon,wed,fri", starts_on=start, now=NOW)
    store.add_item(db, "Therapy prep", "thu", starts_on=start, now=NOW)
    for offset in range(3):
        store.set_mark(db, walk.id, TODAY - timedelta(days=offset), "done", now=NOW)
    store.set_mark(db, stretch.id, TODAY, "skipped", now=NOW)
    ana = store.add_member(db, "Ana", "friend", cadence="weekly", now=NOW)
    ben = store.add_member(db, "Ben", "friend", cadence="every 3 days", now=NOW)
    sam = store.add_member(db, "Sam [work]", "colleague", cadence="every 7 days", now=NOW)
    store.add_member(db, "Lee", "friend", now=NOW)
    store.add_member(db, "Zoe", "friend", cadence="monthly", now=NOW)
    store.log_interaction(db, ana.id, NOW - timedelta(days=1), now=NOW)
    store.log_interaction(db, ben.id, NOW - timedelta(days=5), now=NOW)
    store.log_interaction(db, sam.id, NOW - timedelta(days=19), now=NOW)
    store.record_checkin(db, 4, NOW.replace(hour=8, minute=15), note="slow start", now=NOW)
    store.record_checkin(db, 7, NOW.replace(hour=18, minute=0), contacts=[store.Contact(ana.id, "received")], now=NOW)
    store.record_checkin(db, 2, NOW - timedelta(days=1), now=NOW)


def test_today_in_words(cli, day):
    out = ok(cli("today"))
    assert out == (
        "Today, Fri 27 Nov 2026\n"
        "\n"
        "Self-care\n"
        "  [x]  Walk outside  daily        streak 3 days\n"
        "  [~]  Stretch       mon,wed,fri  streak 0 times\n"
        "  not today: Therapy prep (thu)\n"
        "\n"
        "Check-ins\n"
        "  08:15  mood 4                           slow start\n"
        "  18:00  mood 7  with Ana (you received)\n"
        "\n"
        "Due for contact\n"
        "  !  Sam [work]  colleague  overdue 12 d · last in touch 19 days ago; you wanted every 7 days\n"
        "  !  Ben         friend     overdue 2 d · last in touch 5 days ago; you wanted every 3 days\n"
        "  ·  Zoe         friend     due · no contact yet; you wanted every month\n"
    )


def test_today_json(cli, day):
    data = json.loads(ok(cli("today", "--json")))
    assert data["day"] == TODAY.isoformat()
    assert [(i["title"], i["status"], i["streak"]) for i in data["selfcare"]] == [
        ("Walk outside", "done", 3), ("Stretch", "skipped", 0)
    ]
    assert [i["title"] for i in data["not_scheduled"]] == ["Therapy prep"]
    assert data["moods"] == [4, 7]
    assert [c["interactions"][0]["member_name"] for c in data["checkins"] if c["interactions"]] == ["Ana"]
    assert [(m["name"], m["contact"]["state"]) for m in data["due"]] == [
        ("Sam [work]", "overdue"), ("Ben", "overdue"), ("Zoe", "due")
    ]


def test_a_mark_on_an_unscheduled_day_still_shows(cli, db, day):
    (prep,) = [i for i in store.list_items(db) if i.title == "Therapy prep"]
    store.set_mark(db, prep.id, TODAY, "done", now=NOW)
    out = ok(cli("today"))
    assert "[x]  Therapy prep" in out and "not today" not in out


def test_today_on_an_empty_journal(cli):
    out = ok(cli("today"))
    assert "Self-care: nothing yet" in out and "Check-ins: none yet" in out and "Due for contact: nobody" in out
    assert json.loads(ok(cli("today", "--json")))["due"] == []
