"""Deleting for good: an archived record and the rows only it owns, then the old text out of the WAL."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from typing import Any

from supportjournal.store.db import StoreError, transaction
from supportjournal.store.plain import Queries

WIPE_WAIT_MS = 500
"""How long a wipe waits for another connection's reader before leaving the WAL to a later checkpoint."""


def purge_archived(
    db: Queries, table: str, record_id: str, owned: tuple[tuple[str, str], ...], noun: str, pronoun: str
) -> dict[str, Any]:
    """Delete an archived row of ``table`` and the rows that point at it, in one transaction.

    Args:
        owned: ``(table, column)`` pairs whose rows with ``column = record_id`` go too.
        noun: What the row is, for messages (``member``).
        pronoun: How to refer to it (``them``, ``it``).

    Returns:
        The deleted row as it was.

    Raises:
        StoreError: No such row, or one not archived; nothing is deleted.
    """
    with transaction(db):
        row = next(db.query(f"SELECT * FROM {table} WHERE id = ?", [record_id]), None)
        if row is None:
            raise StoreError(f"no {noun} with id {record_id}")
        if row["archived_at"] is None:
            raise StoreError(f"only an archived {noun} can be deleted for good; archive {pronoun} first")
        for child, column in owned:
            db.execute(f"DELETE FROM {child} WHERE {column} = ?", [record_id])
        db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
    wipe_wal(db)
    return row


def wipe_wal(db: Queries) -> None:
    """Rebuild the file without the deleted rows' leftovers, then checkpoint the WAL into it and truncate it.

    ``secure_delete`` (on for every connection) zeroes deleted rows, but not every copy: when SQLite
    rebalances an index page it can leave a deleted key in the page's unused middle (seen: a purged
    member's id in ``interactions_member``, one run in ten). ``VACUUM`` writes every page afresh (40 ms
    on ten years of demo data; a purge is rare). Until a checkpoint the WAL still holds older copies of
    the pages. Best effort: when another connection is reading, SQLite rewrites the WAL at a later
    checkpoint and removes it with the last close.
    """
    if db.conn.in_transaction:
        return
    (wait,) = db.execute("PRAGMA busy_timeout").fetchone()
    try:
        # A truncating checkpoint waits for every reader; the full busy timeout would freeze the app.
        db.execute(f"PRAGMA busy_timeout = {min(wait, WIPE_WAIT_MS)}")
        with suppress(sqlite3.OperationalError):  # busy: the rows are still deleted and zeroed
            db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:
        pass  # the delete itself is committed; only the early wipe of the log was put off
    finally:
        db.execute(f"PRAGMA busy_timeout = {wait}")
