"""The self-care checklist: what a day shows, the 7-day strip, streak labels and the starter set."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from supportjournal.domain.models import Mark, SelfCareItem
from supportjournal.domain.schedule import Schedule, parse_schedule

STRIP_DAYS = 7
"""How many days the strip beside each activity shows, ending on the day in view."""

STRIP_SYMBOLS = {"done": "x", "skipped": "~", "missed": "-", "off": ".", "open": "o"}
"""One character per day, readable without colour."""
STRIP_LEGEND = "x done  ~ rest  - missed  . not due  o open"

STARTER_SET: tuple[tuple[str, str], ...] = (
    ("Something you enjoy", "daily"),
    ("De-stress: ten calm minutes", "daily"),
    ("Move your body", "3 times a week"),
    ("Rest without screens", "daily"),
    ("Reach out to someone", "mon,thu"),
)
"""The article's "Practice self-care": joy, less stress, moving, rest, and reaching out."""


def is_due(item: SelfCareItem, day: date) -> bool:
    """Whether the item is scheduled on ``day`` (never before it started)."""
    return parse_schedule(item.schedule).occurs_on(day, item.starts_on)


def split_for_day(items: Iterable[SelfCareItem], day: date) -> tuple[list[SelfCareItem], list[SelfCareItem]]:
    """The items scheduled on ``day`` and the others, each in list order.

    Returns:
        ``(scheduled, not_scheduled)``.
    """
    scheduled: list[SelfCareItem] = []
    others: list[SelfCareItem] = []
    for item in items:
        (scheduled if is_due(item, day) else others).append(item)
    return scheduled, others


def day_state(schedule: Schedule, starts_on: date | None, status: str | None, day: date, today: date) -> str:
    """What one day of the strip shows.

    Args:
        schedule: The item's schedule.
        starts_on: The item's first day.
        status: The day's mark (``done``, ``skipped``) or ``None``.
        day: The day.
        today: The real today: an unmarked today is still open, never missed.

    Returns:
        ``done``, ``skipped``, ``open``, ``missed`` or ``off`` (not scheduled, or any-day schedules).
    """
    if status in ("done", "skipped"):
        return status
    if day >= today:
        return "open" if day == today and schedule.occurs_on(day, starts_on) else "off"
    if schedule.flexible or not schedule.occurs_on(day, starts_on):
        return "off"
    return "missed"


def strip_days(last: date) -> list[date]:
    """The days of the strip, oldest first, ending on ``last``."""
    return [last - timedelta(days=offset) for offset in range(STRIP_DAYS - 1, -1, -1)]


def strip(item: SelfCareItem, marks: Mapping[tuple[str, date], Mark], last: date, today: date) -> str:
    """The 7-day strip for an item, e.g. ``x x - x ~ . o``.

    Args:
        item: The activity.
        marks: Marks keyed by ``(item_id, day)``, covering at least the strip's days.
        last: The day in view: the strip's last day.
        today: The real today.
    """
    schedule = parse_schedule(item.schedule)
    states = []
    for day in strip_days(last):
        mark = marks.get((item.id, day))
        states.append(STRIP_SYMBOLS[day_state(schedule, item.starts_on, mark.status if mark else None, day, today)])
    return " ".join(states)


STREAK_UNITS = {"days": ("d", "day"), "weeks": ("wk", "week"), "times": ("×", "time")}
"""What a streak counts, its short mark in the pane, and its singular."""
STREAK_KEY = "streak: d days  wk weeks  × times"
"""The pane's key to the short marks; ``times`` are scheduled days kept in a row."""


def streak_unit(item: SelfCareItem) -> str:
    """What the item's streak counts: ``days`` (daily), ``weeks`` met (N times a week) or ``times`` (scheduled days)."""
    schedule = parse_schedule(item.schedule)
    if schedule.flexible:
        return "weeks"
    return "days" if schedule.text == "daily" else "times"


def streak_label(item: SelfCareItem, streak: int) -> str:
    """A short streak: ``5 d`` (days), ``3 wk`` (weeks met) or ``4×`` (scheduled days in a row); empty at 0."""
    if streak <= 0:
        return ""
    mark = STREAK_UNITS[streak_unit(item)][0]
    return f"{streak}{mark}" if mark == "×" else f"{streak} {mark}"


def streak_words(item: SelfCareItem, streak: int) -> str:
    """The streak in words, as the pane's detail and the command line say it: ``24 days``, ``1 week``, ``6 times``."""
    unit = streak_unit(item)
    return f"{streak} {STREAK_UNITS[unit][1] if streak == 1 else unit}"
