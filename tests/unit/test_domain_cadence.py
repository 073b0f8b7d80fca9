"""Contact cadences and contact status."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from supportjournal.domain.cadence import (
    CadenceError,
    cadence_delta,
    contact_status,
    format_cadence,
    normalize_cadence,
    parse_cadence,
)
from tests.conftest import TODAY


@pytest.mark.parametrize(
    ("text", "parsed", "canonical"),
    [
        ("daily", (1, "day"), "every day"),
        ("Weekly", (1, "week"), "every week"),
        ("fortnightly", (2, "week"), "every 2 weeks"),
        ("biweekly", (2, "week"), "every 2 weeks"),
        ("monthly", (1, "month"), "every month"),
        ("quarterly", (3, "month"), "every 3 months"),
        ("yearly", (1, "year"), "every year"),
        ("every 10 days", (10, "day"), "every 10 days"),
        ("  every   7  days ", (7, "day"), "every 7 days"),
        ("every 1 day", (1, "day"), "every day"),
        ("every other week", (2, "week"), "every 2 weeks"),
        ("every week", (1, "week"), "every week"),
        ("a month", (1, "month"), "every month"),
        ("3 months", (3, "month"), "every 3 months"),
        ("2weeks", (2, "week"), "every 2 weeks"),
    ],
)
def test_parse_and_format(text, parsed, canonical):
    assert parse_cadence(text) == parsed
    assert format_cadence(parsed) == canonical
    assert normalize_cadence(text) == canonical
    assert normalize_cadence(canonical) == canonical


@pytest.mark.parametrize("text", [None, "", "  ", "none", "None", "never", "-"])
def test_no_cadence(text):
    assert parse_cadence(text) is None
    assert normalize_cadence(text) is None
    assert format_cadence(None) is None


@pytest.mark.parametrize("text", ["sometimes", "every", "every 0 days", "every 1000 days", "10", "every -2 days", "hourly"])
def test_unknown_cadences(text):
    with pytest.raises(CadenceError):
        parse_cadence(text)


def test_delta_uses_calendar_months():
    assert date(2026, 1, 31) + cadence_delta("every month") == date(2026, 2, 28)
    assert date(2026, 1, 1) + cadence_delta("every 2 weeks") == date(2026, 1, 15)
    with pytest.raises(CadenceError):
        cadence_delta("none")


def status_for(cadence, days_ago):
    last = None if days_ago is None else TODAY - timedelta(days=days_ago)
    return contact_status(cadence, last, TODAY)


def test_ok_until_the_day_before_it_comes_round():
    status = status_for("every 7 days", 5)
    assert (status.state, status.days_since, status.due_on, status.days_overdue) == (
        "ok", 5, TODAY + timedelta(days=2), 0,
    )
    assert status.words == "last in touch 5 days ago; you wanted every 7 days"


@pytest.mark.parametrize("days_ago", [6, 7])
def test_due_on_the_day_and_the_day_before(days_ago):
    status = status_for("every 7 days", days_ago)
    assert status.state == "due" and status.days_overdue == 0
    assert status.due_on == TODAY - timedelta(days=days_ago) + timedelta(days=7)


def test_in_touch_today_is_ok_even_for_a_daily_cadence():
    assert status_for("every day", 0).state == "ok"
    assert status_for("every day", 1).state == "due"
    assert status_for("every day", 2).state == "overdue"
    assert status_for("every 2 days", 1).state == "due"


def test_overdue_with_exact_days():
    status = status_for("every 7 days", 19)
    assert (status.state, status.days_since, status.days_overdue) == ("overdue", 19, 12)
    assert status.words == "last in touch 19 days ago; you wanted every 7 days"
    assert status_for("every 7 days", 8).days_overdue == 1


def test_monthly_cadence_counts_calendar_months():
    # TODAY is 27 Nov; a month after 27 Oct is 27 Nov: due today.
    assert status_for("every month", 31).state == "due"
    assert status_for("every month", 32).state == "overdue"
    assert status_for("every month", 32).days_overdue == 1


def test_never_contacted_with_a_cadence_is_due():
    status = status_for("every week", None)
    assert (status.state, status.last_contact, status.days_since, status.due_on) == ("due", None, None, TODAY)
    assert status.words == "no contact yet; you wanted every week"


def test_no_cadence_is_none_whatever_the_history():
    assert status_for(None, 400).state == "none"
    assert status_for(None, 400).words == "last in touch 400 days ago"
    assert status_for(None, None).words == "no contact yet"


@pytest.mark.parametrize(("days_ago", "words"), [(0, "today"), (1, "yesterday"), (2, "2 days ago")])
def test_last_contact_words(days_ago, words):
    assert status_for("every week", days_ago).words == f"last in touch {words}; you wanted every week"
