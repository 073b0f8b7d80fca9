"""The ledger's windows, balance bar and one-sided thresholds."""

from __future__ import annotations

from datetime import date

import pytest

from supportjournal.domain import ledger
from supportjournal.domain.balance import ONE_SIDED_MIN_TOTAL, ONE_SIDED_SHARE, one_sided, one_sided_message
from supportjournal.domain.models import Balance

FRIDAY = date(2026, 11, 27)


def test_windows_cycle_and_wrap():
    assert ledger.next_window(30) == 90
    assert ledger.next_window(90) == 365
    assert ledger.next_window(365) is None
    assert ledger.next_window(None) == 30
    assert ledger.next_window(7) == 365  # unknown: treated as the default


@pytest.mark.parametrize("stored", [30, 90, 365, None])
def test_clean_window_keeps_known_windows(stored):
    assert ledger.clean_window(stored) == stored


@pytest.mark.parametrize("stored", ["90", 12, "all", [], True])
def test_clean_window_falls_back_to_the_default(stored):
    assert ledger.clean_window(stored) == ledger.DEFAULT_WINDOW


def test_window_start_counts_today():
    assert ledger.window_start(30, FRIDAY) == date(2026, 10, 29)
    assert ledger.window_start(None, FRIDAY) is None
    assert ledger.window_label(90) == "last 90 days"
    assert ledger.window_label(None) == "all time"


def test_bar_grows_out_from_the_centre():
    assert ledger.bar(6, 3, 6, width=6) == "██████◀│▶███   "
    assert ledger.bar(0, 0, 6, width=4) == "    ◀│▶    "
    # A little support still shows one cell.
    assert ledger.bar(1, 0, 100, width=4) == "   █◀│▶    "
    for gave, received in [(0, 9), (9, 0), (5, 5), (1, 50)]:
        assert len(ledger.bar(gave, received, 50, width=8)) == 19


def test_scale_is_the_largest_side():
    assert ledger.scale_of([Balance("a", "A", 2, 7), Balance("b", "B", 5, 1)]) == 7
    assert ledger.scale_of([]) == 0


def test_one_sided_thresholds_live_in_one_place():
    quiet = Balance("a", "Ana", gave=ONE_SIDED_MIN_TOTAL - 1, received=0)
    assert one_sided(quiet) is None
    given = ONE_SIDED_MIN_TOTAL * 3
    received = int(given * (1 - ONE_SIDED_SHARE) / ONE_SIDED_SHARE)
    assert one_sided(Balance("a", "Ana", given, received)) == "gave"
    assert one_sided(Balance("a", "Ana", received, given)) == "received"
    assert one_sided(Balance("a", "Ana", 5, 5)) is None


def test_one_sided_messages_are_kind():
    assert one_sided_message(Balance("a", "Ana", 6, 0)) == (
        "You've given a lot to Ana lately; it's fine to ask for something back."
    )
    assert one_sided_message(Balance("b", "Ben", 0, 6)) == (
        "Ben has been there for you a lot; maybe offer something back."
    )
    assert one_sided_message(Balance("c", "Cy", 3, 3)) is None
