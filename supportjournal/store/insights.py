"""The aggregate reads behind insights and the summary: one row per day (or per day and member), never per check-in.

Every query is bounded by a period and walks the ``day`` indexes, so a 30-day view reads 30 days
whatever the history, and ten years read as a few thousand grouped rows.
"""

from __future__ import annotations

from datetime import date

from supportjournal.domain.insights.overview import PeriodRecords
from supportjournal.domain.insights.series import DayMood
from supportjournal.domain.insights.summary import Note
from supportjournal.domain.models import SelfCareItem
from supportjournal.store.members import list_members
from supportjournal.store.plain import Queries
from supportjournal.store.selfcare import list_items, marks_between


def daily_moods(db: Queries, first: date, last: date) -> list[DayMood]:
    """Each day's mood from ``first`` to ``last``: mean, lowest, highest and how many check-ins; days without one are absent."""
    query = """
        SELECT day, AVG(mood) AS mean, MIN(mood) AS low, MAX(mood) AS high, COUNT(*) AS count
        FROM checkins INDEXED BY checkins_day
        WHERE day BETWEEN ? AND ? AND archived_at IS NULL
        GROUP BY day ORDER BY day
    """
    return [
        DayMood(date.fromisoformat(row["day"]), row["mean"], row["low"], row["high"], row["count"])
        for row in db.query(query, [first.isoformat(), last.isoformat()])
    ]


def contact_days(db: Queries, first: date, last: date) -> dict[date, frozenset[str]]:
    """Who you were in touch with on each day from ``first`` to ``last`` (member ids); days without anyone are absent.

    Every logged contact and ledger entry counts, with a check-in or without; an archived
    member's past contacts still happened, so they count too.
    """
    query = """
        SELECT day, member_id FROM interactions INDEXED BY interactions_day
        WHERE day BETWEEN ? AND ? AND archived_at IS NULL
        GROUP BY day, member_id
    """
    found: dict[date, set[str]] = {}
    for row in db.query(query, [first.isoformat(), last.isoformat()]):
        found.setdefault(date.fromisoformat(row["day"]), set()).add(row["member_id"])
    return {day: frozenset(members) for day, members in found.items()}


def first_record_day(db: Queries) -> date | None:
    """The earliest day with a check-in or a contact: where "all time" begins (two index lookups)."""
    days = [
        row["day"]
        for row in db.query(
            """SELECT (SELECT MIN(day) FROM checkins WHERE archived_at IS NULL) AS day
               UNION ALL SELECT (SELECT MIN(day) FROM interactions WHERE archived_at IS NULL)"""
        )
        if row["day"]
    ]
    return date.fromisoformat(min(days)) if days else None


def all_items(db: Queries) -> list[SelfCareItem]:
    """Every self-care activity, archived ones after the active (their past still counts)."""
    return list_items(db) + list_items(db, archived=True)


def period_records(db: Queries, first: date, last: date) -> PeriodRecords:
    """What insights and the summary need of the days from ``first`` to ``last``: a few grouped, bounded reads."""
    return PeriodRecords(
        first, last, daily_moods(db, first, last), contact_days(db, first, last),
        all_items(db), marks_between(db, first, last),
        list_members(db) + list_members(db, archived=True),
    )


_NOTES = """
    SELECT day, 'check-in' AS what, note AS text, at AS moment FROM checkins
        WHERE day BETWEEN :first AND :last AND archived_at IS NULL AND note != ''
    UNION ALL SELECT day, 'contact', note, at FROM interactions
        WHERE day BETWEEN :first AND :last AND archived_at IS NULL AND note != ''
    UNION ALL SELECT day, 'self-care', note, updated_at FROM selfcare_marks
        WHERE day BETWEEN :first AND :last AND note != ''
    UNION ALL SELECT day, 'journal', body, day FROM journal
        WHERE day BETWEEN :first AND :last AND trim(body) != ''
    ORDER BY day, moment
"""


def private_notes(db: Queries, first: date, last: date) -> list[Note]:
    """Every note and journal entry from ``first`` to ``last``, in order: only for a summary that asks for them."""
    params = {"first": first.isoformat(), "last": last.isoformat()}
    return [Note(date.fromisoformat(row["day"]), row["what"], row["text"]) for row in db.query(_NOTES, params)]
