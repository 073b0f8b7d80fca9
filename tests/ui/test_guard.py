"""A failed store call is a calm message, never a crash: a locked file, a full disk, a read-only file, failing reads."""

from __future__ import annotations

import errno
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, TextArea

from supportjournal import store
from supportjournal.ui import app as app_module
from supportjournal.store import WELCOME_SETTING
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.guard import what_happened
from supportjournal.ui.screens import journal as journal_screen
from supportjournal.ui.screens.checkin import CheckInScreen
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.journal import JournalScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.widgets.mood_picker import MoodPicker
from tests.conftest import TODAY, fixed_clock

QUICK = 0.05
"""Autosave and retry delays in these tests: the tests wait for what happens, not for a time."""


@pytest.fixture
def started(db, monkeypatch):
    """A journal past its welcome whose app gives up on a lock after 20 ms instead of 3 s."""
    store.set_setting(db, WELCOME_SETTING, True)
    monkeypatch.setattr(app_module, "BUSY_WAIT_MS", 20)  # the app sets its own wait when it starts
    return db


@contextmanager
def locked(db_path):
    """Another program holding the journal file's write lock."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def notices(app) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


async def until(pilot, condition, limit: float = 10.0) -> None:
    """Let the app run until ``condition()`` holds (a bound against hanging, not a speed test)."""
    waited = 0.0
    while not condition() and waited < limit:
        await pilot.pause(QUICK)
        waited += QUICK
    assert condition()


def test_what_happened_names_the_cause_and_never_quotes_the_error():
    assert what_happened(OSError(errno.ENOSPC, "No space left on device: /home/x/secret")) == "the disk is full"
    assert "read" in what_happened(OSError(errno.EROFS, "/x"))
    assert "secret" not in what_happened(sqlite3.OperationalError("near 'secret': syntax error"))
    memory = sqlite3.connect(":memory:")
    memory.execute("CREATE TABLE t (name TEXT CHECK (name != 'secret'))")
    with pytest.raises(sqlite3.IntegrityError) as refused:
        memory.execute("INSERT INTO t VALUES ('secret')")
    assert what_happened(refused.value) == "the journal refused the change as it stands"
    said = what_happened(store.StoreError("no journal at /tmp/a\x1b]2;x\x07"))  # already in words, defused
    assert said.startswith("no journal at /tmp/a") and "\x1b" not in said and "\x07" not in said


async def test_a_checkin_on_a_locked_file_stays_open_and_saves_once_the_lock_is_gone(started, db_path):
    app = SupportJournalApp(started, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        revision = app.revision
        with locked(db_path):
            await pilot.press("c", "5", "tab", "tab", *"long walk", "enter")
            assert isinstance(app.screen, CheckInScreen)  # the form stays open, nothing lost
            assert app.screen.query_one(MoodPicker).mood == 5
            assert app.screen.query_one("#checkin-note", Input).value == "long walk"
            assert app.revision == revision  # nothing announced: nothing was written
            assert any("Couldn't save — the journal file is busy" in text for text in notices(app))
            assert any("What you typed is still here" in text for text in notices(app))
        assert store.checkins_on(started, TODAY) == []
        await pilot.press("enter")
        assert isinstance(app.screen, HomeScreen)
    [checkin] = store.checkins_on(started, TODAY)
    assert (checkin.mood, checkin.note) == (5, "long walk")


async def test_journal_text_typed_on_a_locked_file_stays_in_the_editor_and_is_saved_later(started, db_path, monkeypatch):
    monkeypatch.setattr(journal_screen, "AUTOSAVE_SECONDS", QUICK)
    monkeypatch.setattr(journal_screen, "RETRY_SECONDS", QUICK)
    app = SupportJournalApp(started, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        screen = app.screen
        with locked(db_path):
            await pilot.press(*"dear")
            await until(pilot, lambda: screen.query_one("#journal-main").border_subtitle == "not saved")
            await pilot.press("escape", "escape")  # out of the editor, then try to go home
            assert app.screen is screen  # it stays open rather than drop the text
            assert screen.query_one(TextArea).text == "dear"
            failures = [text for text in notices(app) if text.startswith("Not saved")]
            assert failures and all("still in the editor" in text for text in failures)
            await pilot.press("ctrl+q")
            assert app.screen is screen and not app.exiting  # quitting would drop it too: asked once
            assert any(text.startswith("Still open: Your journal entry isn't saved yet") for text in notices(app))
            assert store.get_entry(started, TODAY) is None
        await until(pilot, lambda: store.get_entry(started, TODAY) is not None)  # the retry, on its own
        assert store.get_entry(started, TODAY).body == "dear"
        assert "Journal: Saved: the journal entry is written now." in notices(app)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_a_read_only_file_or_a_full_disk_keeps_what_was_typed(started, monkeypatch):
    monkeypatch.setattr(journal_screen, "AUTOSAVE_SECONDS", QUICK)
    store.add_item(started, "Walk outside", "daily", starts_on=TODAY)
    app = SupportJournalApp(started, clock=fixed_clock)
    async with app.run_test(size=(120, 40)) as pilot:
        started.execute("PRAGMA query_only = ON")  # as if the file had turned read-only
        await pilot.press("a", *"Ana", "enter")
        assert isinstance(app.screen, MemberForm)
        assert app.screen.query_one("#name", Input).value == "Ana"
        await pilot.press("escape", "2", "space")
        assert isinstance(app.screen, HomeScreen)
        assert sum("can only be read just now" in text for text in notices(app)) == 2
        started.execute("PRAGMA query_only = OFF")
        await pilot.press("space")

        pages = started.execute("PRAGMA page_count").fetchone()[0]
        started.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: SQLite's "disk full"
        await pilot.press("j")
        text = "a long day " * 5_000
        app.screen.query_one(TextArea).insert(text)
        await until(pilot, lambda: any("the disk is full" in n for n in notices(app)))
        assert app.screen.query_one(TextArea).text == text
        started.execute("PRAGMA max_page_count = 1073741823")
        await pilot.press("escape", "escape")  # leaving saves, now that there is room
        assert isinstance(app.screen, HomeScreen)
    assert store.list_members(started) == []
    assert [m.status for m in store.marks_between(started, TODAY, TODAY).values()] == ["done"]
    assert store.get_entry(started, TODAY).body == text


async def test_reads_that_fail_say_so_once_and_the_app_carries_on(started):
    def no_checkins(action, table, *_):
        return sqlite3.SQLITE_DENY if table == "checkins" else sqlite3.SQLITE_OK

    app = SupportJournalApp(started, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        started.conn.set_authorizer(no_checkins)
        await pilot.press("j")
        assert isinstance(app.screen, JournalScreen)
        await pilot.press(*"still here")
        assert app.screen.query_one(TextArea).text == "still here"
        assert sum(text.startswith("Not up to date") for text in notices(app)) == 1
        started.conn.set_authorizer(None)


async def test_a_crash_report_shows_where_not_what(started, capsys):
    class Crashing(SupportJournalApp):
        CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

        def action_help(self) -> None:
            entry = self.screen.query_one(TextArea).text
            raise RuntimeError(f"while saving {entry}")

    app = Crashing(started, clock=fixed_clock)
    with pytest.raises(RuntimeError):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("j")
            app.screen.query_one(TextArea).insert("my secret words")
            await pilot.press("escape", "question_mark")
            await pilot.pause()
    report = capsys.readouterr().err
    assert "RuntimeError" in report and "action_help" in report  # what and where
    assert "message left out" in report
    assert "secret" not in report  # neither the message nor the locals that hold the text


async def test_two_windows_see_each_others_changes_and_keep_both_texts(started, db_path, monkeypatch):
    monkeypatch.setattr(journal_screen, "AUTOSAVE_SECONDS", 60)  # saved on leaving, not while the test types
    monkeypatch.setattr(app_module, "POLL_SECONDS", QUICK)
    other = store.open_db(db_path)  # the second window's connection
    store.save_entry(started, TODAY, "morning")
    app = SupportJournalApp(started, clock=fixed_clock)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            members = app.screen.query_one("#members", OptionList)
            store.add_member(other, "Sam", "friend")
            await until(pilot, lambda: members.option_count == 1)
            await pilot.press("j")
            editor = app.screen.query_one(TextArea)
            store.save_entry(other, TODAY, "morning, then lunch with Sam", expected="morning")
            await until(pilot, lambda: editor.text == "morning, then lunch with Sam")
            await pilot.press(*" nap")
            store.save_entry(other, TODAY, "rewritten in window two")  # while this one has unsaved text
            await pilot.press("escape", "escape")
            assert isinstance(app.screen, HomeScreen)
            body = store.get_entry(started, TODAY).body
            assert body.startswith("rewritten in window two\n\n── also written in another window")
            assert body.endswith("\n\nmorning, then lunch with Sam nap")
            assert editor.text == body
            assert any("Both texts are kept" in text for text in notices(app))
    finally:
        other.close()
