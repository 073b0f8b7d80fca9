"""Encrypting a journal, decrypting it, changing its passphrase: always through a new file, checked first.

The new file is written beside the journal by SQLCipher's ``sqlcipher_export``, checked (integrity
and the count of every table) and only then renamed over the journal in one step: a failure at any
point leaves the journal as it was. The old file's bytes are then overwritten with zeros, so the
plain text does not linger in the blocks it held; copies made before (backups, a synced folder,
what a copy-on-write disk keeps) are not touched, and the commands say so.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path

from supportjournal.store import cipher
from supportjournal.store.cipher import Key, WrongPassphraseError
from supportjournal.store.db import _connection, _create_private_file, _read_only_connection, open_db
from supportjournal.store.errors import StoreError, os_failure, shown, sqlite_failure
from supportjournal.store.files import _sync_folder

_WIPE_CHUNK = 1 << 20


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True when the journal at ``path`` is encrypted (or a file that could be: only a key can tell)."""
    try:
        return cipher.salt_of(Path(os.path.realpath(path))) is not None
    except FileNotFoundError:
        return False
    except OSError as error:
        raise os_failure(error, Path(path)) from None


def unlock(path: str | os.PathLike[str], passphrase: str) -> Key:
    """Derive the key of an encrypted journal from its passphrase and keep it for this process.

    The key is checked by reading the file's first page: a wrong passphrase reads nothing and writes nothing.

    Args:
        path: The journal.
        passphrase: What the person typed.

    Returns:
        The key, to remember on this computer if the person asks (``cipher.remember``).

    Raises:
        WrongPassphraseError: The passphrase does not open the file.
        StoreError: The file is not encrypted.
    """
    real = Path(os.path.realpath(path))
    key = cipher.derive(passphrase, _salt(real))
    try:
        with cipher.trying(key):
            conn = _read_only_connection(real)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
    except sqlite3.DatabaseError:
        raise WrongPassphraseError(f"that passphrase does not open {shown(real)}; nothing was changed") from None
    return key


def convert(path: str | os.PathLike[str], new: Key | None) -> Path:
    """Rewrite the journal encrypted with ``new`` (None: plain), through a checked new file.

    An encrypted journal must be unlocked first (:func:`unlock`). The journal must not be open
    elsewhere: a program still writing to the old file would lose what it writes.

    Returns:
        The journal's real path.

    Raises:
        StoreError: The journal is open in another program, the copy fails its check, or the disk is full;
            the journal is then as it was.
    """
    real = Path(os.path.realpath(path))
    open_db(real, create=False).close()  # up to date, and ours: a file that is not a journal is refused here
    if Path(f"{real}-wal").exists():
        raise StoreError(f"{shown(real)} is open in another program (the app?); close it and try again; nothing was changed")
    try:
        source = _connection(real, through_sqlcipher=True)
        try:
            old = _swap(source, real, new)
        finally:
            source.close()
    except sqlite3.Error as error:
        raise sqlite_failure(error, real) from None
    _wipe(old)
    return real


def _swap(source: sqlite3.Connection, real: Path, new: Key | None) -> int:
    """Copy the journal while nobody else can write to it, check the copy, rename it over the journal.

    Returns:
        A descriptor of the old file, whose bytes are still to be wiped.
    """
    source.execute("PRAGMA journal_mode = DELETE")  # SQLite refuses while another connection has the file open
    source.execute("PRAGMA locking_mode = EXCLUSIVE")
    source.execute("BEGIN EXCLUSIVE")  # the lock stays until this connection closes: nobody writes in between
    source.execute("COMMIT")
    counts = _counts(source)
    version = source.execute("PRAGMA user_version").fetchone()[0]
    temporary = real.with_name(f".{real.name}.{secrets.token_hex(4)}.converting")
    try:
        _create_private_file(temporary)
        key = "''" if new is None else new.pragma
        source.execute(f"ATTACH DATABASE ? AS converted KEY {key}", (str(temporary),))
        _unsynced(source, "converted")
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.user_version = {int(version)}")  # the export leaves it out
        source.execute("DETACH DATABASE converted")
        if new is None:
            _check(temporary, counts, version)
        else:
            with cipher.trying(new):
                _check(temporary, counts, version)
        _sync(temporary)
        old = os.open(real, os.O_RDWR)
        try:
            os.replace(temporary, real)
        except BaseException:
            os.close(old)
            raise
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(real.parent)
    return old


def _unsynced(conn: sqlite3.Connection, schema: str) -> None:
    """A new file is written without a journal or syncs: it is synced once when whole, and a crash leaves only a temporary file."""
    conn.execute(f"PRAGMA {schema}.journal_mode = OFF")
    conn.execute(f"PRAGMA {schema}.synchronous = OFF")


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def _check(copy: Path, counts: dict[str, int], version: int) -> None:
    """The converted copy is whole, holds every row the journal holds, and has its version."""
    conn = _connection(copy)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        same = _counts(conn) == counts and conn.execute("PRAGMA user_version").fetchone()[0] == version
        conn.execute("PRAGMA journal_mode = WAL")  # as every journal is; nobody else has this file yet
    finally:
        conn.close()
    if result != ["ok"] or not same:
        raise StoreError("the converted copy did not check out; the journal was not changed")


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _wipe(fd: int) -> None:
    """Overwrite the old file's bytes with zeros before it goes (it has no name any more)."""
    try:
        size = os.fstat(fd).st_size
        zeros = bytes(_WIPE_CHUNK)
        os.lseek(fd, 0, os.SEEK_SET)
        for start in range(0, size, _WIPE_CHUNK):
            os.write(fd, zeros[: min(_WIPE_CHUNK, size - start)])
        os.fsync(fd)
    finally:
        os.close(fd)


def encrypt(path: str | os.PathLike[str], passphrase: str) -> Key:
    """Turn the plain journal at ``path`` into an encrypted one; its key is kept for this process.

    Raises:
        StoreError: It is encrypted already, the passphrase is empty, or converting failed (nothing changed).
    """
    if not passphrase:
        raise StoreError("an empty passphrase would not protect anything; nothing was changed")
    if is_encrypted(path):
        raise StoreError(f"{shown(str(path))} is encrypted already; 'supportjournal passphrase' changes its passphrase")
    key = cipher.derive(passphrase)
    with cipher.trying(key):
        convert(path, key)
    return key


def decrypt(path: str | os.PathLike[str]) -> None:
    """Turn the (unlocked) encrypted journal at ``path`` back into a plain one, and forget its key here.

    Raises:
        StoreError: It is not encrypted, or converting failed (nothing changed).
    """
    salt = _salt(path)
    convert(path, None)
    cipher.forget(salt)


def change_passphrase(path: str | os.PathLike[str], passphrase: str) -> tuple[Key, bool]:
    """Encrypt the (unlocked) journal anew with ``passphrase`` and a new salt; the old key is forgotten.

    Returns:
        The new key, and whether the old one was remembered on this computer (so the new one should be).
    """
    if not passphrase:
        raise StoreError("an empty passphrase would not protect anything; nothing was changed")
    salt = _salt(path)
    key = cipher.derive(passphrase)
    with cipher.trying(key):
        convert(path, key)
    return key, cipher.forget(salt)


def lock(path: str | os.PathLike[str]) -> bool:
    """Forget the key of the journal at ``path`` on this computer. True if the keyring held it."""
    return cipher.forget(_salt(path))


def _salt(path: str | os.PathLike[str]) -> bytes:
    real = Path(os.path.realpath(path))
    try:
        salt = cipher.salt_of(real)
    except OSError as error:
        raise os_failure(error, real) from None
    if salt is None:
        raise StoreError(f"{shown(real)} is not encrypted")
    return salt
