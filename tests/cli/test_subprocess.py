"""The real command in a real process: no Textual for commands, one error line, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from supportjournal import store

HEAVY = ("textual", "rich", "pygments", "markdown_it")
"""Packages only the full-screen app needs."""

WRAPPER = """
import json, os, sys
from supportjournal.cli import main
try:
    main(sys.argv[1:], prog_name="supportjournal")
except SystemExit as exit:
    code = exit.code
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(os.environ["HEAVY"])))
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=60,
        env={**os.environ, "HEAVY": json.dumps(HEAVY), **(env or {})},
    )


@pytest.mark.parametrize(
    "args",
    [
        ("checkin", "--mood", "6", "--received", "ana"),
        ("member", "list", "--json"),
        ("selfcare", "list"),
        ("today",),
        ("doctor",),
        ("checkin", "--mood", "6", "--with", "nobody"),
    ],
    ids=" ".join,
)
def test_commands_never_import_textual(db, db_path, args):
    store.add_member(db, "Ana", "friend")
    result = run("-c", WRAPPER, "--db", str(db_path), *args)
    report = json.loads(result.stderr.splitlines()[-1])
    assert report["heavy"] == [], f"{args} imported {report['heavy']}"
    assert report["code"] in (0, 1, None)


def test_the_wrapper_would_see_textual(db_path):
    result = run("-c", "import supportjournal.ui.app\n" + WRAPPER, "--db", str(db_path), "today")
    assert "textual" in json.loads(result.stderr.splitlines()[-1])["heavy"]


def test_checkin_in_a_real_process(db, db_path):
    store.add_member(db, "Sam [work]", "colleague")
    result = run("-m", "supportjournal", "checkin", "--db", str(db_path), "--mood", "7", "--gave", "sam")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Checked in: mood 7 at ") and result.stdout.endswith(", with Sam [work] (you gave)\n")
    assert result.stderr == ""
    (checkin,) = store.checkins_on(db, next(store.checkin_days_descending(db)))
    assert [i.direction for i in checkin.interactions] == ["gave"]


def test_an_error_in_a_real_process_is_one_line_and_writes_nothing(db, db_path):
    store.add_member(db, "Ana", "friend")
    store.add_member(db, "Anil", "friend")
    before = list(db.conn.iterdump())
    result = run("-m", "supportjournal", "--db", str(db_path), "checkin", "--mood", "6", "--with", "an")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == "Error: 'an' could be Ana, Anil; type more of the name\n"
    assert list(db.conn.iterdump()) == before


def test_the_console_script(tmp_path):
    script = Path(sys.executable).with_name("supportjournal")
    result = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip().startswith("supportjournal, version ")
    missing = tmp_path / "nope.db"
    result = subprocess.run([script, "--db", str(missing), "doctor"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stderr == f"Error: no journal at {missing}\n"
