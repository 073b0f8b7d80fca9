"""After a delete for good: push the deleted text out of the write-ahead log as well."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database


def wipe_wal(db: Database) -> None:
    """Checkpoint the WAL into the file and truncate it.

    ``secure_delete`` (on for every connection) zeroes deleted rows in the file's pages, but until a
    checkpoint the WAL still holds older copies of those pages. Best effort: when another connection
    keeps the WAL busy, SQLite rewrites it at a later checkpoint and removes it with the last close.
    """
    if db.conn.in_transaction:
        return
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:
        pass  # the delete itself is committed; only the early wipe of the log was put off
