"""Hostile names typed into the editor come back literally in the list, the map, the detail and the editor."""

from __future__ import annotations

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Static

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.member_detail import MemberDetailScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.widgets.network_map import NetworkMap
from tests.conftest import HOSTILE_TEXT, NOW, fixed_clock
from tests.ui.shown import screen_text, static_text

SHORT_ENOUGH = 30
"""Names up to this long show in full in the list and on the map at 100 columns."""
TYPED = 30
"""Characters typed key by key; the rest of a longer text is pasted, as a terminal pastes."""
EVERY_KEY = "".join(dict.fromkeys("".join(HOSTILE_TEXT)))
"""Every character of the hostile names once: the name typed key by key (typing each name adds no new key)."""


async def type_text(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` into the focused widget: key by key, then a paste of whatever is past ``TYPED``."""
    await pilot.press(*text[:TYPED])
    if text[TYPED:]:
        focused = pilot.app.focused
        assert focused is not None
        focused.post_message(events.Paste(text[TYPED:]))  # what the app does with a terminal's paste
        await pilot.pause()


async def add_in_the_editor(pilot: Pilot[object], db, name: str, typed: bool) -> str:
    """Add a member named ``name`` in the editor (typed, or set where typing isn't tested); the home screen's text."""
    app = pilot.app
    await pilot.press("a")
    form = app.screen
    assert isinstance(form, MemberForm), repr(name)
    if typed:
        await type_text(pilot, name)
    else:
        form.query_one("#name", Input).value = name
    assert form.query_one("#name", Input).value == name
    form.query_one("#channels", Input).value = f"phone: {name}"
    form.query_one("#cadence", Input).value = "weekly"
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(app.screen, HomeScreen), repr(name)
    [member] = store.list_members(db)
    assert member.name == name

    home = screen_text(app)
    network_map = app.screen.query_one(NetworkMap)
    assert [entry.name for entry in network_map.entries] == [name]
    if len(name) <= SHORT_ENOUGH:
        assert home.count(name) >= 2, f"{name!r} in the list and on the map"
    else:
        assert name[:16] in home and "…" in home, f"{name!r} shortened with an ellipsis"
    return home


async def test_a_name_typed_with_every_hostile_key_shows_as_typed_everywhere(db):
    """The one typed round: the list, map, detail, editor and the log-contact form, key by key and a paste."""
    name = EVERY_KEY
    store.set_setting(db, "welcome_seen", True)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await add_in_the_editor(pilot, db, name, typed=True)
        await pilot.press("enter")
        assert isinstance(app.screen, MemberDetailScreen)
        assert name in static_text(app.screen.query_one("#detail-title", Static))
        assert f"phone: {name}" in static_text(app.screen.query_one("#detail-body", Static))

        await pilot.press("e")
        assert isinstance(app.screen, MemberForm)
        assert app.screen.query_one("#name", Input).value == name
        await pilot.press("escape", "l")
        await type_text(pilot, name)
        assert isinstance(app.focused, Input) and app.focused.value == name  # keys typed were text, not actions
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, HomeScreen)
        assert app.is_running


CHUNKS = 2
"""The names are split over this many tests, so parallel workers share the editor rounds."""


@pytest.mark.parametrize("chunk", range(CHUNKS))
async def test_hostile_names_added_in_the_editor_are_saved_and_listed_as_entered(db, chunk):
    """Each hostile name, set in the editor: saved exactly, alone in the list and on the map (detail: unit tests)."""
    names = HOSTILE_TEXT[chunk::CHUNKS]
    store.set_setting(db, "welcome_seen", True)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        for name in names:
            home = await add_in_the_editor(pilot, db, name, typed=False)
            if set(name) == {"x"}:
                assert "x…" in home, f"{name!r} shortened with an ellipsis"
            [member] = store.list_members(db)
            store.archive_member(db, member.id, now=NOW)  # the next name is alone on the map, as on a fresh start
            app.data_changed()
            await pilot.pause()
            assert not app.screen.query_one(NetworkMap).entries, repr(name)
    assert sorted(m.name for m in store.list_members(db, archived=True)) == sorted(names)


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
