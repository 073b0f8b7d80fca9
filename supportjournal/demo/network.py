"""The sample network as rows: members, what was asked of them, and when each can be contacted."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from supportjournal.demo.ids import new_id, stamp
from supportjournal.demo.life import Active
from supportjournal.demo.roster import PEOPLE, Person
from supportjournal.store import rows
from supportjournal.store.members import clean_member_fields


def network(
    rng: random.Random, first: date, today: date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Active]]:
    """The sample network as rows, with ids drawn from ``rng``.

    Members go through the store's own validation, so cadences are stored in canonical words.

    Returns:
        ``(member rows, ask rows, each member's span of contact)``.
    """
    span = (today - first).days
    members, asks, active = [], [], []
    for person in PEOPLE:
        member_id = new_id(rng)
        joined = first + timedelta(days=int(span * person.joined))
        created = stamp(joined, 20, rng.randrange(60))
        fields = clean_member_fields(
            dict(
                name=person.name, kind=person.kind, ring=person.ring, supports=person.supports,
                empathy=person.fit[0], reliability=person.fit[1], availability=person.fit[2],
                channels=person.channels, cadence=person.cadence, link=person.link,
                notes=person.notes,
            )
        )
        archived = stamp(today - timedelta(days=person.archived), 21) if person.archived else None
        members.append(
            {"id": member_id, **rows.member_columns(fields), "created_at": created,
             "updated_at": created, "archived_at": archived}
        )
        for need, days_ago, note in person.asks:
            asked_on = max(joined, today - timedelta(days=days_ago))
            asks.append(
                {"id": new_id(rng), "member_id": member_id, "need": need,
                 "asked_on": asked_on.isoformat(), "note": note, "created_at": stamp(asked_on, 21, 30)}
            )
        active.append(Active(person, member_id, joined, _last_contact(person, today)))
    return members, asks, active


def _last_contact(person: Person, today: date) -> date:
    if person.weekday is None:
        return today - timedelta(days=person.last_seen)
    days_back = (today.weekday() - person.weekday) % 7 or 7
    return today - timedelta(days=days_back)
