"""No input prints a traceback: extreme dates, bytes that are not UTF-8, and errors nobody foresaw."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from supportjournal import store
from supportjournal.cli import main
from supportjournal.cli.session import Session
from tests.cli.conftest import snapshot
from tests.conftest import NOW, TODAY, fixed_clock

SECRET = "my secret note \x1b]2;owned\x07"
"""What an unforeseen error's message might quote: it must never be printed."""


@pytest.mark.parametrize("when", ["0001-01-01 00:00 +0100", "9999-12-31 23:59 -1400", "2026-11-20 10:00 -66"])
def test_an_extreme_time_zone_is_one_line(refused, when):
    refused("checkin", "--mood", "5", "--when", when, expect=("out of range",))


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("member", "add", "Ana\udcff\udcfe", "--kind", "friend"), "argument 5 is"),
        (("checkin", "--mood", "5", "--note", "n\udcff"), "argument 7 (after --note)"),
        (("checkin", "--mood", "5", "--note=n\udcff"), "the value of --note (argument 6)"),
        (("selfcare", "add", "Walk", "--schedule", "\udcffdaily"), "(after --schedule)"),
    ],
)
def test_an_argument_that_is_not_utf8_is_refused_by_its_place(refused, args, named):
    line = refused(*args, expect=(named, "is not UTF-8 text; nothing was written"))
    assert "\udcff" not in line


def test_bytes_that_are_not_utf8_in_a_real_process(db, db_path, tmp_path):
    """The point is the process boundary: bytes in argv, decoded by Python, never stored or echoed."""
    store.add_member(db, "Ana", "friend")
    before = snapshot(db)

    def run(*args: bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable.encode(), b"-m", b"supportjournal", *args], capture_output=True, timeout=60,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )

    journal = os.fsencode(db_path)
    refused = run(b"--db", journal, b"checkin", b"--mood", b"5", b"--with", b"ana", b"--note", b"\xff\xfe")
    assert (refused.returncode, refused.stdout) == (1, b"")
    assert refused.stderr == b"Error: argument 9 (after --note) is not UTF-8 text; nothing was written\n"
    assert snapshot(db) == before
    odd_path = tmp_path / os.fsdecode(b"caf\xe9.db")  # a file name is bytes: any the file system takes
    accepted = run(b"--db", os.fsencode(odd_path), b"checkin", b"--mood", b"5")
    assert accepted.returncode == 0, accepted.stderr
    assert os.path.exists(os.fsencode(odd_path))


def _run_with_clock(db_path, clock, *args: str):
    return CliRunner().invoke(main, ["--db", str(db_path), *args], obj=Session(clock=clock))


def test_an_unforeseen_error_is_one_line_naming_only_its_type(db, db_path):
    def broken_clock() -> datetime:
        raise ValueError(SECRET)

    before = snapshot(db)
    result = _run_with_clock(db_path, broken_clock, "checkin", "--mood", "5", "--note", "private")
    assert result.exit_code == 70
    assert result.stderr == "Error: unexpected ValueError; nothing was written\n"
    assert result.stdout == "" and snapshot(db) == before


def test_an_unforeseen_error_after_a_write_says_the_write_is_whole(db, db_path):
    store.add_member(db, "Ana", "friend")
    calls = []

    def clock_that_breaks_after_the_write() -> datetime:
        calls.append(1)
        if len(calls) > 1:  # the confirmation asks for the date again, after the commit
            raise LookupError(SECRET)
        return NOW

    result = _run_with_clock(
        db_path, clock_that_breaks_after_the_write, "checkin", "--mood", "5", "--gave", "ana"
    )
    assert result.exit_code == 70
    assert result.stderr == "Error: unexpected LookupError; what it changed was saved whole or not at all\n"
    (checkin,) = store.checkins_on(db, TODAY)
    assert [each.direction for each in checkin.interactions] == ["gave"]


def test_click_s_own_endings_are_kept(db_path):
    def interrupted() -> datetime:
        raise KeyboardInterrupt

    aborted = _run_with_clock(db_path, interrupted, "checkin", "--mood", "5")
    assert (aborted.exit_code, aborted.stderr) == (1, "\nAborted!\n")
    usage = _run_with_clock(db_path, fixed_clock, "checkin", "--mood", "5", "--nope")
    assert usage.exit_code == 2 and "No such option" in usage.stderr


def test_a_reader_that_goes_away_is_no_traceback(db, db_path):
    store.add_member(db, "Ana", "friend")
    command = [sys.executable, "-m", "supportjournal", "--db", str(db_path), "member", "list"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # like `| head -0`: the first write meets a closed pipe
    assert (process.wait(timeout=60), process.stderr.read()) == (1, b"")
    process.stderr.close()


HOOKED = """
import sys, threading
from supportjournal.cli import main
try:
    main(["--db", sys.argv[1], "today"])
except SystemExit:
    pass
thread = threading.Thread(target=lambda: {}["secret in a thread"])
thread.start()
thread.join()
raise RuntimeError("secret after the command")
"""


def test_whatever_escapes_the_command_prints_one_line(db_path):
    result = subprocess.run(
        [sys.executable, "-c", HOOKED, str(db_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr == "Error: unexpected KeyError\nError: unexpected RuntimeError\n"


VALUES = st.one_of(
    st.sampled_from(
        ["ana", "an", "Sam [work]", "walk", "", " ", "0", "1", "5", "10", "11", "-1", "1e9", "x" * 300,
         "9999-12-31 23:59 -1400", "0001-01-01", "yesterday 25:00", "99999 days ago", "weekly",
         "every 0 days", "every 99999999999 days", "8 times a week", "phone:", ":", "email:a@b", "listening,crisis,x",
         "friend", "support group", "inner", "\udcff", "a\x00b", "\x1b]52;c;eA==\x07", "[/]", "\u202e"]
    ),
    st.text(max_size=12),
)
"""Option values people and scripts might pass, from plausible to hostile."""

COMMANDS = {
    ("checkin",): ("--mood", "--with", "--gave", "--received", "--note", "--when"),
    ("member", "add", 1): (
        "--kind", "--ring", "--supports", "--empathy", "--cadence", "--channel", "--notes"
    ),
    ("member", "edit", 1): ("--name", "--kind", "--ring", "--cadence", "--channel", "--link"),
    ("member", "ask", 2): ("--on", "--note"),
    ("member", "show", 1): (),
    ("member", "archive", 1): (),
    ("member", "restore", 1): (),
    ("member", "list"): ("--json",),
    ("selfcare", "add", 1): ("--schedule",),
    ("selfcare", "done", 1): ("--day",),
    ("selfcare", "skip", 1): ("--day",),
    ("selfcare", "clear", 1): ("--day",),
    ("selfcare", "archive", 1): (),
    ("selfcare", "list"): (),
    ("today",): ("--json",),
}
"""Every command that reads or writes a journal (but the sample writer and purge), and its options."""


@st.composite
def command_lines(draw):
    path = draw(st.sampled_from(sorted(COMMANDS, key=str)))
    words = [part for part in path if isinstance(part, str)]
    positional = [draw(VALUES) for _ in range(path[-1] if isinstance(path[-1], int) else 0)]
    options = draw(st.lists(st.sampled_from(COMMANDS[path]), max_size=4)) if COMMANDS[path] else []
    flags = ("--json",)
    pairs = [[name] if name in flags else [name, draw(VALUES)] for name in options]
    return [*words, *positional, *(word for pair in pairs for word in pair)]


@pytest.fixture(scope="module")
def fuzzed_journal(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "journal.db"
    db = store.open_db(path)
    for name in ("Ana", "Anil", "Sam [work]"):
        store.add_member(db, name, "friend")
    store.add_item(db, "Walk outside", "daily")
    db.close()
    return path


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 150)), deadline=None)
@given(args=command_lines())
def test_no_command_line_ends_in_an_unforeseen_error(fuzzed_journal, args):
    result = _run_with_clock(fuzzed_journal, fixed_clock, *args)
    assert result.exit_code in (0, 1, 2), (args, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    if result.exit_code == 1:
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("Error: "), result.stderr
