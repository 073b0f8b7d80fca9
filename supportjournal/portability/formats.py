"""Every export and import format by name, for the command line and the app alike."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from supportjournal.portability import jsonfile
from supportjournal.portability.jobs import Job, Progress
from supportjournal.portability.report import FormatError
from supportjournal.store.errors import os_failure

MAX_IMPORT_BYTES = 200 * 1024 * 1024
"""A larger file is refused before it is read: no journal's history comes near it."""


@dataclass(frozen=True)
class Export:
    """One export format: how to write it, and the usual suffix of its file."""

    name: str
    write: Callable[[Database, datetime, Progress], str]
    suffix: str
    what: str
    """What the file holds, for help and the app."""


@dataclass(frozen=True)
class Import:
    """One import format: how to turn a file's text into an import job."""

    name: str
    job: Callable[[str, Progress], Job]
    what: str


EXPORTS: dict[str, Export] = {
    "json": Export("json", jsonfile.export_json, ".json", "everything, to move or merge into another copy"),
}

IMPORTS: dict[str, Import] = {
    "json": Import(
        "json", lambda text, progress: jsonfile.import_json(jsonfile.read_json(text), progress),
        "a Support Journal export: merged by stable id",
    ),
}


def read_text(path: str | os.PathLike[str]) -> str:
    """A file to import, as text (UTF-8, a byte-order mark allowed).

    Raises:
        StoreError: It cannot be read, is too large, or is not UTF-8 text.
    """
    source = Path(path).expanduser()
    try:
        if source.is_dir():
            raise FormatError("that is a folder; name the file to import")
        if source.stat().st_size > MAX_IMPORT_BYTES:
            raise FormatError(f"the file is over {MAX_IMPORT_BYTES // 1024 // 1024} MB; is it the right one?")
        data = source.read_bytes()
    except OSError as error:
        raise os_failure(error, source) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FormatError(f"line {line}: not UTF-8 text; nothing was imported") from None
