"""Merging records into the journal by stable key: the newer copy wins, nothing is ever deleted.

The rule, the same on every device so two devices that import each other's export end equal:

- a record not here is added;
- a record here is replaced by the other copy when that copy's modification time is later (on a
  tie, the copy whose values sort later wins, so both devices pick the same one);
- archiving changes the modification time, so an archive travels as an archive, and so does a
  restore;
- a free-text column (the journal's) changed on both sides keeps both texts: when one text already
  holds the other, the fuller one stays; otherwise the newer comes first and the older follows
  below a marked line;
- nothing here deletes a record.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from supportjournal.domain.journal import keep_both_devices
from supportjournal.domain.text import visible
from supportjournal.portability.report import Counts, FormatError
from supportjournal.portability.tables import Table

PLAIN = (str, int, float, type(None))
"""The only values a column may hold in an imported record (no lists or objects)."""


def columns_of(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


class Merger:
    """Merges the records of one table, one at a time, counting what it did."""

    def __init__(self, db: Database, table: Table, counts: Counts) -> None:
        self.db = db
        self.table = table
        self.counts = counts
        self.columns = set(columns_of(db, table.name))
        self._where = " AND ".join(f"{column} = ?" for column in table.key)

    def merge(self, row: dict[str, Any], where: str) -> None:
        """Add or update one record.

        Args:
            row: The record, column to value.
            where: Where it stands in the file ("members, record 3"), for a refusal.

        Raises:
            FormatError: The record does not fit this journal; the caller's transaction rolls back.
        """
        self._check(row, where)
        key = [row[column] for column in self.table.key]
        existing = next(self.db.query(f"SELECT * FROM {self.table.name} WHERE {self._where}", key), None)
        try:
            if existing is None:
                self._insert(row)
                self.counts.added += 1
                return
            merged = self._resolve({column: existing.get(column) for column in row}, row)
            if merged == {column: existing.get(column) for column in row}:
                self.counts.unchanged += 1
                return
            self._update(merged, key)
            self.counts.updated += 1
        except sqlite3.IntegrityError as error:
            raise FormatError(f"{where}: it does not fit this journal ({error}); nothing was imported") from None

    def _check(self, row: object, where: str) -> None:
        if not isinstance(row, dict):
            raise FormatError(f"{where}: a record must be an object of columns; nothing was imported")
        unknown = sorted(set(row) - self.columns)
        if unknown:
            raise FormatError(f"{where}: unknown column {visible(unknown[0])!r}; nothing was imported")
        missing = [column for column in (*self.table.key, self.table.modified) if row.get(column) is None]
        if missing:
            raise FormatError(f"{where}: {missing[0]} is missing; nothing was imported")
        for column, value in row.items():
            if not isinstance(value, PLAIN):
                raise FormatError(f"{where}: {column} holds a list or object, not a value; nothing was imported")
        try:
            datetime.fromisoformat(str(row[self.table.modified]))
            if self.table.readable is not None:
                self.table.readable(row)
        except KeyError as error:
            raise FormatError(f"{where}: {visible(str(error.args[0]))} is missing; nothing was imported") from None
        except (ValueError, TypeError, AttributeError) as error:
            raise FormatError(f"{where}: {visible(str(error))}; nothing was imported") from None

    def _resolve(self, here: dict[str, Any], there: dict[str, Any]) -> dict[str, Any]:
        """The record both devices agree on, from this copy and the other (see the module's rule)."""
        modified = self.table.modified
        ours_newer = (str(here[modified]), _canonical(here)) >= (str(there[modified]), _canonical(there))
        newer, older = (here, there) if ours_newer else (there, here)
        merged = dict(newer)
        text = self.table.text
        if text is not None and text in there and here.get(text) != there[text]:
            merged[text] = _both_texts(str(newer[text] or ""), str(older[text] or ""), str(older[modified]))
            if merged[text] not in (here.get(text), there[text]):
                self.counts.conflicts += 1
        return merged

    def _insert(self, row: dict[str, Any]) -> None:
        names = list(row)
        marks = ", ".join("?" for _ in names)
        self.db.execute(f"INSERT INTO {self.table.name} ({', '.join(names)}) VALUES ({marks})", list(row.values()))

    def _update(self, row: dict[str, Any], key: list[Any]) -> None:
        names = [column for column in row if column not in self.table.key]
        sets = ", ".join(f"{column} = ?" for column in names)
        self.db.execute(
            f"UPDATE {self.table.name} SET {sets} WHERE {self._where}", [row[name] for name in names] + key
        )


def _both_texts(newer: str, older: str, older_modified: str) -> str:
    if older in newer:
        return newer
    if newer in older:
        return older
    return keep_both_devices(newer, older, datetime.fromisoformat(older_modified))


def _canonical(row: dict[str, Any]) -> str:
    return json.dumps([row[column] for column in sorted(row)], ensure_ascii=False)


def merge_rows(
    db: Database, table: Table, records: Iterable[Any], counts: Counts, *, tick: Callable[[], None] = lambda: None
) -> None:
    """Merge every record of one table (inside the caller's transaction); a refusal names ``table, record n``."""
    merger = Merger(db, table, counts)
    for index, row in enumerate(records, start=1):
        merger.merge(row, f"{table.name}, record {index}")
        tick()
