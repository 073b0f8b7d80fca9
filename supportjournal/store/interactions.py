"""Contacts and ledger entries: who you were in touch with, and which way support flowed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from supportjournal.domain import validation as v
from supportjournal.domain.balance import tally
from supportjournal.domain.models import Balance, Interaction
from supportjournal.store import rows
from supportjournal.store.db import StoreError, transaction
from supportjournal.store.errors import written
from supportjournal.store.plain import Queries, exists, insert_row, update_row

_SELECT = """
    SELECT i.*, m.name AS member_name FROM interactions i JOIN members m ON m.id = i.member_id
"""


def clean_interaction_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate interaction fields (only those given); raises ``ValidationError``."""
    cleaners = {
        "direction": v.clean_direction,
        "channel": v.clean_channel_kind,
        "support": v.clean_support,
        "weight": v.clean_weight,
        "note": v.clean_note,
    }
    for key in fields:
        if key not in cleaners:
            raise v.ValidationError(key, f"unknown field {key!r}")
    return {key: cleaners[key](value) for key, value in fields.items()}


def interaction_record(
    member_id: str, at: datetime, fields: dict[str, Any], *, checkin_id: str | None, now: datetime | None
) -> dict[str, Any]:
    """A row for the interactions table from cleaned fields."""
    record = {
        "id": rows.new_id(), "member_id": member_id, "at": rows.stamp(at),
        "day": at.date().isoformat(), "channel": "", "direction": "none", "support": "",
        "weight": 1, "note": "", "checkin_id": checkin_id, "created_at": rows.stamp(now),
        "updated_at": rows.stamp(now), "archived_at": None,
    }
    record.update(fields)
    return record


def log_interaction(
    db: Queries,
    member_id: str,
    at: datetime,
    *,
    direction: str = "none",
    channel: str = "",
    support: str = "",
    weight: int = 1,
    note: str = "",
    now: datetime | None = None,
) -> Interaction:
    """Log a contact or ledger entry with one member.

    Raises:
        ValidationError: A field is not valid; nothing is written.
        StoreError: No such active member.
    """
    fields = clean_interaction_fields(
        dict(direction=direction, channel=channel, support=support, weight=weight, note=note)
    )
    record = interaction_record(member_id, at, fields, checkin_id=None, now=now)
    with transaction(db):
        if not exists(db, "members", "id = ? AND archived_at IS NULL", [member_id]):
            raise StoreError("that member is archived or does not exist")
        insert_row(db, "interactions", record)
    return written(get_interaction(db, record["id"]))


def get_interaction(db: Queries, interaction_id: str) -> Interaction | None:
    row = next(db.query(_SELECT + " WHERE i.id = ?", [interaction_id]), None)
    return rows.interaction(row) if row else None


def update_interaction(
    db: Queries, interaction_id: str, *, at: datetime | None = None, now: datetime | None = None, **changes: Any
) -> Interaction:
    """Change an interaction's fields (and optionally its moment)."""
    fields = clean_interaction_fields(changes)
    fields["updated_at"] = rows.stamp(now)
    if at is not None:
        fields.update(at=rows.stamp(at), day=at.date().isoformat())
    with transaction(db):
        if not exists(db, "interactions", "id = ?", [interaction_id]):
            raise StoreError(f"no interaction with id {interaction_id}")
        update_row(db, "interactions", interaction_id, fields)
    return written(get_interaction(db, interaction_id))


def _set_archived(db: Queries, interaction_id: str, value: str | None, now: datetime | None) -> None:
    with transaction(db):
        if not exists(db, "interactions", "id = ?", [interaction_id]):
            raise StoreError(f"no interaction with id {interaction_id}")
        update_row(db, "interactions", interaction_id, {"archived_at": value, "updated_at": rows.stamp(now)})


def archive_interaction(db: Queries, interaction_id: str, *, now: datetime | None = None) -> None:
    """Delete an interaction from view (kept, so it can be restored)."""
    _set_archived(db, interaction_id, rows.stamp(now), now)


def restore_interaction(db: Queries, interaction_id: str, *, now: datetime | None = None) -> None:
    _set_archived(db, interaction_id, None, now)


def recent_interactions(
    db: Queries, *, member_id: str | None = None, ledger_only: bool = False, limit: int = 50
) -> list[Interaction]:
    """The latest interactions, newest first; bounded by ``limit``.

    Args:
        member_id: Only this member's.
        ledger_only: Only entries where support was given or received.
        limit: At most this many.
    """
    where = ["i.archived_at IS NULL"]
    params: list[Any] = []
    if member_id:
        where.append("i.member_id = ?")
        params.append(member_id)
    if ledger_only:
        where.append("i.direction != 'none'")
    # (day, at) is indexed, so the newest rows are read first and LIMIT stops the walk early.
    order = "i.at DESC" if member_id else "i.day DESC, i.at DESC"
    query = f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?"
    return [rows.interaction(row) for row in db.query(query, [*params, limit])]


def interactions_on(db: Queries, day: date) -> list[Interaction]:
    return [
        rows.interaction(row)
        for row in db.query(
            f"{_SELECT} WHERE i.day = ? AND i.archived_at IS NULL ORDER BY i.at", [day.isoformat()]
        )
    ]


def balances(db: Queries, since: date | None = None) -> dict[str, Balance]:
    """Support given and received per active member since a day (or over all time).

    Returns:
        ``member_id -> Balance``; members with no support either way are left out.
    """
    query = """
        SELECT i.member_id, m.name, m.kind, i.direction, SUM(i.weight) AS weight
        FROM interactions i {index} JOIN members m ON m.id = i.member_id
        WHERE i.archived_at IS NULL AND m.archived_at IS NULL AND i.direction != 'none'
        {window}
        GROUP BY i.member_id, i.direction
    """
    window, params = ("AND i.day >= ?", [since.isoformat()]) if since else ("", [])
    # With a window, read only the window's rows through the day index (else SQLite may walk all
    # of history in member order to save a sort).
    index = "INDEXED BY interactions_day" if since else ""
    found = list(db.query(query.format(window=window, index=index), params))
    return tally(
        ((row["member_id"], row["name"], row["direction"], row["weight"]) for row in found),
        {row["member_id"]: row["kind"] for row in found},
    )
