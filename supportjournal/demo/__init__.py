"""A deterministic, realistic sample support system, for demo mode, tests and benchmarks."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from sqlite_utils import Database

from supportjournal.demo.journal import journal
from supportjournal.demo.life import live, low_days
from supportjournal.demo.network import network
from supportjournal.demo.plan import plan
from supportjournal.demo.selfcare import selfcare
from supportjournal.store.db import transaction

__all__ = ["DemoSummary", "generate"]

_MOMENTS = ("at", "created_at", "updated_at", "archived_at")
"""The columns that hold a moment; none may be later than the moment the sample is made."""


@dataclass(frozen=True)
class DemoSummary:
    """How much sample data was written."""

    members: int
    """Members, the archived one included."""
    checkins: int
    interactions: int
    """Contacts and ledger entries, with or without a check-in."""
    marks: int
    """Self-care marks, done or skipped."""
    entries: int
    """Journal entries."""


def generate(
    db: Database, *, years: int = 1, seed: int = 0, today: date | None = None, now: datetime | None = None
) -> DemoSummary:
    """Fill a fresh database with a sample network and ``years`` of daily life, in one transaction.

    The same ``years``, ``seed`` and ``today`` (or ``now``) always give the same content, ids and
    timestamps included: everything is drawn from ``random.Random(seed)`` and placed relative to
    ``today``. Nothing is later than ``now``, so a check-in made just after is the day's latest.

    Args:
        db: A fresh, empty database from ``store.open_db``.
        years: How many years of history, ending today.
        seed: Picks one of many equally plausible histories.
        today: The last day of the history (the latest check-in is on it), when ``now`` is not given.
        now: The moment the sample is made (its day is the last day); default the end of
            ``today``, or the clock.

    Returns:
        The number of rows written, per kind.

    Raises:
        ValueError: ``years`` is less than 1.
    """
    if years < 1:
        raise ValueError("years must be at least 1")
    moment = now or (datetime.combine(today, time(23, 59, 59)) if today else datetime.now())
    today = moment.date()
    first = today - relativedelta(years=years) + timedelta(days=1)
    rng = random.Random(seed)
    members, asks, active = network(rng, first, today)
    low = low_days(rng, first, today)
    days = live(rng, first, today, low, active)
    items, marks = selfcare(rng, first, today, low)
    titles = {item["id"]: item["title"] for item in items}
    done: dict[str, list[str]] = defaultdict(list)
    for mark in marks:
        if mark["status"] == "done":
            done[mark["day"]].append(titles[mark["item_id"]])
    inner = [each.person.name for each in active if each.person.ring == "inner"]
    entries = journal(rng, days, done, inner)
    checkins = [row for day in days for row in day.checkins]
    interactions = [row for day in days for _, row in day.contacts]
    # Today's rows sit at fixed hours (a check-in about 08:00): a minute before now at the latest.
    latest = max(datetime.combine(today, time()), moment.replace(microsecond=0) - timedelta(minutes=1))
    for row in (*members, *asks, *checkins, *interactions, *items, *marks, *entries):
        _no_later_than(row, latest.isoformat())
    with transaction(db):
        db.table("members").insert_all(members)
        db.table("asks").insert_all(asks)
        db.table("checkins").insert_all(checkins)
        db.table("interactions").insert_all(interactions)
        db.table("selfcare_items").insert_all(items)
        db.table("selfcare_marks").insert_all(marks)
        db.table("journal").insert_all(entries)
        db.table("plan_entries").insert_all(plan(seed, members, today))
    return DemoSummary(len(members), len(checkins), len(interactions), len(marks), len(entries))


def _no_later_than(row: dict, latest: str) -> None:
    """Move any moment of ``row`` later than ``latest`` (ISO text, so text order is time order) back to it."""
    for column in _MOMENTS:
        if (row.get(column) or "") > latest:
            row[column] = latest
