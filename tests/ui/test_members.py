"""Members from the home screen: detail, add, edit, validation, log a contact, asks, archive, restore."""

from __future__ import annotations

from datetime import date, timedelta

from textual.widgets import Input, Select, Static

from supportjournal import store
from supportjournal.domain.models import Channel
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.archived import ArchivedScreen
from supportjournal.ui.screens.confirm import ConfirmScreen
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.log_contact import AskScreen, LogContactScreen
from supportjournal.ui.screens.member_detail import MemberDetailScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.widgets.member_list import MemberList
from supportjournal.ui.widgets.tick_list import TickList
from tests.conftest import NOW, TODAY, fixed_clock
from tests.ui.shown import screen_text, static_text


def full_member(db):
    member = store.add_member(
        db, "Ana", "friend", ring="inner", supports=["listening", "company"], empathy=5,
        reliability=4, availability=2, channels=[Channel("phone", "0123 456")], cadence="every 7 days",
        link="https://example.org/ana", notes="Met at the allotment.",
    )
    store.add_ask(db, member.id, "to listen on Sundays", date(2026, 11, 1), "she said yes")
    store.log_interaction(db, member.id, NOW - timedelta(days=12), direction="received", channel="call",
                          support="listening", note="long call")
    store.log_interaction(db, member.id, NOW - timedelta(days=20), direction="none", channel="message")
    return member


def body(app) -> str:
    return static_text(app.screen.query_one("#detail-body", Static))


def count(db, table: str) -> int:
    return db[table].count


async def test_one_member_s_detail_archive_and_restore_edit_and_log_a_contact(db):
    """One session on one full member, four parts in the order a person might take them."""
    member = full_member(db)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # Enter opens the detail with every field and the history.
        await pilot.press("enter")
        assert isinstance(app.screen, MemberDetailScreen)
        text = body(app)
        title = static_text(app.screen.query_one("#detail-title", Static))
        assert "Ana" in title and "friend · inner circle" in title
        for expected in (
            "last in touch 12 days ago; you wanted every 7 days", "overdue:",
            "listening, company", "●●●●● 5/5", "●●●●○ 4/5", "●●○○○ 2/5", "phone: 0123 456",
            "every 7 days", "https://example.org/ana", "to listen on Sundays — she said yes",
            "Met at the allotment.", "you received · listening · call — long call",
            "in touch · message", "last 90 days: you gave 0, you received 1",
        ):
            assert expected in text, expected
        assert "Ana" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)

        # x archives only after confirmation, and the archived view restores.
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert not store.get_member(db, member.id).archived
        await pilot.press("x", "y")
        await pilot.pause()
        assert store.get_member(db, member.id).archived
        assert app.screen.query_one(MemberList).shown_ids == []
        # A lists the archived; r brings the highlighted one back.
        await pilot.press("A")
        assert isinstance(app.screen, ArchivedScreen)
        assert "Ana" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert not store.get_member(db, member.id).archived
        assert "Nobody is archived" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)

        # e edits the selected member.
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, MemberForm)
        assert form.query_one("#name", Input).value == "Ana"
        assert form.query_one("#channels", Input).value == "phone: 0123 456"
        form.query_one("#name", Input).value = "Ana B."
        form.query_one("#ring", Select).value = "close"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        edited = store.get_member(db, member.id)
        assert (edited.name, edited.ring, edited.empathy, edited.channels) == ("Ana B.", "close", 5, member.channels)

        # l logs a contact, today by default.
        assert "in touch today" not in screen_text(app)
        await pilot.press("l")
        assert isinstance(app.screen, LogContactScreen)
        app.screen.query_one("#direction", Select).value = "gave"
        app.screen.query_one("#channel", Select).value = "video"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "in touch today" in screen_text(app)
        [latest, *_] = store.recent_interactions(db, member_id=member.id)
        assert (latest.at, latest.direction, latest.channel) == (NOW, "gave", "video")
        # A day it cannot read: named next to the field, nothing written.
        before = count(db, "interactions")
        await pilot.press("l")
        app.screen.query_one("#when", Input).value = "next blursday"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LogContactScreen)
        assert "cannot read the date" in static_text(app.screen.query_one("#error-when", Static))
        await pilot.press("escape")
    assert count(db, "interactions") == before


async def test_a_adds_a_member_typed_in_the_editor(db):
    store.add_member(db, "Zed", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, MemberForm)
        await pilot.press(*"Kim", "tab", "tab")
        app.screen.query_one("#cadence", Input).value = "weekly"
        app.screen.query_one("#empathy", Input).value = "4"
        supports = app.screen.query_one("#supports", TickList)
        supports.focus()
        supports.highlighted = 1
        await pilot.press("space")
        assert "▐X▌ advice" in screen_text(app) and "▐ ▌ listening" in screen_text(app)  # reads without colour
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        [kim] = [m for m in store.list_members(db) if m.name == "Kim"]
        assert (kim.kind, kim.cadence, kim.empathy, kim.supports) == ("friend", "every week", 4, ("advice",))
        assert app.screen.query_one(MemberList).member_id == kim.id
        assert "Kim" in screen_text(app)


BAD_INPUT = [
    ("name", "   ", "name can't be empty"),
    ("empathy", "7", "empathy must be from 1 to 5"),
    ("reliability", "x", "reliability must be a whole number from 1 to 5"),
    ("cadence", "now and then", "unknown cadence"),
]


async def test_bad_input_is_named_next_to_its_field_and_nothing_is_saved(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    store.set_setting(db, "welcome_seen", True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        form = app.screen
        form.query_one("#name", Input).value = "Kim"
        for case in BAD_INPUT:
            field, value, message = case
            target = form.query_one(f"#{field}", Input)
            good = target.value
            target.value = value
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert app.screen is form, repr(case)
            error = form.query_one(f"#error-{field}", Static)
            assert error.display and message in static_text(error), repr(case)
            assert app.focused is target, repr(case)
            # The rest may wrap in a narrow column.
            assert " ".join(message.split()[:3]) in screen_text(app), repr(case)
            assert count(db, "members") == 0, repr(case)
            target.value = good
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
    assert count(db, "members") == 0


async def test_three_bad_fields_show_three_errors_at_once(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    store.set_setting(db, "welcome_seen", True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        form = app.screen
        for name, value, _ in BAD_INPUT[1:]:
            form.query_one(f"#{name}", Input).value = value
        form.query_one("#name", Input).value = "Kim"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        for name, _, message in BAD_INPUT[1:]:
            error = form.query_one(f"#error-{name}", Static)
            assert error.display and message in static_text(error), name
        assert app.focused is form.query_one("#empathy", Input)  # the first one wrong
        assert not form.query("#error-name.-shown")  # the good field says nothing
    assert count(db, "members") == 0


async def test_detail_keys_log_note_an_ask_and_archive(db):
    member = full_member(db)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "k")
        assert isinstance(app.screen, AskScreen)
        await pilot.press(*"advice", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MemberDetailScreen)
        assert "advice" in body(app)
        await pilot.press("l", "enter")
        await pilot.pause()
        assert "last in touch today" in body(app)
        assert [a.need for a in store.list_asks(db, member.id)][0] == "advice"
        assert store.list_asks(db, member.id)[0].asked_on == TODAY
        # Archiving from the detail, once confirmed, goes back home.
        await pilot.press("x", "y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert store.get_member(db, member.id).archived
