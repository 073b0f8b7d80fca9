"""Shared fixtures: a real journal file in tmp_path, a fixed clock, and hostile user text."""

from __future__ import annotations

from datetime import datetime

import pytest

from supportjournal import store
from tests.hostile import HOSTILE_TEXT  # noqa: F401 - the pilot tests' names, imported from here

NOW = datetime(2026, 11, 27, 19, 30)
"""The fixed "now" of every test: a Friday evening."""
TODAY = NOW.date()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "journal.db"


@pytest.fixture
def db(db_path):
    database = store.open_db(db_path)
    yield database
    database.close()


def fixed_clock() -> datetime:
    return NOW
