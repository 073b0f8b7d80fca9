"""Every form and dialog: its keys in sight at 80x24, and every bad field named at once under that field."""

from __future__ import annotations

from textual.geometry import Region
from textual.widgets import Input, Static

from supportjournal import store
from supportjournal.domain.models import Channel
from supportjournal.domain.validation import MAX_NOTE
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.forms import FormScreen
from supportjournal.ui.render import styled
from supportjournal.ui.screens.checkin import CheckInScreen
from supportjournal.ui.screens.confirm import ConfirmScreen
from supportjournal.ui.screens.ledger_form import LedgerForm
from supportjournal.ui.screens.log_contact import AskScreen, LogContactScreen
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.screens.selfcare_form import MarkNoteForm, SelfCareForm
from supportjournal.ui.screens.selfcare_starter import StarterForm
from tests.conftest import NOW, TODAY, fixed_clock
from tests.ui.shown import screen_text, static_text

TOO_LONG = "x" * (MAX_NOTE + 1)


def network(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    ana = store.add_member(db, "Ana", "friend", supports=["listening"], channels=[Channel("phone", "0123")],
                           notes="line\n" * 30)  # a long note: the editor is taller than the terminal
    walk = store.add_item(db, "Walk", "daily", starts_on=TODAY, now=NOW)
    return ana, walk


def every_form(db, ana, walk) -> list[FormScreen]:
    members = store.list_members(db)
    return [
        MemberForm(ana),
        MemberForm(),
        LogContactScreen(ana),
        AskScreen(ana),
        LedgerForm("gave", members=members),
        SelfCareForm(walk, starts_on=TODAY),
        MarkNoteForm(walk, TODAY, None, "today"),
        StarterForm(starts_on=TODAY),
        CheckInScreen(),
        ConfirmScreen(styled("Delete [b]$name[/b] for good?", name="Ana"), yes="Delete for good"),
    ]


async def test_every_form_shows_how_to_finish_it_inside_the_dialog_at_80x24(db):
    ana, walk = network(db)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = Region(0, 0, 80, 24)
        for form in every_form(db, ana, walk):
            await app.push_screen(form)
            await pilot.pause()
            keys = form.query_one("#form-keys")
            dialog = form.query_one(".form")
            name = type(form).__name__
            assert keys.region.height == 1 and screen.contains_region(keys.region), name
            assert dialog.region.contains_region(keys.region), name
            for button in keys.children:
                assert keys.region.contains_region(button.region) and button.region.width > 0, name
            shown = screen_text(app)
            if isinstance(form, ConfirmScreen):
                assert "Delete for good (y)" in shown and "Cancel (n)" in shown
            else:
                assert "Cancel (Esc)" in shown, name
                assert ("Save (Enter)" if isinstance(form, CheckInScreen) else "Save (ctrl+s)") in shown, name
            if isinstance(form, StarterForm):  # its tick boxes read without colour, whole
                assert shown.count("▐X▌") == 5 and "▐X…" not in shown
                await pilot.press("space")
                assert "▐ ▌" in screen_text(app)
            await pilot.press("escape")
            assert app.screen is not form, name


async def test_each_form_names_every_bad_field_at_once_and_writes_nothing(db):
    ana, walk = network(db)
    bad = {
        AskScreen: {"need": ("", "need can't be empty"), "asked_on": ("next blursday", "date"),
                    "note": (TOO_LONG, "note is too long")},
        LogContactScreen: {"when": ("next blursday", "date"), "note": (TOO_LONG, "note is too long")},
        LedgerForm: {"member": ("Zed", "No one in your network"), "weight": ("7", "weight must be 1, 2 or 3"),
                     "day": ("next blursday", "Try today")},
        SelfCareForm: {"title": ("  ", "title can't be empty"), "schedule": ("now and then", "unknown schedule")},
        StarterForm: {"title-0": ("", "title can't be empty"), "schedule-1": ("now and then", "unknown schedule"),
                      "schedule-3": ("sometimes", "unknown schedule")},
        CheckInScreen: {"checkin-note": (TOO_LONG, "note is too long")},
    }
    before = {table: db[table].count for table in ("asks", "interactions", "selfcare_items", "checkins")}
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for form in every_form(db, ana, walk):
            fields = bad.get(type(form))
            if fields is None or isinstance(form, MemberForm):  # the editor's own test is in test_members
                continue
            await app.push_screen(form)
            await pilot.pause()
            for name, (value, _) in fields.items():
                form.query_one(f"#{name}", Input).value = value
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert app.screen is form, type(form).__name__
            expected = dict(fields)
            if isinstance(form, CheckInScreen):  # no mood picked: named too, with the note
                expected["checkin-mood"] = ("", "pick a mood")
            for name, (_, message) in expected.items():
                error = form.query_one(f"#error-{name}", Static)
                assert error.display and message in static_text(error), (type(form).__name__, name)
            first = next(iter(fields))
            assert app.focused is form.query_one(f"#{first}") or isinstance(form, CheckInScreen), type(form).__name__
            await pilot.press("escape")
    assert {table: db[table].count for table in before} == before
