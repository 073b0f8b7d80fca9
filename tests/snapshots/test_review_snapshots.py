"""Snapshots of the weekly review's first card and of the support-system summary, on demo data."""

from __future__ import annotations

import pytest

from tests.snapshots.test_home_snapshots import demo_app  # noqa: F401 - the same seeded demo journal

SIZES = pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])


class TestReviewSnapshots:
    """The review as a person opens it with r, and the summary as R shows it."""

    @SIZES
    def test_first_card(self, snap_compare, demo_app, size):
        assert snap_compare(demo_app, press=["r"], terminal_size=size)

    @SIZES
    def test_summary(self, snap_compare, demo_app, size):
        assert snap_compare(demo_app, press=["R"], terminal_size=size)
