"""A summary to share with a therapist or doctor: mood, check-ins, self-care, people and the support system's coverage.

Built from the same period records as insights. Names, notes and journal text are left out unless
asked for; what is shown passes through ``visible``, so the file never carries a terminal escape.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import fmean

from dateutil.relativedelta import relativedelta

from supportjournal.domain.coverage import Cover, coverage
from supportjournal.domain.dates import WhenError, parse_day
from supportjournal.domain.insights.overview import PeriodRecords
from supportjournal.domain.insights.series import DayMood, week_of
from supportjournal.domain.models import KINDS
from supportjournal.domain.schedule import parse_schedule
from supportjournal.domain.validation import ValidationError

DEFAULT_SINCE = "90d"
FORMATS = ("markdown", "text")
_SPAN = re.compile(r"^(\d{1,4})\s*(d|days?|w|weeks?|m|months?|y|years?)$")
SINCE_HINT = "90d, 12w, 6m, 1y, all, or a day such as 2026-09-01"


def parse_since(text: str, today: date) -> date | None:
    """The first day of a summary: ``90d``, ``12w``, ``6m``, ``1y`` back from today (today counts), a day, or ``all`` (``None``).

    Raises:
        ValidationError: Under ``since``, with the forms understood.
    """
    words = " ".join(text.lower().split())
    if words in ("all", "everything"):
        return None
    if match := _SPAN.match(words):
        count, unit = int(match.group(1)), match.group(2)[0]
        if count < 1:
            raise ValidationError("since", f"'{text}': the period needs at least one day")
        if unit in "dw":
            return today - timedelta(days=count * (7 if unit == "w" else 1) - 1)
        span = relativedelta(months=count) if unit == "m" else relativedelta(years=count)
        return today - span + timedelta(days=1)
    try:
        return parse_day(words, today)
    except WhenError:
        raise ValidationError("since", f"'{text}' is not a period: try {SINCE_HINT}") from None


@dataclass(frozen=True)
class Week:
    """One week of the summary."""

    monday: date
    days: int = 7
    """Days of the week inside the period (the first and last weeks may be short)."""
    checkin_days: int = 0
    mean: float | None = None
    """The mean of the week's daily means."""
    low: int | None = None
    """The lowest single check-in."""
    people: int = 0


@dataclass(frozen=True)
class Kept:
    """One self-care activity over the period."""

    title: str
    schedule: str
    done: int
    due: int | None
    """Days it was due and over; ``None`` for an "N times a week" activity (any day will do)."""
    rested: int
    kept: int | None = None
    """Of the days due, those done."""
    rested_when_due: int = 0
    """Of the days due, those taken as rest days: chosen, so not counted against what was kept."""


@dataclass(frozen=True)
class Note:
    """A piece of private text, given only with ``--with-notes``."""

    day: date
    what: str
    """``check-in``, ``contact``, ``self-care`` or ``journal``."""
    text: str


@dataclass(frozen=True)
class Summary:
    """The summary's content, before it is worded."""

    first: date
    last: date
    weeks: list[Week]
    checkins: int
    checkin_days: int
    longest_gap: int
    """Most days in a row without a check-in."""
    mean: float | None
    low: int | None
    kept: list[Kept]
    people_by_kind: dict[str, int]
    people_days: list[tuple[str, int]]
    """Each member in touch and on how many days, most first."""
    covers: list[Cover]
    notes: list[Note] = field(default_factory=list)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def _weeks(records: PeriodRecords) -> list[Week]:
    moods: dict[date, list[DayMood]] = {}
    for mood in records.moods:
        moods.setdefault(week_of(mood.day), []).append(mood)
    people: dict[date, set[str]] = {}
    for day, members in records.contacts.items():
        people.setdefault(week_of(day), set()).update(members)
    weeks = []
    monday = week_of(records.first)
    while monday <= records.last:
        days = moods.get(monday, [])
        inside = (min(monday + timedelta(days=6), records.last) - max(monday, records.first)).days + 1
        weeks.append(Week(
            monday, inside, len(days), fmean(d.mean for d in days) if days else None,
            min((d.low for d in days), default=None), len(people.get(monday, ())),
        ))
        monday += timedelta(days=7)
    return weeks


def _longest_gap(records: PeriodRecords) -> int:
    checked = [records.first - timedelta(days=1), *(m.day for m in records.moods), records.last + timedelta(days=1)]
    return max((later - earlier).days - 1 for earlier, later in zip(checked, checked[1:]))


def _kept(records: PeriodRecords, today: date) -> list[Kept]:
    """Each activity's done days against the days it was due; today counts only once it is done, a rest day not at all."""
    found = []
    for item in records.items:
        schedule = parse_schedule(item.schedule)
        until = min(records.last, item.archived_at.date()) if item.archived_at else records.last
        marks = {day: mark.status for (item_id, day), mark in records.marks.items() if item_id == item.id}
        due_days = set() if schedule.flexible else set(schedule.occurrences(records.first, until, item.starts_on))
        if today in due_days and marks.get(today) != "done":
            due_days.discard(today)  # still open
        statuses = list(marks.values())
        if statuses or due_days:
            kept = sum(1 for day in due_days if marks.get(day) == "done")
            rested = sum(1 for day in due_days if marks.get(day) == "skipped")
            found.append(Kept(
                item.title, schedule.text, statuses.count("done"),
                None if schedule.flexible else len(due_days), statuses.count("skipped"),
                None if schedule.flexible else kept, rested,
            ))
    return found


def summarise(records: PeriodRecords, today: date, notes: Iterable[Note] = ()) -> Summary:
    """The summary of a period.

    Args:
        records: The period, as ``store.period_records`` reads it.
        today: The real today (it is still open, so never counted as a day self-care was missed).
        notes: Private text of the period, for ``--with-notes`` only.
    """
    kinds = {member.id: member.kind for member in records.members}
    names = records.names
    days_with: Counter[str] = Counter(m for members in records.contacts.values() for m in members)
    by_kind = Counter(kinds.get(member, "") for member in days_with)
    return Summary(
        records.first, records.last, _weeks(records),
        sum(m.count for m in records.moods), len(records.moods), _longest_gap(records),
        fmean(records.mood_by_day.values()) if records.moods else None,
        min((m.low for m in records.moods), default=None),
        _kept(records, today),
        {kind: by_kind[kind] for kind in KINDS if by_kind[kind]},
        sorted(((names.get(m, ""), n) for m, n in days_with.items()), key=lambda pair: (-pair[1], pair[0].casefold())),
        coverage(records.members),
        sorted(notes, key=lambda note: note.day),
    )


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "-"


def table_rows(summary: Summary) -> tuple[Sequence[str], Sequence[Sequence[str]]]:
    """The weekly table: its header and one row per week."""
    header = ("week of", "days checked in", "mean mood", "lowest", "people in touch")
    years = summary.first.year != summary.last.year
    rows = [
        (
            f"{week.monday.day} {week.monday:%b}" + (f" {week.monday.year}" if years else ""), f"{week.checkin_days}/{week.days}",
            "-" if week.mean is None else f"{week.mean:.1f}", "-" if week.low is None else str(week.low),
            str(week.people),
        )
        for week in summary.weeks
    ]
    return header, rows
