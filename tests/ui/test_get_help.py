"""Get help: one key from every screen (modals and text fields included), what it lists, and its crisis lines."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input, TextArea

from supportjournal import store
from supportjournal.domain.help_words import DEFAULT_CRISIS_LINES, NOT_A_MEMBER, CrisisLine
from supportjournal.domain.models import Channel
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.archived import ArchivedScreen
from supportjournal.ui.screens.checkin import CheckInScreen
from supportjournal.ui.screens.confirm import ConfirmScreen
from supportjournal.ui.screens.crisis_lines import CrisisLineForm, CrisisLinesScreen
from supportjournal.ui.screens.get_help import GetHelpScreen
from supportjournal.ui.screens.help import HelpScreen
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.journal import JournalScreen
from supportjournal.ui.screens.log_contact import LogContactScreen
from supportjournal.ui.screens.member_detail import MemberDetailScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.widgets.help_list import HelpList
from tests.conftest import NOW, fixed_clock
from tests.ui.shown import screen_text


async def test_get_help_opens_from_every_screen_and_from_inside_a_text_field(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    ana = store.add_member(db, "Ana", "friend")
    store.archive_member(db, store.add_member(db, "Kai", "friend").id, now=NOW)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "! Get help" in screen_text(app).splitlines()[-1]  # in the home footer where it fits

        async def opens(key: str, under: type) -> None:
            await pilot.press(key)
            assert isinstance(app.screen, GetHelpScreen), (key, under)
            await pilot.press("escape")
            assert isinstance(app.screen, under), (key, under)

        await pilot.press("exclamation_mark", "exclamation_mark", "ctrl+g")  # once open, no second one stacks
        assert [type(s) for s in app.screen_stack[1:]] == [HomeScreen, GetHelpScreen]
        await pilot.press("escape")
        await pilot.press("enter")  # member details
        await opens("exclamation_mark", MemberDetailScreen)
        await pilot.press("x")  # the archive question: a modal
        await opens("exclamation_mark", ConfirmScreen)
        await pilot.press("escape", "escape", "A")
        await opens("exclamation_mark", ArchivedScreen)
        await pilot.press("escape", "question_mark")
        await opens("exclamation_mark", HelpScreen)
        await pilot.press("escape", "e")  # the member form: a modal with its name field focused
        assert isinstance(app.focused, Input)
        await pilot.press("end", "exclamation_mark")  # typed, not a key for get help
        assert app.focused.value == "Ana!" and isinstance(app.screen, MemberForm)
        await opens("ctrl+g", MemberForm)
        await pilot.press("escape", "c")  # the check-in: the mood picker, then the name box
        await opens("exclamation_mark", CheckInScreen)
        await pilot.press("tab")
        await opens("ctrl+g", CheckInScreen)
        await pilot.press("escape", "j")  # the journal's editor
        assert isinstance(app.focused, TextArea)
        await opens("ctrl+g", JournalScreen)
        await pilot.press("escape", "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await opens("ctrl+g", CommandPalette)
        await pilot.press("escape", "escape")  # home again, in a smaller terminal
        assert isinstance(app.screen, HomeScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Get help" not in screen_text(app).splitlines()[-1]  # the footer is full; ? lists it
    assert store.get_member(db, ana.id).name == "Ana"  # the "!" typed in the form was never saved


async def test_get_help_lists_the_plan_then_professionals_then_lines_and_logs_a_contact(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    ana = store.add_member(db, "Ana", "friend", channels=[Channel("phone", "0770 1")])
    okafor = store.add_member(db, "Dr Okafor", "professional", channels=[Channel("phone", "020 1"), Channel("email", "o@e.org")])
    store.add_member(db, "Dr Lind", "professional", link="https://clinic.example")
    store.add_plan_entry(db, 4, member_id=ana.id)
    store.add_plan_entry(db, 5, member_id=okafor.id)
    store.add_plan_entry(db, 5, "Walk-in clinic, Hill St")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await pilot.press("exclamation_mark")
        text = screen_text(app)
        order = ["people you can ask", "Ana", "0770 1", "professionals and services", "Dr Okafor", "020 1",
                 "o@e.org", "Walk-in clinic", "Professionals in your network", "Dr Lind", "https://clinic.example",
                 "Crisis lines", "988 Suicide", "Samaritans", "116 123", "findahelpline.com", "emergency services",
                 "check the one for where you are"]
        assert [text.index(words) for words in order] == sorted(text.index(words) for words in order)
        assert text.count("Dr Okafor") == 1  # in the plan, so not listed again among the professionals
        assert app.screen.query_one(HelpList).member == ana  # the first person is highlighted
        store.update_member(db, ana.id, channels=[Channel("phone", "0800 2")])
        app.data_changed()
        await pilot.pause()
        assert "0800 2" in screen_text(app) and "0770 1" not in screen_text(app)
        await pilot.press("l")
        assert isinstance(app.screen, LogContactScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, GetHelpScreen)
        await pilot.press("down", "down", "l")  # a line of text: nothing to log, and it says so
        assert isinstance(app.screen, GetHelpScreen)
        assert NOT_A_MEMBER in [notice.message for notice in app._notifications]
    assert [i.member_id for i in store.recent_interactions(db, member_id=ana.id, limit=5)] == [ana.id]


async def test_crisis_lines_come_back_after_asking_and_are_added_changed_reordered_removed_and_kept(db_path, db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    store.set_crisis_lines(db, [])
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        # Part 1: with every line removed, get help says so, and the default lines come back after asking.
        await pilot.press("exclamation_mark")
        assert "No crisis lines kept" in screen_text(app)
        await pilot.press("e", "D")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, CrisisLinesScreen) and "Samaritans" in screen_text(app)
        assert store.crisis_lines(db) == list(DEFAULT_CRISIS_LINES)

        # Part 2: a line added, one removed, put back and removed again, one changed; all kept.
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, CrisisLineForm)
        await pilot.press("ctrl+s")  # a name and a way to reach it are needed
        assert isinstance(app.screen, CrisisLineForm)
        form.query_one("#name", Input).value = "Lifeline"
        form.query_one("#region", Input).value = "Australia"
        form.query_one("#contact", Input).value = "call 13 11 14"
        form.query_one("#source", Input).value = "lifeline.org.au"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CrisisLinesScreen)
        await pilot.press("K", "K", "K", "K")  # to the top
        await pilot.press("down", "x")  # remove the 988 line, now second...
        await pilot.press("u", "x")  # ...put it back, and remove it again
        await pilot.press("e")
        app.screen.query_one("#contact", Input).value = "call 116 123, any time"
        await pilot.press("ctrl+s")
        await pilot.pause()
    expected = [CrisisLine("Lifeline", "Australia", "call 13 11 14", "lifeline.org.au"),
                CrisisLine("Samaritans", "UK and Ireland", "call 116 123, any time", "samaritans.org"),
                *DEFAULT_CRISIS_LINES[2:]]
    reopened = store.open_db(db_path)
    assert store.crisis_lines(reopened) == expected
    reopened.close()
