"""Streaks: self-care items by their schedule, and daily check-ins."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from supportjournal.domain.schedule import Schedule


class Marks(Protocol):
    """Anything with ``get(day)`` giving ``"done"``, ``"skipped"`` or ``None``: a dict will do."""

    def get(self, day: date, /) -> str | None: ...


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def selfcare_streak(
    schedule: Schedule,
    marks: Marks,
    today: date,
    starts_on: date,
) -> int:
    """How many scheduled occurrences in a row were done, counting back from ``today``.

    A skip (a rest day) neither counts nor breaks the streak; today not yet done does not break
    it either. For "N times a week" the streak counts weeks in which N days were done (the
    current week counts once it is met, and never breaks it while still in progress); a week
    whose done and skipped days together reach N neither counts nor breaks it.

    Args:
        schedule: The item's schedule.
        marks: ``day -> "done" | "skipped"``; only read as far back as the streak goes.
        today: The day to count back from.
        starts_on: The item's first day; nothing before it counts.
    """
    # Imported here: a check-in counts its streak with this module and never reads a schedule.
    from supportjournal.domain.schedule import days_back

    if schedule.flexible:
        return _weekly_streak(schedule.per_week, marks, today, starts_on)
    streak = 0
    for window_start, window_end in days_back(today, starts_on):
        for day in reversed(schedule.occurrences(window_start, window_end, starts_on)):
            status = marks.get(day)
            if status == "done":
                streak += 1
            elif status == "skipped" or day == today:
                continue
            else:
                return streak
    return streak


def _weekly_streak(per_week: int, marks: Marks, today: date, first: date) -> int:
    streak = 0
    week = _week_start(today)
    while week >= _week_start(first):
        days = [week + timedelta(days=i) for i in range(7)]
        statuses = [marks.get(day) for day in days]
        done = statuses.count("done")
        if done >= per_week:
            streak += 1
        elif week != _week_start(today) and done + statuses.count("skipped") < per_week:
            break  # rest days make up the rest of a week's quota, as a skip does for a day
        week -= timedelta(days=7)
    return streak


def checkin_streak(days_descending: Iterable[date], today: date) -> int:
    """Consecutive days with at least one check-in, ending today (or yesterday, if today has none).

    Args:
        days_descending: Distinct check-in days, newest first; read lazily and only as far as the
            streak goes, so a long history costs nothing extra.
        today: The day to count back from.
    """
    streak = 0
    expected = today
    for day in days_descending:
        if day > today:
            continue
        if streak == 0 and day == today - timedelta(days=1) and expected == today:
            expected = day
        if day != expected:
            break
        streak += 1
        expected = day - timedelta(days=1)
    return streak
