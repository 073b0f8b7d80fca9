"""Check-ins: mood, and who you were in touch with."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from supportjournal.domain import validation as v
from supportjournal.domain.balance import combine
from supportjournal.domain.low_mood import low_mood, window_start
from supportjournal.domain.models import CheckIn
from supportjournal.domain.streaks import checkin_streak as _streak
from supportjournal.store import rows
from supportjournal.store.db import StoreError, transaction
from supportjournal.store.errors import written
from supportjournal.store.interactions import clean_interaction_fields, interaction_record
from supportjournal.store.plain import Queries, insert_rows

_ACTIVE_MEMBER = "SELECT 1 FROM members WHERE id = ? AND archived_at IS NULL"
"""A member a check-in may name: one that exists and is not archived."""


@dataclass(frozen=True)
class Contact:
    """One member in a check-in, and which way support went."""

    member_id: str
    direction: str = "none"


def record_checkin(
    db: Queries,
    mood: int,
    at: datetime,
    *,
    contacts: Iterable[Contact] = (),
    note: str = "",
    now: datetime | None = None,
) -> CheckIn:
    """Write a check-in and its interactions in one transaction.

    A member listed twice gets one interaction, its directions combined (gave + received = both).

    Raises:
        ValidationError: Bad mood, direction or note; nothing is written.
        StoreError: A member is archived or missing; nothing is written.
    """
    mood = v.clean_mood(mood)
    note = v.clean_note(note)
    checkin_id = rows.new_id()
    record = {
        "id": checkin_id, "at": rows.stamp(at), "day": at.date().isoformat(), "mood": mood,
        "note": note, "created_at": rows.stamp(now), "updated_at": rows.stamp(now), "archived_at": None,
    }
    directions: dict[str, str] = {}
    for contact in contacts:
        direction = v.clean_direction(contact.direction)
        directions[contact.member_id] = combine(directions.get(contact.member_id, "none"), direction)
    interactions = [
        interaction_record(
            member_id, at, clean_interaction_fields({"direction": direction}),
            checkin_id=checkin_id, now=now,
        )
        for member_id, direction in directions.items()
    ]
    with transaction(db):  # plain SQL: the check-in opens the journal without sqlite-utils
        for item in interactions:
            if not db.execute(_ACTIVE_MEMBER, [item["member_id"]]).fetchone():
                raise StoreError("a member in this check-in is archived or does not exist")
        insert_rows(db, "checkins", [record])
        insert_rows(db, "interactions", interactions)
    return written(get_checkin(db, checkin_id))


def get_checkin(db: Queries, checkin_id: str) -> CheckIn | None:
    row = next(db.query("SELECT * FROM checkins WHERE id = ?", [checkin_id]), None)
    if row is None:
        return None
    linked = db.query(
        """SELECT i.*, m.name AS member_name FROM interactions i JOIN members m ON m.id = i.member_id
           WHERE i.checkin_id = ? AND i.archived_at IS NULL ORDER BY m.name""",
        [checkin_id],
    )
    return rows.checkin(row, tuple(rows.interaction(item) for item in linked))


def checkins_on(db: Queries, day: date) -> list[CheckIn]:
    """The check-ins of one day, oldest first, with their interactions."""
    ids = [
        row["id"]
        for row in db.query(
            "SELECT id FROM checkins WHERE day = ? AND archived_at IS NULL ORDER BY at",
            [day.isoformat()],
        )
    ]
    return [checkin for checkin_id in ids if (checkin := get_checkin(db, checkin_id))]


def moods_between(db: Queries, first: date, last: date) -> dict[date, list[int]]:
    """Moods per day from ``first`` to ``last``, in order of time."""
    moods: dict[date, list[int]] = {}
    for row in db.query(
        """SELECT day, mood FROM checkins WHERE day BETWEEN ? AND ? AND archived_at IS NULL
           ORDER BY at""",
        [first.isoformat(), last.isoformat()],
    ):
        moods.setdefault(date.fromisoformat(row["day"]), []).append(row["mood"])
    return moods


def mood_is_low(db: Queries, today: date) -> bool:
    """True when recent check-ins show a sustained low mood (the rule: ``domain/low_mood.py``)."""
    return low_mood(moods_between(db, window_start(today), today), today)


def checkin_days_descending(db: Queries, before: date | None = None) -> Iterator[date]:
    """Distinct check-in days, newest first, read lazily from the index."""
    cursor = db.execute(
        "SELECT DISTINCT day FROM checkins WHERE archived_at IS NULL AND day <= ? ORDER BY day DESC",
        [(before or date.max).isoformat()],
    )
    for (day,) in cursor:
        yield date.fromisoformat(day)


def checkin_streak(db: Queries, today: date) -> int:
    """Days in a row with a check-in, up to today (or yesterday)."""
    return _streak(checkin_days_descending(db, today), today)
