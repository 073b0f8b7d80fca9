"""Opening the SQLite file: private permissions, pragmas, the schema check and transactions."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from supportjournal.store.errors import (
    READ_ONLY_HINT,
    DamagedFileError,
    NewerSchemaError,
    StoreError,
    os_failure,
    read_only_failure,
    shown,
    sqlite_failure,
)
from supportjournal.store import cipher
from supportjournal.store.header import NOT_A_JOURNAL, Header, read_header
from supportjournal.store.plain import PlainDb, Queries
from supportjournal.store.schema import SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from sqlite_utils import Database

Q = TypeVar("Q", bound=Queries)

BUSY_TIMEOUT_MS = 10_000
MAX_PATH_BYTES = 504
"""The longest path SQLite opens: its 512-byte limit, less room for the ``-journal`` suffix."""


def _make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) as 0700; leave folders that exist, or appear meanwhile, alone.

    Two commands may create the same new folder at once: the one that loses the race uses the
    folder the other made.
    """
    if folder.is_dir():
        return
    _make_private_folder(folder.parent)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        if folder.is_dir():
            return
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder)) from None
    os.chmod(folder, 0o700)  # mkdir's mode passes through the umask


make_private_folder = _make_private_folder
"""For other folders the app keeps (backups): created 0700 like the journal's own."""


def _create_private_file(path: Path) -> None:
    """Create an empty 0600 file so SQLite's -wal and -shm files inherit 0600."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.fchmod(fd, 0o600)
    os.close(fd)


def _make_empty_file_private(path: Path) -> None:
    """An empty file about to become a journal gets 0600 first, or is refused if it is not ours."""
    info = os.stat(path)
    if stat.S_IMODE(info.st_mode) & 0o077 == 0:
        return
    if info.st_uid != os.geteuid():
        raise StoreError(
            f"{shown(path)} is an empty file that belongs to someone else and others can read it; "
            "remove it or name another file"
        )
    os.chmod(path, 0o600)


def open_db(
    path: str | os.PathLike[str], *, create: bool = True, write: bool = True, upgrade: bool = True
) -> Database:
    """Open (or create) the journal database and bring its schema up to date.

    As ``open_plain_db``, as sqlite-utils' ``Database``.
    """
    return as_database(open_plain_db(path, create=create, write=write, upgrade=upgrade))


def as_database(db: Queries) -> Database:
    """The journal as sqlite-utils sees it, for what plain SQL does not do (schema, search, import, export)."""
    # Imported here: sqlite-utils (with the click, dateutil and pluggy it loads) would cost the check-in,
    # which needs none of it, more than all the rest of its work.
    from sqlite_utils import Database

    return db if isinstance(db, Database) else Database(db.conn, execute_plugins=False)


def open_plain_db(
    path: str | os.PathLike[str], *, create: bool = True, write: bool = True, upgrade: bool = True
) -> Queries:
    """Open (or create) the journal database and bring its schema up to date.

    A journal at this version is opened without sqlite-utils (``plain.PlainDb``); one that must be
    created or migrated comes back as sqlite-utils' ``Database``, which migrated it.

    A symbolic link is followed, and the rules below apply to the file it points to.

    Args:
        path: The database file.
        create: Create the file (and its 0700 folder) if it does not exist.
        write: False for a command that only reads: the file is opened read-only, so a journal in a
            read-only place can be read, and nothing is written.
        upgrade: With ``write=False``, still make an empty file a journal and upgrade an older one,
            which writes; False opens them read-only as they are (``doctor``).

    Returns:
        The journal with foreign keys on: in WAL mode, or read-only (``query_only``).

    Raises:
        StoreError: The file is missing (and ``create`` is false), unreadable, or cannot be written.
        DamagedFileError: The file is not a journal, or is damaged; it is left untouched.
        NewerSchemaError: The file comes from a newer version of the app; it is left untouched.
    """
    real = Path(os.path.realpath(path))
    if len(os.fsencode(real)) > MAX_PATH_BYTES:
        raise StoreError(
            f"the path {shown(real)} is too long: SQLite opens paths of up to {MAX_PATH_BYTES} bytes"
        )
    try:
        header = _prepare(real, create=create)
        if header is not None and header.encrypted:
            header = _read_encrypted_header(real)
        current = header is not None and header.version == SCHEMA_VERSION
        readonly = not write and (current or not upgrade)
        if not readonly:
            _check_writable(real, _why_writing(header))
        if header is None and not readonly:
            _make_empty_file_private(real)
    except OSError as error:
        raise os_failure(error, real) from None
    try:
        return _connect(real, readonly=readonly, new=header is None, current=current)
    except sqlite3.Error as error:
        raise sqlite_failure(error, real, read_only_hint=_why_writing(header)) from None


def _check_writable(path: Path, hint: str) -> None:
    """Refuse before SQLite opens a file it could not change: it would leave a -wal and -shm behind."""
    for place, where in ((path.parent, "its folder"), (path, "the file")):
        if not os.access(place, os.W_OK):
            raise read_only_failure(path, where, hint)


def _why_writing(header: Header | None) -> str:
    """Why a journal that cannot be changed where it is cannot even be read there, if it cannot."""
    if header is None:
        return "an empty file becomes a journal only where it can be written"
    if header.version < SCHEMA_VERSION:
        return f"it must first be upgraded to this version's format (schema {header.version} to {SCHEMA_VERSION})"
    return READ_ONLY_HINT


def _prepare(path: Path, *, create: bool) -> Header | None:
    """Check the file without SQLite; create it when asked. None for a new or empty file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not create:
            raise StoreError(f"no journal at {shown(path)}") from None
        _make_private_folder(path.parent)
        _create_private_file(path)
    else:
        if stat.S_ISDIR(mode):
            raise StoreError(f"{shown(path)} is a folder, not a journal file")
        if not stat.S_ISREG(mode):  # a pipe or a device: reading it could wait forever
            raise StoreError(f"{shown(path)} is not a regular file")
    header = read_header(path)
    if header is not None and header.version > SCHEMA_VERSION:
        raise _newer(path, header.version)
    return header


def _read_encrypted_header(path: Path) -> Header:
    """An encrypted file's version, read through its key: its bytes say nothing, not even that they are a journal.

    This opens the file read-only, as a reading command would (SQLite may make its ``-shm``); a wrong
    key reads nothing and writes nothing, and a newer version is refused before anything else.
    """
    try:
        conn = _read_only_connection(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise sqlite_failure(error, path) from None
    if version > SCHEMA_VERSION:
        raise _newer(path, version)
    return Header(version=version, wal=True, encrypted=True)


def _newer(path: Path, version: int) -> NewerSchemaError:
    return NewerSchemaError(
        f"{shown(path)} was written by a newer Support Journal (schema {version}, this app "
        f"knows {SCHEMA_VERSION}); upgrade the app. The file was not changed."
    )


def _connect(path: Path, *, readonly: bool = False, new: bool = False, current: bool = False) -> Queries:
    conn = _read_only_connection(path) if readonly else _connection(path)
    db: Queries = PlainDb(conn)
    try:
        if readonly:
            _set_reading_pragmas(db, path)
            return db
        _set_pragmas(db)
        if new:  # a new file's first migration commits faster in WAL than with a rollback journal
            db.execute("PRAGMA journal_mode = WAL")
        if current:
            # Nothing to migrate: no write lock, so the journal opens while another program writes.
            _check_is_ours(db, path)
        else:
            full = as_database(db)  # the migrations build tables and search with sqlite-utils
            with transaction(full):
                _check_is_ours(full, path)
                migrate(full)
            db = full
        if not new:  # only after the check, so a file refused there is not switched to WAL
            db.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        conn.close()
        raise
    return db


def _connection(path: Path, *, through_sqlcipher: bool = False) -> sqlite3.Connection:
    """A connection to the journal file: SQLCipher's, keyed, for an encrypted one (or to convert one).

    Raises:
        LockedError: The file is encrypted and its key is not known here.
    """
    key = cipher.key_for(path)
    if key is not None or through_sqlcipher:
        return cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing, in a place where we may not be able to write at all.

    Where we can write, an ordinary connection with ``query_only`` cleans up its ``-wal`` and
    ``-shm`` on close (``mode=ro`` would leave them). Where we cannot, ``mode=ro`` reads a pending
    WAL through the existing ``-shm``; without a WAL, nobody can be writing (they could not create
    one here), so ``immutable`` reads the file alone, where SQLite could not create a ``-shm``.
    """
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        conn = _connection(path)
    else:
        flags = "mode=ro" if os.path.exists(f"{path}-wal") else "mode=ro&immutable=1"
        uri, key = f"{path.as_uri()}?{flags}", cipher.key_for(path)
        if key is None:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        else:
            conn = cipher.connect(uri, key, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _check_is_ours(db: Queries, path: Path) -> None:
    """Refuse a file another program, or a newer app since its header was read, got to first.

    A version-0 file that already holds tables belongs to another program: never add ours to it.
    Before writing, this runs inside the write transaction, so nothing can slip in between.
    """
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise _newer(path, version)
    if version == 0 and db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
        raise DamagedFileError(path, f"{NOT_A_JOURNAL} (it is another program's SQLite file)")


def _set_reading_pragmas(db: Queries, path: Path) -> None:
    _set_shared_pragmas(db)
    _check_is_ours(db, path)


def _set_shared_pragmas(db: Queries) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database sets it: both ways of opening alike


def _set_pragmas(db: Queries) -> None:
    _set_shared_pragmas(db)
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA synchronous = FULL")


def set_busy_timeout(db: Queries, milliseconds: int) -> None:
    """How long a call waits for another program's lock on the file before it fails as busy."""
    db.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")


def is_empty(db: Queries) -> bool:
    """True when nothing has been written yet: no members, self-care items, check-ins or journal days."""
    tables = ("members", "selfcare_items", "checkins", "journal")
    return not any(next(db.query(f"SELECT 1 FROM {table} LIMIT 1"), None) for table in tables)


@contextmanager
def transaction(db: Q) -> Iterator[Q]:
    """One write transaction, begun IMMEDIATE so a read-then-write never races another process.

    Nested use becomes a savepoint. Any exception rolls everything back.
    """
    conn = db.conn
    if conn.in_transaction:
        with _savepoint(conn):
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


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A transaction inside one: its changes go with the outer one, or are undone alone on an error."""
    # One name serves every level: SQLite releases or rolls back to the latest savepoint of a name.
    conn.execute("SAVEPOINT nested")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # an error such as RAISE(ROLLBACK) may have ended the whole transaction
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
        raise
    conn.execute("RELEASE nested")
