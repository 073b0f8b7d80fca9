"""Daily life in the sample: a wandering mood, check-ins, and contacts with the network."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from supportjournal.demo.ids import new_id, stamp
from supportjournal.demo.phrases import CHECKIN_NOTES, contact_note, mood_band
from supportjournal.demo.roster import Person
from supportjournal.domain.models import DIRECTIONS

STREAK_DAYS = 12
"""The last this many days all have a check-in, and the day before has none."""
GIVING = ("listening", "practical help", "company", "advice")
"""Support you give others."""
_SLOTS = ((7, 150), (12, 90), (17, 120), (20, 165))
"""Check-in times: ``(first hour, minutes of spread)`` for morning, lunch, after work, evening."""
_CHECKINS_PER_DAY = {False: (0.1, 0.58, 0.26, 0.06), True: (0.28, 0.5, 0.17, 0.05)}
"""Chances of 0, 1, 2 or 3 check-ins on an ordinary day and on a low one."""


@dataclass
class Active:
    """A member's span of contact in the sample."""

    person: Person
    member_id: str
    first: date
    last: date
    """The latest contact (last_seen days before today)."""
    lean: float = 0.0
    """Support given minus received lately; balanced relationships drift back towards zero."""


@dataclass
class Day:
    """What happened on one day; read later by the journal."""

    day: date
    low: bool
    checkins: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[tuple[Person, dict[str, Any]]] = field(default_factory=list)

    @property
    def mood(self) -> float | None:
        moods = [row["mood"] for row in self.checkins]
        return sum(moods) / len(moods) if moods else None


def low_days(rng: random.Random, first: date, today: date) -> set[date]:
    """A low stretch or two a year, never in the last month so the app opens on a steady week."""
    span = (today - first).days + 1
    days: set[date] = set()
    for _ in range(max(1, round(span / 365 * 1.5))):
        length = rng.randint(10, 26)
        start = first + timedelta(days=rng.randint(0, max(0, span - 30 - length)))
        days.update(start + timedelta(days=offset) for offset in range(length))
    return days


def _target(day: date, low: bool) -> float:
    """The level mood drifts towards: lower in a low stretch and a little lower in winter."""
    winter = max(0.0, math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365))
    return (3.3 if low else 6.7) - 0.8 * winter


def live(
    rng: random.Random, first: date, today: date, low: set[date], active: list[Active]
) -> list[Day]:
    """Every day from ``first`` to ``today``: check-ins and contacts.

    Args:
        rng: The seeded generator.
        first: The first day of the sample.
        today: The last day.
        low: Days in a low stretch.
        active: Members and when they may be contacted.
    """
    days = []
    level = 6.5
    for offset in range((today - first).days + 1):
        day = first + timedelta(days=offset)
        record = Day(day, day in low)
        level += 0.22 * (_target(day, record.low) - level) + rng.gauss(0, 0.45)
        people = [each for each in active if _in_touch(rng, each, day, record.low)]
        lift = 0.4 if people else 0.0
        for hour, minute in _checkin_times(rng, day, first, today, record.low):
            mood = max(1, min(10, round(level + lift + rng.gauss(0, 0.7))))
            note = rng.choice(CHECKIN_NOTES[mood_band(mood)]) if rng.random() < 0.35 else ""
            at = stamp(day, hour, minute)
            record.checkins.append(
                {"id": new_id(rng), "at": at, "day": day.isoformat(), "mood": mood, "note": note,
                 "created_at": at, "archived_at": None}
            )
        for each in people:
            # Today's contacts go with today's morning check-in, not later in a day not yet lived.
            record.contacts.append((each.person, _contact(rng, each, record, day == today)))
        days.append(record)
    return days


def _in_touch(rng: random.Random, active: Active, day: date, low: bool) -> bool:
    if not active.first <= day <= active.last:
        return False
    person = active.person
    if person.every:
        # Fixed appointments; now and then one is missed, never the latest.
        return (active.last - day).days % person.every == 0 and (day == active.last or rng.random() > 0.08)
    if day == active.last:
        return True
    chance = person.per_week / 7
    if low:
        chance *= 1.4 if person.ring == "inner" else 0.5
    return rng.random() < chance


def _checkin_times(
    rng: random.Random, day: date, first: date, today: date, low: bool
) -> list[tuple[int, int]]:
    if day == today:
        return [(8, rng.randint(0, 40))]  # a morning check-in, so the app looks alive
    count = rng.choices(range(4), _CHECKINS_PER_DAY[low])[0]
    days_ago = (today - day).days
    if day == first or days_ago < STREAK_DAYS:
        count = max(count, 1)
    elif days_ago == STREAK_DAYS:
        count = 0
    slots = sorted(rng.sample(_SLOTS, count))
    times = []
    for hour, spread in slots:
        minute = rng.randrange(spread)
        times.append((hour + minute // 60, minute % 60))
    return times


def _contact(rng: random.Random, active: Active, record: Day, always_link: bool) -> dict[str, Any]:
    person = active.person
    weights = list(person.mix)
    if max(weights[:2]) < 0.5 and abs(active.lean) > 1:
        weights[0 if active.lean > 0 else 1] *= 0.25  # give and take evens out between friends
    if record.low and weights[1] >= weights[0]:
        weights[1] *= 1.6  # in a low stretch you lean on people more
    direction = rng.choices(DIRECTIONS, weights)[0]
    support = _support(rng, person, direction, record.low)
    weight = 3 if support == "crisis" else rng.choices((1, 2, 3), (0.65, 0.27, 0.08))[0]
    active.lean = 0.85 * active.lean + weight * ((direction == "gave") - (direction == "received"))
    checkin = None
    if record.checkins and not person.every and (always_link or rng.random() < 0.55):
        checkin = rng.choice(record.checkins)
    if checkin:
        at = checkin["at"]
    else:
        hour = person.at_hour + 0.5 if person.every else rng.uniform(8, 22)
        at = stamp(record.day, int(hour), int(hour % 1 * 60))
    note = ""
    if rng.random() < (0.2 if checkin else 0.5):
        note = rng.choice(contact_note(direction, support, person.kind)).format(name=person.name)
    return {
        "id": new_id(rng), "member_id": active.member_id, "at": at, "day": record.day.isoformat(),
        "channel": person.ways[0] if rng.random() < 0.6 else rng.choice(person.ways),
        "direction": direction, "support": support,
        "weight": weight,
        "note": note, "checkin_id": checkin["id"] if checkin else None, "created_at": at,
        "archived_at": None,
    }


def _support(rng: random.Random, person: Person, direction: str, low: bool) -> str:
    if direction == "none":
        return ""
    if direction == "gave":
        return rng.choice(GIVING)
    choices = [kind for kind in person.supports if kind != "crisis" or low]
    return rng.choice(choices or GIVING)
