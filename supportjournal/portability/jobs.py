"""Running an import as one transaction, for real or as a dry run that rolls the very same work back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from supportjournal.portability.report import Report
from supportjournal.store.db import transaction
from supportjournal.store.errors import StoreError

if TYPE_CHECKING:  # the app imports JOB_ERRORS as it opens, which must not load sqlite-utils
    from sqlite_utils import Database

JOB_ERRORS = (StoreError, OSError, sqlite3.Error)
"""What a job on a file can meet, each worded for the person (a malformed file is a ``StoreError``)."""

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a long job runs."""


Job = Callable[["Database", Report], None]
"""An import's work: merges its records into the database, counting them in the report."""


def no_progress(done: int, total: int) -> None:
    """For a caller that shows no progress."""


class _RollBack(Exception):
    """Ends a dry run's transaction without keeping anything."""


def run_import(db: Database, job: Job, *, dry_run: bool = False) -> Report:
    """Run ``job`` inside one write transaction; keep its changes unless this is a dry run.

    A dry run does exactly what the real import does and then rolls it back, so its counts are the
    real import's counts. If ``job`` raises (a malformed file), nothing is written either way.
    """
    report = Report(dry_run=dry_run)
    try:
        with transaction(db):
            job(db, report)
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    return report


class Ticker:
    """Counts records as a job goes and reports progress every ``every`` of them (and at the end)."""

    def __init__(self, total: int, progress: Progress, every: int = 500) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._every = every

    def __call__(self) -> None:
        self.done += 1
        if self.done % self._every == 0 or self.done == self.total:
            self._progress(self.done, self.total)
