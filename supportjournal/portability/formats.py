"""Every export and import format by name, for the command line and the app alike."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from supportjournal.portability import csvfiles, daylio, jrnl, jsonfile, readable, vcards
from supportjournal.portability.jobs import Job, Progress
from supportjournal.portability.report import FormatError
from supportjournal.store.db import make_private_folder
from supportjournal.store.errors import StoreError, os_failure, shown
from supportjournal.store.files import write_private

MAX_IMPORT_BYTES = 200 * 1024 * 1024
"""A larger file is refused before it is read: no journal's history comes near it."""

Exported = str | dict[str, str]
"""One file's text, or several files' texts by name (CSV)."""


@dataclass(frozen=True)
class Export:
    """One export format: how to write it, and the usual name of its file."""

    name: str
    write: Callable[[Database, datetime, Progress], Exported]
    file_name: str
    what: str
    """What the file holds, for help and the app."""


@dataclass(frozen=True)
class Source:
    """A file to import, read, with what the import needs besides it."""

    text: str
    now: datetime
    moods: dict[str, int] = field(default_factory=dict)
    """Daylio mood names of one's own, mapped to 1–10 (``--mood NAME=N``)."""


@dataclass(frozen=True)
class Import:
    """One import format: how to turn a file into an import job."""

    name: str
    job: Callable[[Source, Progress], Job]
    what: str


EXPORTS: dict[str, Export] = {
    "json": Export("json", jsonfile.export_json, "journal.json", "everything, to move or merge into another copy"),
    "csv": Export("csv", csvfiles.export_csv, "journal-csv.zip", "one file per table (a folder, or a .zip)"),
    "markdown": Export("markdown", readable.export_markdown, "journal.md", "the journal day by day, with moods and check-ins"),
    "jrnl": Export("jrnl", readable.export_jrnl, "journal.txt", "the journal as jrnl's plain text (jrnl --import)"),
    "vcard": Export("vcard", vcards.export_vcard, "members.vcf", "active members as vCard 4.0 for an address book"),
}

IMPORTS: dict[str, Import] = {
    "json": Import(
        "json", lambda source, progress: jsonfile.import_json(jsonfile.read_json(source.text), progress),
        "a Support Journal export: merged by stable id",
    ),
    "jrnl": Import(
        "jrnl", lambda source, progress: jrnl.import_jrnl(source.text, source.now, progress),
        "jrnl's JSON (jrnl --format json): entries join their day's entry",
    ),
    "daylio": Import(
        "daylio", lambda source, progress: daylio.import_daylio(source.text, source.now, source.moods, progress),
        "Daylio's CSV export: check-ins, self-care marks and notes",
    ),
    "vcard": Import(
        "vcard", lambda source, progress: vcards.import_vcard(source.text, source.now, progress),
        "vCard 3.0 or 4.0 cards become members",
    ),
}


def write_export(output: str | os.PathLike[str], exported: Exported) -> Path:
    """Write an export: one file whole, or several into a new folder or a ``.zip`` (all 0600)."""
    target = Path(output).expanduser()
    if isinstance(exported, str):
        return write_private(target, exported)
    if target.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in exported.items():
                archive.writestr(name, text)
        return write_private(target, buffer.getvalue())
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StoreError(f"{shown(target)} is already there; name a new folder, or a file ending in .zip")
    try:
        make_private_folder(target)
    except OSError as error:
        raise os_failure(error, target) from None
    for name, text in exported.items():
        write_private(target / name, text)
    return target


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
