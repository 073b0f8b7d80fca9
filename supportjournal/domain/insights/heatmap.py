"""The self-care calendar: one cell a day for the last year, a glyph per state so it reads without colour."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from supportjournal.domain.models import Mark, SelfCareItem
from supportjournal.domain.schedule import parse_schedule

HEATMAP_WEEKS = 53
"""Columns of the calendar: a year, ending with this week."""
HEAT_GLYPHS = {
    "done": "●", "some": "◐", "rest": "~", "missed": "○", "off": "·", "open": "◌", "future": " ",
}
"""One glyph per day state, distinct in shape, so the calendar reads in any theme and without colour."""
HEAT_LEGEND = (("done", "all done"), ("some", "some"), ("rest", "rest"), ("missed", "not done"), ("off", "nothing due"))
"""The legend under the calendar: each state's glyph and its words."""


@dataclass(frozen=True)
class DayCare:
    """What happened to self-care on one day, by activity title."""

    day: date
    state: str
    """A key of ``HEAT_GLYPHS``."""
    done: tuple[str, ...] = ()
    rested: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()
    """Due, not marked, and the day is over."""
    open: tuple[str, ...] = ()
    """Due today and not marked yet."""


def _state(care: DayCare) -> str:
    if care.done:
        return "some" if care.missed or care.open else "done"
    for state, titles in (("missed", care.missed), ("rest", care.rested), ("open", care.open)):
        if titles:
            return state
    return "off"


def day_cares(
    items: Iterable[SelfCareItem], marks: Mapping[tuple[str, date], Mark], first: date, last: date, today: date
) -> dict[date, DayCare]:
    """Every day from ``first`` to ``last``, by the same rules as the checklist's 7-day strip.

    A day marked done or rest is that; an unmarked day the activity was due is missed once it is
    over (today is still open); an "N times a week" activity is never missed on a given day; an
    archived activity is due no more after the day it was archived.
    """
    items = list(items)
    titles = {item.id: item.title for item in items}
    due: dict[str, set[date]] = {}
    for item in items:
        until = min(last, item.archived_at.date()) if item.archived_at else last
        schedule = parse_schedule(item.schedule)
        due[item.id] = set() if schedule.flexible else set(schedule.occurrences(first, until, item.starts_on))
    cares = {}
    day = first
    while day <= last:
        sorts: dict[str, list[str]] = {"done": [], "rested": [], "missed": [], "open": []}
        for item in items:
            mark = marks.get((item.id, day))
            if mark and mark.status == "done":
                sorts["done"].append(titles[item.id])
            elif mark and mark.status == "skipped":
                sorts["rested"].append(titles[item.id])
            elif day in due[item.id]:
                sorts["open" if day == today else "missed"].append(titles[item.id])
        care = DayCare(day, "future", *(tuple(names) for names in sorts.values()))
        cares[day] = care if day > today else replace(care, state=_state(care))
        day += timedelta(days=1)
    return cares


def calendar(last: date, weeks: int = HEATMAP_WEEKS) -> list[list[date]]:
    """The calendar's days: seven rows (Monday first), one column per week, the last column ``last``'s week.

    Days after ``last`` in its week are in the grid too (they show as blank, being in the future).
    """
    start = last - timedelta(days=last.weekday()) - timedelta(weeks=weeks - 1)
    return [[start + timedelta(weeks=column, days=row) for column in range(weeks)] for row in range(7)]


def month_row(columns: list[date]) -> str:
    """Month names over the columns where a month begins, e.g. ``Dec  Jan  Feb``, one cell per column.

    A week belongs to the month it ends in; a month with too few columns left for its name goes unnamed.
    """
    months = [(monday + timedelta(days=6)) for monday in columns]
    cells = [" "] * len(columns)
    for index, sunday in enumerate(months):
        starts = index == 0 or sunday.month != months[index - 1].month
        fits = index + 3 <= len(months) and len({each.month for each in months[index : index + 3]}) == 1
        if starts and fits and cells[max(0, index - 1)] == " ":
            cells[index : index + 3] = list(f"{sunday:%b}")
    return "".join(cells)
