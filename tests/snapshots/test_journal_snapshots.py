"""Snapshots of the journal and the check-in modal on a small hand-made journal."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from tests.conftest import NOW, TODAY, fixed_clock


@pytest.fixture
def journal_app(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    db = store.open_db(tmp_path / "journal.db")
    ana = store.add_member(db, "Ana", "friend")
    sam = store.add_member(db, "[bold]Sam[/]", "colleague")
    store.add_member(db, "Andrew", "family")
    for days_ago, mood, text in [
        (1, 6, "Long walk by the river with Ana.\n\n**Who supported you today?**\n\nAna, as ever."),
        (3, 4, "Tired. [/ stays as typed."),
        (9, 8, "# A good week\n\n- slept well\n- called Mum"),
    ]:
        day = TODAY - timedelta(days=days_ago)
        store.save_entry(db, day, text)
        store.record_checkin(
            db, mood, datetime.combine(day, NOW.time()), contacts=[store.Contact(ana.id, "received")]
        )
    store.record_checkin(
        db, 7, NOW - timedelta(hours=2), contacts=[store.Contact(sam.id, "both")], note="lunch [b]x",
    )
    yield SupportJournalApp(db, clock=fixed_clock)
    db.close()


class TestJournalSnapshots:
    """The journal: writing today, a past day, search, the rendered view."""

    @pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
    def test_today(self, snap_compare, journal_app, size):
        assert snap_compare(journal_app, press=["j"], terminal_size=size)

    def test_search(self, snap_compare, journal_app):
        assert snap_compare(journal_app, press=["j", "ctrl+f", *"river ana"], terminal_size=(100, 30))

    def test_preview_of_a_past_day(self, snap_compare, journal_app):
        assert snap_compare(journal_app, press=["j", "escape", "[", "ctrl+r"], terminal_size=(100, 30))


class TestCheckInSnapshots:
    """The check-in modal, over the journal."""

    @pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
    def test_with_two_members(self, snap_compare, journal_app, size):
        keys = ["j", "escape", "c", "6", "tab", *"an", "enter", *"sam", "enter", "ctrl+t", "tab"]
        assert snap_compare(journal_app, press=[*keys, *"tea"], terminal_size=size)
