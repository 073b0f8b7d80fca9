"""Self-care schedules in words, read into dateutil rrules.

"daily", "weekdays", "weekends", "mon,wed,fri", "every 3 days" and "3 times a week". The first four
are fixed days; "every N days" counts from the item's start day; "N times a week" can be done on
any day and is kept when the week has N done days.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateutil.rrule import rrule

_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_WORDS: dict[str, int] = {
    word: number
    for number, (short, full) in enumerate(zip(_DAY_NAMES, _FULL_NAMES))
    for word in (short, full, full + "s")
}
_DAY_WORDS.update(tues=1, weds=2, thur=3, thurs=3)
"""Every word read as a day of the week ("mon", "monday", "mondays", "tues"...), 0 = Monday."""
_EVERY_N = re.compile(r"^every\s+(\d+|other)\s+days?$")
_TIMES = re.compile(r"^(\d+)\s*(?:x|times?)\s*(?:a|per|each|/)?\s*week$")


class ScheduleError(ValueError):
    """A schedule we cannot read."""


@dataclass(frozen=True)
class Schedule:
    """A parsed schedule."""

    text: str
    """The canonical words, as stored."""
    weekdays: tuple[int, ...] = ()
    """For fixed-day schedules: 0 = Monday ... 6 = Sunday."""
    interval: int = 0
    """For "every N days": N."""
    per_week: int = 0
    """For "N times a week": N."""

    @property
    def flexible(self) -> bool:
        """True when any day will do (N times a week)."""
        return self.per_week > 0

    def rule(self, start: date, until: date) -> rrule:
        """The rrule of occurrences from ``start`` (an occurrence-aligned day) to ``until``."""
        # Imported here: a check-in reaches this module (streaks) but never a schedule's days, nor dateutil.
        from dateutil.rrule import DAILY, WEEKLY, rrule, weekday

        begin = datetime.combine(start, datetime.min.time())
        end = datetime.combine(until, datetime.min.time())
        if self.interval:
            return rrule(DAILY, interval=self.interval, dtstart=begin, until=end)
        if self.per_week:
            return rrule(DAILY, dtstart=begin, until=end)
        return rrule(WEEKLY, byweekday=[weekday(i) for i in self.weekdays], dtstart=begin, until=end)

    def occurrences(self, first: date, last: date, starts_on: date | None = None) -> list[date]:
        """Days from ``first`` to ``last`` (inclusive) on which the item is scheduled.

        Args:
            first: First day of the window.
            last: Last day of the window.
            starts_on: The item's first day; nothing is scheduled before it, and "every N days"
                counts from it.
        """
        if starts_on is not None and first < starts_on:
            first = starts_on
        if last < first:
            return []
        start = first
        if self.interval and starts_on is not None:
            # Align to the item's own rhythm without walking from its first day.
            offset = (first - starts_on).days % self.interval
            start = first if offset == 0 else first + timedelta(days=self.interval - offset)
        return [moment.date() for moment in self.rule(start, last)]

    def start_covering(self, starts_on: date, day: date) -> date:
        """The item's first day, moved back to ``day`` when that is earlier.

        Used when a person fills in a day before the item existed; an "every N days" item moves
        back by whole periods, so its rhythm stays the same.
        """
        if day >= starts_on:
            return starts_on
        if not self.interval:
            return day
        periods = -(-(starts_on - day).days // self.interval)
        return starts_on - timedelta(days=periods * self.interval)

    def occurs_on(self, day: date, starts_on: date | None = None) -> bool:
        return bool(self.occurrences(day, day, starts_on))


def day_of_week(word: str) -> int | None:
    """The weekday a word names ("fri", "Friday", "fridays"), 0 = Monday; ``None`` if none."""
    return _DAY_WORDS.get(word.strip().lower())


def parse_schedule(text: str | None) -> Schedule:
    """Read a schedule.

    Args:
        text: "daily", "weekdays", "weekends", "mon,wed,fri", "every 3 days", "3 times a week";
            blank means daily.

    Returns:
        The schedule, with its canonical words in ``text``.

    Raises:
        ScheduleError: With a hint of what is understood.
    """
    words = " ".join((text or "").lower().replace(",", " ").split()) or "daily"
    if words in ("daily", "every day", "everyday"):
        return Schedule("daily", weekdays=tuple(range(7)))
    if words in ("weekdays", "every weekday"):
        return Schedule("weekdays", weekdays=(0, 1, 2, 3, 4))
    if words in ("weekends", "every weekend"):
        return Schedule("weekends", weekdays=(5, 6))
    if match := _EVERY_N.match(words):
        count = 2 if match.group(1) == "other" else int(match.group(1))
        if not 1 <= count <= 365:
            raise ScheduleError(f"'{text}': every N days needs N from 1 to 365")
        if count == 1:
            return parse_schedule("daily")
        return Schedule(f"every {count} days", interval=count)
    if match := _TIMES.match(words):
        count = int(match.group(1))
        if not 1 <= count <= 7:
            raise ScheduleError(f"'{text}': N times a week needs N from 1 to 7")
        if count == 7:
            return parse_schedule("daily")
        return Schedule(f"{count} times a week", per_week=count)
    days = []
    for word in words.split():
        if word not in _DAY_WORDS:
            raise ScheduleError(
                f"unknown schedule {text!r}: try 'daily', 'weekdays', 'mon,wed,fri', "
                "'every 3 days' or '3 times a week'"
            )
        days.append(_DAY_WORDS[word])
    weekdays = tuple(sorted(set(days)))
    if len(weekdays) == 7:
        return parse_schedule("daily")
    if weekdays == (0, 1, 2, 3, 4):
        return parse_schedule("weekdays")
    if weekdays == (5, 6):
        return parse_schedule("weekends")
    return Schedule(",".join(_DAY_NAMES[i] for i in weekdays), weekdays=weekdays)


def days_back(last: date, first: date, step: int = 91) -> Iterator[tuple[date, date]]:
    """Windows of ``step`` days walking back from ``last`` to ``first``, newest first."""
    end = last
    while end >= first:
        start = max(first, end - timedelta(days=step - 1))
        yield start, end
        end = start - timedelta(days=1)
