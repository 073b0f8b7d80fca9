"""Bad files and paths on the command line: one clear message, exit 1, and a refused file left byte for byte."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from supportjournal import store
from supportjournal.cli import main
from supportjournal.cli.session import Session
from tests.bad_files import (
    files,
    make_journal,
    newer_in_pending_wal,
    permissive_umask,  # noqa: F401 - a fixture
    place,  # noqa: F401 - a fixture
    plain_text,
    random_bytes,
    truncated,
)
from tests.cli.conftest import assert_one_error_line
from tests.cli.test_members import ok
from tests.conftest import fixed_clock

READING = [("today",), ("member", "list"), ("member", "show", "Ana"), ("selfcare", "list")]
WRITING = ("checkin", "--mood", "5")
NOT_SQLITE = "is not a Support Journal database (it is not an SQLite file)"
MAYBE_ENCRYPTED = "is encrypted (or is not a journal at all)"
"""Whole pages of random bytes: an encrypted journal looks just like them, so only a key could tell."""


def run(path: Path | str | None, *args: str, env: dict[str, str | None] | None = None) -> Result:
    prefix = [] if path is None else ["--db", str(path)]
    return CliRunner().invoke(main, [*prefix, *args], obj=Session(clock=fixed_clock), env=env)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def newer(path: Path) -> None:
    make_journal(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def another_programs(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    conn.commit()
    conn.close()


REFUSED = [
    pytest.param(random_bytes, MAYBE_ENCRYPTED, id="random bytes"),
    pytest.param(plain_text, NOT_SQLITE, id="plain text"),
    pytest.param(truncated, "is damaged: it is shorter than its header says", id="truncated"),
    pytest.param(newer, "was written by a newer Support Journal (schema 99", id="newer"),
    pytest.param(newer_in_pending_wal, "was written by a newer Support Journal (schema 99", id="newer in a pending WAL"),
    pytest.param(another_programs, "not a Support Journal database (it is another program's", id="another program's"),
    pytest.param(Path.mkdir, "is a folder, not a journal file", id="folder"),
]


@pytest.mark.parametrize(("make", "expect"), REFUSED)
def test_a_bad_file_is_refused_in_one_line_and_left_as_it_was(tmp_path, make, expect):
    path = tmp_path / "journal.db"
    make(path)
    before = files(tmp_path)
    for args in [*READING, WRITING]:
        line = assert_one_error_line(run(path, *args), expect)
        assert str(path) in line
    assert files(tmp_path) == before


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (random_bytes, "encrypted (or not a journal at all), and its passphrase is needed"),
        (truncated, "damaged: it is shorter than its header says"),
        (another_programs, "not a Support Journal database (it is another program's SQLite file)"),
    ],
    ids=["random bytes", "truncated", "another program's"],
)
def test_doctor_reports_a_damaged_file_and_leaves_it_as_it_was(tmp_path, make, reason):
    path = tmp_path / "journal.db"
    make(path)
    os.chmod(path, 0o600)
    before = files(tmp_path)
    result = run(path, "doctor")
    assert result.exit_code == 1 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"PROBLEM database file: {reason}")
    assert "ok      journal.db permissions: 600" in lines
    assert lines[-1] == f"{path}: 1 problem(s) found"
    assert files(tmp_path) == before


def test_an_empty_file_becomes_a_private_journal(tmp_path, permissive_umask):  # noqa: F811
    path = tmp_path / "journal.db"
    path.touch(mode=0o644)
    assert mode(path) == 0o644
    ok(run(path, "member", "add", "Ana", "--kind", "friend"))
    assert mode(path) == 0o600
    assert "Ana" in ok(run(path, "member", "list"))


def test_an_empty_file_of_someone_else_that_others_can_read_is_refused(place):  # noqa: F811
    if place.user is None:
        pytest.skip("only root can make a file that belongs to someone else")
    path = place.folder / "journal.db"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    place.hand_over()  # the file is nobody's; the command runs as root
    assert_one_error_line(run(path, *WRITING), "is an empty file that belongs to someone else")
    assert mode(path) == 0o644 and path.read_bytes() == b""
    assert sorted(os.listdir(place.folder)) == ["journal.db"]


def test_a_dangling_symlink_makes_a_private_journal_where_it_points(tmp_path, permissive_umask):  # noqa: F811
    target = tmp_path / "elsewhere" / "new" / "real.db"
    link = tmp_path / "journal.db"
    link.symlink_to(target)
    ok(run(link, "member", "add", "Ana", "--kind", "friend"))
    assert link.is_symlink() and target.is_file()
    assert (mode(tmp_path / "elsewhere"), mode(target.parent), mode(target)) == (0o700, 0o700, 0o600)
    db = store.open_db(link)
    try:
        store.add_member(db, "Ben", "friend")  # a write while open, so -wal and -shm exist
        assert [mode(Path(f"{target}{end}")) for end in ("-wal", "-shm")] == [0o600, 0o600]
        assert [m.name for m in store.list_members(db)] == ["Ana", "Ben"]
    finally:
        db.close()


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_journal_in_a_read_only_place_is_read_but_never_changed(place, what):  # noqa: F811
    path = place.folder / "journal.db"
    make_journal(path)
    place.hand_over()
    if what == "folder":
        os.chmod(place.folder, 0o555)
    else:
        os.chmod(path, 0o400)
    before = files(place.folder)
    with place.as_owner():
        assert "Ana" in ok(run(path, "member", "list"))
        for args in READING:
            ok(run(path, *args))
        assert ok(run(path, "doctor")).endswith("all checks passed\n")
        line = assert_one_error_line(run(path, *WRITING), f"{'its folder' if what == 'folder' else 'the file'} is read-only")
        assert "reading commands such as 'today' still work" in line
    assert files(place.folder) == before


def test_an_older_journal_in_a_read_only_folder_says_it_needs_upgrading(place):  # noqa: F811
    path = place.folder / "journal.db"
    conn = sqlite3.connect(path)  # version 0, no tables: a journal from before the first migration
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    place.hand_over()
    os.chmod(place.folder, 0o555)
    before = files(place.folder)
    with place.as_owner():
        assert_one_error_line(run(path, "today"), "its folder is read-only", "must first be upgraded")
    assert files(place.folder) == before


def test_paths_too_long(tmp_path):
    component = tmp_path / ("x" * 300) / "journal.db"
    assert_one_error_line(run(component, *WRITING), "the path is too long for this system")
    deep = tmp_path.joinpath(*["y" * 100] * 5, "journal.db")
    assert_one_error_line(run(deep, *WRITING), "is too long: SQLite opens paths of up to 504 bytes")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_path_is_an_error_not_the_usual_journal(tmp_path):
    usual = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    for args, env, expect in [
        (["--db", "", *WRITING], {"SUPPORTJOURNAL_DB": None}, "--db is empty"),
        ([*WRITING, "--db", ""], {"SUPPORTJOURNAL_DB": None}, "--db is empty"),
        (["--db", " ", "today"], {"SUPPORTJOURNAL_DB": None}, "--db is empty"),
        ([*WRITING], {"SUPPORTJOURNAL_DB": ""}, "$SUPPORTJOURNAL_DB is set but empty"),
        (["demo", "--db", ""], {"SUPPORTJOURNAL_DB": None}, "--db is empty"),
    ]:
        assert_one_error_line(run(None, *args, env={**usual, **env}), expect)
    assert list(tmp_path.iterdir()) == []


ON_A_SMALL_DISK = """
import json, os, subprocess, sys
from click.testing import CliRunner
from supportjournal.cli import main

folder = sys.argv[1]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", folder], check=True)

def run(*args):
    result = CliRunner().invoke(main, ["--db", os.path.join(folder, "journal.db"), *args])
    return [result.exit_code, result.stdout, result.stderr]

out = {"made": run("member", "add", "Ana", "--kind", "friend")}
with open(os.path.join(folder, "filler"), "wb", buffering=0) as filler:
    try:
        while True:
            filler.write(bytes(4096))
    except OSError:
        pass
out["full"] = run(*sys.argv[2:])
os.remove(os.path.join(folder, "filler"))
subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
out["before"] = sorted(os.listdir(folder))
out["read-only: read"] = run("member", "list")
out["read-only: doctor"] = run("doctor")
out["read-only: write"] = run(*sys.argv[2:])
out["after"] = sorted(os.listdir(folder))
print(json.dumps(out))
"""


def test_a_real_full_disk_and_read_only_file_system(tmp_path):
    """A small tmpfs in a private mount namespace, filled up, then remounted read-only (root only)."""
    unshare = shutil.which("unshare")
    if os.geteuid() != 0 or unshare is None or subprocess.run([unshare, "-m", "true"], capture_output=True).returncode:
        pytest.skip("mounting a small file system needs root and unshare -m")
    (tmp_path / "disk").mkdir()
    command = [unshare, "-m", "--propagation", "private", sys.executable, "-c", ON_A_SMALL_DISK]
    done = subprocess.run([*command, str(tmp_path / "disk"), *WRITING], capture_output=True, text=True, check=True)
    out = json.loads(done.stdout)
    path = tmp_path / "disk" / "journal.db"
    assert out["made"][0] == 0
    assert out["full"] == [1, "", f"Error: cannot write {path}: the disk is full; nothing was changed\n"]
    assert out["read-only: read"] == [0, "Ana  friend  close  no contact yet\n", ""]
    assert out["read-only: doctor"][1].endswith("all checks passed\n")
    assert out["read-only: write"][2] == (
        f"Error: cannot change {path}: its file system is read-only (reading commands such as 'today' still work)\n"
    )
    assert out["after"] == out["before"]
