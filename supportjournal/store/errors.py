"""Errors about the journal file, each worded with what really went wrong (read-only, full, too long)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import TypeVar

from supportjournal.domain.text import visible

Record = TypeVar("Record")


class StoreError(Exception):
    """A problem with the database file, worded for the person using the app."""


def written(record: Record | None) -> Record:
    """A record read back just after its write; gone by then only if another program deleted it."""
    if record is None:
        raise StoreError("it was deleted by another program just after it was saved")
    return record


class NewerSchemaError(StoreError):
    """The file was written by a newer Support Journal; we refuse to touch it."""


class DamagedFileError(StoreError):
    """The file is not a journal, or no longer a whole one; ``reason`` says which, without the path."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{shown(path)} is {reason}")
        self.reason = reason


def shown(path: Path | str) -> str:
    """A path as it may appear in a message: control characters in it are shown, never sent."""
    return visible(str(path))


READ_ONLY_HINT = "reading commands such as 'today' still work"
"""Said of a journal that cannot be changed where it is, when reading it needs no change."""
_OS_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "it is on a read-only file system",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.ENAMETOOLONG: "the path is too long for this system",
    errno.ENOTDIR: "a part of its path is a file, not a folder",
    errno.ELOOP: "its symbolic links go round in a loop",
}


def os_failure(error: OSError, path: Path) -> StoreError:
    """A failed file-system call on the way to the journal, as one true sentence."""
    reason = _OS_REASONS.get(error.errno or 0) or (error.strerror or str(error)).lower()
    where = error.filename if isinstance(error.filename, str) and error.filename != str(path) else None
    return StoreError(f"cannot use {shown(path)}: {reason}" + (f" ({shown(where)})" if where else ""))


def sqlite_failure(error: sqlite3.Error, path: Path, *, read_only_hint: str = READ_ONLY_HINT) -> StoreError:
    """A failed SQLite call while opening ``path``, named by its result code rather than guessed.

    Args:
        error: What SQLite raised.
        path: The journal file.
        read_only_hint: Said in brackets when the file or its folder turns out to be read-only.
    """
    name = getattr(error, "sqlite_errorname", "") or ""
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or name.startswith("SQLITE_CORRUPT_"):
        return DamagedFileError(path, f"damaged ({error})")
    if name.startswith("SQLITE_READONLY"):
        place = "its folder" if name == "SQLITE_READONLY_DIRECTORY" or not _writable(path.parent) else "the file"
        return read_only_failure(path, place, read_only_hint)
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and _disk_full(path.parent)):
        return StoreError(f"cannot write {shown(path)}: the disk is full; nothing was changed")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreError(f"{shown(path)} is busy: another program kept it locked; try again")
    if name.startswith("SQLITE_CANTOPEN"):
        try:  # SQLite drops the system's reason; asking the system again recovers it
            os.close(os.open(path, os.O_RDONLY))
        except OSError as os_error:
            return os_failure(os_error, path)
    return StoreError(f"could not open {shown(path)}: {visible(str(error))}")


def read_only_failure(path: Path, where: str, hint: str = READ_ONLY_HINT) -> StoreError:
    """The journal cannot be changed: ``where`` (the file, or its folder) is read-only, or its file system."""
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            where = "its file system"
    except OSError:
        pass
    return StoreError(f"cannot change {shown(path)}: {where} is read-only ({hint})")


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def _disk_full(folder: Path) -> bool:
    try:
        return os.statvfs(folder).f_bavail == 0
    except OSError:
        return False
