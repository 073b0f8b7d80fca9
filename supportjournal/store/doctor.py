"""An integrity check of the journal file, reported in plain words, that never writes to it."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from supportjournal.store.encrypted_copies import scratch_copy
from supportjournal.store.errors import StoreError
from supportjournal.store.header import read_header
from supportjournal.store.schema import SCHEMA_VERSION

REPAIR_HINT = "rebuild with 'supportjournal doctor --repair'"
COUNTED = (
    ("members", "members"), ("checkins", "check-ins"), ("interactions", "interactions"),
    ("selfcare_items", "self-care items"), ("journal", "journal entries"),
)


@dataclass(frozen=True)
class Finding:
    """One line of the report."""

    ok: bool
    message: str


def check(db: Database, path: Path | None = None) -> list[Finding]:
    """Check the file's integrity, foreign keys, search index, schema version and permissions.

    Each check stands alone: one that cannot run on a damaged file is reported, and the rest still run.
    """
    checks: list[tuple[str, Callable[[], Finding]]] = [
        ("database integrity", lambda: _integrity(db)),
        ("links between records", lambda: _links(db)),
        ("journal search index", lambda: _search_index(db, path)),
        ("schema version", lambda: _version(db)),
        ("journal mode", lambda: _journal_mode(db, path)),
    ]
    findings = [_guarded(label, run) for label, run in checks]
    if path is not None:
        findings.extend(permissions(path))
    findings.append(_guarded("contents", lambda: _contents(db)))
    return findings


def _guarded(label: str, run: Callable[[], Finding]) -> Finding:
    try:
        return run()
    except (sqlite3.Error, OSError, StoreError) as error:
        return Finding(False, f"{label}: could not be checked ({error})")


def _integrity(db: Database) -> Finding:
    try:
        result = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as error:  # damage the check itself cannot get past is its answer
        return Finding(False, f"database integrity: damaged ({error})")
    ok = result == ["ok"]
    return Finding(ok, "database integrity: " + ("ok" if ok else "; ".join(result[:5])))


def _links(db: Database) -> Finding:
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    return Finding(not broken, "links between records: " + (f"{len(broken)} broken" if broken else "ok"))


def _search_index(db: Database, path: Path | None) -> Finding:
    """FTS5's own check, run on a copy in memory: the check is an INSERT, and the file is never written."""
    copy = scratch_copy(path)
    try:
        db.conn.backup(copy)
        try:
            copy.execute("INSERT INTO journal_fts(journal_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.Error as error:
            return Finding(False, f"journal search index: {error} ({REPAIR_HINT})")
    finally:
        copy.close()
    return Finding(True, "journal search index: ok")


def _version(db: Database) -> Finding:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    return Finding(version == SCHEMA_VERSION, f"schema version: {version} (this app: {SCHEMA_VERSION})")


def _journal_mode(db: Database, path: Path | None) -> Finding:
    if path is None:
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    else:  # from the file: a read-only connection reports its own mode, not the file's
        header = read_header(Path(os.path.realpath(path)))
        if header is not None and header.encrypted and not _writable(path):
            # Only SQLite can read an encrypted header, and where it may not write it reads the file as immutable.
            return Finding(True, "journal mode: not checked (an encrypted journal in a read-only place)")
        if header is not None and header.encrypted:  # its header is encrypted: ask the connection, which read it
            mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        else:
            mode = "none (the file is empty)" if header is None else "wal" if header.wal else "rollback journal"
    return Finding(mode == "wal", f"journal mode: {mode}")


def _writable(path: Path) -> bool:
    real = Path(os.path.realpath(path))
    return os.access(real, os.W_OK) and os.access(real.parent, os.W_OK)


def _contents(db: Database) -> Finding:
    counts = ", ".join(f"{db[table].count} {label}" for table, label in COUNTED)
    return Finding(True, f"contents: {counts}")


def permissions(path: Path) -> list[Finding]:
    """Whether the journal (the file a link points to) and its companion files are private."""
    path = Path(os.path.realpath(path))
    findings = []
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            mode = stat.S_IMODE(os.stat(candidate).st_mode)
            private = mode & 0o077 == 0
            findings.append(
                Finding(private, f"{candidate.name} permissions: {mode:o}" + ("" if private else " (others can read it; run chmod 600)"))
            )
    return findings


def repair_search_index(db: Database) -> None:
    """Rebuild the journal search index from the entries."""
    db.table("journal").rebuild_fts()
