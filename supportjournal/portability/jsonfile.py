"""Our own JSON: everything in the journal, versioned, with stable ids, for moving and merging.

The layout (see the README):

    {"format": "supportjournal", "version": 1, "schema": 2, "exported_at": "2026-11-27T19:30:00",
     "tables": {"members": [{...}, ...], "asks": [...], ...}}

One record per line, each table in key order, so the same journal always gives the same file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from supportjournal.domain.text import visible
from supportjournal.portability.jobs import Job, Progress, Ticker, no_progress
from supportjournal.portability.merge import merge_rows
from supportjournal.portability.report import FormatError, Report
from supportjournal.portability.tables import BY_NAME, TABLES, Table
from supportjournal.store import rows
from supportjournal.store.schema import SCHEMA_VERSION

FORMAT = "supportjournal"
VERSION = 1
"""The layout's version: raised only when an older app could not read the file."""


def count_rows(db: Database) -> int:
    return sum(db.execute(f"SELECT COUNT(*) FROM {table.name}").fetchone()[0] for table in TABLES)


def table_rows(db: Database, table: Table) -> Iterator[dict[str, Any]]:
    """A table's records in key order, streamed from one query."""
    cursor = db.execute(f"SELECT * FROM {table.name} ORDER BY {', '.join(table.key)}")
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values))


def export_json(db: Database, now: datetime, progress: Progress = no_progress) -> str:
    """Everything that travels (``TABLES``), as one JSON text ending in a newline."""
    tick = Ticker(count_rows(db), progress)
    head = {"format": FORMAT, "version": VERSION, "schema": SCHEMA_VERSION, "exported_at": rows.stamp(now)}
    parts = ["{\n" + "".join(f" {json.dumps(key)}: {json.dumps(value)},\n" for key, value in head.items())]
    parts.append(' "tables": {')
    for index, table in enumerate(TABLES):
        parts.append(("," if index else "") + f"\n  {json.dumps(table.name)}: [")
        for number, row in enumerate(table_rows(db, table)):
            parts.append(("," if number else "") + "\n   " + json.dumps(row, ensure_ascii=False))
            tick()
        parts.append("\n  ]")
    parts.append("\n }\n}\n")
    return "".join(parts)


def read_json(text: str) -> dict[str, list[Any]]:
    """The tables of an export, checked for shape; the records themselves are checked as they merge.

    Raises:
        FormatError: Not JSON, not ours, from a newer version, or with an unknown table.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        hint = " (for jrnl's JSON, use --format jrnl)" if isinstance(document, dict) and "entries" in document else ""
        raise FormatError(f"this is not a Support Journal export{hint}")
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise FormatError(f"this export is version {visible(str(version))}, newer than this app reads ({VERSION}); upgrade the app")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise FormatError("the export has no tables")
    for name, records in tables.items():
        if name not in BY_NAME:
            raise FormatError(f"unknown table {visible(name)!r}: it comes from a newer app; upgrade this one")
        if not isinstance(records, list):
            raise FormatError(f"{visible(name)}: the records must be a list")
    return tables


def import_json(tables: dict[str, list[Any]], progress: Progress = no_progress) -> Job:
    """The job that merges an export's tables (parents first), for ``run_import``."""
    tick = Ticker(sum(len(records) for records in tables.values()), progress)

    def job(db: Database, report: Report) -> None:
        for table in TABLES:
            records = tables.get(table.name, [])
            if records:
                merge_rows(db, table, records, report.of(table.label), tick=tick)

    return job
