"""The schema, versioned by ``PRAGMA user_version`` and migrated forward in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


KINDS = ("family", "friend", "colleague", "professional", "support group", "online community")
RINGS = ("inner", "close", "wider")
SUPPORTS = ("listening", "advice", "practical help", "company", "professional care", "crisis")
DIRECTIONS = ("gave", "received", "both", "none")
MARKS = ("done", "skipped")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


def _rating(column: str) -> str:
    return f"{column} INTEGER CHECK ({column} IS NULL OR {column} BETWEEN 1 AND 5)"


_V1 = f"""
CREATE TABLE members (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN {_in(KINDS)}),
    ring TEXT NOT NULL DEFAULT 'close' CHECK (ring IN {_in(RINGS)}),
    supports TEXT NOT NULL DEFAULT '[]',
    {_rating("empathy")},
    {_rating("reliability")},
    {_rating("availability")},
    channels TEXT NOT NULL DEFAULT '[]',
    cadence TEXT,
    link TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived_at TEXT
);
CREATE INDEX members_active ON members (archived_at, name);

CREATE TABLE asks (
    id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES members (id),
    need TEXT NOT NULL CHECK (length(trim(need)) > 0),
    asked_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX asks_member ON asks (member_id, asked_on);

CREATE TABLE checkins (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    archived_at TEXT
);
CREATE INDEX checkins_day ON checkins (day, at);

CREATE TABLE interactions (
    id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES members (id),
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'none' CHECK (direction IN {_in(DIRECTIONS)}),
    support TEXT NOT NULL DEFAULT '',
    weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 3),
    note TEXT NOT NULL DEFAULT '',
    checkin_id TEXT REFERENCES checkins (id),
    created_at TEXT NOT NULL,
    archived_at TEXT
);
CREATE INDEX interactions_member ON interactions (member_id, at);
CREATE INDEX interactions_day ON interactions (day, at);
CREATE INDEX interactions_checkin ON interactions (checkin_id);

CREATE TABLE selfcare_items (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    schedule TEXT NOT NULL DEFAULT 'daily',
    starts_on TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    archived_at TEXT
);

CREATE TABLE selfcare_marks (
    item_id TEXT NOT NULL REFERENCES selfcare_items (id),
    day TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN {_in(MARKS)}),
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (item_id, day)
);
CREATE INDEX selfcare_marks_day ON selfcare_marks (day);

CREATE TABLE journal (
    day TEXT PRIMARY KEY,
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def _run_script(db: Database, script: str) -> None:
    """Run DDL statement by statement inside the open transaction.

    Faster than sqlite-utils' ``executescript`` in a transaction, which finds statement ends one
    character at a time; our DDL never has a ``;`` inside a statement.
    """
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: Database) -> None:
    _run_script(db, _V1)
    db.table("journal").enable_fts(["body"], create_triggers=True, tokenize="porter")


_SAFETY_PLAN = """
CREATE TABLE plan_entries (
    id TEXT PRIMARY KEY,
    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    member_id TEXT REFERENCES members (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived_at TEXT,
    CHECK (member_id IS NULL OR step IN (3, 4, 5)),
    CHECK (member_id IS NOT NULL OR length(trim(text)) > 0)
);
CREATE INDEX plan_entries_step ON plan_entries (archived_at, step, position);
CREATE INDEX plan_entries_member ON plan_entries (member_id)
"""


def _safety_plan(db: Database) -> None:
    """The safety plan: one row per line of a step, free text or a member (steps 3 to 5), archived, never deleted."""
    _run_script(db, _SAFETY_PLAN)


def _review_state(db: Database) -> None:
    """What the weekly review remembers per member: when their card was last seen, and any snooze."""
    db.execute("""
        CREATE TABLE review_state (
            member_id TEXT PRIMARY KEY REFERENCES members (id),
            reviewed_on TEXT,
            snoozed_until TEXT,
            updated_at TEXT NOT NULL
        )
    """)


MODIFIED_TABLES = ("asks", "checkins", "interactions", "selfcare_items")
"""Tables that had no modification time before ``_modification_times``."""


def _modification_times(db: Database) -> None:
    """A modification time on every record, so an import can tell which of two copies is newer.

    Members, self-care marks and journal days had one; these tables start from their creation time.
    A writer that leaves the column out (an insert written before it existed) gets the creation time.
    """
    for table in MODIFIED_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''")
        db.execute(f"UPDATE {table} SET updated_at = created_at")
        db.execute(  # one statement with a ';' inside, so not through _run_script
            f"""CREATE TRIGGER {table}_updated_at_default AFTER INSERT ON {table} WHEN NEW.updated_at = ''
                BEGIN UPDATE {table} SET updated_at = NEW.created_at WHERE rowid = NEW.rowid; END"""
        )


MIGRATIONS: list[Callable[[Database], None]] = [_v1, _safety_plan, _review_state, _modification_times]
"""Migration ``n`` (0-based) brings a file from version ``n`` to ``n + 1``. Append, never edit."""

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: Database) -> int:
    """Run every migration the file has not had yet. Call inside one transaction.

    Returns:
        The version the file was at before.
    """
    start = db.execute("PRAGMA user_version").fetchone()[0]
    for version in range(start, SCHEMA_VERSION):
        MIGRATIONS[version](db)
        db.execute(f"PRAGMA user_version = {version + 1}")
    return start
