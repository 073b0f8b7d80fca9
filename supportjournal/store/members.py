"""Members of the network, and what you have asked them for."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from supportjournal.domain import validation as v
from supportjournal.domain.models import Ask, Channel, Member
from supportjournal.domain.names import named
from supportjournal.store import rows
from supportjournal.store.db import StoreError, transaction
from supportjournal.store.errors import written
from supportjournal.store.plain import Queries, exists, insert_row, update_row
from supportjournal.store.purge import purge_archived


class MemberLookupError(StoreError):
    """A name that matches no member, or more than one."""

    def __init__(self, message: str, candidates: list[Member]) -> None:
        super().__init__(message)
        self.candidates = candidates


def clean_member_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise member fields (only those given).

    Raises:
        ValidationErrors: Naming every bad field.
    """
    cleaners: dict[str, Callable[[Any], Any]] = {
        "name": v.clean_name,
        "kind": v.clean_kind,
        "ring": v.clean_ring,
        "supports": v.clean_supports,
        "empathy": lambda value: v.clean_rating("empathy", value),
        "reliability": lambda value: v.clean_rating("reliability", value),
        "availability": lambda value: v.clean_rating("availability", value),
        "channels": v.clean_channels,
        "cadence": v.clean_cadence,
        "link": lambda value: (value or "").strip() or None,
        "notes": lambda value: v.clean_note(value, "notes"),
    }
    unknown = set(fields) - set(cleaners)
    if unknown:
        raise v.ValidationError(sorted(unknown)[0], f"unknown field {sorted(unknown)[0]!r}")
    return v.clean_each(cleaners, fields)


def add_member(
    db: Queries,
    name: str,
    kind: str,
    *,
    ring: str = "close",
    supports: Iterable[str] = (),
    empathy: int | None = None,
    reliability: int | None = None,
    availability: int | None = None,
    channels: Iterable[Channel] = (),
    cadence: str | None = None,
    link: str | None = None,
    notes: str = "",
    now: datetime | None = None,
) -> Member:
    """Add a member to the network.

    Raises:
        ValidationError: A field is not valid; nothing is written.
    """
    fields = clean_member_fields(
        dict(
            name=name, kind=kind, ring=ring, supports=supports, empathy=empathy,
            reliability=reliability, availability=availability, channels=channels,
            cadence=cadence, link=link, notes=notes,
        )
    )
    moment = rows.stamp(now)
    record = {"id": rows.new_id(), **rows.member_columns(fields)}
    record.update(created_at=moment, updated_at=moment, archived_at=None)
    with transaction(db):
        insert_row(db, "members", record)
    return rows.member(record)


def update_member(db: Queries, member_id: str, *, now: datetime | None = None, **changes: Any) -> Member:
    """Change some fields of a member.

    Raises:
        ValidationError: A field is not valid; nothing is written.
        StoreError: No such member.
    """
    fields = rows.member_columns(clean_member_fields(changes))
    fields["updated_at"] = rows.stamp(now)
    with transaction(db):
        if not exists(db, "members", "id = ?", [member_id]):
            raise StoreError(f"no member with id {member_id}")
        update_row(db, "members", member_id, fields)
    return written(get_member(db, member_id))


def _set_archived(db: Queries, member_id: str, value: str | None, now: datetime | None) -> Member:
    with transaction(db):
        if not exists(db, "members", "id = ?", [member_id]):
            raise StoreError(f"no member with id {member_id}")
        # A new modification time, so the archive (or the restore) travels to another device.
        update_row(db, "members", member_id, {"archived_at": value, "updated_at": rows.stamp(now)})
    return written(get_member(db, member_id))


def archive_member(db: Queries, member_id: str, *, now: datetime | None = None) -> Member:
    """Archive a member: hidden from the network, kept with all their history."""
    return _set_archived(db, member_id, rows.stamp(now), now)


def restore_member(db: Queries, member_id: str, *, now: datetime | None = None) -> Member:
    """Bring an archived member back."""
    return _set_archived(db, member_id, None, now)


def purge_member(db: Queries, member_id: str) -> Member:
    """Delete an archived member for good, with their asks, contacts and ledger entries.

    Check-ins they were part of stay (only the link to them goes), as does the journal; the plan's
    lines naming them go.

    Returns:
        The member as they were.

    Raises:
        StoreError: No such member, or one not archived; nothing is deleted.
    """
    owned = (
        ("asks", "member_id"), ("interactions", "member_id"), ("plan_entries", "member_id"),
        ("review_state", "member_id"),
    )
    return rows.member(purge_archived(db, "members", member_id, owned, "member", "them"))


def get_member(db: Queries, member_id: str) -> Member | None:
    row = next(db.query("SELECT * FROM members WHERE id = ?", [member_id]), None)
    return rows.member(row) if row else None


def list_members(db: Queries, *, archived: bool = False) -> list[Member]:
    """Active members (or archived ones), by name."""
    condition = "IS NOT NULL" if archived else "IS NULL"
    return [
        rows.member(row)
        for row in db.query(
            f"SELECT * FROM members WHERE archived_at {condition} ORDER BY name COLLATE NOCASE"
        )
    ]


def find_members(db: Queries, name: str) -> list[Member]:
    """Active members a typed name means (``domain.names.named``: exact, else a unique beginning)."""
    return named(list_members(db), name, lambda member: member.name)


def resolve_member(db: Queries, name: str) -> Member:
    """The one active member a typed name means.

    Raises:
        MemberLookupError: Unknown or ambiguous, listing the candidates.
    """
    matches = find_members(db, name)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        names = [m.name for m in list_members(db)]
        hint = f"; members are: {', '.join(names)}" if names else "; add one with 'supportjournal member add'"
        raise MemberLookupError(f"no member called {name!r}{hint}", [])
    raise MemberLookupError(
        f"{name!r} could be {', '.join(m.name for m in matches)}; type more of the name", matches
    )


def last_contacts(db: Queries) -> dict[str, date]:
    """The latest contact day per active member: one indexed lookup each, whatever the history."""
    query = """
        SELECT m.id, (
            SELECT i.day FROM interactions i
            WHERE i.member_id = m.id AND i.archived_at IS NULL
            ORDER BY i.at DESC LIMIT 1
        ) AS last_day
        FROM members m WHERE m.archived_at IS NULL
    """
    return {
        row["id"]: date.fromisoformat(row["last_day"])
        for row in db.query(query)
        if row["last_day"]
    }


def add_ask(
    db: Queries, member_id: str, need: str, asked_on: date, note: str = "", *, now: datetime | None = None
) -> Ask:
    """Record that you told a member what you need from them."""
    need = v.clean_name(need, "need")
    note = v.clean_note(note)
    record = {
        "id": rows.new_id(), "member_id": member_id, "need": need,
        "asked_on": asked_on.isoformat(), "note": note, "created_at": rows.stamp(now),
        "updated_at": rows.stamp(now),
    }
    with transaction(db):
        if not exists(db, "members", "id = ?", [member_id]):
            raise StoreError(f"no member with id {member_id}")
        insert_row(db, "asks", record)
    return Ask(record["id"], member_id, need, asked_on, note)


def list_asks(db: Queries, member_id: str) -> list[Ask]:
    return [
        rows.ask(row)
        for row in db.query(
            "SELECT * FROM asks WHERE member_id = ? ORDER BY asked_on DESC", [member_id]
        )
    ]
