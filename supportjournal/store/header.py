"""A journal judged from its bytes: SQLite would write (checkpoint, ``-shm``) just to read its version."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from supportjournal.store.errors import DamagedFileError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
MIN_PAGE_SIZE = 512
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24
WAL_MAGICS = (0x377F0682, 0x377F0683)
NOT_A_JOURNAL = "not a Support Journal database"


@dataclass(frozen=True)
class Header:
    """What the first page says, with a committed page 1 in a pending WAL taking precedence."""

    version: int
    """``PRAGMA user_version``: the schema version."""
    wal: bool
    """The file is in WAL mode."""
    encrypted: bool = False
    """Not plain SQLite, yet shaped like an encrypted journal: whole pages of random-looking bytes.

    Nothing more can be told from its bytes (that is the point of encrypting it): ``version`` and
    ``wal`` are then read through its key, by ``store/db.py``, and until then ``version`` is 0.
    """


def read_header(path: Path) -> Header | None:
    """The header of the file at ``path``, or None when the file is empty (a journal to be).

    Raises:
        DamagedFileError: Not an SQLite file, a damaged header, or a file cut short.
        OSError: The file cannot be read.
    """
    with open(path, "rb") as file:
        head = file.read(HEADER_SIZE)
        size = os.fstat(file.fileno()).st_size
    committed, wal_page = _pending_wal(Path(f"{path}-wal"))
    if wal_page is not None:
        # SQLite reads page 1 from the WAL while it is there, so judge by that copy: the file's own may
        # still be empty (a new journal) or zeros (a checkpoint that grew the file, then was cut short).
        head = wal_page
    elif not head:  # a new file
        return None
    if not head.startswith(SQLITE_MAGIC) and _could_be_encrypted(head, size, from_wal=wal_page is not None):
        return Header(version=0, wal=False, encrypted=True)
    if len(head) < HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        raise DamagedFileError(path, f"{NOT_A_JOURNAL} (it is not an SQLite file)")
    page_size = _page_size(int.from_bytes(head[16:18], "big"))
    if page_size is None:
        raise DamagedFileError(path, "damaged: its header is not valid")
    if not committed:  # a checkpoint cut short leaves the file short, and the WAL to finish it
        _check_length(path, head, page_size, size)
    version = int.from_bytes(head[60:64], "big", signed=True)
    if version < 0:
        raise DamagedFileError(path, f"{NOT_A_JOURNAL} (schema version {version})")
    return Header(version=version, wal=head[18] == 2 and head[19] == 2)


def _could_be_encrypted(head: bytes, size: int, *, from_wal: bool) -> bool:
    """An encrypted file is whole pages (SQLCipher's are 4096 bytes; 512 at the least) of random bytes."""
    return len(head) >= HEADER_SIZE and (from_wal or (size >= MIN_PAGE_SIZE and size % MIN_PAGE_SIZE == 0))


def _page_size(raw: int) -> int | None:
    size = 65536 if raw == 1 else raw
    return size if 512 <= size <= 65536 and size & (size - 1) == 0 else None


def _check_length(path: Path, head: bytes, page_size: int, size: int) -> None:
    # The page count in the header is valid only while its "valid-for" number matches the change
    # counter; a pending rollback journal may still restore a shorter file legitimately.
    pages = int.from_bytes(head[28:32], "big")
    if pages and head[24:28] == head[92:96] and size < pages * page_size and not _exists(f"{path}-journal"):
        raise DamagedFileError(
            path, f"damaged: it is shorter than its header says ({size} of {pages * page_size} bytes; cut off?)"
        )


def _exists(name: str) -> bool:
    return os.path.exists(name)


def _pending_wal(wal: Path) -> tuple[bool, bytes | None]:
    """Whether ``wal`` holds a committed transaction, and the start of page 1 as of its last commit.

    Frames count while their salts match the WAL header's, as SQLite's recovery reads them. The
    checksums are not recomputed: a torn last transaction could only make a newer version look
    present, which refuses a file rather than changing it.
    """
    try:
        file = open(wal, "rb")
    except FileNotFoundError:
        return False, None
    with file:
        head = file.read(WAL_HEADER_SIZE)
        if len(head) < WAL_HEADER_SIZE:
            return False, None
        magic, _format, raw_size, _sequence, *salts = struct.unpack(">6I", head[:24])
        page_size = _page_size(raw_size)
        if magic not in WAL_MAGICS or page_size is None:
            return False, None
        latest = page_one = None
        committed = False
        offset = WAL_HEADER_SIZE
        end = os.fstat(file.fileno()).st_size
        while offset + WAL_FRAME_HEADER_SIZE + page_size <= end:
            file.seek(offset)
            page, commit_size, *frame_salts = struct.unpack(">4I", file.read(16))
            if frame_salts != salts:
                break
            if page == 1:
                file.seek(offset + WAL_FRAME_HEADER_SIZE)
                latest = file.read(HEADER_SIZE)
            if commit_size:
                committed, page_one = True, latest
            offset += WAL_FRAME_HEADER_SIZE + page_size
        return committed, page_one
