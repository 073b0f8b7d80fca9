"""Small settings (theme, dismissed notes, ledger window), stored as JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from supportjournal.store.db import is_empty, transaction
from supportjournal.store.plain import Queries

if TYPE_CHECKING:
    from sqlite_utils import Database

WELCOME_SETTING = "welcome_seen"
"""Set once the first-run welcome has been finished or skipped."""


def get_setting(db: Queries, key: str, default: Any = None) -> Any:
    row = next(db.query("SELECT value FROM settings WHERE key = ?", [key]), None)
    return json.loads(row["value"]) if row else default


def set_setting(db: Database, key: str, value: Any) -> None:
    with transaction(db):
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")


def should_welcome(db: Database) -> bool:
    """True on a journal nobody has started (nothing written) whose welcome was never seen."""
    return not get_setting(db, WELCOME_SETTING) and is_empty(db)
