"""Shared fixtures: a real journal file in tmp_path, a fixed clock, and hostile user text."""

from __future__ import annotations

from datetime import datetime

import pytest

from supportjournal import store

NOW = datetime(2026, 11, 27, 19, 30)
"""The fixed "now" of every test: a Friday evening."""
TODAY = NOW.date()

HOSTILE_TEXT = [
    "[/",
    "[bold]x",
    "[@click=app.quit]x",
    "a\\",
    "[B]x",
    "$name [/] [red]",
    "Zoë 🌱 🧠",
    "مريم",
    "x" * 120,
]
"""Names and notes that would break or restyle a widget if read as markup."""


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
