"""Reading dates and times people type: "yesterday 21:00", "2026-11-20", "today 9am"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta


class WhenError(ValueError):
    """A date or time we cannot use."""


_RELATIVE = {"today": 0, "tonight": 0, "this": 0, "yesterday": 1}
_AGO = r"^(\d{1,5}) days? ago$"


def parse_when(text: str, now: datetime, *, allow_future: bool = False) -> datetime:
    """Read a moment, relative to ``now``.

    Args:
        text: "now", "yesterday 21:00", "today 9am", "3 days ago", "2026-11-20 18:30", "21:00".
        now: The current moment.
        allow_future: Accept moments after ``now``.

    Raises:
        WhenError: Unreadable, or in the future.
    """
    # Imported here, as dateutil's parser below: the check-in imports this module for WhenError, and
    # reads a moment only when --when is given.
    from supportjournal.domain.schedule import day_of_week

    words = " ".join(text.strip().lower().split())
    if not words:
        raise WhenError("empty date")
    base = now
    rest = words
    first, _, tail = words.partition(" ")
    if words == "now":
        return now.replace(microsecond=0)
    if first in _RELATIVE:
        base = now - timedelta(days=_RELATIVE[first])
        rest = tail
    elif (weekday := day_of_week(first)) is not None:
        # A day name means the latest such day, today included, never the next one.
        base = now - timedelta(days=(now.weekday() - weekday) % 7)
        rest = tail
    elif match := re.match(_AGO, words):
        base = now - timedelta(days=int(match.group(1)))
        rest = ""
    moment = base if not rest else _parse(rest, base, text)
    if moment.tzinfo is not None:
        moment = _local(moment, text)
    if not allow_future and moment > now + timedelta(minutes=1):
        raise WhenError(f"{text!r} is in the future")
    return moment.replace(microsecond=0)


def _parse(rest: str, base: datetime, text: str) -> datetime:
    """Read ``rest`` on ``base``'s day; a time given ("9am") starts on the hour, no time keeps base's."""
    # Imported here: dateutil's parser costs a check-in about a quarter of its time, and only --when needs it.
    from dateutil import parser

    try:
        early = parser.parse(rest, default=base.replace(hour=0, minute=0, second=0, microsecond=0))
        late = parser.parse(rest, default=base.replace(hour=23, minute=59, second=59, microsecond=0))
    except (ValueError, OverflowError):
        raise WhenError(f"cannot read the date {text!r}; try 'yesterday 21:00' or 'YYYY-MM-DD HH:MM'") from None
    if early.hour == late.hour:
        return early
    return early.replace(hour=base.hour, minute=base.minute, second=base.second)


def _local(moment: datetime, text: str) -> datetime:
    """``moment`` in local time; an offset that moves it past year 1 or 9999 is refused, not a crash."""
    try:
        return moment.astimezone().replace(tzinfo=None)
    except (OverflowError, ValueError):  # a year out of range, or an offset of a day or more
        raise WhenError(f"cannot use the date {text!r}: its time zone offset or year is out of range") from None


def parse_day(text: str, today: date, *, allow_future: bool = False) -> date:
    """Read a day ("today", "yesterday", "2026-11-20", "fri")."""
    now = datetime.combine(today, datetime.max.time().replace(microsecond=0))
    return parse_when(text, now, allow_future=allow_future).date()
