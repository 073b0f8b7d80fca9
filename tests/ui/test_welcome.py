"""First run: the welcome walks the article's first steps, is skippable, and lands on home."""

from __future__ import annotations

from textual.geometry import Region
from textual.widgets import Input, Select, Static

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.welcome import WelcomeScreen
from supportjournal.ui.widgets.member_list import MemberList
from tests.conftest import fixed_clock
from tests.ui.shown import screen_text, static_text


async def test_welcome_walks_the_first_steps_and_lands_home_with_what_was_entered(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, WelcomeScreen)
        assert "Welcome to Support Journal" in screen_text(app)
        await pilot.press("enter")  # Start
        await pilot.pause()
        assert "Who already supports you?" in screen_text(app)
        assert app.focused is app.screen.query_one("#name", Input)
        await pilot.press(*"Ana", "enter")
        await pilot.pause()
        app.screen.query_one("#kind", Select).value = "family"
        app.screen.query_one("#ring", Select).value = "inner"
        app.screen.query_one("#cadence", Input).value = "every 3 days"
        await pilot.press(*"Mum", "enter")
        await pilot.pause()
        assert "Added: Ana, Mum" in static_text(app.screen.query_one("#quick-added", Static))
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Anyone professional?" in screen_text(app)
        name = app.screen.query_one("#name", Input)
        assert app.focused is name
        name.value = "Dr Okafor"  # typing here is tested on the first step
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        assert "A group or community?" in screen_text(app)
        app.screen.query_one("#link", Input).value = "https://forum.example"
        app.screen.query_one("#kind", Select).value = "online community"
        name = app.screen.query_one("#name", Input)
        assert app.focused is name
        name.value = "Quiet Minds"
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        for name in ("Ana", "Mum", "Dr Okafor", "Quiet Minds"):
            assert name in text
        assert len(app.screen.query_one(MemberList).shown_ids) == 4
    by_name = {m.name: m for m in store.list_members(db)}
    assert (by_name["Mum"].kind, by_name["Mum"].ring, by_name["Mum"].cadence) == ("family", "inner", "every 3 days")
    assert by_name["Dr Okafor"].kind == "professional"
    assert (by_name["Quiet Minds"].kind, by_name["Quiet Minds"].link) == ("online community", "https://forum.example")
    assert store.get_setting(db, "welcome_seen") is True


async def test_escape_skips_the_welcome_and_it_does_not_come_back(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        assert "Press a to add someone" in screen_text(app)
    assert store.get_setting(db, "welcome_seen") is True
    again = SupportJournalApp(db, clock=fixed_clock)
    async with again.run_test(size=(100, 30)):
        assert isinstance(again.screen, HomeScreen)


async def test_an_empty_name_is_named_next_to_the_field_and_nothing_saved(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#cadence", Input).value = "sometimes"
        await pilot.press(*"Ana", "enter")
        await pilot.pause()
        assert "unknown cadence" in static_text(app.screen.query_one("#error-cadence", Static))
        assert store.list_members(db) == []


async def test_a_journal_with_anything_in_it_opens_on_home(db):
    store.add_member(db, "Ana", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, HomeScreen)


async def test_every_step_shows_how_to_go_on_at_80x24(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for step in range(4):
            keys = app.screen.query_one("#form-keys")
            assert keys.region.height == 1 and Region(0, 0, 80, 24).contains_region(keys.region), step
            shown = screen_text(app)
            assert "(ctrl+n)" in shown and "Skip all (Esc)" in shown, step
            await pilot.press("ctrl+n")
            await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
