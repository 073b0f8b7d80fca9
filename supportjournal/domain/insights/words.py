"""Every sentence insights say, in one place: associations worded as associations, never causes, with their days.

Names and titles pass through ``visible`` here, so the screen and the command line can show these as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from supportjournal.domain.days import NO_CONTACT, ago_words, day_label
from supportjournal.domain.insights.associations import MIN_DAYS_EACH_SIDE, Association
from supportjournal.domain.insights.heatmap import HEAT_GLYPHS, HEAT_LEGEND, DayCare
from supportjournal.domain.insights.series import WeekCount, period_words
from supportjournal.domain.text import visible

NOT_ENOUGH_YET = (
    f"Nothing to point out yet. A pattern is named once there are at least {MIN_DAYS_EACH_SIDE} days with "
    "check-ins on each side, and only when the difference stands out from everyday ups and downs."
)
NOT_CAUSES = "These things went together; they don't say which led to which."
NO_MOODS = "No check-ins in this period yet: c records how you feel, in seconds."
NO_SELFCARE = "No self-care activities yet: add one on the home screen's self-care pane (2, then a)."
NO_INNER_RING = "Nobody in your inner ring yet: the people closest to you show here once you add them."


def mood_number(value: float) -> str:
    """A mean mood to one decimal: ``7.1``."""
    return f"{value:.1f}"


def association_sentence(association: Association, names: Mapping[str, str]) -> str:
    """One association in words, with its days on each side.

    Args:
        association: The comparison.
        names: Member names and activity titles by id.
    """
    name = visible(names.get(association.subject, ""))
    with_words, without_words = {
        "contact": ("you were in touch with someone", "on days you were not"),
        "member": (f"you were in touch with {name}", "on other days"),
        "activity": (f"you did {name}", "on days it was due and not done"),
    }[association.kind]
    return (
        f"On days {with_words}, your mood averaged {mood_number(association.mean_with)}; "
        f"{without_words}, {mood_number(association.mean_without)} "
        f"({association.days_with} and {association.days_without} days)."
    )


UNIT_WORDS = {"day": "daily", "week": "weekly", "month": "monthly"}


def mood_title(period: int | None, unit: str) -> str:
    """The chart's title: what it covers, and what a point is."""
    return f"Mood · {period_words(period)} · {UNIT_WORDS[unit]} mean and range"


def mood_line(days_with_checkins: int, days: int, mean: float | None) -> str:
    """Under the chart: how many days had a check-in, and the period's average; days without one stay gaps."""
    if mean is None:
        return NO_MOODS
    return (
        f"{days_with_checkins} of {days} days with a check-in · average {mood_number(mean)} · "
        "days without one are gaps"
    )


def people_line(weeks: list[WeekCount]) -> str:
    """Distinct people in touch this week, and per week on average over the period."""
    if not weeks:
        return ""
    this_week = weeks[-1].people
    average = sum(week.people for week in weeks) / len(weeks)
    person = "person" if this_week == 1 else "people"
    return f"this week {this_week} {person} · {average:.1f} a week on average"


def since_words(last: date | None, today: date) -> str:
    """Time since the last contact: ``today``, ``3 days ago``, or ``no contact yet``."""
    return NO_CONTACT if last is None else ago_words((today - last).days)


def legend() -> str:
    """The calendar's key, glyph then words."""
    return "  ".join(f"{HEAT_GLYPHS[state]} {words}" for state, words in HEAT_LEGEND)


def care_words(care: DayCare, today: date) -> str:
    """What one calendar day held: ``Thu 12 Nov: done Walk, Lunch · rest Run · not done Text someone``."""
    label = day_label(care.day, year=care.day.year != today.year)
    if care.state == "future":
        return f"{label}: not yet"
    parts = [
        f"{words} {', '.join(visible(title) for title in titles)}"
        for words, titles in (
            ("done", care.done), ("rest", care.rested), ("not done", care.missed), ("still open", care.open)
        )
        if titles
    ]
    return f"{label}: {' · '.join(parts) if parts else 'nothing due'}"
