"""In a fresh interpreter, the store, domain, paths and command line never load Textual or Rich."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import keyring
import pytest

import supportjournal.domain
import supportjournal.domain.insights
import supportjournal.portability
import supportjournal.store
from supportjournal import store
from supportjournal.store import cipher
from tests.conftest import HAS_SQLCIPHER
from tests.keyrings import FILE_VARIABLE, FileKeyring

FORBIDDEN = ("textual", "rich")
HELP = "supportjournal --help"
"""Building the help builds every command, so a command module importing Textual shows here."""


def submodules(package) -> list[str]:
    return [f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)]


HEADLESS = [
    "supportjournal",
    "supportjournal.store",
    *submodules(supportjournal.store),
    *submodules(supportjournal.domain),
    *submodules(supportjournal.domain.insights),
    *submodules(supportjournal.portability),
    "supportjournal.paths",
    "supportjournal.cli",
]

SCRIPT = """
import contextlib, importlib, io, json, sys
forbidden = {forbidden!r}

def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in forbidden)

leaks = {{}}
for name in {modules!r}:
    importlib.import_module(name)
    leaks[name] = loaded()
from supportjournal.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(["--help"], prog_name="supportjournal")
    except SystemExit as exit:
        assert not exit.code, exit.code
leaks[{help!r}] = loaded()
print(json.dumps(leaks))
"""


def test_the_list_covers_the_domain_and_the_store():
    assert "supportjournal.domain.streaks" in HEADLESS
    assert "supportjournal.store.db" in HEADLESS


def test_headless_modules_and_the_command_line_do_not_load_textual_or_rich():
    script = SCRIPT.format(forbidden=FORBIDDEN, modules=HEADLESS, help=HELP)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    leaks = json.loads(proc.stdout)
    first = next((step for step in [*HEADLESS, HELP] if leaks[step]), None)
    assert first is None, f"{first} loaded {leaks[first][:5]}"


CHECKIN_FORBIDDEN = ("sqlite_utils", "dateutil", "textual", "rich", "wcwidth", "keyring", "sqlcipher3")
"""What a check-in never needs: it writes with plain SQL, reads no date text and prints no table (and a plain
journal needs no key)."""

CHECKIN_SCRIPT = """
import json, sys
from supportjournal.cli import main
try:
    main({args!r}, prog_name="supportjournal")
except SystemExit as exit:
    assert not exit.code, exit.code
from supportjournal.store.deferred_imports import waiting
forbidden = {forbidden!r}
print(json.dumps(sorted(m for m in sys.modules if (m in forbidden or m.split(".")[0] in forbidden) and not waiting(sys.modules[m]))))
"""
"""Prints what the check-in loaded of the forbidden (imported and run: a module deferred and never used is not)."""


def checkin_loads(
    db_path, *options: str, forbidden: tuple[str, ...] = CHECKIN_FORBIDDEN, env: dict[str, str] | None = None
) -> tuple[list[str], list[str]]:
    """What ``supportjournal checkin`` loaded of the forbidden, run in a fresh interpreter, and what it printed."""
    args = ["--db", str(db_path), "checkin", *options]
    script = CHECKIN_SCRIPT.format(args=args, forbidden=forbidden)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0, proc.stderr
    *printed, loaded = proc.stdout.splitlines()
    return json.loads(loaded), printed


def test_a_checkin_with_people_and_the_low_mood_line_loads_none_of_the_heavy_modules(db, db_path):
    ana = store.add_member(db, "Ana", "friend", ring="inner")
    store.add_member(db, "Ben", "friend")
    now = datetime.now().replace(microsecond=0)
    for minutes in (30, 20):
        store.record_checkin(db, 2, now - timedelta(minutes=minutes))
    db.close()
    loaded, printed = checkin_loads(db_path, "--mood", "2", "--with", "ana", "--gave", "Ben", "--note", "hard day")
    assert loaded == []
    assert printed[0].startswith("Checked in: mood 2") and "Ana" in printed[1]  # the low-mood line names Ana
    with closing(store.open_db(db_path)) as reopened:
        days = (now.date(), now.date() + timedelta(days=1))  # in case the command ran just past midnight
        (saved,) = [c for day in days for c in store.checkins_on(reopened, day) if c.note == "hard day"]
        assert [(i.member_name, i.direction) for i in saved.interactions] == [("Ana", "none"), ("Ben", "gave")]
        assert ana.id in {i.member_id for i in saved.interactions}


def test_a_checkin_that_is_not_low_loads_neither_the_safety_plan_nor_its_words(db, db_path):
    """The low-mood rule is asked at every check-in; who to name, and in which words, only when it holds."""
    store.add_member(db, "Ana", "friend", ring="inner")
    db.close()
    plan = ("supportjournal.store.plan", "supportjournal.domain.safety_plan", "supportjournal.domain.help_words")
    loaded, printed = checkin_loads(db_path, "--mood", "2", "--with", "Ana", forbidden=plan)
    assert loaded == [] and len(printed) == 1  # one low check-in is not a pattern: no line about reaching out


def test_only_a_when_to_read_loads_the_date_parser(db, db_path):
    db.close()
    loaded, printed = checkin_loads(db_path, "--mood", "6", "--when", "yesterday 21:00")
    assert "dateutil.parser" in loaded and {name.split(".")[0] for name in loaded} == {"dateutil"}
    assert printed == ["Checked in: mood 6 at 21:00 yesterday"]


KEY_LOOKUP_FORBIDDEN = (
    "http", "email", "ssl", "zipp", "importlib_metadata", "configparser", "more_itertools",
    "subprocess", "tempfile", "bz2", "lzma", "traceback", "sqlite_utils", "textual", "wcwidth",
)
"""What reading a remembered key never runs: keyring's download and archive helpers (``urllib.request``, which
loads http, email and ssl; ``subprocess``, ``tempfile``, and ``shutil``'s compressors), its search for backends
and its config (``importlib_metadata``, which loads zipp; ``configparser``) when the backend is named, and what
``logging`` needs only to print an error (``traceback``): ``cipher._UNUSED_BY_KEYRING``."""


@pytest.mark.skipif(not HAS_SQLCIPHER, reason="SQLCipher is not installed (supportjournal[encrypt])")
def test_an_encrypted_checkin_with_its_key_remembered_loads_no_more_of_keyring_than_the_lookup(tmp_path, monkeypatch):
    db_path = tmp_path / "journal.db"
    with closing(store.open_db(db_path)) as db:
        store.add_member(db, "Ana", "friend")
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))  # this test's keyring, for both processes
    keyring.set_keyring(FileKeyring())
    cipher.remember(store.encrypt(db_path, "steady as the tide"))
    cipher.forget_all_unlocked()  # the check-in is a new process: its key comes from the keyring file
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.keyrings.FileKeyring", "PYTHONPATH": str(Path(__file__).parents[2])}
    loaded, printed = checkin_loads(db_path, "--mood", "6", "--with", "Ana", forbidden=KEY_LOOKUP_FORBIDDEN, env=env)
    assert loaded == [] and printed[0].startswith("Checked in: mood 6")


APP_FORBIDDEN = ("sqlite_utils", "wcwidth")
"""What opening the app to its home screen never needs: it reads and writes with plain SQL (sqlite-utils is for
schema, search setup, import and export), and Latin names are measured without wcwidth."""

APP_SCRIPT = """
import gc, json, sys
{before}
from textual.app import App
from textual.widgets import OptionList
collecting = []

async def home(pilot):
    while not pilot.app.screen.query_one("#members", OptionList).option_count:
        await pilot.pause()
    await pilot.app.workers.wait_for_complete()  # the daily backup, started as the app opens
    await pilot.pause()
    collecting.append(gc.isenabled())  # off while home was built, on again once it is drawn
    pilot.app.exit()

run = App.run
App.run = lambda app, **options: run(app, headless=True, size=(100, 30), auto_pilot=home)
from supportjournal.cli import main
try:
    main({args!r}, prog_name="supportjournal")
except SystemExit as exit:
    assert not exit.code, exit.code
print(json.dumps(collecting))
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {forbidden!r})))
"""


def test_opening_the_app_to_its_home_screen_loads_no_sqlite_utils_or_wcwidth_and_collects_again(db, db_path):
    store.add_member(db, "Ana", "friend", ring="inner")
    store.add_member(db, "Zoë Siobhán", "family")  # on the map, measured
    db.close()
    script = APP_SCRIPT.format(args=["--db", str(db_path)], forbidden=APP_FORBIDDEN, before="")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    *_, collecting, loaded = proc.stdout.splitlines()
    assert json.loads(loaded) == []
    assert json.loads(collecting) == [True]
    assert list((db_path.parent / "backups").glob("journal-*.db")), "the daily backup ran"


KEY_FIRST = """
from pathlib import Path
from supportjournal.store import cipher
cipher.key_for(Path({journal!r}))  # as opening the app does: keyring (its helpers deferred) loads before Textual
"""


@pytest.mark.skipif(not HAS_SQLCIPHER, reason="SQLCipher is not installed (supportjournal[encrypt])")
def test_the_app_opens_an_encrypted_journal_by_its_remembered_key_with_keyrings_helpers_deferred(tmp_path, monkeypatch):
    """Textual then runs the deferred modules it imports, and the daily backup uses them from a worker thread."""
    db_path = tmp_path / "journal.db"
    with closing(store.open_db(db_path)) as db:
        store.add_member(db, "Ana", "friend", ring="inner")
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    cipher.remember(store.encrypt(db_path, "steady as the tide"))
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.keyrings.FileKeyring", "PYTHONPATH": str(Path(__file__).parents[2])}
    script = APP_SCRIPT.format(args=["--db", str(db_path)], forbidden=(), before=KEY_FIRST.format(journal=str(db_path)))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-2] == "[true]"  # home was drawn
    (backup,) = (db_path.parent / "backups").glob("journal-*.db")
    assert cipher.salt_of(backup) is not None, "the daily backup ran, encrypted"
