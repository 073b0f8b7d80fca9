"""Writing a file the person asked for (an export, a summary) privately and whole: 0600, atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from supportjournal.store.errors import StoreError, os_failure, shown


def write_private(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` to ``path`` as 0600 through a temporary file beside it, fsynced, then renamed.

    Either the whole new file is there or the old one (if any) is untouched; a reader never sees half.

    Returns:
        The path written.

    Raises:
        StoreError: The folder is missing or not writable, or the disk is full; nothing is left behind.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise StoreError(f"{shown(target)} is a folder; name a file to write")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        # mkstemp creates the file 0600 whatever the umask.
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise os_failure(error, target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _sync_folder(target.parent)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise os_failure(error, target) from None
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders can't be opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
