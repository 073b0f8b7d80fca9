"""The journal as plain SQL sees it: sqlite-utils' ``execute`` and ``query`` over a bare ``sqlite3`` connection.

The check-in and the app open the journal this way (``db.open_plain_db``): importing sqlite-utils, with the
click, dateutil and pluggy it loads, would cost the check-in more than all the rest of its work, and the app
a tenth of its start. Everyday reads and writes (the store's functions) take a ``Queries`` and write with the
helpers below; schema, migrations, search setup, import and export keep sqlite-utils' ``Database``, which is
a ``Queries`` too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

Params = Sequence[Any] | dict[str, Any] | None
"""Values for a statement's ``?`` (a sequence) or ``:name`` (a dict) placeholders."""


class Queries(Protocol):
    """What a store function that speaks plain SQL needs of the journal; sqlite-utils' ``Database`` has it."""

    @property
    def conn(self) -> sqlite3.Connection: ...

    def execute(self, sql: str, parameters: Params = None, /) -> sqlite3.Cursor: ...

    def query(self, sql: str, params: Params = None, /) -> Iterator[dict[str, Any]]: ...

    def close(self) -> None: ...


class PlainDb:
    """A journal opened without sqlite-utils: statements run as they are, rows come back as dicts."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        """Opened by ``db._connection`` in autocommit mode: transactions are ``db.transaction``'s alone."""

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, () if parameters is None else parameters)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Rows as dicts by column name, read as they are iterated (as ``Database.query``)."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() is for SQL that returns rows; use execute()")
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row)) for row in cursor)

    def close(self) -> None:
        self.conn.close()


def insert_rows(db: Queries, table: str, records: Sequence[Mapping[str, Any]]) -> None:
    """Insert records that share their columns (the first one's), inside the caller's transaction."""
    if not records:
        return
    columns = list(records[0])
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', [[record[c] for c in columns] for record in records]
    )


def insert_row(db: Queries, table: str, record: Mapping[str, Any]) -> None:
    """Insert one record, inside the caller's transaction."""
    insert_rows(db, table, [record])


def update_row(db: Queries, table: str, row_id: str, changes: Mapping[str, Any]) -> None:
    """Set some columns of the row whose ``id`` is ``row_id``; a missing row is left to the caller to refuse."""
    settings = ", ".join(f'"{column}" = ?' for column in changes)
    db.execute(f'UPDATE "{table}" SET {settings} WHERE id = ?', [*changes.values(), row_id])


def upsert_row(db: Queries, table: str, record: Mapping[str, Any], keys: Sequence[str]) -> None:
    """Insert a record, or, where a row has the same ``keys``, set the record's other columns on it.

    The row's columns that the record does not name keep their values (as sqlite-utils' ``upsert``).
    """
    columns = list(record)
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    others = [f'"{column}" = excluded."{column}"' for column in columns if column not in keys]
    action = f"DO UPDATE SET {', '.join(others)}" if others else "DO NOTHING"
    conflict = ", ".join(f'"{key}"' for key in keys)
    db.execute(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT ({conflict}) {action}',
        [record[column] for column in columns],
    )


def exists(db: Queries, table: str, where: str, params: Params = None) -> bool:
    """Whether any row of ``table`` meets ``where`` (SQL with ``?`` placeholders for ``params``)."""
    return db.execute(f'SELECT 1 FROM "{table}" WHERE {where} LIMIT 1', params).fetchone() is not None
