"""The self-care checklist's pure logic: due days, the 7-day strip, streak labels, the starter set."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from supportjournal.domain.models import Mark, SelfCareItem
from supportjournal.domain.schedule import parse_schedule
from supportjournal.domain.selfcare import (
    STARTER_SET,
    STREAK_KEY,
    STRIP_DAYS,
    day_state,
    is_due,
    split_for_day,
    streak_label,
    streak_unit,
    streak_words,
    strip,
    strip_days,
)
from supportjournal.domain.validation import clean_name, clean_schedule

FRIDAY = date(2026, 11, 27)
LONG_AGO = date(2026, 1, 1)


def item(schedule: str = "daily", starts_on: date = LONG_AGO, id: str = "i") -> SelfCareItem:
    return SelfCareItem(id=id, title="Walk", schedule=schedule, starts_on=starts_on)


def marks(item_id: str, **by_offset: str) -> dict[tuple[str, date], Mark]:
    """Marks by days before FRIDAY: ``marks("i", d0="done", d2="skipped")``."""
    result = {}
    for key, status in by_offset.items():
        day = FRIDAY - timedelta(days=int(key[1:]))
        result[(item_id, day)] = Mark(item_id, day, status)
    return result


def test_strip_days_end_on_the_day_in_view():
    days = strip_days(FRIDAY)
    assert len(days) == STRIP_DAYS
    assert days[0] == FRIDAY - timedelta(days=6)
    assert days[-1] == FRIDAY


def test_strip_for_a_daily_item_reads_without_colour():
    shown = strip(item(), marks("i", d0="done", d1="done", d3="skipped", d6="done"), FRIDAY, FRIDAY)
    assert shown == "x - - ~ - x x"


def test_today_unmarked_is_open_not_missed():
    assert strip(item(), {}, FRIDAY, FRIDAY).endswith("o")
    # Viewing yesterday: yesterday unmarked is plainly missed.
    assert strip(item(), {}, FRIDAY - timedelta(days=1), FRIDAY).endswith("-")


def test_days_off_the_schedule_and_before_the_start_are_dots():
    mon_thu = item("mon,thu")
    # Sat 21 .. Fri 27: sat sun mon tue wed thu fri
    assert strip(mon_thu, {}, FRIDAY, FRIDAY) == ". . - . . - ."
    new = item("daily", starts_on=FRIDAY - timedelta(days=1))
    assert strip(new, {}, FRIDAY, FRIDAY) == ". . . . . - o"


def test_a_mark_shows_even_on_an_unscheduled_day():
    assert strip(item("mon,thu"), marks("i", d0="done"), FRIDAY, FRIDAY).endswith("x")


def test_flexible_schedules_never_show_missed():
    assert strip(item("3 times a week"), marks("i", d2="done"), FRIDAY, FRIDAY) == ". . . . x . o"


def test_every_n_days_follows_its_start():
    every3 = item("every 3 days", starts_on=FRIDAY - timedelta(days=6))
    assert strip(every3, {}, FRIDAY, FRIDAY) == "- . . - . . o"


def test_day_state_future_is_off():
    schedule = parse_schedule("daily")
    assert day_state(schedule, LONG_AGO, None, FRIDAY + timedelta(days=1), FRIDAY) == "off"


def test_split_for_day_keeps_order():
    daily, mon_thu, weekdays = item(id="a"), item("mon,thu", id="b"), item("weekdays", id="c")
    scheduled, others = split_for_day([daily, mon_thu, weekdays], FRIDAY)
    assert [i.id for i in scheduled] == ["a", "c"]
    assert [i.id for i in others] == ["b"]
    assert is_due(mon_thu, FRIDAY - timedelta(days=1))


@pytest.mark.parametrize(
    ("schedule", "streak", "label"),
    [("daily", 5, "5 d"), ("mon,thu", 4, "4×"), ("3 times a week", 2, "2 wk"), ("daily", 0, "")],
)
def test_streak_label(schedule, streak, label):
    assert streak_label(item(schedule), streak) == label


@pytest.mark.parametrize(
    ("schedule", "streak", "words", "short"),
    [
        ("daily", 24, "24 days", "24 d"),
        ("daily", 1, "1 day", "1 d"),
        ("3 times a week", 4, "4 weeks", "4 wk"),
        ("3 times a week", 1, "1 week", "1 wk"),
        ("sun", 6, "6 times", "6×"),
        ("every 3 days", 1, "1 time", "1×"),
        ("weekdays", 0, "0 times", ""),
    ],
)
def test_the_command_line_words_a_streak_in_the_unit_the_pane_abbreviates(schedule, streak, words, short):
    """"4 wk" in the pane is "4 weeks" on the command line, never "4 days"; the key explains each mark."""
    assert streak_words(item(schedule), streak) == words
    assert streak_label(item(schedule), streak) == short
    if short:
        mark = short.removeprefix(str(streak)).strip()
        assert f"{mark} {streak_unit(item(schedule))}" in STREAK_KEY


def test_starter_set_covers_the_article_and_is_valid():
    assert len(STARTER_SET) == 5
    for title, schedule in STARTER_SET:
        assert clean_name(title, "title") == title
        assert clean_schedule(schedule) == schedule
    words = " ".join(title.lower() for title, _ in STARTER_SET)
    for idea in ("joy", "stress", "move", "rest", "reach out"):
        assert idea in words
