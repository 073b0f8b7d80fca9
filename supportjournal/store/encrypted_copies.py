"""Copies of an encrypted journal: backups that stay encrypted, and a scratch copy in memory to test.

SQLite's backup API copies pages only between databases laid out alike, so an encrypted journal is
copied with SQLCipher's ``sqlcipher_export`` into a file keyed like it, or into memory keyed like it.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path

from supportjournal.store import cipher
from supportjournal.store.db import _create_private_file, _read_only_connection
from supportjournal.store.encryption import _sync, _unsynced
from supportjournal.store.errors import StoreError, os_failure, shown
from supportjournal.store.files import _sync_folder
from supportjournal.store.plain import Queries


def copy_encrypted(db: Queries, journal: Path, target: Path) -> Path:
    """Copy the open encrypted ``journal`` to ``target`` with the same key: a backup that stays encrypted.

    The copy has the journal's salt, so the journal's passphrase (or its remembered key) opens it.
    It is written beside ``target`` (0600), synced, then renamed: whole, or not there at all.
    """
    key = cipher.key_for(Path(os.path.realpath(journal)))
    if key is None:
        raise StoreError(f"{shown(journal)} is not encrypted")
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        _create_private_file(temporary)
        reading_only = db.execute("PRAGMA query_only").fetchone()[0]
        db.execute(f"ATTACH DATABASE ? AS copy KEY {key.pragma}", [str(temporary)])
        # query_only stops writes to every file of the connection; the journal itself is only read here.
        db.execute("PRAGMA query_only = OFF")
        try:
            _unsynced(db.conn, "copy")
            db.execute("SELECT sqlcipher_export('copy')")
            db.execute(f"PRAGMA copy.user_version = {int(db.execute('PRAGMA user_version').fetchone()[0])}")
        finally:
            db.execute(f"PRAGMA query_only = {int(reading_only)}")
            db.execute("DETACH DATABASE copy")
        _sync(temporary)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise os_failure(error, target) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def open_encrypted_copy(path: Path) -> sqlite3.Connection:
    """A read-only connection to an encrypted backup, keyed like any journal (``LockedError`` without a key)."""
    return _read_only_connection(Path(os.path.realpath(path)))


def scratch_copy(path: Path | None) -> sqlite3.Connection:
    """An in-memory database to copy the journal at ``path`` into with the backup API, to test a copy.

    SQLite's for a plain journal; SQLCipher's, keyed like the journal, for an encrypted one: the backup
    API copies pages only between databases laid out alike.
    """
    key = None if path is None else cipher.key_for(Path(os.path.realpath(path)))
    return sqlite3.connect(":memory:") if key is None else cipher.connect(":memory:", key)
