"""Hostile names typed into the editor come back literally in the list, the map, the detail and the editor."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.member_detail import MemberDetailScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.widgets.network_map import NetworkMap
from tests.conftest import HOSTILE_TEXT, fixed_clock
from tests.ui.shown import screen_text, static_text

SHORT_ENOUGH = 30
"""Names up to this long show in full in the list and on the map at 100 columns."""


@pytest.mark.parametrize("name", HOSTILE_TEXT)
async def test_hostile_name_typed_in_the_editor_shows_as_typed_everywhere(db, name):
    store.set_setting(db, "welcome_seen", True)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, MemberForm)
        await pilot.press(*name)
        assert form.query_one("#name", Input).value == name
        form.query_one("#channels", Input).value = f"phone: {name}"
        form.query_one("#cadence", Input).value = "weekly"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        [member] = store.list_members(db)
        assert member.name == name

        home = screen_text(app)
        network_map = app.screen.query_one(NetworkMap)
        assert [entry.name for entry in network_map.entries] == [name]
        if len(name) <= SHORT_ENOUGH:
            assert home.count(name) >= 2, "in the list and on the map"
        else:
            assert name[:16] in home and "x…" in home, "shortened with an ellipsis"

        await pilot.press("enter")
        assert isinstance(app.screen, MemberDetailScreen)
        assert name in static_text(app.screen.query_one("#detail-title", Static))
        assert f"phone: {name}" in static_text(app.screen.query_one("#detail-body", Static))
        if len(name) <= SHORT_ENOUGH:
            assert name in screen_text(app)

        await pilot.press("e")
        assert isinstance(app.screen, MemberForm)
        assert app.screen.query_one("#name", Input).value == name
        if len(name) <= SHORT_ENOUGH:
            assert name in screen_text(app)
        await pilot.press("escape", "l")
        await pilot.press(*name[:40])
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, HomeScreen)
        assert app.is_running


async def test_many_hostile_names_at_once_in_the_list_and_map(db):
    for name in HOSTILE_TEXT:
        store.add_member(db, name, "friend", ring="inner", notes=name)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        text = screen_text(app)
        for name in HOSTILE_TEXT:
            assert name[:SHORT_ENOUGH - 4] in text
        for _ in HOSTILE_TEXT:
            await pilot.press("down")
        await pilot.press("s", "s", "slash", *"[", "enter")
        await pilot.pause()
        assert app.is_running
