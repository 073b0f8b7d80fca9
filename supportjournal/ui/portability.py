"""The app's long jobs with the journal file: the daily backup, and export, import and backup on request.

Each runs in a worker thread with a connection of its own (a SQLite connection must not cross
threads), so the screen never freezes; results come back to the app's thread to be shown.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from textual.app import App

from supportjournal.portability.backup import daily_backup, database_path
from supportjournal.store import StoreError

JOB_ERRORS = (StoreError, OSError, sqlite3.Error)
"""What a job on the file can meet; each is told calmly, none ends the app."""
BACKUP_FAILED = "Today's automatic backup could not be written: {reason}. Your journal itself is fine."


def start_daily_backup(app: App[None], journal: Path | None, today: date) -> None:
    """Write today's automatic backup beside the journal in a worker, unless it is there already."""
    if journal is None:
        return

    def run() -> None:
        try:
            daily_backup(journal, today)
        except JOB_ERRORS as error:
            app.call_from_thread(
                app.notify, BACKUP_FAILED.format(reason=error), title="Backup", severity="warning", markup=False
            )

    app.run_worker(run, thread=True, group="daily-backup", exit_on_error=False)

