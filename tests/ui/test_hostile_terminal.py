"""The real app under a pseudo-terminal: a hostile member name is drawn, its escape sequences never sent."""

from __future__ import annotations

import sys
import time

import pytest

from supportjournal import store
from tests.hostile import CLIPBOARD_OSC, SENT_RAW, TITLE_OSC
from tests.ui.test_journal_sigterm import STARTUP, RunningApp

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

NAME = f"Ev {CLIPBOARD_OSC} {TITLE_OSC} \u202e\x9b31m"
"""Writes the clipboard, retitles the window, reverses the text and turns it red, if sent."""


class Terminal(RunningApp):
    """The app on a pseudo-terminal, typed at one step at a time: keys sent in one burst can race focus."""

    def step(self, keys: str, then: str) -> None:
        """Type ``keys``, then wait until ``then`` is drawn again after them."""
        with self.lock:
            since = len(self.output)
        self.type(keys)
        deadline = time.monotonic() + STARTUP
        while time.monotonic() < deadline:
            with self.lock:
                if then.encode() in self.output[since:]:
                    return
            time.sleep(0.05)
        raise AssertionError(f"{then!r} was not drawn after {keys!r}")


def test_a_check_in_with_a_hostile_name_sends_none_of_its_escapes(db, db_path):
    member = store.add_member(db, NAME, "friend")
    db.close()
    app = Terminal(db_path)
    try:
        app.wait_for("Support Journal")
        app.step("c", "How are you feeling")
        app.step("5\t", "ype a name, Enter adds")  # the names' placeholder, redrawn with the cursor on it
        app.step("Ev", "pwned")  # the match
        app.step("\r", "ype a name, Enter adds")  # chosen: the names are cleared for the next one
        app.step("\r", "in touch with Ev")  # saved: the toast
        app.type("q")
        assert app.wait_exit() == 0
    finally:
        app.close()
    written = bytes(app.output)
    assert "␛]52;c;aGk=␇ ␛]2;pwned␛\\".encode() in written  # drawn, as pictures
    for raw in SENT_RAW:
        if raw != b"\x1b[31m":  # Textual itself may colour with that one
            assert raw not in written, raw
    db = store.open_db(db_path)
    try:
        [checkin] = store.checkins_on(db, store.list_members(db)[0].created_at.date())
        assert [(i.member_id, i.member_name) for i in checkin.interactions] == [(member.id, NAME)]
    finally:
        db.close()
