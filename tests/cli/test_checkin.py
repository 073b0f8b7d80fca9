"""``supportjournal checkin``: one transaction, names by prefix, directions, and every refusal."""

from __future__ import annotations

from datetime import datetime

import pytest

from supportjournal import store
from tests.conftest import NOW, TODAY


@pytest.fixture
def people(db):
    return {
        name: store.add_member(db, name, kind).id
        for name, kind in (("Ana", "friend"), ("Anil", "colleague"), ("Sam [work]", "colleague"), ("Mum", "family"))
    }


def test_mood_alone(cli, db):
    result = cli("checkin", "--mood", "7")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Checked in: mood 7 at 19:30 today\n"
    (checkin,) = store.checkins_on(db, TODAY)
    assert (checkin.mood, checkin.at, checkin.note, checkin.interactions) == (7, NOW, "", ())


def test_directions_from_the_options(cli, db, people):
    result = cli(
        "checkin", "--mood", "4", "--gave", "ana", "--received", "ANA", "--received", "mum",
        "--with", "sam", "--gave", "anil", "--note", "long day", "--when", "yesterday 21:00",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Checked in: mood 4 at 21:00 yesterday, with Ana (both ways), Anil (you gave), Mum (you received), "
        "Sam [work]; note saved\n"
    )
    (checkin,) = store.checkins_on(db, datetime(2026, 11, 26).date())
    assert (checkin.mood, checkin.at, checkin.note) == (4, datetime(2026, 11, 26, 21, 0), "long day")
    directions = {each.member_id: each.direction for each in checkin.interactions}
    assert directions == {
        people["Ana"]: "both", people["Anil"]: "gave", people["Mum"]: "received", people["Sam [work]"]: "none"
    }
    assert {each.checkin_id for each in checkin.interactions} == {checkin.id}
    assert {each.at for each in checkin.interactions} == {checkin.at}


def test_same_shape_as_the_store_writes(cli, db, people):
    cli("checkin", "--mood", "6", "--gave", "Mum", "--note", "tea")
    direct = store.record_checkin(db, 6, NOW, contacts=[store.Contact(people["Mum"], "gave")], note="tea", now=NOW)
    by_cli, by_store = store.checkins_on(db, TODAY)
    assert by_store.id == direct.id

    def shape(checkin):
        return (checkin.at, checkin.mood, checkin.note,
                [(i.member_id, i.direction, i.at, i.channel, i.weight, i.note) for i in checkin.interactions])

    assert shape(by_cli) == shape(by_store)
    columns = {row["id"]: set(row) for row in db["checkins"].rows}
    assert columns[by_cli.id] == columns[by_store.id]


def test_a_name_given_twice_in_with_is_one_contact(cli, db, people):
    assert cli("checkin", "--mood", "5", "--with", "mum", "--with", "Mum").exit_code == 0
    (checkin,) = store.checkins_on(db, TODAY)
    assert [(i.member_name, i.direction) for i in checkin.interactions] == [("Mum", "none")]


def test_db_after_the_command_name(cli, db, db_path):
    result = cli("checkin", "--db", str(db_path), "--mood", "8", db=False)
    assert result.exit_code == 0, result.output
    assert [c.mood for c in store.checkins_on(db, TODAY)] == [8]


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        ((), ("needs a mood",)),
        (("--note", "just a note"), ("needs a mood",)),
        (("--mood", "0"), ("mood must be from 1 to 10",)),
        (("--mood", "11"), ("mood must be from 1 to 10",)),
        (("--mood", "seven"), ("mood must be a whole number",)),
        (("--mood", "5", "--when", "tomorrow 9:00"), ("cannot read the date",)),
        (("--mood", "5", "--when", "2026-11-28 08:00"), ("in the future",)),
        (("--mood", "5", "--when", "21:30"), ("in the future",)),
        (("--mood", "5", "--with", "Nobody"), ("no member called 'Nobody'", "Ana", "Anil", "Mum", "Sam [work]")),
        (("--mood", "5", "--gave", "an"), ("'an' could be Ana, Anil",)),
        (("--mood", "5", "--gave", "mum", "--received", "a"), ("could be Ana, Anil",)),
        (("--mood", "5", "--note", "x" * 20_001), ("note is too long",)),
    ],
)
def test_refused_and_nothing_written(refused, people, args, expect):
    refused("checkin", *args, expect=expect)


def test_archived_member_is_unknown(cli, db, refused, people):
    store.archive_member(db, people["Mum"])
    refused("checkin", "--mood", "5", "--with", "mum", expect=("no member called 'mum'",))


def test_unknown_name_in_an_empty_network_says_how_to_add_one(refused):
    refused("checkin", "--mood", "5", "--with", "ana", expect=("member add",))


def test_the_confirmation_shows_hostile_names_literally_and_defuses_escapes(cli, db):
    store.add_member(db, "[bold]x", "friend")
    store.add_member(db, "Zed\x1b[31m", "friend")
    result = cli("checkin", "--mood", "5", "--with", "[bold]x", "--received", "zed")
    assert result.exit_code == 0, result.output
    assert "[bold]x" in result.stdout
    assert "\x1b" not in result.stdout and "Zed␛[31m (you received)" in result.stdout
