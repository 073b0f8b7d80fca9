"""CSV: one file per table that travels, with a header row, as the columns are stored."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from sqlite_utils import Database

from supportjournal.portability.jobs import Progress, Ticker, no_progress
from supportjournal.portability.jsonfile import count_rows
from supportjournal.portability.tables import TABLES


def export_csv(db: Database, now: datetime, progress: Progress = no_progress) -> dict[str, str]:
    """``{"members.csv": text, …}``: every table in key order (``now`` is unused; files carry no date)."""
    tick = Ticker(count_rows(db), progress)
    files = {}
    for table in TABLES:
        cursor = db.execute(f"SELECT * FROM {table.name} ORDER BY {', '.join(table.key)}")
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([column[0] for column in cursor.description])
        for row in cursor:
            writer.writerow(row)
            tick()
        files[f"{table.name}.csv"] = out.getvalue()
    return files
