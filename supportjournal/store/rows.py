"""Ids, timestamps and turning rows into domain records."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from supportjournal.domain.models import (
    Ask,
    Channel,
    CheckIn,
    Interaction,
    JournalEntry,
    Mark,
    Member,
    SelfCareItem,
)


def new_id() -> str:
    """A random id that stays the same when the data moves to another device."""
    return uuid.uuid4().hex


def stamp(moment: datetime | None = None) -> str:
    """A timestamp as stored: local time, ISO 8601, to the second."""
    return (moment or datetime.now()).replace(microsecond=0).isoformat()


def day_text(day: date) -> str:
    return day.isoformat()


def as_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def as_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def member(row: dict[str, Any]) -> Member:
    return Member(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        ring=row["ring"],
        supports=tuple(json.loads(row["supports"] or "[]")),
        empathy=row["empathy"],
        reliability=row["reliability"],
        availability=row["availability"],
        channels=tuple(Channel(c["kind"], c["value"]) for c in json.loads(row["channels"] or "[]")),
        cadence=row["cadence"],
        link=row["link"],
        notes=row["notes"],
        created_at=as_datetime(row["created_at"]),
        updated_at=as_datetime(row["updated_at"]),
        archived_at=as_datetime(row["archived_at"]),
    )


def member_columns(fields: dict[str, Any]) -> dict[str, Any]:
    """Member fields as columns: tuples become JSON."""
    columns = dict(fields)
    if "supports" in columns:
        columns["supports"] = json.dumps(list(columns["supports"]))
    if "channels" in columns:
        columns["channels"] = json.dumps(
            [{"kind": c.kind, "value": c.value} for c in columns["channels"]], ensure_ascii=False
        )
    return columns


def ask(row: dict[str, Any]) -> Ask:
    return Ask(row["id"], row["member_id"], row["need"], date.fromisoformat(row["asked_on"]), row["note"])


def interaction(row: dict[str, Any]) -> Interaction:
    return Interaction(
        id=row["id"],
        member_id=row["member_id"],
        at=datetime.fromisoformat(row["at"]),
        direction=row["direction"],
        channel=row["channel"],
        support=row["support"],
        weight=row["weight"],
        note=row["note"],
        checkin_id=row["checkin_id"],
        member_name=row.get("member_name", ""),
    )


def checkin(row: dict[str, Any], interactions: tuple[Interaction, ...] = ()) -> CheckIn:
    return CheckIn(
        id=row["id"],
        at=datetime.fromisoformat(row["at"]),
        mood=row["mood"],
        note=row["note"],
        interactions=interactions,
    )


def selfcare_item(row: dict[str, Any]) -> SelfCareItem:
    return SelfCareItem(
        id=row["id"],
        title=row["title"],
        schedule=row["schedule"],
        starts_on=as_date(row["starts_on"]),
        position=row["position"],
        archived_at=as_datetime(row["archived_at"]),
    )


def mark(row: dict[str, Any]) -> Mark:
    return Mark(row["item_id"], date.fromisoformat(row["day"]), row["status"], row["note"])


def journal_entry(row: dict[str, Any]) -> JournalEntry:
    return JournalEntry(date.fromisoformat(row["day"]), row["body"], as_datetime(row["updated_at"]))
