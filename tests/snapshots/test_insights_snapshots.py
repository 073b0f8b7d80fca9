"""Snapshots of insights on a small hand-made journal: two weeks with a gap, a walk, Ana and Mum."""

from __future__ import annotations

import pytest

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from tests.conftest import fixed_clock
from tests.ui.test_insights import fill


@pytest.fixture
def insights_app(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    db = store.open_db(tmp_path / "journal.db")
    fill(db)
    yield SupportJournalApp(db, clock=fixed_clock)
    db.close()


class TestInsightsSnapshots:
    """Insights: the chart, the calendar, people and what went together."""

    @pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
    def test_insights(self, snap_compare, insights_app, size):
        assert snap_compare(insights_app, press=["i", "up"], terminal_size=size)
