"""What the insights charts plot: mood by day (or week) with its range, in runs broken by days without a check-in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

PERIODS: tuple[int | None, ...] = (30, 90, 365, None)
"""The periods the insights screen cycles through, in days; ``None`` is everything."""
DEFAULT_PERIOD = 90
DAILY_UP_TO_DAYS = 400
"""Spans up to this many days are charted day by day."""
WEEKLY_UP_TO_DAYS = 3 * 365
"""Longer spans up to this are charted by week, longer still by month: more points than the chart has cells is only noise."""
UNITS = ("day", "week", "month")


@dataclass(frozen=True)
class DayMood:
    """One day's check-ins, as the store groups them."""

    day: date
    mean: float
    low: int
    high: int
    count: int
    """Check-ins that day."""


@dataclass(frozen=True)
class Point:
    """One plotted day or week: the mean of its daily means and the range of its check-ins."""

    day: date
    """The day, or the Monday of the week."""
    mean: float
    low: float
    high: float
    days: int = 1
    """Days with a check-in behind the point."""


def next_period(period: int | None) -> int | None:
    """The period after this one, wrapping round."""
    index = PERIODS.index(period) if period in PERIODS else PERIODS.index(DEFAULT_PERIOD)
    return PERIODS[(index + 1) % len(PERIODS)]


def period_first(period: int | None, today: date, first_record: date | None) -> date:
    """The first day of a period ending today; "everything" starts at the first record (or today if none)."""
    if period is None:
        return min(first_record or today, today)
    return today - timedelta(days=period - 1)


def period_words(period: int | None) -> str:
    return "everything" if period is None else f"the last {period} days"


def week_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def unit_of(first: date, last: date) -> str:
    """What one point of a span's chart stands for: ``day``, ``week`` or ``month``."""
    days = (last - first).days + 1
    return "day" if days <= DAILY_UP_TO_DAYS else "week" if days <= WEEKLY_UP_TO_DAYS else "month"


def bucket_of(day: date, unit: str) -> date:
    """The first day of ``day``'s day, week (Monday) or month."""
    if unit == "week":
        return week_of(day)
    return day.replace(day=1) if unit == "month" else day


def next_bucket(start: date, unit: str) -> date:
    """The first day of the bucket after the one starting on ``start``."""
    if unit == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=7 if unit == "week" else 1)


def points(moods: Iterable[DayMood], unit: str) -> list[Point]:
    """One point per day, week or month with a check-in; each day counts once, however many check-ins it had.

    A day's range is its lowest and highest check-in; a week's or month's is its lowest and highest
    day (by the day's mean), so one hard evening doesn't stretch a whole month.
    """
    if unit == "day":
        return [Point(m.day, m.mean, m.low, m.high) for m in moods]
    buckets: dict[date, list[float]] = {}
    for mood in moods:
        buckets.setdefault(bucket_of(mood.day, unit), []).append(mood.mean)
    return [
        Point(start, sum(means) / len(means), min(means), max(means), len(means))
        for start, means in sorted(buckets.items())
    ]


def runs(plotted: Iterable[Point], unit: str) -> list[list[Point]]:
    """Points split where one is missing: a day (week, month) without a check-in is a gap in the line, never a zero."""
    found: list[list[Point]] = []
    for point in plotted:
        if found and point.day == next_bucket(found[-1][-1].day, unit):
            found[-1].append(point)
        else:
            found.append([point])
    return found


@dataclass(frozen=True)
class WeekCount:
    """How many different people you were in touch with in one week."""

    week: date
    """The Monday."""
    people: int


def people_per_week(contacts: Mapping[date, Iterable[str]], first: date, last: date) -> list[WeekCount]:
    """Distinct people in touch for every week from ``first``'s to ``last``'s, weeks without anyone as 0.

    A week with nobody logged is a real zero here (unlike mood, which has no value without a check-in).
    """
    people: dict[date, set[str]] = {}
    for day, members in contacts.items():
        if first <= day <= last:
            people.setdefault(week_of(day), set()).update(members)
    weeks = []
    monday = week_of(first)
    while monday <= last:
        weeks.append(WeekCount(monday, len(people.get(monday, ()))))
        monday += timedelta(days=7)
    return weeks
