"""The self-care archive: an archived activity is listed under A and comes back with r."""

from __future__ import annotations

from datetime import timedelta

from supportjournal import store
from supportjournal.ui.app import WELCOME_SETTING, SupportJournalApp
from supportjournal.ui.screens.archived import ArchivedScreen
from supportjournal.ui.screens.home import HomeScreen
from tests.conftest import TODAY, fixed_clock
from tests.ui.shown import screen_text


async def test_an_archived_activity_is_listed_and_restored_from_the_archive(db):
    store.set_setting(db, WELCOME_SETTING, True)
    walk = store.add_item(db, "Walk [outside]", "daily", starts_on=TODAY - timedelta(days=9))
    store.add_item(db, "Stretch", "daily", starts_on=TODAY - timedelta(days=9))
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "x")
        assert [i.title for i in store.list_items(db, archived=True)] == ["Walk [outside]"]

        await pilot.press("A")
        assert isinstance(app.screen, ArchivedScreen)
        assert "Walk [outside]" in screen_text(app)
        assert "Archived self-care" in screen_text(app)

        await pilot.press("r")
        await pilot.pause()
        assert store.list_items(db, archived=True) == []
        assert "No archived activities" in screen_text(app)
        assert store.get_item(db, walk.id).archived_at is None

        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        assert "Walk [outside]" in screen_text(app)
