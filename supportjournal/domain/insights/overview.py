"""One period of the journal, as the store reads it, and what insights and the summary make of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from statistics import fmean

from supportjournal.domain.insights.associations import (
    Association,
    activity_associations,
    contact_association,
    member_associations,
    strongest,
)
from supportjournal.domain.insights.series import DayMood, Point, WeekCount, people_per_week, points, runs, unit_of
from supportjournal.domain.models import Mark, Member, SelfCareItem


@dataclass(frozen=True)
class PeriodRecords:
    """Everything a period needs, read in a few grouped queries (``store.period_records``)."""

    first: date
    last: date
    moods: list[DayMood]
    """Days with a check-in, in order."""
    contacts: dict[date, frozenset[str]]
    """Member ids in touch, by day."""
    items: list[SelfCareItem] = field(default_factory=list)
    """Self-care activities, archived ones too (their past still counts)."""
    marks: dict[tuple[str, date], Mark] = field(default_factory=dict)
    members: list[Member] = field(default_factory=list)
    """The whole network, archived members too."""

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def mood_by_day(self) -> dict[date, float]:
        """Each day's mean: a day with several check-ins counts once."""
        return {mood.day: mood.mean for mood in self.moods}

    @property
    def names(self) -> dict[str, str]:
        """Member names and activity titles by id."""
        return {**{m.id: m.name for m in self.members}, **{item.id: item.title for item in self.items}}


@dataclass(frozen=True)
class Overview:
    """What the insights screen shows of a period."""

    records: PeriodRecords
    unit: str
    """What a point stands for: ``day``, ``week`` or ``month`` (longer periods)."""
    lines: list[list[Point]]
    """The mood line, in runs: a gap between runs is time without a check-in."""
    mean: float | None
    people: list[WeekCount]
    associations: list[Association]


def associations_of(records: PeriodRecords, today: date) -> list[Association]:
    """The few strongest associations of the period (maybe none)."""
    moods = records.mood_by_day

    def status(item_id: str, day: date) -> str | None:
        mark = records.marks.get((item_id, day))
        return mark.status if mark else None

    others = member_associations(moods, records.contacts) + activity_associations(moods, records.items, status, today)
    return strongest(contact_association(moods, records.contacts), others)


def overview(records: PeriodRecords, today: date) -> Overview:
    """Chart lines, people per week and associations for one period."""
    unit = unit_of(records.first, records.last)
    mean = fmean(records.mood_by_day.values()) if records.moods else None
    return Overview(
        records, unit, runs(points(records.moods, unit), unit), mean,
        people_per_week(records.contacts, records.first, records.last), associations_of(records, today),
    )
