"""Backups through SQLite's backup API, checked before they count; restoring one, checked first.

A backup is a whole SQLite file in rollback-journal mode (no ``-wal`` beside it), 0600, written
atomically by ``write_private``. The daily backups sit in a ``backups`` folder beside the journal.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from supportjournal.store.db import make_private_folder, open_plain_db, transaction
from supportjournal.store.encrypted_copies import copy_encrypted, open_encrypted_copy
from supportjournal.store.encryption import is_encrypted
from supportjournal.store.errors import StoreError, os_failure, shown
from supportjournal.store.files import write_private
from supportjournal.store.header import SQLITE_MAGIC
from supportjournal.store.plain import Queries
from supportjournal.store.schema import SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from sqlite_utils import Database

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
"""Daily backups kept; older ones are removed when a new one is written."""
_MIXED = (
    "a plain backup goes into a plain journal and an encrypted one into an encrypted journal; this is {what} "
    "journal ('supportjournal encrypt' or 'decrypt' it first, then restore); nothing was changed"
)
_VERSION_BYTES = slice(18, 20)
"""The header's read and write versions: 2 for WAL, 1 for a rollback journal."""


def database_path(db: Queries) -> Path | None:
    """The file behind an open journal; None for one in memory."""
    for row in db.execute("PRAGMA database_list"):
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def backup_folder(journal: Path) -> Path:
    return journal.parent / BACKUP_FOLDER


def snapshot(conn: sqlite3.Connection) -> bytes:
    """A consistent copy of the open journal, checked whole, as the bytes of a file.

    Raises:
        StoreError: The copy fails SQLite's integrity check.
    """
    copy = sqlite3.connect(":memory:")
    try:
        conn.backup(copy)
        _check(copy, "the journal")
        data = copy.serialize()
    finally:
        copy.close()
    return standalone(data)


def standalone(data: bytes) -> bytes:
    """A database's bytes marked as a plain file: WAL needs a ``-wal`` beside it, a backup stands alone."""
    return data[: _VERSION_BYTES.start] + b"\x01\x01" + data[_VERSION_BYTES.stop :]


def _check(conn: sqlite3.Connection, what: str) -> int:
    """Integrity, and that it is a journal this app can read. Returns its schema version."""
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{what} is damaged ({error}); nothing was changed") from None
    if result != ["ok"]:
        raise StoreError(f"{what} is damaged ({shown(result[0])}); nothing was changed")
    if version < 1 or "members" not in tables:
        raise StoreError(f"{what} is not a Support Journal backup; nothing was changed")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{what} comes from a newer Support Journal (schema {version}); upgrade the app first")
    return version


def read_backup(path: Path) -> bytes:
    """A backup file's bytes, checked whole in memory (the file itself is never opened by SQLite).

    Raises:
        StoreError: Unreadable, not a journal, damaged, or from a newer app.
    """
    try:
        data = path.expanduser().read_bytes()
    except OSError as error:
        raise os_failure(error, path) from None
    what = shown(str(path))
    if not data.startswith(SQLITE_MAGIC) and is_encrypted(path):
        _check_encrypted(path, what)
        return data
    if not data.startswith(SQLITE_MAGIC):
        raise StoreError(f"{what} is not a Support Journal backup; nothing was changed")
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(standalone(data))
        _check(conn, what)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{what} is damaged ({error}); nothing was changed") from None
    finally:
        conn.close()
    return data


def _check_encrypted(path: Path, what: str) -> None:
    """An encrypted backup, checked through its key (a wrong or unknown one raises ``LockedError``)."""
    try:
        conn = open_encrypted_copy(path)
        try:
            _check(conn, what)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{what} is damaged ({error}); nothing was changed") from None


def write_backup(db: Queries, target: Path) -> Path:
    """Back the open journal up to ``target`` (0600, whole or not at all), then check what was written.

    The backup of an encrypted journal is encrypted with the same key.
    """
    journal = database_path(db)
    if journal is not None and is_encrypted(journal):
        written = copy_encrypted(db, journal, target.expanduser())
    else:
        written = write_private(target, snapshot(db.conn))
    read_backup(written)
    return written


def stamped_name(journal: Path, moment: datetime, why: str = "") -> str:
    return f"{journal.stem}-{why}{moment:%Y-%m-%dT%H%M%S}.db"


def backup_to_folder(db: Queries, journal: Path, moment: datetime, why: str = "") -> Path:
    """A backup in the journal's backup folder (created 0700), named by the moment."""
    folder = backup_folder(journal)
    try:
        make_private_folder(folder)
    except OSError as error:
        raise os_failure(error, folder) from None
    return write_backup(db, folder / stamped_name(journal, moment, why))


def restore(db: Database, source: Path, moment: datetime) -> Path:
    """Replace the open journal's contents with a backup's, after saving the current ones.

    The backup is checked first; a damaged one is refused and nothing changes. Then the current
    journal is backed up (``…-before-restore-….db``), and the backup is copied in through SQLite's
    backup API, one step, so another program never sees half of it. An older backup is then
    brought up to this version's schema.

    Returns:
        Where the journal as it was before is kept.
    """
    journal = database_path(db)
    if journal is None:
        raise StoreError("an in-memory journal cannot be restored into")
    source = source.expanduser()
    if source.exists() and os.path.samefile(source, journal):
        raise StoreError("that is the journal itself, not a backup of it; nothing was changed")
    if Path(f"{source}-wal").exists():
        # Its latest changes are still in the -wal beside it, which a copy of the file alone would miss.
        raise StoreError(
            f"{shown(str(source))} is a journal in use (a -wal file is beside it); back it up with "
            "'supportjournal --db PATH backup' and restore that; nothing was changed"
        )
    data = read_backup(source)
    if data.startswith(SQLITE_MAGIC) == is_encrypted(journal):
        raise StoreError(_MIXED.format(what="an encrypted" if is_encrypted(journal) else "a plain"))
    saved = backup_to_folder(db, journal, moment, "before-restore-")
    incoming = sqlite3.connect(":memory:") if data.startswith(SQLITE_MAGIC) else open_encrypted_copy(source)
    try:
        if data.startswith(SQLITE_MAGIC):
            incoming.deserialize(standalone(data))
        incoming.backup(db.conn)  # one step: the journal changes whole, or (on an error) not at all
    except sqlite3.Error as error:
        raise StoreError(f"the backup could not be copied in ({error}); the journal was not changed") from None
    finally:
        incoming.close()
    with transaction(db):
        migrate(db)
    return saved


def daily_backup(journal: Path, today: date) -> Path | None:
    """Today's automatic backup, unless there is one already; keeps the newest ``KEEP_DAILY``.

    Opens a connection of its own, so it can run in a worker thread while the app goes on.

    Returns:
        The backup written, or None when today's was already there.
    """
    folder = backup_folder(journal)
    target = folder / f"{journal.stem}-{today.isoformat()}.db"
    if target.exists():
        return None
    # Without sqlite-utils: the app starts this as it opens, and reading a journal needs none of it.
    db = open_plain_db(journal, create=False, write=False)
    try:
        try:
            make_private_folder(folder)
        except OSError as error:
            raise os_failure(error, folder) from None
        write_backup(db, target)
    finally:
        db.close()
    daily = re.compile(re.escape(journal.stem) + r"-\d{4}-\d{2}-\d{2}\.db")
    dailies = sorted(path for path in folder.iterdir() if daily.fullmatch(path.name))
    for old in dailies[:-KEEP_DAILY]:
        try:
            os.unlink(old)
        except OSError:
            pass  # a backup left over is better than a failed open
    return target
