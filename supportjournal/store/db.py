"""Opening the SQLite file: private permissions, pragmas, the schema check and transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from supportjournal.store.schema import SCHEMA_VERSION, migrate

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """A problem with the database file, worded for the person using the app."""


class NewerSchemaError(StoreError):
    """The file was written by a newer Support Journal; we refuse to touch it."""


def _make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) as 0700; leave existing folders alone."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700)
        os.chmod(path, 0o700)


def _create_private_file(path: Path) -> None:
    """Create an empty 0600 file so SQLite's -wal and -shm files inherit 0600."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.fchmod(fd, 0o600)
    os.close(fd)


def open_db(path: str | os.PathLike[str], *, create: bool = True) -> Database:
    """Open (or create) the journal database and bring its schema up to date.

    Args:
        path: The database file.
        create: Create the file (and its 0700 folder) if it does not exist.

    Returns:
        A sqlite-utils ``Database`` in WAL mode with foreign keys on.

    Raises:
        StoreError: The file is missing (and ``create`` is false), unreadable or not a database.
        NewerSchemaError: The file comes from a newer version of the app; it is left untouched.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise StoreError(f"no journal at {path}")
        _make_private_folder(path.parent)
        _create_private_file(path)
    elif path.is_dir():
        raise StoreError(f"{path} is a folder, not a journal file")
    conn = None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        raise StoreError(f"{path} is not a Support Journal database ({error})") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise NewerSchemaError(
            f"{path} was written by a newer Support Journal (schema {version}, this app knows "
            f"{SCHEMA_VERSION}); upgrade the app. The file was not changed."
        )
    db = Database(conn, execute_plugins=False)
    try:
        _set_pragmas(db)
        with transaction(db):
            migrate(db)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(f"could not open {path}: {error}") from None
    return db


def _set_pragmas(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def is_empty(db: Database) -> bool:
    """True when nothing has been written yet: no members, self-care items, check-ins or journal days."""
    tables = ("members", "selfcare_items", "checkins", "journal")
    return not any(next(db.query(f"SELECT 1 FROM {table} LIMIT 1"), None) for table in tables)


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write transaction, begun IMMEDIATE so a read-then-write never races another process.

    Nested use becomes a savepoint (sqlite-utils ``atomic``). Any exception rolls everything back.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        # A failed COMMIT (a deferred constraint, a full disk) leaves the transaction open; later
        # writes would then nest inside it and never be committed.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
