"""Shared fixtures: a real journal file in tmp_path, a fixed clock, and hostile user text."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import keyring
import pytest

from supportjournal import store
from supportjournal.store import cipher, encryption
from supportjournal.store.db import _connection
from tests.hostile import HOSTILE_TEXT  # noqa: F401 - the pilot tests' names, imported from here
from tests.keyrings import MemoryKeyring

NOW = datetime(2026, 11, 27, 19, 30)
"""The fixed "now" of every test: a Friday evening."""
TODAY = NOW.date()


ENCRYPTED_TOO = {
    "tests/unit/test_db.py", "tests/unit/test_schema.py", "tests/unit/test_store_checkins.py",
    "tests/unit/test_store_journal.py", "tests/unit/test_store_members.py", "tests/unit/test_store_purge.py",
    "tests/unit/test_store_selfcare.py", "tests/cli/test_checkin.py", "tests/cli/test_members.py",
    "tests/cli/test_today.py", "tests/cli/test_portability.py", "tests/cli/test_doctor.py",
}
"""Modules whose ``db`` and ``cli`` tests run twice, on a plain and on an encrypted journal.

Every data rule is tested on an encrypted journal this way without doubling the suite: the store's
writes, search, purge, migrations and opening; the check-in, members, today, export, import,
backup and doctor commands.
"""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "plain_only(why): a test of a plain file's bytes; never run encrypted")


HAS_SQLCIPHER = importlib.util.find_spec("sqlcipher3") is not None
"""SQLCipher comes with the test install where it comes as a wheel (Linux); elsewhere the plain runs remain."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    where = Path(str(metafunc.definition.path)).relative_to(Path(__file__).parent.parent).as_posix()
    plain_only = metafunc.definition.get_closest_marker("plain_only") is not None
    if "journal_kind" in metafunc.fixturenames and where in ENCRYPTED_TOO and not plain_only and HAS_SQLCIPHER:
        metafunc.parametrize("journal_kind", ["plain", "encrypted"], indirect=True)


@pytest.fixture
def journal_kind(request: pytest.FixtureRequest) -> str:
    """"plain", or "encrypted" for the modules in ``ENCRYPTED_TOO``."""
    return getattr(request, "param", "plain")


@pytest.fixture(autouse=True)
def test_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """A keyring of the test's own (never the system's), and no key left unlocked by another test."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # nor the desktop's Secret Service
    monkeypatch.setattr(cipher, "PLATFORM_KEYRINGS", {})  # nor, on macOS or Windows, the Keychain or Credential Manager
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    cipher.forget_all_unlocked()
    yield ring
    cipher.forget_all_unlocked()


raw_connection = _connection
"""Another program's connection to the test journal: SQLCipher's, keyed, when the journal is encrypted."""


def dump(db) -> list[tuple[str, str, list[str]]]:
    """Every table's definition and rows (``iterdump``, which SQLCipher's connection lacks): equal means unchanged."""
    tables = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    return [(name, sql, sorted(map(repr, db.execute(f'SELECT * FROM "{name}"')))) for name, sql in tables]


def make_encrypted(path: Path) -> cipher.Key:
    """An (empty) encrypted journal at ``path``, unlocked for this test: a random key, no slow derivation."""
    key = cipher.Key(os.urandom(cipher.KEY_BYTES), os.urandom(cipher.SALT_BYTES))
    store.open_db(path).close()
    encryption.convert(path, key)
    cipher.keep(key)
    return key


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "journal.db"


@pytest.fixture
def db(db_path, journal_kind):
    if journal_kind == "encrypted" and not db_path.exists():
        make_encrypted(db_path)
    database = store.open_db(db_path)
    yield database
    database.close()


def fixed_clock() -> datetime:
    return NOW
