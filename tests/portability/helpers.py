"""Shared by the portability tests: a whole journal as comparable text, and JSON export/import in one call."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from supportjournal.portability.jobs import run_import
from supportjournal.portability.jsonfile import export_json, import_json, read_json, table_rows
from supportjournal.portability.report import Report
from supportjournal.portability.tables import TABLES
from tests.conftest import NOW


def dump(db: Database) -> list[str]:
    """Every row of every table, byte for byte: to show that a refused import wrote nothing."""
    return list(db.conn.iterdump())


def contents(db: Database) -> dict[str, list[dict]]:
    """Every record of every table that travels, in key order: equal contents, equal journals."""
    return {table.name: list(table_rows(db, table)) for table in TABLES}


def export(db: Database, now: datetime = NOW) -> str:
    return export_json(db, now)


def merge(db: Database, text: str, *, dry_run: bool = False) -> Report:
    return run_import(db, import_json(read_json(text)), dry_run=dry_run)
