"""Small settings (theme, dismissed notes, ledger window), stored as JSON."""

from __future__ import annotations

import json
from typing import Any

from supportjournal.store.db import is_empty, transaction
from supportjournal.store.plain import Queries, upsert_row

WELCOME_SETTING = "welcome_seen"
"""Set once the first-run welcome has been finished or skipped."""


def get_setting(db: Queries, key: str, default: Any = None) -> Any:
    row = next(db.query("SELECT value FROM settings WHERE key = ?", [key]), None)
    return json.loads(row["value"]) if row else default


def set_setting(db: Queries, key: str, value: Any) -> None:
    with transaction(db):
        upsert_row(db, "settings", {"key": key, "value": json.dumps(value)}, ("key",))


def should_welcome(db: Queries) -> bool:
    """True on a journal nobody has started (nothing written) whose welcome was never seen."""
    return not get_setting(db, WELCOME_SETTING) and is_empty(db)
