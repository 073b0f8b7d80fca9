"""The real app under a pseudo-terminal: SIGTERM, SIGHUP or a closed terminal, at any moment, end it and lose nothing."""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import sys
import termios
import threading
import time

import pytest

from supportjournal import store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

STARTUP = 30.0
"""Generous upper bound for the app to draw (a slow CI machine); never a measured expectation."""
ENDING = 10.0
"""Generous upper bound for the app to be gone once told to end (it promises two seconds)."""
ENDINGS = ("terminal closed", "SIGHUP", "SIGTERM")
ENDED_BY = {"terminal closed": signal.SIGHUP, "SIGHUP": signal.SIGHUP, "SIGTERM": signal.SIGTERM}
"""The signal each ending amounts to: a closed terminal hangs up."""
JUST_AFTER_START = "\x1b[?1049h"
"""The driver's first output (the switch to the alternate screen): Textual is up, nothing drawn yet."""
FIRST_DRAW = "Support Journal"


class RunningApp:
    """``python -m supportjournal --db PATH`` on a 100x30 pseudo-terminal, its output drained."""

    def __init__(self, db_path) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: size the terminal, then become the app
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
            os.environ["TERM"] = "xterm-256color"
            os.environ.pop("TEXTUAL", None)
            os.execv(sys.executable, [sys.executable, "-m", "supportjournal", "--db", str(db_path)])
        self.pid, self.fd = pid, fd
        self.output = bytearray()
        self.lock = threading.Lock()
        self.reading = threading.Event()
        """Cleared, the terminal stops reading what the app writes (a frozen or paused window)."""
        self.reading.set()
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self) -> None:
        while self.reading.wait():
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self.lock:
                self.output.extend(chunk)

    def wait_for(self, text: str, timeout: float = STARTUP) -> None:
        """Wait until ``text`` has been drawn (plain words, drawn in one run)."""
        deadline = time.monotonic() + timeout
        needle = text.encode()
        while time.monotonic() < deadline:
            with self.lock:
                if needle in self.output:
                    return
            time.sleep(0.02)
        with self.lock:
            tail = bytes(self.output[-2000:])
        raise AssertionError(f"{text!r} never appeared on screen; last output: {tail!r}")

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def resize(self, rows: int, columns: int) -> None:
        """Resize the window (the kernel sends the app SIGWINCH; it redraws everything)."""
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))

    def end(self, how: str) -> None:
        """Close the terminal window, or send the app a signal."""
        if how == "terminal closed":
            self.close()  # the app gets SIGHUP, and its terminal is gone
        else:
            os.kill(self.pid, ENDED_BY[how])

    def wait_exit(self, timeout: float = STARTUP) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.02)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("the app did not exit")

    def close(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


def ended_well(code: int, how: str) -> bool:
    """Quit cleanly (0), or ended by its own deadline (128 + the signal); never a crash or a kill."""
    return code in (0, 128 + ENDED_BY[how])


@pytest.fixture
def started_db(db_path):
    """A journal that has been started (so no welcome), closed before the app opens it."""
    db = store.open_db(db_path)
    store.add_member(db, "Ana", "friend")
    db.close()
    return db_path


def open_journal_and_type(app: RunningApp, words: str) -> None:
    app.wait_for(FIRST_DRAW)
    app.type("j")
    app.wait_for("Prompts")
    app.type(words)
    app.wait_for(words)


def saved_text(db_path) -> str:
    db = store.open_db(db_path)
    try:
        return "\n".join(row["body"] for row in db.query("SELECT body FROM journal"))
    finally:
        db.close()


@pytest.mark.parametrize(
    ("moment", "how"),
    [
        (JUST_AFTER_START, "terminal closed"),
        (JUST_AFTER_START, "SIGTERM"),
        (FIRST_DRAW, "terminal closed"),
        (FIRST_DRAW, "SIGHUP"),
    ],
    ids=["just after start, terminal closed", "just after start, SIGTERM", "at first draw, terminal closed", "at first draw, SIGHUP"],
)
def test_ending_the_app_as_it_starts_ends_it(started_db, moment, how):
    app = RunningApp(started_db)
    try:
        app.wait_for(moment)
        app.end(how)
        code = app.wait_exit(ENDING)
    finally:
        app.close()
    assert ended_well(code, how), code
    db = store.open_db(started_db)
    try:
        assert [member.name for member in store.list_members(db)] == ["Ana"]
    finally:
        db.close()


@pytest.mark.parametrize("how", ENDINGS)
def test_ending_the_app_mid_edit_saves_the_entry(started_db, how):
    app = RunningApp(started_db)
    try:
        open_journal_and_type(app, "typed then gone")  # within the autosave's quiet second, so unsaved
        app.end(how)
        code = app.wait_exit(ENDING)
    finally:
        app.close()
    assert ended_well(code, how), code
    assert saved_text(started_db) == "typed then gone"


def test_a_window_that_stops_reading_still_ends_on_sigterm_with_the_entry_saved(started_db):
    """Redraws fill the terminal and Textual's writer queue until the event loop blocks on it."""
    app = RunningApp(started_db)
    try:
        open_journal_and_type(app, "frozen words")
        app.reading.clear()
        for step in range(30):
            app.resize(30 + step % 2, 100 + step % 2)
            time.sleep(0.02)  # one redraw each, not one for the lot
        app.end("SIGTERM")
        code = app.wait_exit(ENDING)
    finally:
        app.close()
        app.reading.set()
    assert ended_well(code, "SIGTERM"), code
    assert saved_text(started_db) == "frozen words"
