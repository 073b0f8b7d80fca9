"""``supportjournal member …``: add, list, show, edit, ask, archive and restore."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from supportjournal import store
from supportjournal.domain.models import Channel
from tests.conftest import HOSTILE_TEXT, NOW, TODAY


def ok(result):
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return result.stdout


def test_add_with_every_option(cli, db):
    out = ok(cli(
        "member", "add", "Dr Okafor", "--kind", "professional", "--ring", "wider",
        "--supports", "listening, professional care", "--empathy", "4", "--reliability", "5",
        "--availability", "2", "--cadence", "monthly", "--channel", "phone:020 7946 0000",
        "--channel", "email:okafor@example.org", "--link", "https://example.org", "--notes", "Tuesdays",
    ))
    assert out == "Added Dr Okafor (professional, wider)\n"
    member = store.resolve_member(db, "dr okafor")
    assert (member.kind, member.ring, member.supports) == ("professional", "wider", ("listening", "professional care"))
    assert (member.empathy, member.reliability, member.availability) == (4, 5, 2)
    assert member.channels == (Channel("phone", "020 7946 0000"), Channel("email", "okafor@example.org"))
    assert (member.cadence, member.link, member.notes, member.created_at) == (
        "every month", "https://example.org", "Tuesdays", NOW
    )


def test_add_needs_a_kind(cli, db):
    result = cli("member", "add", "Ana")
    assert result.exit_code == 2 and "--kind" in result.stderr
    assert store.list_members(db) == []


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (("--kind", "cousin"), ("kind must be one of",)),
        (("--kind", "friend", "--ring", "outer"), ("ring must be one of",)),
        (("--kind", "friend", "--empathy", "6"), ("empathy must be from 1 to 5",)),
        (("--kind", "friend", "--reliability", "lots"), ("reliability must be a whole number",)),
        (("--kind", "friend", "--cadence", "sometimes"), ("unknown cadence",)),
        (("--kind", "friend", "--supports", "money"), ("supports must be one of",)),
        (("--kind", "friend", "--channel", "0123"), ("should look like kind:value",)),
    ],
)
def test_add_refused(refused, args, expect):
    refused("member", "add", "Ana", *args, expect=expect)


def test_add_refuses_an_empty_name(refused):
    refused("member", "add", "  ", "--kind", "friend", expect=("name can't be empty",))


@pytest.fixture
def network(db):
    ana = store.add_member(db, "Ana", "friend", ring="inner", cadence="weekly", now=NOW)
    sam = store.add_member(db, "Sam [work]", "colleague", cadence="every 3 days", now=NOW)
    mum = store.add_member(db, "Mum", "family", now=NOW)
    store.log_interaction(db, ana.id, NOW - timedelta(days=2), direction="gave", note="coffee", now=NOW)
    store.log_interaction(db, sam.id, NOW - timedelta(days=10), now=NOW)
    return {"Ana": ana, "Sam": sam, "Mum": mum}


def test_list_shows_kind_ring_and_contact_status(cli, network):
    lines = ok(cli("member", "list")).splitlines()
    assert [line.split()[0] for line in lines] == ["Ana", "Mum", "Sam"]
    assert lines[0].split()[1:3] == ["friend", "inner"] and "last in touch 2 days ago; you wanted every week" in lines[0]
    assert "no contact yet" in lines[1]
    assert "overdue 7 d · last in touch 10 days ago; you wanted every 3 days" in lines[2]


def test_list_json_parses(cli, network):
    data = json.loads(ok(cli("member", "list", "--json")))
    assert [m["name"] for m in data] == ["Ana", "Mum", "Sam [work]"]
    sam = data[2]
    assert (sam["id"], sam["kind"], sam["cadence"]) == (network["Sam"].id, "colleague", "every 3 days")
    assert sam["contact"]["state"] == "overdue" and sam["contact"]["days_overdue"] == 7
    assert sam["contact"]["last_contact"] == (TODAY - timedelta(days=10)).isoformat()


def test_list_empty_says_how_to_add(cli, db):
    assert "member add" in ok(cli("member", "list"))
    assert json.loads(ok(cli("member", "list", "--json"))) == []


def test_show_everything(cli, db, network):
    store.add_ask(db, network["Ana"].id, "listening", TODAY - timedelta(days=3), "said so at lunch", now=NOW)
    store.update_member(db, network["Ana"].id, supports=["listening"], empathy=4, notes="line one\nline two",
                        channels=[Channel("phone", "0123")])
    out = ok(cli("member", "show", "ana"))
    assert out.splitlines()[0] == "Ana"
    for words in ("kind      friend", "ring      inner", "supports  listening", "fit       empathy 4",
                  "channels  phone: 0123", "  line one\n  line two", "Asked for\n  listening  on Tue 24 Nov  said so at lunch",
                  "Recent contact\n  19:30 on Wed 25 Nov  you gave  coffee"):
        assert words in out


def test_show_json(cli, db, network):
    store.add_ask(db, network["Ana"].id, "company", TODAY, now=NOW)
    data = json.loads(ok(cli("member", "show", "Ana", "--json")))
    assert data["id"] == network["Ana"].id and data["contact"]["state"] == "ok"
    assert [a["need"] for a in data["asks"]] == ["company"]
    assert [(i["direction"], i["note"]) for i in data["recent_interactions"]] == [("gave", "coffee")]


def test_edit_changes_only_what_is_given(cli, db, network):
    out = ok(cli("member", "edit", "sam", "--name", "Sam", "--ring", "wider", "--cadence", "none", "--empathy", "3"))
    assert out == "Updated Sam\n"
    sam = store.get_member(db, network["Sam"].id)
    assert (sam.name, sam.ring, sam.cadence, sam.empathy, sam.kind) == ("Sam", "wider", None, 3, "colleague")


def test_edit_replaces_and_clears_channels(cli, db, network):
    ok(cli("member", "edit", "mum", "--channel", "phone:1", "--channel", "email:m@example.org"))
    assert store.get_member(db, network["Mum"].id).channels == (Channel("phone", "1"), Channel("email", "m@example.org"))
    ok(cli("member", "edit", "mum", "--notes", "x"))
    assert len(store.get_member(db, network["Mum"].id).channels) == 2
    ok(cli("member", "edit", "mum", "--channel", ""))
    assert store.get_member(db, network["Mum"].id).channels == ()


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (("ana",), ("nothing to change",)),
        (("nobody", "--ring", "inner"), ("no member called 'nobody'",)),
        (("ana", "--kind", "robot"), ("kind must be one of",)),
        (("ana", "--name", ""), ("name can't be empty",)),
        (("ana", "--availability", "0"), ("availability must be from 1 to 5",)),
    ],
)
def test_edit_refused(refused, network, args, expect):
    refused("member", "edit", *args, expect=expect)


def test_archive_and_restore(cli, db, network):
    out = ok(cli("member", "archive", "sam"))
    assert out == "Archived Sam [work]; bring it back with: supportjournal member restore 'Sam [work]'\n"
    assert store.get_member(db, network["Sam"].id).archived
    assert [m.name for m in store.list_members(db)] == ["Ana", "Mum"]
    assert "Sam [work]" in ok(cli("member", "list", "--archived"))
    assert "(archived today)" in ok(cli("member", "show", "sam", "--archived"))
    assert ok(cli("member", "restore", "SAM [WORK]")) == "Restored Sam [work]\n"
    assert not store.get_member(db, network["Sam"].id).archived


def test_archive_and_restore_refused(refused, network):
    refused("member", "archive", "zed", expect=("no member called 'zed'",))
    refused("member", "restore", "ana", expect=("no archived member called 'ana'; there is no archived member yet",))
    refused("member", "show", "zed", expect=("no member called",))


def test_ask(cli, db, network):
    assert ok(cli("member", "ask", "ana", "a shoulder", "--on", "2026-11-20", "--note", "over text")) == (
        "Noted: you asked Ana for a shoulder on Fri 20 Nov\n"
    )
    (ask,) = store.list_asks(db, network["Ana"].id)
    assert (ask.need, ask.asked_on, ask.note) == ("a shoulder", date(2026, 11, 20), "over text")


def test_ask_refused(refused, network):
    refused("member", "ask", "ana", "listening", "--on", "next week", expect=("cannot read the date",))
    refused("member", "ask", "ana", "listening", "--on", "2026-12-01", expect=("in the future",))
    refused("member", "ask", "ana", " ", expect=("need can't be empty",))


@pytest.mark.parametrize("name", HOSTILE_TEXT)
def test_hostile_names_round_trip(cli, db, name):
    ok(cli("member", "add", name, "--kind", "friend"))
    (member,) = store.list_members(db)
    assert member.name == name
    assert ok(cli("member", "list")).startswith(name)
    assert json.loads(ok(cli("member", "show", name, "--json")))["name"] == name


def test_control_characters_are_defused_in_text_but_kept_in_json(cli, db):
    store.add_member(db, "Eve\x1b]0;owned\x07", "friend", notes="a\x1b[2Jb\nc")
    out = ok(cli("member", "show", "eve"))
    assert "\x1b" not in out and "\x07" not in out and "Eve␛]0;owned␇" in out and "a␛[2Jb\n  c" in out
    assert json.loads(ok(cli("member", "list", "--json")))[0]["name"] == "Eve\x1b]0;owned\x07"
