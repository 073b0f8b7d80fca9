"""Days and moments in words, the one style for the app and the CLI: "today", "Mon 3 Nov"."""

from __future__ import annotations

from datetime import date, datetime

NO_CONTACT = "no contact yet"
"""What the app and the CLI say of a member nobody has been in touch with."""


def day_label(day: date, *, year: bool = False) -> str:
    """``Mon 3 Nov`` (``Mon 3 Nov 2026`` with ``year``): the day of the month is never zero-padded."""
    label = f"{day:%a} {day.day} {day:%b}"
    return f"{label} {day.year}" if year else label


def day_words(day: date, today: date) -> str:
    """``today``, ``yesterday``, or ``Mon 3 Nov`` (with the year when it is not this year)."""
    offset = (today - day).days
    if offset == 0:
        return "today"
    if offset == 1:
        return "yesterday"
    return day_label(day, year=day.year != today.year)


def on_day(day: date, today: date) -> str:
    """``today``, ``yesterday`` or ``on Mon 3 Nov``, to end a sentence."""
    words = day_words(day, today)
    return words if words in ("today", "yesterday") else f"on {words}"


def moment_words(moment: datetime, today: date) -> str:
    """``21:00 yesterday``, ``08:15 today``, ``21:00 on Mon 3 Nov``."""
    return f"{moment:%H:%M} {on_day(moment.date(), today)}"


def ago_words(days: int) -> str:
    """How long ago, from a count of days: ``today``, ``yesterday``, ``12 days ago``."""
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def day_title(day: date, today: date) -> str:
    """A day in view: ``today, Fri 27 Nov``, ``yesterday, Thu 26 Nov``, ``Mon 23 Nov, 4 days ago``."""
    ago = (today - day).days
    label = day_label(day, year=day.year != today.year)
    return f"{ago_words(ago)}, {label}" if ago in (0, 1) else f"{label}, {ago_words(ago)}"
