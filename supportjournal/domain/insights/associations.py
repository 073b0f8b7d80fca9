"""Honest associations: mood on days with something against days without it, only where the numbers can carry it.

Each day counts once, by the mean of its check-ins; only days with a check-in take part. A
comparison is kept when both sides have enough days and the difference stands clear of the day-to-day
ups and downs (Welch's standard error); of those, only the few strongest are shown. These are
associations, never causes: the words for them are in ``words.py``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from statistics import fmean, variance

from supportjournal.domain.models import SelfCareItem
from supportjournal.domain.schedule import parse_schedule

MIN_DAYS_EACH_SIDE = 5
"""Fewer days than this on either side and nothing is said at all."""
MIN_DIFFERENCE = 0.5
"""Mood points (of 10): a smaller difference is not worth a sentence."""
MIN_STANDARD_ERRORS = 2.0
"""The difference must be this many standard errors wide, or it is taken for noise."""
MAX_SHOWN = 4
"""No more than this many associations at once: the strongest, never a list of everything."""


@dataclass(frozen=True)
class Association:
    """Mood on the days with something, against the days without it."""

    kind: str
    """``contact`` (anyone), ``member`` or ``activity``."""
    subject: str
    """The member's or activity's id; empty for ``contact``."""
    mean_with: float
    mean_without: float
    days_with: int
    days_without: int

    @property
    def difference(self) -> float:
        return self.mean_with - self.mean_without


def compare(
    kind: str, subject: str, moods: Mapping[date, float], with_days: Collection[date], without_days: Collection[date]
) -> Association | None:
    """The association of mood with a set of days, or ``None`` when it is too thin or too small to mean anything.

    Args:
        kind: What the days are about (see ``Association.kind``).
        subject: Whose or which days.
        moods: Each day's mean mood; days absent had no check-in and take no part.
        with_days: Days with the thing.
        without_days: Days to compare against (those in ``with_days`` are left out of it).
    """
    with_moods = [moods[day] for day in with_days if day in moods]
    without_moods = [moods[day] for day in without_days if day in moods and day not in with_days]
    if min(len(with_moods), len(without_moods)) < MIN_DAYS_EACH_SIDE:
        return None
    found = Association(kind, subject, fmean(with_moods), fmean(without_moods), len(with_moods), len(without_moods))
    if abs(found.difference) < MIN_DIFFERENCE:
        return None
    error = math.sqrt(variance(with_moods) / len(with_moods) + variance(without_moods) / len(without_moods))
    if error > 0 and abs(found.difference) / error < MIN_STANDARD_ERRORS:
        return None
    return found


def contact_association(moods: Mapping[date, float], contacts: Mapping[date, Collection[str]]) -> Association | None:
    """Mood on days you were in touch with anyone, against days you were not."""
    touched = {day for day, members in contacts.items() if members}
    return compare("contact", "", moods, touched, moods.keys())


def member_associations(moods: Mapping[date, float], contacts: Mapping[date, Collection[str]]) -> list[Association]:
    """For each member: mood on days in touch with them, against every other day with a check-in."""
    days_by_member: dict[str, set[date]] = {}
    for day, members in contacts.items():
        for member in members:
            days_by_member.setdefault(member, set()).add(day)
    found = (compare("member", member, moods, days, moods.keys()) for member, days in days_by_member.items())
    return [each for each in found if each]


def activity_associations(
    moods: Mapping[date, float], items: Iterable[SelfCareItem], done: Callable[[str, date], str | None], last: date
) -> list[Association]:
    """For each activity: mood on days it was done, against days it was due and not done.

    A rest day is neither (it was chosen); an "N times a week" activity is due any day.

    Args:
        moods: Each day's mean mood.
        items: The activities.
        done: The mark of an activity on a day: ``done``, ``skipped`` or ``None``.
        last: Days after this (today, still open) are not counted as not done.
    """
    found: list[Association] = []
    if not moods:
        return found
    first = min(moods)
    for item in items:
        # One walk of the schedule over the whole span, not one per day.
        until = min(last, item.archived_at.date()) if item.archived_at else last
        due = set(parse_schedule(item.schedule).occurrences(first, until, item.starts_on))
        done_days: set[date] = set()
        missed: set[date] = set()
        for day in moods:
            status = done(item.id, day)
            if status == "done":
                done_days.add(day)
            elif status is None and day < last and day in due:
                missed.add(day)
        if (association := compare("activity", item.id, moods, done_days, missed)) is not None:
            found.append(association)
    return found


def strongest(contact: Association | None, others: Iterable[Association]) -> list[Association]:
    """What is shown: the contact association first (if it holds), then the largest differences, ``MAX_SHOWN`` in all."""
    chosen = [contact] if contact else []
    ranked = sorted(others, key=lambda each: (-abs(each.difference), -(each.days_with + each.days_without)))
    return chosen + ranked[: MAX_SHOWN - len(chosen)]
