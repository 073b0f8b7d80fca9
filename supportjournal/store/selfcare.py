"""Self-care items, their schedules and their daily marks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from supportjournal.domain import validation as v
from supportjournal.domain.models import Mark, SelfCareItem
from supportjournal.domain.schedule import parse_schedule
from supportjournal.domain.streaks import selfcare_streak
from supportjournal.store import rows
from supportjournal.store.db import StoreError, transaction
from supportjournal.store.errors import written
from supportjournal.store.plain import Queries, exists, insert_row, update_row, upsert_row
from supportjournal.store.purge import purge_archived

STREAK_CHUNK_DAYS = 91
"""Marks are read for a streak this many days at a time."""


def add_item(
    db: Queries, title: str, schedule: str = "daily", *, starts_on: date | None = None, now: datetime | None = None
) -> SelfCareItem:
    """Add a self-care activity at the end of the list.

    Raises:
        ValidationError: Empty title or unknown schedule; nothing is written.
    """
    moment = now or datetime.now()
    record = {
        "id": rows.new_id(),
        "title": v.clean_name(title, "title"),
        "schedule": v.clean_schedule(schedule),
        "starts_on": (starts_on or moment.date()).isoformat(),
        "created_at": rows.stamp(moment),
        "updated_at": rows.stamp(moment),
        "archived_at": None,
    }
    with transaction(db):
        record["position"] = next(db.query("SELECT COALESCE(MAX(position), -1) + 1 AS p FROM selfcare_items"))["p"]
        insert_row(db, "selfcare_items", record)
    return rows.selfcare_item(record)


def update_item(db: Queries, item_id: str, *, now: datetime | None = None, **changes: Any) -> SelfCareItem:
    """Change an item's title or schedule."""
    cleaners = {"title": lambda value: v.clean_name(value, "title"), "schedule": v.clean_schedule}
    for key in changes:
        if key not in cleaners:
            raise v.ValidationError(key, f"unknown field {key!r}")
    fields = {key: cleaners[key](value) for key, value in changes.items()}
    fields["updated_at"] = rows.stamp(now)
    with transaction(db):
        if not exists(db, "selfcare_items", "id = ?", [item_id]):
            raise StoreError(f"no self-care item with id {item_id}")
        update_row(db, "selfcare_items", item_id, fields)
    return written(get_item(db, item_id))


def get_item(db: Queries, item_id: str) -> SelfCareItem | None:
    row = next(db.query("SELECT * FROM selfcare_items WHERE id = ?", [item_id]), None)
    return rows.selfcare_item(row) if row else None


def list_items(db: Queries, *, archived: bool = False) -> list[SelfCareItem]:
    condition = "IS NOT NULL" if archived else "IS NULL"
    return [
        rows.selfcare_item(row)
        for row in db.query(
            f"SELECT * FROM selfcare_items WHERE archived_at {condition} ORDER BY position, title"
        )
    ]


def _set_archived(db: Queries, item_id: str, value: str | None, now: datetime | None) -> None:
    with transaction(db):
        if not exists(db, "selfcare_items", "id = ?", [item_id]):
            raise StoreError(f"no self-care item with id {item_id}")
        update_row(db, "selfcare_items", item_id, {"archived_at": value, "updated_at": rows.stamp(now)})


def archive_item(db: Queries, item_id: str, *, now: datetime | None = None) -> None:
    _set_archived(db, item_id, rows.stamp(now), now)


def restore_item(db: Queries, item_id: str, *, now: datetime | None = None) -> None:
    _set_archived(db, item_id, None, now)


def purge_item(db: Queries, item_id: str) -> SelfCareItem:
    """Delete an archived self-care activity for good, with its daily marks and their notes.

    Returns:
        The activity as it was.

    Raises:
        StoreError: No such activity, or one not archived; nothing is deleted.
    """
    owned = (("selfcare_marks", "item_id"),)
    return rows.selfcare_item(purge_archived(db, "selfcare_items", item_id, owned, "self-care item", "it"))


def move_item(db: Queries, item_id: str, offset: int, *, now: datetime | None = None) -> None:
    """Move an active item up (negative) or down (positive) in the list."""
    moment = rows.stamp(now)
    with transaction(db):
        items = [item.id for item in list_items(db)]
        if item_id not in items:
            raise StoreError("that self-care item is archived or does not exist")
        index = items.index(item_id)
        target = max(0, min(len(items) - 1, index + offset))
        items.insert(target, items.pop(index))
        for position, each in enumerate(items):
            db.execute(
                "UPDATE selfcare_items SET position = ?, updated_at = ? WHERE id = ? AND position != ?",
                [position, moment, each, position],
            )


def set_mark(
    db: Queries, item_id: str, day: date, status: str | None, *, note: str | None = None, now: datetime | None = None
) -> Mark | None:
    """Mark an item done or skipped on a day, or clear the mark (``status=None``).

    A note given with ``status`` is kept; clearing the status removes the mark and its note.
    Marking a day before the item's first day moves its first day back, so the day counts.
    """
    if status is not None and status not in ("done", "skipped"):
        raise v.ValidationError("status", "status must be done or skipped")
    note = v.clean_note(note) if note is not None else None
    key = [item_id, day.isoformat()]
    with transaction(db):
        item = get_item(db, item_id)
        if item is None:
            raise StoreError("no such self-care item")
        if status is None:
            db.execute("DELETE FROM selfcare_marks WHERE item_id = ? AND day = ?", key)
            return None
        existing = next(db.query("SELECT note FROM selfcare_marks WHERE item_id = ? AND day = ?", key), None)
        record = {
            "item_id": item_id, "day": day.isoformat(), "status": status,
            "note": note if note is not None else (existing["note"] if existing else ""),
            "updated_at": rows.stamp(now),
        }
        upsert_row(db, "selfcare_marks", record, ("item_id", "day"))
        starts_on = item.starts_on or day
        earlier = parse_schedule(item.schedule).start_covering(starts_on, day)
        if earlier != starts_on:
            update_row(db, "selfcare_items", item_id, {"starts_on": earlier.isoformat(), "updated_at": record["updated_at"]})
    return rows.mark(record)


def marks_between(db: Queries, first: date, last: date, item_id: str | None = None) -> dict[tuple[str, date], Mark]:
    """Marks from ``first`` to ``last``, keyed by ``(item_id, day)``."""
    query = "SELECT * FROM selfcare_marks WHERE day BETWEEN ? AND ?"
    params = [first.isoformat(), last.isoformat()]
    if item_id:
        query += " AND item_id = ?"
        params.append(item_id)
    return {(mark.item_id, mark.day): mark for mark in map(rows.mark, db.query(query, params))}


class _MarksByChunk:
    """One item's marks, read from the database a chunk of days at a time, as a streak walks back."""

    def __init__(self, db: Queries, item_id: str) -> None:
        self._db = db
        self._item_id = item_id
        self._chunks: dict[int, dict[date, str]] = {}

    def get(self, day: date) -> str | None:
        chunk = day.toordinal() // STREAK_CHUNK_DAYS
        if chunk not in self._chunks:
            first = date.fromordinal(chunk * STREAK_CHUNK_DAYS)
            last = first + timedelta(days=STREAK_CHUNK_DAYS - 1)
            marks = marks_between(self._db, first, last, self._item_id)
            self._chunks[chunk] = {day: mark.status for (_, day), mark in marks.items()}
        return self._chunks[chunk].get(day)


def item_streak(db: Queries, item: SelfCareItem, today: date) -> int:
    """The item's current streak by its schedule; reads only as far back as the streak goes."""
    starts_on = item.starts_on or today
    return selfcare_streak(parse_schedule(item.schedule), _MarksByChunk(db, item.id), today, starts_on)
