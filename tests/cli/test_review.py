"""``supportjournal review``: the summary, then who needs attention and why; JSON; hostile names; read-only."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from supportjournal import store
from tests.cli.test_members import ok
from tests.conftest import NOW, TODAY
from tests.hostile import CORPUS, assert_nothing_sent, expected


@pytest.fixture
def network(db):
    """Ana (inner, told, in touch), Sam (overdue, never told), Dr O carrying most: no diversity gap but crisis."""
    long_ago = NOW - timedelta(days=400)
    ana = store.add_member(db, "Ana", "friend", ring="inner", supports=["listening", "company"], now=long_ago)
    sam = store.add_member(db, "Sam [work]", "colleague", cadence="weekly", supports=["practical help", "advice"],
                           now=long_ago)
    dr = store.add_member(db, "Dr O", "professional", supports=["professional care"], now=long_ago)
    store.add_member(db, "Forum", "online community", ring="wider", now=long_ago)
    store.add_ask(db, ana.id, "listen", TODAY - timedelta(days=10))
    store.add_ask(db, dr.id, "a plan", TODAY - timedelta(days=10))
    store.log_interaction(db, ana.id, NOW - timedelta(days=2), direction="both")
    store.log_interaction(db, sam.id, NOW - timedelta(days=12))
    for days_ago in range(1, 9):
        store.log_interaction(db, dr.id, NOW - timedelta(days=days_ago * 3), direction="received")
    for member in (ana, dr):
        store.mark_reviewed(db, member.id, TODAY - timedelta(days=7))
    return {"ana": ana, "sam": sam, "dr": dr}


def test_review_in_words(cli, network):
    out = ok(cli("review"))
    assert out == (
        "Your support system\n"
        "\n"
        "Who gives each kind of support\n"
        "  listening          Ana\n"
        "  advice             Sam [work]\n"
        "  practical help     Sam [work]\n"
        "  company            Ana\n"
        "  professional care  Dr O\n"
        "  crisis             nobody yet\n"
        "\n"
        "Keeping in touch\n"
        "  You were in touch with 3 people in the last 30 days, and 0 in the 30 before.\n"
        "\n"
        "What could help\n"
        "  • Nobody in your network is noted for support in a crisis yet.\n"
        "    Ask one person you trust whether you may call them on a bad night, and keep a crisis\n"
        "    line to hand. Telling them clearly is what lets them help.\n"
        "\n"
        "Who needs attention (2)\n"
        "  Sam [work]  (colleague · close)\n"
        "    • It's been 12 days since you were in touch with Sam [work]; you hoped to be in\n"
        "      touch every week.\n"
        "    • You haven't noted telling Sam [work] what you need from them. People can help best\n"
        "      when they know how.\n"
        "  Forum  (online community · wider)\n"
        "    • This is Forum's first time in a review: a moment to think about how things are\n"
        "      between you.\n"
    )


def test_review_json(cli, network):
    data = json.loads(ok(cli("review", "--json")))
    assert data["day"] == TODAY.isoformat()
    summary = data["summary"]
    assert summary["uncovered"] == ["crisis"]
    assert [gap["code"] for gap in summary["gaps"]] == ["uncovered"]  # Dr O carrying most is no gap
    assert summary["trend"] == {"days": 30, "in_touch": 3, "before": 0}
    assert summary["coverage"][0] == {"support": "listening", "givers": ["Ana"]}
    assert [card["name"] for card in data["attention"]] == ["Sam [work]", "Forum"]
    sam = data["attention"][0]
    assert [reason["code"] for reason in sam["reasons"]] == ["overdue", "not told"]
    assert sam["contact"]["state"] == "overdue" and sam["contact"]["days_overdue"] == 5


def test_a_snooze_from_the_app_is_respected(cli, db, network):
    store.snooze_member(db, network["sam"].id, TODAY + timedelta(days=1), TODAY)
    assert "Sam [work]  (" not in ok(cli("review"))


def test_an_empty_journal_gets_a_first_step_and_nobody_to_see(cli, db):
    out = ok(cli("review"))
    assert "Your network is empty so far." in out and "Add them on the network pane (a)." in out
    assert out.endswith("Nobody needs your attention this week.\n")


def test_review_only_reads(cli, db, network):
    before = list(db.conn.iterdump())
    ok(cli("review"))
    ok(cli("review", "--json"))
    assert list(db.conn.iterdump()) == before


def test_hostile_names_are_shown_as_typed_and_send_nothing(cli, db):
    names = []
    for text in CORPUS:
        if len(text) <= 200 and "\0" not in text:
            member = store.add_member(db, text, "friend", ring="inner", supports=["crisis"], cadence="weekly")
            store.log_interaction(db, member.id, NOW - timedelta(days=30), direction="received")
            names.append(member.name)
    result = cli("review")
    assert result.exit_code == 0
    assert_nothing_sent(result.stdout)
    assert expected(names[0]) in result.stdout and "[/" in result.stdout
    data = json.loads(cli("review", "--json").stdout)
    assert sorted(card["name"] for card in data["attention"]) == sorted(names)
