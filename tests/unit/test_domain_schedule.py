"""Self-care schedules in words, and the days they fall on."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from supportjournal.domain.schedule import Schedule, ScheduleError, day_of_week, days_back, parse_schedule

MONDAY = date(2026, 11, 23)


def week(schedule, starts_on=None):
    return parse_schedule(schedule).occurrences(MONDAY, MONDAY + timedelta(days=6), starts_on)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("daily", "daily"), ("every day", "daily"), (None, "daily"), ("", "daily"), ("  ", "daily"),
        ("weekdays", "weekdays"), ("Every Weekday", "weekdays"), ("mon,tue,wed,thu,fri", "weekdays"),
        ("weekends", "weekends"), ("sat sun", "weekends"), ("sun,mon", "mon,sun"),
        ("mon,wed,fri", "mon,wed,fri"), ("Fri, Mon ,wed", "mon,wed,fri"), ("mondays", "mon"),
        ("Tues, Thurs", "tue,thu"), ("wednesday", "wed"), ("sundays saturdays", "weekends"),
        ("mon,tue,wed,thu,fri,sat,sun", "daily"), ("every 3 days", "every 3 days"),
        ("every other day", "every 2 days"), ("every 1 day", "daily"), ("3 times a week", "3 times a week"),
        ("2x/week", "2 times a week"), ("1 time per week", "1 times a week"), ("7 times a week", "daily"),
    ],
)
def test_parse(text, canonical):
    schedule = parse_schedule(text)
    assert schedule.text == canonical
    assert parse_schedule(canonical) == schedule


@pytest.mark.parametrize(
    "text",
    ["sometimes", "monda", "wednes", "tuess", "sats", "mo", "fridayy", "mon,someday", "every 0 days",
     "every 366 days", "0 times a week", "8 times a week", "every day but tuesday"],
)
def test_errors(text):
    with pytest.raises(ScheduleError) as error:
        parse_schedule(text)
    assert text in str(error.value)


@pytest.mark.parametrize(
    ("word", "number"),
    [("mon", 0), ("Monday", 0), ("mondays", 0), ("tue", 1), ("tues", 1), ("tuesday", 1),
     ("wed", 2), ("wednesdays", 2), ("thu", 3), ("thurs", 3), ("fri", 4), ("saturday", 5), ("sun", 6)],
)
def test_day_of_week(word, number):
    assert day_of_week(word) == number


@pytest.mark.parametrize("word", ["mo", "monda", "wednes", "tuess", "", "today", "sats"])
def test_not_a_day_of_week(word):
    assert day_of_week(word) is None


def test_fixed_days():
    days = [MONDAY + timedelta(days=n) for n in range(7)]
    assert week("daily") == days
    assert week("weekdays") == days[:5]
    assert week("weekends") == days[5:]
    assert week("mon,wed,fri") == [days[0], days[2], days[4]]
    assert week("3 times a week") == days  # any day will do
    assert parse_schedule("sat").occurs_on(MONDAY + timedelta(days=5))
    assert not parse_schedule("sat").occurs_on(MONDAY)


def test_nothing_before_the_start():
    assert week("daily", starts_on=MONDAY + timedelta(days=4)) == [MONDAY + timedelta(days=n) for n in (4, 5, 6)]
    assert week("daily", starts_on=MONDAY + timedelta(days=30)) == []


def test_every_n_days_counts_from_its_start():
    starts_on = date(2026, 11, 1)
    assert week("every 3 days", starts_on) == [date(2026, 11, 25), date(2026, 11, 28)]
    assert week("every 3 days", date(2026, 11, 2)) == [date(2026, 11, 23), date(2026, 11, 26), date(2026, 11, 29)]


def test_every_n_days_aligns_without_walking_from_the_start(monkeypatch):
    """A window decades after the start: the rule begins at the window's first occurrence."""
    starts_on = date(1990, 1, 3)
    rule_starts = []
    rule = Schedule.rule
    monkeypatch.setattr(
        Schedule, "rule", lambda self, start, until: rule_starts.append(start) or rule(self, start, until)
    )
    days = parse_schedule("every 5 days").occurrences(date(2026, 1, 1), date(2026, 1, 31), starts_on)
    assert days == [d for d in (date(2026, 1, 1) + timedelta(days=n) for n in range(31)) if (d - starts_on).days % 5 == 0]
    assert len(days) == 6
    assert rule_starts == [days[0]]


def test_days_back_covers_the_range_newest_first():
    windows = list(days_back(date(2026, 1, 10), date(2026, 1, 1), step=4))
    assert windows == [
        (date(2026, 1, 7), date(2026, 1, 10)), (date(2026, 1, 3), date(2026, 1, 6)), (date(2026, 1, 1), date(2026, 1, 2)),
    ]
    assert list(days_back(date(2026, 1, 1), date(2026, 1, 2))) == []


def test_start_covering_moves_back_to_an_earlier_day_keeping_the_rhythm():
    start = date(2026, 11, 27)
    assert parse_schedule("daily").start_covering(start, date(2026, 11, 25)) == date(2026, 11, 25)
    assert parse_schedule("daily").start_covering(start, date(2026, 11, 28)) == start
    # every 3 days from the 27th: 24th, 21st... so a mark on the 23rd moves the start to the 21st
    assert parse_schedule("every 3 days").start_covering(start, date(2026, 11, 23)) == date(2026, 11, 21)
    assert parse_schedule("every 3 days").start_covering(start, date(2026, 11, 24)) == date(2026, 11, 24)
