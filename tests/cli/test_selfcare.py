"""``supportjournal selfcare …``: add, list, done, skip, clear, archive and restore."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from supportjournal import store
from tests.cli.test_members import ok
from tests.conftest import HOSTILE_TEXT, NOW, TODAY

YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def items(db):
    start = TODAY - timedelta(days=10)
    return {
        title: store.add_item(db, title, schedule, starts_on=start, now=NOW)
        for title, schedule in (("Walk outside", "daily"), ("Stretch", "mon,wed,fri"), ("Therapy prep", "thu"))
    }


def test_add(cli, db):
    assert ok(cli("selfcare", "add", "Walk outside", "--schedule", "Mon, Wed, Fri")) == "Added Walk outside (mon,wed,fri)\n"
    assert ok(cli("selfcare", "add", "Read")) == "Added Read (daily)\n"
    assert [(i.title, i.schedule, i.starts_on) for i in store.list_items(db)] == [
        ("Walk outside", "mon,wed,fri", TODAY), ("Read", "daily", TODAY)
    ]


def test_add_refused(refused):
    refused("selfcare", "add", "Walk", "--schedule", "whenever", expect=("unknown schedule 'whenever'",))
    refused("selfcare", "add", " ", expect=("title can't be empty",))


def test_done_skip_clear(cli, db, items):
    walk = items["Walk outside"]
    assert ok(cli("selfcare", "done", "walk")) == "Walk outside: done today; streak 1 day\n"
    assert ok(cli("selfcare", "skip", "WALK OUTSIDE", "--day", "yesterday")) == (
        "Walk outside: skipped (rest day) yesterday; streak 1 day\n"
    )
    assert ok(cli("selfcare", "done", "w", "--day", "2026-11-25")) == "Walk outside: done on Wed 25 Nov; streak 2 days\n"
    marks = store.marks_between(db, TODAY - timedelta(days=5), TODAY, walk.id)
    assert {day: mark.status for (_, day), mark in marks.items()} == {
        TODAY: "done", YESTERDAY: "skipped", date(2026, 11, 25): "done"
    }
    assert ok(cli("selfcare", "clear", "walk", "--day", "yesterday")) == "Walk outside: mark cleared yesterday; streak 1 day\n"
    assert (walk.id, YESTERDAY) not in store.marks_between(db, YESTERDAY, YESTERDAY)


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (("done", "walk", "--day", "2026-11-28"), ("in the future",)),
        (("skip", "walk", "--day", "someday"), ("cannot read the date",)),
        (("done", "x"), ("no self-care item called 'x'; there are: Walk outside, Stretch, Therapy prep",)),
        (("clear", "jog"), ("no self-care item called 'jog'",)),
        (("restore", "walk"), ("no archived self-care item called 'walk'",)),
    ],
)
def test_marks_refused(refused, items, args, expect):
    refused("selfcare", *args, expect=expect)


def test_ambiguous_title_lists_the_candidates(refused, db, items):
    store.add_item(db, "Stroll", now=NOW)
    refused("selfcare", "done", "st", expect=("'st' could be Stretch, Stroll",))


def test_list_and_json(cli, db, items):
    store.set_mark(db, items["Walk outside"].id, TODAY, "done", now=NOW)
    store.set_mark(db, items["Stretch"].id, TODAY, "skipped", now=NOW)
    lines = ok(cli("selfcare", "list")).splitlines()
    assert lines[0].split() == ["[x]", "Walk", "outside", "daily", "streak", "1", "day"]
    assert lines[1].split() == ["[~]", "Stretch", "mon,wed,fri", "streak", "0", "times"]
    assert lines[2].split() == ["[", "]", "Therapy", "prep", "thu", "streak", "0", "times"]
    data = json.loads(ok(cli("selfcare", "list", "--json")))
    assert [(d["title"], d["status"], d["scheduled"], d["streak"], d["streak_unit"]) for d in data] == [
        ("Walk outside", "done", True, 1, "days"),
        ("Stretch", "skipped", True, 0, "times"),
        ("Therapy prep", "open", False, 0, "times"),
    ]


def test_archive_and_restore(cli, db, items):
    assert ok(cli("selfcare", "archive", "therapy")) == (
        "Archived Therapy prep; bring it back with: supportjournal selfcare restore 'Therapy prep'\n"
    )
    assert [i.title for i in store.list_items(db)] == ["Walk outside", "Stretch"]
    assert "Therapy prep" in ok(cli("selfcare", "list", "--archived"))
    assert ok(cli("selfcare", "restore", "THERAPY")) == "Restored Therapy prep\n"
    assert [i.title for i in store.list_items(db)] == ["Walk outside", "Stretch", "Therapy prep"]


def test_empty_lists_say_what_to_do(cli):
    assert "selfcare add" in ok(cli("selfcare", "list"))
    assert ok(cli("selfcare", "list", "--archived")) == "No archived activities.\n"


@pytest.mark.parametrize("title", HOSTILE_TEXT)
def test_hostile_titles_round_trip(cli, db, title):
    ok(cli("selfcare", "add", title))
    ok(cli("selfcare", "done", title))
    (item,) = store.list_items(db)
    assert item.title == title
    assert store.marks_between(db, TODAY, TODAY)[(item.id, TODAY)].status == "done"
    assert title in ok(cli("selfcare", "list"))
    assert json.loads(ok(cli("today", "--json")))["selfcare"][0]["title"] == title
