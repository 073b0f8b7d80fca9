"""Journal entries, one per day, with full-text search through SQLite FTS5."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from supportjournal.domain import validation as v
from supportjournal.domain.models import JournalEntry
from supportjournal.store import rows
from supportjournal.store.db import StoreError, transaction
from supportjournal.store.errors import written
from supportjournal.store.plain import Queries, insert_row

HIGHLIGHT_START = "\x02"
"""Marks the start of a matching word in a search snippet (never typed by a person)."""
HIGHLIGHT_END = "\x03"
MAX_ENTRY = 1_000_000
"""The longest journal entry, in characters."""


class EntryChanged(StoreError):
    """The day's entry was changed by someone else (another copy of the app) since it was read."""

    def __init__(self, day: date, body: str) -> None:
        super().__init__(f"the entry for {day.isoformat()} was changed in another window")
        self.body = body
        """The entry as it is stored now."""


@dataclass(frozen=True)
class SearchHit:
    """A day whose entry matches a search."""

    day: date
    snippet: str
    """Text around the match; matching words sit between ``HIGHLIGHT_START`` and ``HIGHLIGHT_END``."""


def get_entry(db: Queries, day: date) -> JournalEntry | None:
    row = next(db.query("SELECT * FROM journal WHERE day = ?", [day.isoformat()]), None)
    return rows.journal_entry(row) if row else None


def save_entry(
    db: Queries, day: date, body: str, *, now: datetime | None = None, expected: str | None = None
) -> JournalEntry:
    """Write the day's entry (creating or replacing it) in one transaction.

    Args:
        db: The journal.
        day: The entry's day.
        body: The whole text.
        now: When it is written.
        expected: The text this writer last read ("" when there was none). When given, the entry is
            written only if the stored text is still that (or already ``body``): a compare-and-set
            inside the transaction, so a newer text written by another process is never overwritten.

    Raises:
        ValidationError: The text is too long.
        EntryChanged: The stored text is neither ``expected`` nor ``body``; nothing was written.
    """
    if len(body) > MAX_ENTRY:
        raise v.ValidationError("entry", f"entry is too long (at most {MAX_ENTRY:,} characters)")
    moment = rows.stamp(now)
    with transaction(db):
        existing = db.execute("SELECT body FROM journal WHERE day = ?", [day.isoformat()]).fetchone()
        stored = existing[0] if existing else ""
        if expected is not None and stored not in (expected, body):
            raise EntryChanged(day, stored)
        if existing:
            db.execute(
                "UPDATE journal SET body = ?, updated_at = ? WHERE day = ? AND body != ?",
                [body, moment, day.isoformat(), body],
            )
        else:
            insert_row(db, "journal", {"day": day.isoformat(), "body": body, "created_at": moment, "updated_at": moment})
    return written(get_entry(db, day))


def entry_days(db: Queries, *, before: date | None = None, limit: int = 60) -> list[date]:
    """Days with a non-empty entry, newest first, a page at a time."""
    return [
        date.fromisoformat(row["day"])
        for row in db.query(
            "SELECT day FROM journal WHERE body != '' AND day < ? ORDER BY day DESC LIMIT ?",
            [(before or date.max).isoformat(), limit],
        )
    ]


def search_entries(db: Queries, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Entries matching the words of ``text`` (any order, stemmed), best first; the last word as a prefix.

    The words are quoted for FTS, so what a person types is never read as query syntax. The last one is a
    prefix (``"wal"*`` finds "walks"), as the search runs while the person is still typing it.
    """
    words = " ".join('"' + word.replace('"', '""') + '"' for word in text.split())
    if not words:
        return []
    words += "*"
    query = f"""
        SELECT journal.day, snippet(journal_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12) AS snip
        FROM journal_fts JOIN journal ON journal.rowid = journal_fts.rowid
        WHERE journal_fts MATCH ? ORDER BY rank LIMIT ?
    """
    return [
        SearchHit(date.fromisoformat(row["day"]), row["snip"])
        for row in db.query(query, [words, limit])
    ]
