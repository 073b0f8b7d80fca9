"""Days in words: one style ("Mon 3 Nov", never "Mon 03 Nov") for the app and the CLI."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from supportjournal.domain.days import ago_words, day_label, day_title, day_words, moment_words, on_day

FRIDAY = date(2026, 11, 27)


def test_day_label_never_pads_the_day():
    assert day_label(date(2026, 11, 2)) == "Mon 2 Nov"
    assert day_label(date(2026, 11, 29), year=True) == "Sun 29 Nov 2026"


@pytest.mark.parametrize(
    ("day", "words", "sentence"),
    [
        (FRIDAY, "today", "today"),
        (FRIDAY - timedelta(days=1), "yesterday", "yesterday"),
        (date(2026, 11, 3), "Tue 3 Nov", "on Tue 3 Nov"),
        (date(2025, 12, 5), "Fri 5 Dec 2025", "on Fri 5 Dec 2025"),
    ],
)
def test_day_words_and_on_day(day, words, sentence):
    assert day_words(day, FRIDAY) == words
    assert on_day(day, FRIDAY) == sentence


def test_moment_words():
    assert moment_words(datetime(2026, 11, 26, 21, 0), FRIDAY) == "21:00 yesterday"
    assert moment_words(datetime(2026, 11, 4, 8, 5), FRIDAY) == "08:05 on Wed 4 Nov"


def test_ago_words():
    assert [ago_words(n) for n in (0, 1, 12)] == ["today", "yesterday", "12 days ago"]


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (FRIDAY, "today, Fri 27 Nov"),
        (FRIDAY - timedelta(days=1), "yesterday, Thu 26 Nov"),
        (FRIDAY - timedelta(days=24), "Tue 3 Nov, 24 days ago"),
        (date(2025, 12, 31), "Wed 31 Dec 2025, 331 days ago"),
    ],
)
def test_day_title(day, words):
    assert day_title(day, FRIDAY) == words
