"""What the insights charts plot: mood by day (or week) with its range, in runs broken by days without a check-in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

PERIODS: tuple[int | None, ...] = (30, 90, 365, None)
"""The periods the insights screen cycles through, in days; ``None`` is everything."""
DEFAULT_PERIOD = 90
WEEKLY_AFTER_DAYS = 400
"""A span longer than this is charted as weekly means: a daily line that long is only noise at terminal width."""


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
    low: int
    high: int
    days: int = 1
    """Days with a check-in behind the point."""


def next_period(period: int | None) -> int | None:
    """The period after this one, wrapping round."""
    index = PERIODS.index(period) if period in PERIODS else PERIODS.index(DEFAULT_PERIOD)
    return PERIODS[(index + 1) % len(PERIODS)]


def clean_period(value: object) -> int | None:
    """A stored period back to one of ``PERIODS`` (anything else is the default)."""
    return value if value in PERIODS else DEFAULT_PERIOD


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


def is_weekly(first: date, last: date) -> bool:
    """Whether a span is charted week by week (see ``WEEKLY_AFTER_DAYS``)."""
    return (last - first).days + 1 > WEEKLY_AFTER_DAYS


def weekly(moods: Iterable[DayMood]) -> list[Point]:
    """One point per week that has a check-in; each day counts once, however many check-ins it had."""
    weeks: dict[date, list[DayMood]] = {}
    for mood in moods:
        weeks.setdefault(week_of(mood.day), []).append(mood)
    return [
        Point(monday, sum(m.mean for m in days) / len(days), min(m.low for m in days), max(m.high for m in days), len(days))
        for monday, days in sorted(weeks.items())
    ]


def points(moods: Iterable[DayMood], first: date, last: date) -> list[Point]:
    """The plotted points of a span: daily, or weekly for a long one (see ``is_weekly``)."""
    moods = list(moods)
    if is_weekly(first, last):
        return weekly(moods)
    return [Point(m.day, m.mean, m.low, m.high) for m in moods]


def runs(plotted: Iterable[Point], step_days: int) -> list[list[Point]]:
    """Points split where one is missing: a day (or week) without a check-in is a gap in the line, never a zero.

    Args:
        plotted: Points in order of day.
        step_days: 1 for daily points, 7 for weekly ones.
    """
    found: list[list[Point]] = []
    for point in plotted:
        if found and (point.day - found[-1][-1].day).days == step_days:
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
