"""``supportjournal summary``: what it says of the demo journal, and every private word it leaves out unless asked."""

from __future__ import annotations

import re
import stat
from datetime import timedelta

import pytest

from supportjournal import demo, store
from tests.cli.conftest import assert_one_error_line
from tests.conftest import NOW, TODAY
from tests.hostile import CORPUS, assert_nothing_sent

SINCE = "all"
"""The whole demo history, so every note and entry of it is in the period."""


@pytest.fixture
def demo_db(db):
    demo.generate(db, years=1, seed=3, now=NOW)
    return db


def private_strings(db) -> tuple[list[str], list[str]]:
    """Every journal line and note of the journal, and every member's name."""
    texts = [row["body"] for row in db.query("SELECT body FROM journal")]
    for table in ("checkins", "interactions", "selfcare_marks", "asks"):
        texts += [row["note"] for row in db.query(f"SELECT note FROM {table} WHERE note != ''")]
    texts += [row["notes"] for row in db.query("SELECT notes FROM members WHERE notes != ''")]
    # Each line of a journal entry on its own, not only whole entries; short lines ("- slept") are not telling.
    lines = {line.strip() for text in texts for line in text.splitlines() if len(line.strip()) >= 12}
    names = [member.name for member in store.list_members(db) + store.list_members(db, archived=True)]
    return sorted(lines), names


def named(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_by_default_no_journal_text_note_or_name_is_in_the_summary(cli, demo_db, fmt):
    result = cli("summary", "--since", SINCE, "--format", fmt)
    assert result.exit_code == 0, result.output
    lines, names = private_strings(demo_db)
    assert len(lines) > 100 and len(names) > 10  # the demo has plenty to leak
    leaked = [line for line in lines if line in result.stdout]
    assert leaked == []
    assert [name for name in names if named(name, result.stdout)] == []
    for words in ("Mood", "Check-ins", "Self-care", "People", "Support system", "professional care"):
        assert words in result.stdout


def test_names_and_notes_only_when_asked(cli, demo_db):
    lines, names = private_strings(demo_db)
    with_names = cli("summary", "--since", SINCE, "--with-names").stdout
    assert any(named(name, with_names) for name in names)
    assert [line for line in lines if line in with_names] == []
    everything = cli("summary", "--since", SINCE, "--with-names", "--with-notes").stdout
    assert sum(line in everything for line in lines) > len(lines) * 0.9


def test_a_period_in_words_on_known_data(cli, db):
    ana = store.add_member(db, "Ana", "friend", ring="inner", supports=["listening"])
    store.add_member(db, "Dr Okafor", "professional", supports=["professional care"])
    walk = store.add_item(db, "Walk outside", "daily", starts_on=TODAY - timedelta(days=30), now=NOW)
    for days_ago, mood in [(0, 7), (1, 5), (1, 3), (3, 6), (9, 8)]:
        moment = NOW - timedelta(days=days_ago)
        store.record_checkin(db, mood, moment, contacts=[store.Contact(ana.id)] if days_ago < 2 else [], now=NOW)
    for days_ago in range(6):
        store.set_mark(db, walk.id, TODAY - timedelta(days=days_ago), "done" if days_ago != 2 else "skipped", now=NOW)
    out = cli("summary", "--since", "7d", "--format", "text").stdout
    assert "Sat 21 Nov 2026 to Fri 27 Nov 2026 (7 days)" in out
    assert "Average mood 5.7 (1 to 10, each day counted once); lowest single check-in 3." in out
    assert "4 check-ins on 3 of 7 days (43%); the longest stretch without one was 3 days." in out
    assert re.search(r"16 Nov\s+0/2\s+-\s+-\s+0\n\s+23 Nov\s+3/5\s+5\.7\s+3\s+1\n", out), out
    # Due on all 7 days (today is done, so it counts); kept 5 of the 6 that were not rest days.
    assert re.search(r"Walk outside\s+daily\s+5\s+7\s+83%\s+1\n", out), out
    assert "In touch with 1 person in all" in out and "By kind: friend 1." in out
    assert "listening: 1 person or group" in out and "crisis: nobody yet" in out and "Ana" not in out


def test_written_to_a_file_readable_only_by_the_person(cli, demo_db, tmp_path):
    target = tmp_path / "for-my-therapist.md"
    result = cli("summary", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "Wrote the summary to" in result.stdout and str(target) in result.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text().startswith("# Support Journal summary\n")
    assert not [path.name for path in tmp_path.iterdir() if path.suffix == ".tmp"]  # no temporary file left


@pytest.mark.parametrize("since", ["fortnight", "0d", "next week"])
def test_a_period_not_understood_is_one_line(cli, db, since):
    assert_one_error_line(cli("summary", "--since", since), "period")


def test_a_file_that_cannot_be_written_is_one_line(cli, db, tmp_path):
    assert_one_error_line(cli("summary", "-o", str(tmp_path / "missing" / "summary.md")))


def test_hostile_names_titles_and_notes_never_reach_the_terminal_raw(cli, db):
    corpus = [text.replace("\x00", "") for text in CORPUS]  # the store refuses NUL, rightly
    for index, text in enumerate(corpus):
        name = f"{text[:150]}{index}"  # names are at most 200 characters; notes take the whole text
        member = store.add_member(db, name, "friend", supports=["listening"])
        item = store.add_item(db, name, starts_on=TODAY - timedelta(days=3), now=NOW)
        store.set_mark(db, item.id, TODAY, "done", note=text, now=NOW)
        store.record_checkin(db, 5, NOW, contacts=[store.Contact(member.id)], note=text, now=NOW)
    store.save_entry(db, TODAY, "\n".join(corpus), now=NOW)
    for fmt in ("markdown", "text"):
        result = cli("summary", "--with-names", "--with-notes", "--format", fmt)
        assert result.exit_code == 0, result.output
        assert_nothing_sent(result.stdout)
        assert "Zoë [b]x 🌱 مريم ␛[31m" in result.stdout  # shown, not sent
