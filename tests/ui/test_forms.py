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


BAD = {
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
"""Bad values for each form's fields, and what is said under each (the member editor's own test is in test_members)."""


def shows_how_to_finish(app, form: FormScreen, name: str) -> None:
    """The form's keys are one row inside the dialog and on the 80x24 screen, each button drawn."""
    screen = Region(0, 0, 80, 24)
    keys = form.query_one("#form-keys")
    dialog = form.query_one(".form")
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


async def names_every_bad_field(pilot, form: FormScreen, name: str) -> None:
    """Saving with every field of ``BAD`` wrong keeps the form open and names each field under it."""
    fields = BAD[type(form)]
    for field, (value, _) in fields.items():
        form.query_one(f"#{field}", Input).value = value
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert pilot.app.screen is form, name
    expected = dict(fields)
    if isinstance(form, CheckInScreen):  # no mood picked: named too, with the note
        expected["checkin-mood"] = ("", "pick a mood")
    for field, (_, message) in expected.items():
        error = form.query_one(f"#error-{field}", Static)
        assert error.display and message in static_text(error), (name, field)
    first = next(iter(fields))
    assert pilot.app.focused is form.query_one(f"#{first}") or isinstance(form, CheckInScreen), name


async def test_every_form_shows_how_to_finish_it_at_80x24_and_names_every_bad_field_at_once(db):
    """One session opens every form: its keys in sight; where it has fields, bad ones named and nothing written."""
    ana, walk = network(db)
    before = {table: db[table].count for table in ("asks", "interactions", "selfcare_items", "checkins")}
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for form in every_form(db, ana, walk):
            name = type(form).__name__
            await app.push_screen(form)
            await pilot.pause()
            shows_how_to_finish(app, form, name)
            # Tab visits every field, below the fold too, before the docked Save and Cancel.
            assert [w.id for w in form.focus_chain][-2:] == ["form-save", "form-cancel"], name
            if isinstance(form, StarterForm):  # its tick boxes read without colour, whole
                shown = screen_text(app)
                assert shown.count("▐X▌") == 5 and "▐X…" not in shown
                await pilot.press("space")
                assert "▐ ▌" in screen_text(app)
                await pilot.press("space")  # ticked again: the bad fields below are all in use
                assert screen_text(app).count("▐X▌") == 5
            if type(form) in BAD:
                await names_every_bad_field(pilot, form, name)
            await pilot.press("escape")
            assert app.screen is not form, name
    assert {table: db[table].count for table in before} == before
