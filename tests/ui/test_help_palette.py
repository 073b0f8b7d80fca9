"""The help screen lists every key of every screen; the palette offers every keyed action by id."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input, Static

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.commands import commands_for, own_bindings
from supportjournal.ui.screens.help import HelpScreen, keyed_classes
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.widgets.member_list import MemberList
from supportjournal.ui.widgets.network_pane import NetworkPane
from tests.conftest import fixed_clock
from tests.ui.shown import static_text


async def test_help_lists_every_binding_of_every_keyed_class(db):
    store.add_member(db, "Ana", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = static_text(app.screen.query_one("#help-keys", Static))
        classes = list(keyed_classes())
        assert classes[0] is SupportJournalApp
        assert {HomeScreen, NetworkPane, MemberList} <= set(classes)
        for cls in classes:
            for binding in own_bindings(cls):
                assert (binding.tooltip or binding.description) in text, (cls, binding)
        for expected in ("Everywhere", "Network pane", "Add someone to your network", "Check-in", "Journal"):
            assert expected in text
        await pilot.press("question_mark")
        assert isinstance(app.screen, HomeScreen)


async def test_palette_offers_every_keyed_action_of_the_screen_with_the_binding_id(db):
    store.add_member(db, "Ana", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)):
        ids = {command.id for command in commands_for(app.screen)}
        expected = {"quit", "help", "checkin", "journal", "pane.network", "pane.next", "member.add",
                    "member.edit", "member.log", "member.archive", "member.filter", "member.archived",
                    "members.sort", "members.open"}
        assert expected <= ids
        for node in (app, app.screen, *app.screen.walk_children()):
            for binding in own_bindings(type(node)):
                action = binding.action.partition("(")[0]
                if node.check_action(action, ()) is not False:  # what the screen offers right now
                    assert binding.id in ids


async def test_palette_runs_an_action_chosen_by_name(db):
    store.add_member(db, "Ana", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"add someone")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MemberForm)
        await pilot.press(*"Kim", "enter")
        await pilot.pause()
    assert sorted(m.name for m in store.list_members(db)) == ["Ana", "Kim"]


async def test_palette_sort_command_changes_the_list_order(db):
    store.add_member(db, "Ana", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"Sort")
        await pilot.pause(0.3)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(Input).value == "Sort"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(MemberList).order == "ring"
