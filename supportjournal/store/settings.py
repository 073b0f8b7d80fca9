"""Small settings (theme, dismissed notes, ledger window), stored as JSON."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from supportjournal.store.db import transaction


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    row = next(db.query("SELECT value FROM settings WHERE key = ?", [key]), None)
    return json.loads(row["value"]) if row else default


def set_setting(db: Database, key: str, value: Any) -> None:
    with transaction(db):
        db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")
