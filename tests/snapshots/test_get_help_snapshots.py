"""Snapshots of get help and the safety plan on demo data, with a fixed seed and a fixed today."""

from __future__ import annotations

import pytest

from supportjournal import demo, store
from supportjournal.ui.app import SupportJournalApp
from tests.conftest import TODAY, fixed_clock


@pytest.fixture
def demo_app(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    database = store.open_db(tmp_path / "demo.db")
    demo.generate(database, years=1, seed=3, today=TODAY)
    yield SupportJournalApp(database, clock=fixed_clock, demo=True)
    database.close()


class TestGetHelpSnapshots:
    """Get help and the plan as a person first sees them, from the sample plan."""

    def test_get_help_100x30(self, snap_compare, demo_app):
        assert snap_compare(demo_app, press=["exclamation_mark"], terminal_size=(100, 30))

    def test_safety_plan_100x30(self, snap_compare, demo_app):
        assert snap_compare(demo_app, press=["exclamation_mark", "p"], terminal_size=(100, 30))
