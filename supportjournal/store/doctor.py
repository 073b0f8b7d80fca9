"""An integrity check of the journal file, reported in plain words."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from supportjournal.store.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class Finding:
    """One line of the report."""

    ok: bool
    message: str


def check(db: Database, path: Path | None = None) -> list[Finding]:
    """Check the file's integrity, foreign keys, search index, schema version and permissions."""
    findings = []
    result = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    findings.append(
        Finding(result == ["ok"], "database integrity: ok" if result == ["ok"] else "database integrity: " + "; ".join(result[:5]))
    )
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    findings.append(
        Finding(not broken, "links between records: ok" if not broken else f"links between records: {len(broken)} broken")
    )
    try:
        db.execute("INSERT INTO journal_fts(journal_fts, rank) VALUES ('integrity-check', 1)")
        findings.append(Finding(True, "journal search index: ok"))
    except Exception as error:  # noqa: BLE001 - any failure here is the finding itself
        findings.append(Finding(False, f"journal search index: {error} (rebuild with 'supportjournal doctor --repair')"))
    version = db.execute("PRAGMA user_version").fetchone()[0]
    findings.append(Finding(version == SCHEMA_VERSION, f"schema version: {version} (this app: {SCHEMA_VERSION})"))
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    findings.append(Finding(mode == "wal", f"journal mode: {mode}"))
    if path is not None:
        findings.extend(_permissions(path))
    counts = ", ".join(
        f"{db[table].count} {label}"
        for table, label in (
            ("members", "members"), ("checkins", "check-ins"), ("interactions", "interactions"),
            ("selfcare_items", "self-care items"), ("journal", "journal entries"),
        )
    )
    findings.append(Finding(True, f"contents: {counts}"))
    return findings


def _permissions(path: Path) -> list[Finding]:
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
    db["journal"].rebuild_fts()
