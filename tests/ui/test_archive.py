"""The archive: an archived activity is listed under A and comes back with r; D deletes for good after asking."""

from __future__ import annotations

from datetime import timedelta

from supportjournal import store
from supportjournal.store import WELCOME_SETTING
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.render import clean
from supportjournal.ui.screens.archived import ArchivedScreen
from supportjournal.ui.screens.confirm import ConfirmScreen
from supportjournal.ui.screens.home import HomeScreen
from tests.conftest import NOW, TODAY, fixed_clock
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


async def test_delete_for_good_asks_first_n_keeps_the_member_and_y_deletes_them(db):
    store.set_setting(db, WELCOME_SETTING, True)
    ben = store.add_member(db, "Ben", "friend")
    sam = store.add_member(db, "[b]Sam[/b] \x1b]2;x\x07", "friend")
    store.log_interaction(db, sam.id, NOW, direction="gave", note="lunch")
    store.record_checkin(db, 6, NOW, contacts=[store.Contact(sam.id), store.Contact(ben.id)])
    store.archive_member(db, sam.id, now=NOW)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("A")
        assert isinstance(app.screen, ArchivedScreen)
        assert "Delete for good" in screen_text(app)

        await pilot.press("D")
        assert isinstance(app.screen, ConfirmScreen)
        question = screen_text(app)
        assert f"Delete {clean(sam.name)} for good?" in question and "\x1b" not in question
        assert "cannot be undone" in question
        await pilot.press("n")
        assert isinstance(app.screen, ArchivedScreen)
        assert store.get_member(db, sam.id) is not None

        await pilot.press("D", "y")
        await pilot.pause()
        assert store.get_member(db, sam.id) is None
        assert store.recent_interactions(db, member_id=sam.id) == []
        assert [i.member_name for i in store.checkins_on(db, TODAY)[0].interactions] == ["Ben"]
        assert "Nobody is archived" in screen_text(app)
        assert f"Deleted {clean(sam.name)} for good." in screen_text(app)
