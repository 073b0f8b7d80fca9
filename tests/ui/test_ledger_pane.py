"""The reciprocity pane: balances per window, one-sided notes, recording, editing and deleting entries."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from textual.widgets import DataTable, Input, OptionList

from supportjournal import store
from supportjournal.domain.ledger import WINDOW_SETTING
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.ledger_form import LedgerForm
from supportjournal.ui.widgets.ledger import LedgerPane
from tests.conftest import HOSTILE_TEXT, NOW, TODAY, fixed_clock


async def pane_text(pilot, whole: bool = False) -> str:
    """What the ledger pane (or the whole screen) shows, once everything pending has been drawn."""
    await pilot.pause()
    lines = [strip.text for strip in pilot.app.screen._compositor.render_strips()]
    if whole:
        return "\n".join(lines)
    region = pilot.app.screen.query_one(LedgerPane).region
    return "\n".join(line[region.x:region.right] for line in lines[region.y:region.bottom])


def flat(text: str) -> str:
    """Pane text with the border and line breaks gone, for sentences that wrap."""
    return " ".join(text.replace("│", " ").split())


def cells(app, member_id) -> tuple[str, int, int]:
    table = app.screen.query_one("#ledger-balances", DataTable)
    name, gave, _bar, received = table.get_row(member_id)
    return name.plain, int(gave.plain), int(received.plain)


def entries(db):
    return list(db.query("SELECT * FROM interactions ORDER BY at"))


def log(db, member, days_ago, direction, weight=1, **fields):
    at = datetime.combine(TODAY - timedelta(days=days_ago), time(12))
    return store.log_interaction(db, member.id, at, direction=direction, weight=weight, now=NOW, **fields)


@pytest.fixture
def ana(db):
    return store.add_member(db, "Ana", "friend")


@pytest.fixture
def ben(db):
    return store.add_member(db, "Ben", "family")


async def focus(app, pilot, part: str = "#ledger-balances"):
    app.screen.query_one(part).focus()
    await pilot.pause()


async def test_empty_ledger_says_what_it_is_for_bad_input_is_refused_and_ambiguous_names_ask_for_more(db, ana):
    """One session with Ana (and later Anabel), three parts; nothing is written but a plain contact until the last part."""
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # The empty ledger says what it is for.
        text = flat(await pane_text(pilot))
        assert "Reciprocity · last 90 days" in text
        assert "Press g when you help someone, v when someone helps you." in text
        # A contact with no support either way is not a ledger entry: the pane stays as it was.
        log(db, ana, 1, "none")
        app.data_changed()
        assert app.screen.query_one("#ledger-recent", OptionList).option_count == 0
        assert "Press g when you help someone" in flat(await pane_text(pilot))
        contact = entries(db)  # that contact's row, the only one until the last part

        # Bad input is refused next to the field.
        await focus(app, pilot)
        await pilot.press("g", *"Ana")
        form = app.screen
        for case in BAD_INPUT:
            field, typed, message = case
            target = form.query_one(f"#{field}", Input)
            good = target.value
            target.focus()
            target.value = typed  # the form is typed into in the g test; here what it says is the point
            await pilot.press("enter")
            assert app.screen is form, repr(case)
            assert message in str(form.query_one(f"#error-{field}").render()), repr(case)
            assert entries(db) == contact, repr(case)
            target.value = good
        await pilot.press("escape")
        assert not isinstance(app.screen, LedgerForm)
        assert entries(db) == contact

        # Ambiguous names ask for more.
        store.add_member(db, "Anabel", "friend")
        app.data_changed()
        await focus(app, pilot)
        await pilot.press("g", *"an", "enter")
        assert "could be Ana, Anabel" in str(app.screen.query_one("#error-member").render())
        await pilot.press(*"a", "enter")  # "ana" is exactly Ana
        assert not isinstance(app.screen, LedgerForm)
    assert [row["member_id"] for row in entries(db) if row not in contact] == [ana.id]


async def test_g_records_support_given_with_type_ahead(db, ana, ben):
    log(db, ben, 3, "both")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot)
        table = app.screen.query_one("#ledger-balances", DataTable)
        ben_row = table.rows[ben.id]
        await pilot.press("g")
        form = app.screen
        assert isinstance(form, LedgerForm)
        await pilot.press("a", "right")  # the suggestion completes the name
        assert form.query_one("#member", Input).value == "Ana"
        await pilot.press("tab", "tab", "tab", "2", "tab", *"walked [her] dog", "enter")
        assert not isinstance(app.screen, LedgerForm)
        [entry] = [row for row in entries(db) if row["member_id"] == ana.id]
        assert (entry["direction"], entry["weight"], entry["note"], entry["day"]) == ("gave", 2, "walked [her] dog", TODAY.isoformat())
        assert entry["at"] == NOW.isoformat()
        assert store.last_contacts(db)[ana.id] == TODAY  # any ledger entry counts as contact
        assert cells(app, ana.id) == ("Ana", 2, 0)
        assert table.rows[ben.id] is ben_row  # updated in place, not rebuilt
        text = await pane_text(pilot)
        assert "→ Ana" in text and "walked [he" in text  # cut to fit, shown as typed


async def test_v_records_support_received_for_the_highlighted_member(db, ana, ben):
    log(db, ana, 1, "gave")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot)
        await pilot.press("v")
        form = app.screen
        assert form.query_one("#member", Input).value == "Ana"
        form.query_one("#day", Input).value = "yesterday"
        await pilot.press("enter")
        assert not isinstance(app.screen, LedgerForm)
    received = [row for row in entries(db) if row["direction"] == "received"]
    assert [(row["member_id"], row["day"], row["weight"]) for row in received] == [
        (ana.id, (TODAY - timedelta(days=1)).isoformat(), 1)
    ]


BAD_INPUT = [
    ("member", "Zed", "No one in your network by that name"),
    ("member", "", "Type who this was with."),
    ("weight", "7", "weight must be 1, 2 or 3"),
    ("weight", "lots", "weight must be 1, 2 or 3"),
    ("day", "2026-12-01", "hasn't happened yet"),
    ("day", "someday", "Try today, yesterday"),
]


async def test_w_cycles_the_window_moves_members_in_and_out_and_remembers_it(db, ana, ben):
    for days_ago, direction, weight in [(10, "gave", 1), (60, "received", 2), (200, "gave", 3), (500, "received", 3)]:
        log(db, ana, days_ago, direction, weight)
    log(db, ben, 50, "received")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot)
        table = app.screen.query_one("#ledger-balances", DataTable)
        assert cells(app, ana.id) == ("Ana", 1, 2)
        assert {key.value for key in table.rows} == {ana.id, ben.id}
        seen = []
        for _ in range(4):
            await pilot.press("w")
            title = (await pane_text(pilot)).splitlines()[0]
            members = {key.value for key in table.rows}
            seen.append((title.split("·")[1].split("─")[0].strip(), cells(app, ana.id)[1:], ben.id in members))
        # Ben's one entry, 50 days ago, leaves the table for the last 30 days and comes back after.
        assert seen == [("last 365 days", (4, 2), True), ("all time", (4, 5), True), ("last 30 days", (1, 0), False),
                        ("last 90 days", (1, 2), True)]
        assert {key.value for key in table.rows} == {ana.id, ben.id}
        await pilot.press("w")
    assert store.get_setting(db, WINDOW_SETTING) == 365
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Reciprocity · last 365 days" in await pane_text(pilot)
        assert cells(app, ana.id) == ("Ana", 4, 2)


async def test_one_sided_relationships_are_named_kindly(db, ana, ben):
    for days_ago in range(5):
        log(db, ana, days_ago, "gave")
        log(db, ben, days_ago, "received")
    log(db, ben, 1, "gave")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 40)) as pilot:
        text = flat(await pane_text(pilot))
        assert "You've given a lot to Ana lately; it's fine to ask for something back." in text
        assert "Ben has been there for you a lot; maybe offer something back." in text
        # Support flowing back evens it out, and the note goes.
        for _ in range(4):
            log(db, ana, 0, "received")
        app.data_changed()
        text = flat(await pane_text(pilot))
        assert "Ana lately" not in text
        assert "Ben has been there for you" in text


async def test_an_entry_can_be_edited_deleted_and_brought_back(db, ana):
    entry = log(db, ana, 2, "gave", support="listening", note="long call")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await focus(app, pilot)
        await pilot.press("t")
        assert app.focused is app.screen.query_one("#ledger-recent", OptionList)
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, LedgerForm)
        assert form.query_one("#note", Input).value == "long call"
        form.query_one("#weight", Input).value = "3"
        form.query_one("#day", Input).value = "yesterday"
        await pilot.press("enter")
        assert not isinstance(app.screen, LedgerForm)
        changed = store.get_interaction(db, entry.id)
        assert (changed.weight, changed.day, changed.support, changed.note) == (3, TODAY - timedelta(days=1), "listening", "long call")
        assert cells(app, ana.id) == ("Ana", 3, 0)
        await pilot.press("x")
        assert store.recent_interactions(db, ledger_only=True) == []
        assert app.screen.query_one("#ledger-balances", DataTable).row_count == 0
        # u is not in the footer (it would push ? out at 80 columns); the notice names it
        assert any("Press u to undo" in n.message for n in app._notifications)
        await pilot.press("u")
        assert [each.id for each in store.recent_interactions(db, ledger_only=True)] == [entry.id]
        assert cells(app, ana.id) == ("Ana", 3, 0)
        assert "26 Nov → Ana" in await pane_text(pilot)


async def line_at_cursor(pilot, widget) -> str:
    """The screen line of the balances row under the cursor, or of the highlighted recent entry."""
    lines = (await pane_text(pilot, whole=True)).splitlines()
    region = widget.content_region
    if isinstance(widget, DataTable):
        y = region.y + widget.header_height + widget.cursor_row - widget.scroll_offset.y
    else:
        y = region.y + widget.highlighted - widget.scroll_offset.y
    return lines[y][region.x:region.right]


async def test_hostile_names_and_notes_are_shown_literally(db):
    members = []
    for text in HOSTILE_TEXT:
        member = store.add_member(db, text, "friend")
        log(db, member, 1, "received", note=text)
        members.append(member)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        table = app.screen.query_one("#ledger-balances", DataTable)
        await focus(app, pilot)
        for text, member in zip(HOSTILE_TEXT, members):
            assert cells(app, member.id)[0] == text, repr(text)
            table.move_cursor(row=table.get_row_index(member.id))
            assert (await line_at_cursor(pilot, table)).strip().startswith(text[:7]), repr(text)
        # The form takes the highlighted name as it is; once is enough for the wiring (the safe Input
        # draws every hostile string in test_text_fields).
        table.move_cursor(row=table.get_row_index(members[0].id))
        await pilot.press("g")
        assert app.screen.query_one("#member", Input).value == HOSTILE_TEXT[0]
        await pilot.press("escape")
        recent = app.screen.query_one("#ledger-recent", OptionList)
        await pilot.press("t")
        assert app.focused is recent
        shown_entries = store.recent_interactions(db, ledger_only=True)
        assert len(shown_entries) == len(HOSTILE_TEXT)
        for entry in shown_entries:
            recent.highlighted = recent.get_option_index(entry.id)
            line = await line_at_cursor(pilot, recent)
            assert line.count(entry.note[:7]) == 2, repr(entry.note)  # the name, then the note
