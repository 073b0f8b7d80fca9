"""``supportjournal backup`` and ``restore``: a checked copy of the journal, and getting one back."""

from __future__ import annotations

from pathlib import Path

import click

from supportjournal.cli.output import shown
from supportjournal.cli.passphrases import unlock_asking
from supportjournal.cli.session import Session, journal_command
from supportjournal.portability.backup import KEEP_DAILY, backup_to_folder, restore, write_backup
from supportjournal.store import LockedError

BACKUP_HELP = f"""Copy the journal to PATH through SQLite's backup API, then check the copy.

Without PATH, the copy goes into the 'backups' folder beside the journal. The app also makes one
backup a day there when it opens, keeping the last {KEEP_DAILY}. Backups are readable only by you.

\b
Examples:
  supportjournal backup
  supportjournal backup ~/usb/journal-backup.db
"""

RESTORE_HELP = """Replace the journal with a backup. The backup is checked first; the journal as it is
now is saved into the 'backups' folder before anything changes, so a restore can be undone.

\b
Example:
  supportjournal restore ~/usb/journal-backup.db
"""


@journal_command(help=BACKUP_HELP, short_help="Back the journal up (checked, private).")
@click.argument("path", required=False, type=click.Path())
def backup(session: Session, path: str | None) -> None:
    db = session.open(create=False, write=False)
    written = write_backup(db, Path(path).expanduser()) if path else backup_to_folder(db, session.path, session.now())
    click.echo(f"Backed up to {shown(str(written))} (integrity checked)")


@journal_command(name="restore", help=RESTORE_HELP, short_help="Restore the journal from a backup.")
@click.argument("path", type=click.Path())
def restore_(session: Session, path: str) -> None:
    db = session.open()
    try:
        saved = restore(db, Path(path), session.now())
    except LockedError as locked:  # a backup from before a passphrase change: it has its old one
        unlock_asking(locked.path, session.ask_passphrase)
        saved = restore(db, Path(path), session.now())
    click.echo(f"Restored from {shown(path)}. The journal as it was is kept at {shown(str(saved))}")
