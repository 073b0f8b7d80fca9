"""Every command with the hostile corpus: what is typed is shown, no control character is sent, ever."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from supportjournal import store
from tests.conftest import TODAY
from tests.hostile import CORPUS, CORPUS_IDS, SENT_RAW, TITLE_OSC, assert_nothing_sent, expected


@pytest.fixture
def run(cli):
    """``run(*args)``: the command's result, checked to have sent no control character anywhere."""

    def check(*args: str):
        result = cli(*args)
        assert_nothing_sent(result.stdout)
        assert_nothing_sent(result.stderr)
        return result

    return check


def test_every_command_shows_hostile_names_and_notes_as_typed(run, db):
    for text, name in zip(CORPUS, CORPUS_IDS):
        added = run("member", "add", text, "--kind", "friend", "--notes", text, "--channel", f"phone:{text}")
        if len(text) > 200 or "\0" in text:  # refused as a name (too long, or a NUL): one error line
            assert added.exit_code == 1 and added.stderr.startswith("Error: name "), name
            noted = run("checkin", "--mood", "6", "--note", text)  # still fine as a note
            assert noted.stdout == "Checked in: mood 6 at 19:30 today; note saved\n" or noted.exit_code == 1, name
            continue
        assert added.exit_code == 0, (name, added.output)
        member = store.resolve_member(db, text)
        assert added.stdout == f"Added {expected(member.name)} (friend, close)\n", name
        shown = run("member", "show", text)
        assert shown.stdout.startswith(f"{expected(member.name)}\n") and f"phone: {expected(text.strip())}" in shown.stdout
        for line in expected(member.notes, keep_lines=True).rstrip().splitlines():
            assert line.rstrip() in shown.stdout, name
        checked_in = run("checkin", "--mood", "6", "--with", text, "--note", text)
        assert checked_in.stdout == f"Checked in: mood 6 at 19:30 today, with {expected(member.name)}; note saved\n"
        assert run("selfcare", "add", text).stdout == f"Added {expected(member.name)} (daily)\n", name
        assert run("selfcare", "done", text).stdout.startswith(f"{expected(member.name)}: done today; streak 1")

    names = [member.name for member in store.list_members(db)]
    assert len(names) >= 45
    listed = run("member", "list").stdout
    today = run("today").stdout
    listed_items = run("selfcare", "list").stdout
    for name in names:
        assert expected(name) in listed and expected(name) in listed_items and expected(name) in today
    assert [m["name"] for m in json.loads(run("member", "list", "--json").stdout)] == names
    notes = [checkin["note"] for checkin in json.loads(run("today", "--json").stdout)["checkins"]]
    assert sorted(notes) == sorted(checkin.note for checkin in store.checkins_on(db, TODAY))
    assert run("doctor").exit_code == 0


def test_errors_quoting_names_and_paths_send_no_control_characters(run, db, tmp_path):
    store.add_member(db, TITLE_OSC, "friend")
    store.add_member(db, "\x1b]52;c;aGk=\x07", "friend")
    unknown = run("checkin", "--mood", "5", "--with", "\x1b[31mnobody")
    assert unknown.exit_code == 1 and "␛]2;pwned␛\\" in unknown.stderr and "nobody" in unknown.stderr
    ambiguous = run("member", "show", "\x1b]")
    assert ambiguous.exit_code == 1 and "could be" in ambiguous.stderr
    extra = run("member", "list", TITLE_OSC)
    assert extra.exit_code == 2 and "␛]2;pwned" in extra.stderr
    hostile_path = tmp_path / f"journal{TITLE_OSC}.db"
    missing = run("--db", str(hostile_path), "doctor")
    assert missing.exit_code == 1 and "␛]2;pwned" in missing.stderr
    store.open_db(hostile_path).close()
    checked = run("--db", str(hostile_path), "doctor")
    assert checked.exit_code == 0 and f"{expected(str(hostile_path))}: all checks passed" in checked.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_the_bytes_a_real_process_writes_to_its_terminal_hold_no_escape_from_user_text(db, db_path):
    for text in CORPUS:
        if len(text) <= 200 and "\0" not in text:
            store.add_member(db, text, "friend", notes=text)
    db.close()
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "supportjournal", "--db", str(db_path), "member", "list"],
            stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal,
            env={**os.environ, "TERM": "xterm-256color"},
        )
        os.close(terminal)
        written = bytearray()
        while chunk := _read(controller):  # read as it comes: a full terminal would block the writer
            written += chunk
        process.wait(timeout=60)
    finally:
        os.close(controller)
    assert process.returncode == 0, bytes(written)
    assert "␛]52;c;aGk=␇".encode() in written and "␛]2;pwned␛\\".encode() in written
    for raw in SENT_RAW:
        assert raw not in written, raw
    assert b"\x1b" not in written  # a list of names sends no escape sequence at all


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the process has ended and its side of the terminal is closed
        return b""
