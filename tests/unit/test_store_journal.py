"""Journal entries (one per day), paging, full-text search; and settings."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from supportjournal import store
from supportjournal.domain.validation import ValidationError
from supportjournal.store import HIGHLIGHT_END, HIGHLIGHT_START
from supportjournal.store.journal import MAX_ENTRY
from tests.conftest import HOSTILE_TEXT, NOW, TODAY, raw_connection


def hits(db, text: str) -> list[date]:
    return [hit.day for hit in store.search_entries(db, text)]


def test_save_get_and_replace(db):
    assert store.get_entry(db, TODAY) is None
    first = store.save_entry(db, TODAY, "# Friday\n\nA *good* day.", now=NOW)
    assert (first.day, first.body, first.updated_at) == (TODAY, "# Friday\n\nA *good* day.", NOW)
    later = NOW + timedelta(hours=1)
    second = store.save_entry(db, TODAY, "Rewritten.", now=later)
    assert (second.body, second.updated_at) == ("Rewritten.", later)
    assert db.execute("SELECT count(*) FROM journal").fetchone()[0] == 1
    unchanged = store.save_entry(db, TODAY, "Rewritten.", now=later + timedelta(hours=1))
    assert unchanged.updated_at == later  # saving the same text is not an edit


def test_save_with_expected_writes_only_over_the_text_it_read(db):
    store.save_entry(db, TODAY, "first", now=NOW)
    later = NOW + timedelta(minutes=5)
    assert store.save_entry(db, TODAY, "second", now=later, expected="first").body == "second"
    with pytest.raises(store.EntryChanged) as changed:
        store.save_entry(db, TODAY, "stale window", now=later, expected="first")
    assert changed.value.body == "second"
    assert store.get_entry(db, TODAY).body == "second"  # nothing written
    assert not db.conn.in_transaction
    assert store.save_entry(db, TODAY, "second", expected="first").body == "second"  # same text: no conflict
    with pytest.raises(store.EntryChanged) as changed:
        store.save_entry(db, TODAY - timedelta(days=1), "new day", expected="what I thought was there")
    assert changed.value.body == ""
    assert store.save_entry(db, TODAY - timedelta(days=1), "new day", expected="").body == "new day"


def test_data_version_moves_only_for_another_connections_commit(db, db_path):
    before = store.data_version(db)
    store.set_setting(db, "theme", "nord")
    assert store.data_version(db) == before  # our own write
    other = raw_connection(db_path)
    other.execute("INSERT INTO settings VALUES ('other', '1')")
    other.close()
    assert store.data_version(db) != before


def test_hostile_text_is_kept_as_written(db):
    for n, body in enumerate(HOSTILE_TEXT):
        day = TODAY - timedelta(days=n)
        assert store.save_entry(db, day, body).body == body
        assert store.get_entry(db, day).body == body


def test_entry_days_pages_newest_first(db):
    days = [TODAY - timedelta(days=n) for n in range(0, 10, 2)]  # five entries
    for day in days:
        store.save_entry(db, day, f"entry for {day}")
    store.save_entry(db, TODAY - timedelta(days=1), "")  # empty entries are not listed
    first_page = store.entry_days(db, limit=3)
    assert first_page == days[:3]
    assert store.entry_days(db, before=first_page[-1], limit=3) == days[3:]
    assert store.entry_days(db, before=days[-1]) == []


def test_search_stems_and_highlights(db):
    store.save_entry(db, date(2026, 11, 1), "Went running with Ana in the park.")
    store.save_entry(db, date(2026, 11, 2), "Quiet day. Read a book.")
    store.save_entry(db, date(2026, 11, 3), "Ran to the shop; no running today, just walks.")
    assert sorted(hits(db, "runs")) == [date(2026, 11, 1), date(2026, 11, 3)]
    assert hits(db, "park RUNNING") == [date(2026, 11, 1)]  # all words, any order, any case
    assert hits(db, "walking") == [date(2026, 11, 3)]
    assert hits(db, "sailing") == []
    assert hits(db, "wal") == [date(2026, 11, 3)]  # the last word is still being typed: a prefix
    assert hits(db, "park RUN") == [date(2026, 11, 1)]
    assert hits(db, "walks sho") == [date(2026, 11, 3)]  # the words before it are whole
    assert hits(db, "   ") == []
    [hit] = store.search_entries(db, "book")
    assert f"{HIGHLIGHT_START}book{HIGHLIGHT_END}" in hit.snippet


def test_search_follows_updates(db):
    store.save_entry(db, TODAY, "I felt anxious this morning")
    assert hits(db, "anxious") == [TODAY]
    store.save_entry(db, TODAY, "I felt calm by the evening")
    assert hits(db, "anxious") == []
    assert hits(db, "calm") == [TODAY]
    store.save_entry(db, TODAY, "")
    assert hits(db, "calm") == []


FTS_SYNTAX = ['"', '""', 'say "hi', "AND", "OR", "NOT", "NEAR", "*", "run*", "(", ")", "a:b", "body:x",
              "^x", "-x", "+", "{x}", "'", "\\", "NEAR(a b)", 'x AND "y', *HOSTILE_TEXT]


def test_search_text_is_never_query_syntax(db):
    store.save_entry(db, TODAY, "An ordinary day AND a good one (really).")
    for text in FTS_SYNTAX:
        try:
            store.search_entries(db, text)
        except Exception as error:  # noqa: BLE001 - name the text that broke it
            pytest.fail(f"searching {text!r} raised {error!r}")


def test_search_finds_words_that_look_like_syntax(db):
    store.save_entry(db, TODAY, "Tea AND cake, or NOT.")
    store.save_entry(db, TODAY - timedelta(days=1), "Just tea.")
    assert hits(db, "and") == [TODAY]
    assert hits(db, '"cake"') == [TODAY]
    assert sorted(hits(db, "tea")) == [TODAY - timedelta(days=1), TODAY]


def test_search_limit(db):
    for n in range(5):
        store.save_entry(db, TODAY - timedelta(days=n), "same words each day")
    assert len(store.search_entries(db, "words", limit=2)) == 2


def test_settings(db):
    assert store.get_setting(db, "theme") is None
    assert store.get_setting(db, "theme", "textual-dark") == "textual-dark"
    store.set_setting(db, "theme", "nord")
    store.set_setting(db, "ledger", {"window_days": 90, "hidden": ["a", "b"]})
    store.set_setting(db, "theme", "gruvbox")
    assert store.get_setting(db, "theme") == "gruvbox"
    assert store.get_setting(db, "ledger") == {"window_days": 90, "hidden": ["a", "b"]}
    assert db.execute("SELECT count(*) FROM settings").fetchone()[0] == 2


def test_an_entry_too_long_is_refused_with_its_limit(db):
    store.save_entry(db, TODAY, "x" * MAX_ENTRY)
    with pytest.raises(ValidationError) as error:
        store.save_entry(db, TODAY, "y" * (MAX_ENTRY + 1))
    assert error.value.field == "entry" and f"{MAX_ENTRY:,}" in error.value.message
    assert store.get_entry(db, TODAY).body == "x" * MAX_ENTRY
