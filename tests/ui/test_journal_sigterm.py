"""The real app under a pseudo-terminal: SIGTERM, SIGHUP or a closed terminal mid-edit lose nothing."""

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
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self) -> None:
        while True:
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
            time.sleep(0.05)
        with self.lock:
            tail = bytes(self.output[-2000:])
        raise AssertionError(f"{text!r} never appeared on screen; last output: {tail!r}")

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def wait_exit(self, timeout: float = STARTUP) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("the app did not exit")

    def close(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


@pytest.fixture
def started_db(db_path):
    """A journal that has been started (so no welcome), closed before the app opens it."""
    db = store.open_db(db_path)
    store.add_member(db, "Ana", "friend")
    db.close()
    return db_path


def open_journal_and_type(app: RunningApp, words: str) -> None:
    app.wait_for("Support Journal")
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


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_mid_edit_saves_the_entry_and_exits_cleanly(started_db, number):
    app = RunningApp(started_db)
    try:
        open_journal_and_type(app, "mid-edit words")
        os.kill(app.pid, number)
        assert app.wait_exit() == 0
    finally:
        app.close()
    assert saved_text(started_db) == "mid-edit words"


def test_closing_the_terminal_mid_edit_saves_the_entry(started_db):
    app = RunningApp(started_db)
    open_journal_and_type(app, "typed then gone")
    app.close()  # the terminal window closes: the app gets SIGHUP and its terminal is gone
    app.wait_exit()
    assert saved_text(started_db) == "typed then gone"
