"""Opening the app, on the journal or on a throwaway demo journal; Textual is imported only here."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from supportjournal import store
from supportjournal.cli.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

DEMO_FILE = "demo.db"


def own_journal(session: Session) -> store.Queries | None:
    """The person's journal for the app; an encrypted one is first unlocked on a screen of its own.

    Opened without sqlite-utils (``Session.open_plain``), as the app reads and writes with plain SQL: importing
    it cost a tenth of the app's start.

    Returns:
        The open journal, or None when the person left the unlock screen.
    """
    try:
        return session.open_plain(ask=False)
    except store.LockedError as locked:
        from supportjournal.ui.unlock import UnlockApp  # Textual, only when the app is asked for

        if not UnlockApp(locked.path).run():
            return None
        return session.open_plain(ask=False)


def open_app(db: store.Queries, *, demo: bool = False) -> None:
    """Run the full-screen app on ``db`` until it quits; on your own journal, with the daily backup."""
    from supportjournal.ui.app import SupportJournalApp

    SupportJournalApp(db, demo=demo, daily_backup=not demo).run()


@contextmanager
def demo_journal(
    *, years: int = 1, seed: int = 0, today: date | None = None, now: datetime | None = None
) -> Iterator[Database]:
    """A freshly generated sample journal in a private temporary folder, removed afterwards.

    The folder is made 0700 by ``tempfile.mkdtemp`` and the file 0600 by the store; the person's
    own journal (``--db``, ``$SUPPORTJOURNAL_DB`` or the default) is never opened.

    Args:
        years: How many years of history to generate.
        seed: The random seed; the same seed gives the same journal.
        today: The last day of the history, when ``now`` is not given (default: today).
        now: The moment the app opens: nothing in the sample is later.
    """
    from supportjournal.demo import generate

    folder = Path(tempfile.mkdtemp(prefix="supportjournal-demo-"))
    db = None
    try:
        db = store.open_db(folder / DEMO_FILE)
        generate(db, years=years, seed=seed, today=today, now=now)
        yield db
    finally:
        if db is not None:
            db.close()
        shutil.rmtree(folder, ignore_errors=True)
