"""A closed screen's widgets are let go: Textual's styles cache no longer keeps what they drew (textual#6665)."""

from __future__ import annotations

import gc
import weakref

from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.journal import JournalScreen
from tests.conftest import fixed_clock


async def test_a_closed_screen_leaves_nothing_drawn_behind(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        drawn = [weakref.ref(widget._styles_cache) for widget in app.screen.walk_children(with_self=True)]
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, JournalScreen)
        gc.collect()
        assert [ref for ref in drawn if ref() is not None] == []
