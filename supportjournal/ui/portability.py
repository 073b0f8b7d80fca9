"""The app's jobs with the journal file: the daily backup, and export, import and backup from the palette.

Each runs in a worker thread with a connection of its own (a SQLite connection must not cross
threads), so the screen never freezes; results come back to the app's thread to be shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand

from supportjournal.portability.backup import backup_to_folder, daily_backup, database_path
from supportjournal.portability.jobs import JOB_ERRORS
from supportjournal.store import Queries, open_db

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


def back_up_now(app: App[None], db: Queries, clock: Callable[[], datetime]) -> None:
    """A checked backup into the backups folder beside the journal, made in a worker; a notice says where."""
    journal = database_path(db)
    if journal is None:
        return
    moment = clock()
    app.notify("Backing up…", title="Backup", timeout=2, markup=False)

    def run() -> None:
        try:
            copy = open_db(journal, create=False, write=False)
            try:
                written = backup_to_folder(copy, journal, moment)
            finally:
                copy.close()
        except JOB_ERRORS as error:
            app.call_from_thread(app.notify, f"No backup was made: {error}", title="Backup", severity="warning", markup=False)
            return
        app.call_from_thread(app.notify, f"Backed up to {written} (integrity checked).", title="Backup", markup=False)

    app.run_worker(run, thread=True, group="backup", exit_on_error=False)


def open_transfer(app: App[None], db: Queries, direction: str) -> None:
    # Imported here, not at the top: the form brings every export format (vobject among them), which the
    # app's start-up (it imports this module for the daily backup) should not pay for.
    from supportjournal.ui.screens.transfer import TransferScreen

    journal = database_path(db)
    if journal is not None:
        app.push_screen(TransferScreen("export" if direction == "export" else "import", journal))


def transfer_commands(app: App[None], db: Queries, clock: Callable[[], datetime]) -> list[SystemCommand]:
    """The palette's entries for taking the journal out, bringing history in, and backing up."""
    return [
        SystemCommand("Export the journal", "To a file: json, csv, markdown, jrnl or vCard", partial(open_transfer, app, db, "export")),
        SystemCommand("Import into the journal", "From another device (json), jrnl, Daylio or vCards", partial(open_transfer, app, db, "import")),
        SystemCommand("Back up the journal now", "A checked copy in the backups folder beside it", partial(back_up_now, app, db, clock)),
    ]
