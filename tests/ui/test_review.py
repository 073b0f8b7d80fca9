"""The weekly review in the app: every key on a card, snoozes kept and expiring, resuming, the summary three ways."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from textual.widgets import Input, Static

from supportjournal import store
from supportjournal.store.review import review_states
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.commands import commands_for
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.log_contact import LogContactScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.screens.review import ReviewScreen, SummaryScreen
from supportjournal.ui.screens.review_forms import SnoozeScreen, ToldScreen
from tests.conftest import NOW, TODAY
from tests.ui.shown import static_text
from tests.ui.test_help_palette import footer


@pytest.fixture
def three(db):
    """Sam overdue, Jonas leaning on you, Zoë never told what you need: in that order; Ana is fine."""
    store.set_setting(db, store.WELCOME_SETTING, True)
    long_ago = NOW - timedelta(days=400)
    sam = store.add_member(db, "Sam", "colleague", cadence="weekly", now=long_ago)
    jonas = store.add_member(db, "Jonas", "friend", ring="wider", now=long_ago)
    zoe = store.add_member(db, "Zoë", "friend", now=long_ago)
    ana = store.add_member(db, "Ana", "friend", ring="wider", now=long_ago)
    store.log_interaction(db, sam.id, NOW - timedelta(days=12))
    store.add_ask(db, sam.id, "cover a meeting", TODAY - timedelta(days=20))
    for days_ago in range(1, 6):
        store.log_interaction(db, jonas.id, NOW - timedelta(days=days_ago), direction="gave")
    for member in (sam, jonas, zoe, ana):
        store.mark_reviewed(db, member.id, TODAY - timedelta(days=7))
    return sam, jonas, zoe


def card(app) -> str:
    return static_text(app.screen.query_one("#review-text", Static))


def notices(app) -> list[str]:
    return [notification.message for notification in app._notifications]


async def test_every_card_key_then_leaving_resuming_and_the_summary(db, three):
    sam, jonas, zoe = three
    clock = {"now": NOW}
    app = SupportJournalApp(db, clock=lambda: clock["now"])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReviewScreen)
        assert card(app).startswith("Weekly review · 1 of 3\nSam")
        assert "It's been 12 days" in card(app)

        # l logs a contact (today by default); the card says so at once.
        await pilot.press("l")
        assert isinstance(app.screen, LogContactScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.review_card(db, sam.id, TODAY).status.days_since == 0
        assert "Nothing here needs you just now." in card(app) and "last in touch today" in card(app)

        # t notes what you told them you need, and when.
        await pilot.press("t")
        assert isinstance(app.screen, ToldScreen)
        app.screen.query_one("#need", Input).value = "a walk on Sunday"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [ask.need for ask in store.list_asks(db, sam.id)] == ["a walk on Sunday", "cover a meeting"]
        assert "Told them   a walk on Sunday (today)" in card(app)

        # e edits them; a change shows on the card.
        await pilot.press("e")
        assert isinstance(app.screen, MemberForm)
        app.screen.query_one("#cadence", Input).value = "monthly"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "you wanted every month" in card(app)

        # n moves on and notes that Sam was looked at today.
        await pilot.press("n")
        assert card(app).startswith("Weekly review · 2 of 3\nJonas")
        assert review_states(db)[sam.id].reviewed_on == TODAY

        # z snoozes Jonas for a week: the card leaves the queue, with a calm notice.
        await pilot.press("z")
        assert isinstance(app.screen, SnoozeScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert review_states(db)[jonas.id].snoozed_until == TODAY + timedelta(days=7)
        assert card(app).startswith("Weekly review · 2 of 2\nZoë")
        assert "Jonas will come back to the review on Fri 4 Dec." in notices(app)

        # p goes back; Escape leaves; r the same week resumes where it stopped.
        await pilot.press("p")
        assert card(app).startswith("Weekly review · 1 of 2\nSam")
        await pilot.press("n", "escape")
        assert isinstance(app.screen, HomeScreen)
        assert store.saved_progress(db, TODAY) == ([sam.id, zoe.id], 1)
        await pilot.press("r")
        assert card(app).startswith("Weekly review · 2 of 2\nZoë")
        assert "Picking up where you left off this week." in notices(app)

        # After the last card, the summary; the card keys are gone from the footer and do nothing.
        await pilot.press("n")
        assert card(app).startswith("That's everyone for this week. Here is your support system as a whole.\n\n"
                                    "Your support system\n")
        assert app.screen.check_action("snooze", ()) is False
        await pilot.press("escape")

        # A week later the snooze has ended: Jonas is back, in a fresh review.
        clock["now"] = NOW + timedelta(days=7)
        await pilot.press("r")
        assert card(app).startswith("Weekly review · 1 of 2\nJonas")
        await pilot.press("escape", "R")
        assert isinstance(app.screen, SummaryScreen)
        assert card(app).startswith("Your support system")
        await pilot.press("escape")
        titles = [command.title for command in commands_for(app.screen)]
        assert "Weekly review" in titles and "Support summary" in titles


async def test_snoozing_until_a_typed_day_and_a_wrong_one(db, three):
    sam, *_ = three
    app = SupportJournalApp(db, clock=lambda: NOW)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("r")
        assert footer(app) == " esc Leave  l Log  t Told  e Edit  z Snooze  n Next  ? Keys" + " " * 9 + "▏^p palette"
        await pilot.press("n")
        assert footer(app) == " esc Leave  l Log  t Told  e Edit  z Snooze  n Next  p Prev  ? Keys ▏^p palette"
        await pilot.press("p", "z")
        until = app.screen.query_one("#until", Input)
        until.value = "yesterday"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SnoozeScreen)  # refused, said under the field
        assert "cannot read" in static_text(app.screen.query_one("#error-until", Static))
        until.value = "2026-12-24"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert review_states(db)[sam.id].snoozed_until == datetime(2026, 12, 24).date()
        assert "Sam will come back to the review on Thu 24 Dec." in notices(app)
