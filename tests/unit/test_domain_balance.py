"""Reciprocity: points, tallies, which way support flows, and when it is one-sided."""

from __future__ import annotations

import pytest

from supportjournal.domain.balance import (
    ONE_SIDED_MIN_TOTAL,
    combine,
    ONE_SIDED_SHARE,
    flow,
    one_sided,
    one_sided_message,
    points,
    tally,
)
from supportjournal.domain.models import Balance


@pytest.mark.parametrize(
    ("direction", "weight", "expected"),
    [("gave", 1, (1, 0)), ("received", 2, (0, 2)), ("both", 3, (3, 3)), ("none", 3, (0, 0))],
)
def test_points(direction, weight, expected):
    assert points(direction, weight) == expected


def test_tally_adds_up_per_member():
    result = tally(
        [("a", "Ana", "gave", 2), ("a", "Ana", "received", 1), ("a", "Ana", "both", 1),
         ("b", "Ben", "none", 5), ("b", "Ben", "received", 3)]
    )
    assert result["a"] == Balance("a", "Ana", gave=3, received=2)
    assert result["b"] == Balance("b", "Ben", gave=0, received=3)
    assert result["a"].total == 5
    assert tally([]) == {}


def test_the_constants_are_what_the_boundaries_below_assume():
    assert ONE_SIDED_MIN_TOTAL == 4
    assert ONE_SIDED_SHARE == 0.75


@pytest.mark.parametrize(
    ("gave", "received", "expected"),
    [(0, 0, "none"), (3, 1, "gave"), (1, 3, "received"), (2, 1, "both"), (5, 2, "both"), (6, 2, "gave"), (1, 1, "both")],
)
def test_flow(gave, received, expected):
    assert flow(Balance("a", "Ana", gave, received)) == expected


def test_flow_of_nothing():
    assert flow(None) == "none"


@pytest.mark.parametrize(
    ("gave", "received", "expected"),
    [
        (3, 0, None),  # total 3: below ONE_SIDED_MIN_TOTAL, too quiet to call
        (4, 0, "gave"),  # total exactly 4
        (3, 1, "gave"),  # share exactly 0.75
        (0, 4, "received"),
        (1, 3, "received"),
        (5, 2, None),  # share 0.714: just under
        (2, 2, None),
        (30, 10, "gave"),  # exactly 0.75 again, larger
        (29, 10, None),  # 0.744: just under
    ],
)
def test_one_sided_at_the_boundaries(gave, received, expected):
    assert one_sided(Balance("a", "Ana", gave, received)) == expected


def test_messages_name_the_member_kindly():
    gave = one_sided_message(Balance("a", "[b]Ana", 6, 1))
    assert gave == "You've given a lot to [b]Ana lately; it's fine to ask for something back."
    received = one_sided_message(Balance("m", "Mum", 0, 5))
    assert received == "Mum has been there for you a lot; maybe offer something back."
    assert one_sided_message(Balance("b", "Ben", 2, 2)) is None
    assert one_sided_message(Balance("b", "Ben", 3, 0)) is None


@pytest.mark.parametrize(
    ("first", "second", "combined"),
    [
        ("gave", "received", "both"),
        ("gave", "gave", "gave"),
        ("none", "received", "received"),
        ("both", "none", "both"),
        ("none", "none", "none"),
    ],
)
def test_combine_directions(first, second, combined):
    assert combine(first, second) == combined


def test_a_professionals_care_is_never_called_one_sided():
    therapist = Balance("d", "Dr Okafor", gave=0, received=12, kind="professional")
    assert one_sided(therapist) is None
    assert one_sided_message(therapist) is None
    assert one_sided(Balance("m", "Mum", gave=0, received=12, kind="family")) == "received"


def test_tally_carries_each_members_kind():
    result = tally([("d", "Dr Okafor", "received", 3)], {"d": "professional"})
    assert result["d"] == Balance("d", "Dr Okafor", 0, 3, kind="professional")
