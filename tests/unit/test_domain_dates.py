"""Reading the moments people type."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supportjournal.domain.dates import WhenError, parse_day, parse_when
from tests.conftest import NOW  # Friday 27 Nov 2026, 19:30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", NOW),
        ("  NOW ", NOW),
        ("yesterday 21:00", datetime(2026, 11, 26, 21, 0)),
        ("Yesterday  9pm", datetime(2026, 11, 26, 21, 0)),
        ("yesterday", datetime(2026, 11, 26, 19, 30)),
        ("today 9am", datetime(2026, 11, 27, 9, 0)),
        ("today 9:15", datetime(2026, 11, 27, 9, 15)),
        ("today 19:30", NOW),
        ("3 days ago", datetime(2026, 11, 24, 19, 30)),
        ("1 day ago", datetime(2026, 11, 26, 19, 30)),
        ("2026-11-20", datetime(2026, 11, 20, 19, 30)),
        ("2026-11-20 18:30", datetime(2026, 11, 20, 18, 30)),
        ("2026-11-20T00:00", datetime(2026, 11, 20, 0, 0)),
        ("2026-11-20T18:30:45", datetime(2026, 11, 20, 18, 30, 45)),
        ("8:00", datetime(2026, 11, 27, 8, 0)),
        ("fri", NOW),
        ("monday", datetime(2026, 11, 23, 19, 30)),
        ("sat 10am", datetime(2026, 11, 21, 10, 0)),
        ("Thursday 23:15", datetime(2026, 11, 26, 23, 15)),
    ],
)
def test_parse_when(text, expected):
    assert parse_when(text, NOW) == expected


@pytest.mark.parametrize("text", ["today 21:00", "2026-11-28", "2027-01-01 10:00", "21:00", "fri 20:00"])
def test_the_future_is_refused(text):
    with pytest.raises(WhenError, match="future"):
        parse_when(text, NOW)


def test_the_future_is_allowed_when_asked():
    assert parse_when("today 21:00", NOW, allow_future=True) == datetime(2026, 11, 27, 21, 0)


@pytest.mark.parametrize("text", ["", "   ", "banana", "tomorrow", "yesterday banana", "32/13/2026", "next week"])
def test_garbage_is_refused(text):
    with pytest.raises(WhenError):
        parse_when(text, NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("today", date(2026, 11, 28)), ("yesterday", date(2026, 11, 27)), ("fri", date(2026, 11, 27)),
     ("sat", date(2026, 11, 28)), ("sun", date(2026, 11, 22)), ("2026-11-01", date(2026, 11, 1))],
)
def test_parse_day(text, expected):
    assert parse_day(text, date(2026, 11, 28)) == expected  # a Saturday


def test_parse_day_refuses_tomorrow():
    with pytest.raises(WhenError):
        parse_day("2026-11-29", date(2026, 11, 28))


@pytest.mark.parametrize(
    "text", ["0001-01-01 00:00 +0100", "9999-12-31 23:59 -1400", "2026-11-20 10:00 -66"]
)
def test_an_offset_that_leaves_the_calendar_is_refused(text):
    with pytest.raises(WhenError, match="out of range"):
        parse_when(text, NOW, allow_future=True)


def test_an_offset_within_the_calendar_is_converted():
    assert parse_when("0001-01-01 00:00 -0100", NOW).year == 1


DATE_LIKE = st.from_regex(r"\A(today |yesterday |mon |\d{1,5} days ago)?[0-9:+\- T.apmZ/,]{0,25}\Z")


@settings(max_examples=300, deadline=None)
@given(DATE_LIKE | st.text(max_size=30))
def test_any_text_is_a_moment_or_a_when_error(text):
    for allow_future in (False, True):
        try:
            parse_when(text, NOW, allow_future=allow_future)
        except WhenError:
            pass
