"""The self-care pane on the home screen: every key, checked in the database and on the screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import Input, OptionList

from supportjournal import store
from supportjournal.domain.selfcare import STARTER_SET
from supportjournal.store import WELCOME_SETTING
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.selfcare_form import MarkNoteForm, SelfCareForm
from supportjournal.ui.screens.selfcare_starter import StarterForm
from supportjournal.ui.widgets.selfcare import SelfCarePane, pane_key
from tests.conftest import HOSTILE_TEXT, TODAY, fixed_clock

LONG_AGO = TODAY - timedelta(days=60)


async def screen_text(pilot) -> str:
    """The whole screen as text, once everything pending has been drawn."""
    await pilot.pause()
    return "\n".join(strip.text for strip in pilot.app.screen._compositor.render_strips())


async def pane_text(pilot) -> str:
    """What the self-care pane shows, border included."""
    lines = (await screen_text(pilot)).splitlines()
    region = pilot.app.screen.query_one(SelfCarePane).region
    return "\n".join(line[region.x:region.right] for line in lines[region.y:region.bottom])


async def line_with(pilot, words: str) -> str:
    """The pane's row holding ``words``, without its border and padding."""
    [line] = [line for line in (await pane_text(pilot)).splitlines() if words in line]
    return line.strip("│").strip()


def item_named(db, title):
    [item] = [item for item in store.list_items(db) + store.list_items(db, archived=True) if item.title == title]
    return item


def status(db, title, day=TODAY):
    mark = store.marks_between(db, day, day).get((item_named(db, title).id, day))
    return mark.status if mark else None


async def focus(app, pilot, title: str | None = None):
    """Put the keyboard in the self-care list, on ``title`` if given."""
    pane = app.screen.query_one(SelfCarePane)
    pane.focus()
    await pilot.pause()
    if title is not None:
        option_list = pane.query_one(OptionList)
        option_list.highlighted = option_list.get_option_index(item_named(app.db, title).id)
        await pilot.pause()


@pytest.fixture
def seen(db):
    """A journal past the first-run welcome."""
    store.set_setting(db, WELCOME_SETTING, True)
    return db


@pytest.fixture
def walk(seen):
    return store.add_item(seen, "Walk", "daily", starts_on=LONG_AGO)


async def test_the_starter_set_can_be_skipped_refuses_a_bad_schedule_and_is_accepted_as_edited(seen):
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot)
        assert "Press s for a starter set" in " ".join((await pane_text(pilot)).split())
        await pilot.press("s")
        assert isinstance(app.screen, StarterForm)
        await pilot.press("escape")
        assert not isinstance(app.screen, StarterForm)
        assert store.list_items(seen) == []
        # Offered again: a schedule it can't read is named under its row and nothing is added.
        await pilot.press("s")
        form = app.screen
        schedule = form.query_one("#schedule-2", Input)
        schedule.focus()
        schedule.value = "now and then"  # typing in this form is tested below
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, StarterForm)
        assert "unknown schedule" in str(form.query_one("#error-schedule-2").render())
        await pilot.press("escape")
        assert not isinstance(app.screen, StarterForm)
        assert store.list_items(seen) == []
        # A third time, accepted with one idea left out and one edited.
        await pilot.press("s")
        form = app.screen
        assert isinstance(form, StarterForm)
        # Focus starts on the first idea's box: untick it, then add words to the second title.
        await pilot.press("space", "tab", "tab", "tab", "tab", "end", *" today")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, StarterForm), form.query_one("#error-form").render()
        titles = [item.title for item in store.list_items(seen)]
        assert titles == [STARTER_SET[1][0] + " today", *(title for title, _ in STARTER_SET[2:])]
        assert [item.schedule for item in store.list_items(seen)] == [s for _, s in STARTER_SET[1:]]
        assert all(item.starts_on == TODAY for item in store.list_items(seen))
        assert "De-stress: ten ca" in (await pane_text(pilot))  # cut to fit the padded row


async def test_space_ticks_and_unticks_the_day(walk, seen):
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot, "Walk")
        assert "Self-care · today, Fri 27 Nov" in (await pane_text(pilot))
        assert (await line_with(pilot, "Walk")).startswith("[ ]")
        await pilot.press("space")
        assert status(seen, "Walk") == "done"
        assert (await line_with(pilot, "Walk")).startswith("[x]")
        assert "1 d" in (await line_with(pilot, "Walk"))
        await pilot.press("space")
        assert status(seen, "Walk") is None
        assert (await line_with(pilot, "Walk")).startswith("[ ]")


async def test_k_marks_a_rest_day_that_keeps_the_streak(walk, seen):
    for days in range(1, 4):
        store.set_mark(seen, walk.id, TODAY - timedelta(days=days), "done")
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot, "Walk")
        await pilot.press("k")
        assert status(seen, "Walk") == "skipped"
        line = (await line_with(pilot, "Walk"))
        assert line.startswith("[~]") and "(rest)" in line
        assert "3 d" in line and line.endswith("xxx~")
        await pilot.press("k")
        assert status(seen, "Walk") is None


async def test_backfilling_yesterday_with_brackets_mends_the_streak(walk, seen):
    for days in range(2, 6):
        store.set_mark(seen, walk.id, TODAY - timedelta(days=days), "done")
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot, "Walk")
        assert (await line_with(pilot, "Walk")).endswith("xxxx-o")
        assert " d " not in (await line_with(pilot, "Walk"))  # no streak shown at 0: plain, not alarming
        await pilot.press("left_square_bracket")
        assert "Self-care · yesterday, Thu 26 Nov" in (await pane_text(pilot))
        await pilot.press("space")
        assert status(seen, "Walk", TODAY - timedelta(days=1)) == "done"
        assert status(seen, "Walk") is None
        assert store.item_streak(seen, walk, TODAY) == 5
        assert "5 d" in (await line_with(pilot, "Walk"))
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert "Tue 24 Nov, 3 days ago" in (await pane_text(pilot))
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        assert "today, Fri 27 Nov" in (await pane_text(pilot))
        await pilot.press("right_square_bracket")  # never past today
        assert "today, Fri 27 Nov" in (await pane_text(pilot))
        assert (await line_with(pilot, "Walk")).endswith("xxxxxo")


async def test_streaks_follow_each_schedule(seen):
    mon_thu = store.add_item(seen, "Call Mum", "mon,thu", starts_on=LONG_AGO)
    weekly = store.add_item(seen, "Swim", "2 times a week", starts_on=LONG_AGO)
    every3 = store.add_item(seen, "Water plants", "every 3 days", starts_on=TODAY - timedelta(days=30))
    # Thu 26, Mon 23 and Thu 19 done, Mon 16 a rest day, Thu 12 done, Mon 9 missed.
    for day, state in [(26, "done"), (23, "done"), (19, "done"), (16, "skipped"), (12, "done")]:
        store.set_mark(seen, mon_thu.id, TODAY.replace(day=day), state)
    # Two swims in each of the last two full weeks; one so far this week (in progress).
    for day in (17, 19, 10, 14, 24):
        store.set_mark(seen, weekly.id, TODAY.replace(day=day), "done")
    # Every 3 days from 28 Oct: ... 21, 24, 27 Nov; 21 and 24 done.
    for day in (21, 24):
        store.set_mark(seen, every3.id, TODAY.replace(day=day), "done")
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot)
        text = (await pane_text(pilot))
        assert "not scheduled today" in text
        # Friday: "Call Mum" is listed apart, after the heading.
        lines = text.splitlines()
        heading = next(i for i, line in enumerate(lines) if "not scheduled today" in line)
        assert any("Call Mum" in line for line in lines[heading:])
        assert "4×" in (await line_with(pilot, "Call Mum"))
        assert (await line_with(pilot, "Call Mum")).endswith("..x..x.")
        assert "2 wk" in (await line_with(pilot, "Swim"))
        assert "2×" in (await line_with(pilot, "Water plants"))
    assert store.item_streak(seen, mon_thu, TODAY) == 4
    assert store.item_streak(seen, weekly, TODAY) == 2
    assert store.item_streak(seen, every3, TODAY) == 2


async def test_an_unscheduled_item_can_still_be_ticked(seen):
    store.add_item(seen, "Walk", "daily", starts_on=LONG_AGO)
    store.add_item(seen, "Call Mum", "mon,thu", starts_on=LONG_AGO)
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot)
        await pilot.press("down", "space")  # the heading is skipped
        assert status(seen, "Call Mum") == "done"
        assert status(seen, "Walk") is None
        assert (await line_with(pilot, "Call Mum")).startswith("[x]")
        assert (await line_with(pilot, "Walk")).startswith("[ ]")


async def test_n_adds_a_note_to_the_day(walk, seen):
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot, "Walk")
        await pilot.press("k", "n")
        assert isinstance(app.screen, MarkNoteForm)
        await pilot.press(*"sore knee", "enter")
        assert not isinstance(app.screen, MarkNoteForm)
        [mark] = store.marks_between(seen, TODAY, TODAY).values()
        assert (mark.status, mark.note) == ("skipped", "sore knee")
        assert "✎ sore knee" in (await pane_text(pilot))
        assert "✎" in (await line_with(pilot, "Walk"))
        # A day with no mark yet: the note marks it done.
        await pilot.press("left_square_bracket", "n")
        app.screen.query_one(Input).value = "short one"  # typed once above is enough
        await pilot.press("enter")
        mark = store.marks_between(seen, TODAY - timedelta(days=1), TODAY - timedelta(days=1))[(walk.id, TODAY - timedelta(days=1))]
        assert (mark.status, mark.note) == ("done", "short one")


async def test_a_adds_an_activity_and_bad_input_is_refused_next_to_the_field(seen):
    store.add_item(seen, "Walk", "daily", starts_on=LONG_AGO)
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot)
        await pilot.press("a")
        form = app.screen
        assert isinstance(form, SelfCareForm)
        await pilot.press("enter")  # empty title
        assert isinstance(app.screen, SelfCareForm)
        assert "title can't be empty" in str(form.query_one("#error-title").render())
        await pilot.press(*"Journal 5 min", "tab")  # the form's one typed field; the rest are set
        form.query_one("#schedule", Input).value = "every 400 days"
        await pilot.press("enter")
        assert isinstance(app.screen, SelfCareForm)
        assert "1 to 365" in str(form.query_one("#error-schedule").render())
        assert str(form.query_one("#error-title").render()) == ""
        assert [item.title for item in store.list_items(seen)] == ["Walk"]
        form.query_one("#schedule", Input).value = "Tue, Sat"
        await pilot.pause()
        assert "means: tue,sat" in str(form.query_one("#field-schedule .form-hint").render())
        await pilot.press("enter")
        assert not isinstance(app.screen, SelfCareForm)
        added = item_named(seen, "Journal 5 min")
        assert (added.schedule, added.starts_on) == ("tue,sat", TODAY)
        assert "Journal 5 min" in (await pane_text(pilot))


async def test_e_edits_title_and_schedule(walk, seen):
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot, "Walk")
        await pilot.press("e")
        form = app.screen
        assert form.query_one("#title", Input).value == "Walk"
        form.query_one("#title", Input).value = "Walk by the river"  # typing in this form: the a test
        await pilot.press("tab")
        form.query_one("#schedule", Input).value = "weekdays"
        await pilot.press("enter")
        assert not isinstance(app.screen, SelfCareForm)
        [item] = store.list_items(seen)
        assert (item.id, item.title, item.schedule) == (walk.id, "Walk by the river", "weekdays")
        assert "Walk by the river" in (await pane_text(pilot))
        # Escape cancels without writing.
        await pilot.press("e")
        app.screen.query_one("#title", Input).value = "Walk!!"
        await pilot.press("escape")
        assert store.list_items(seen)[0].title == "Walk by the river"


async def test_x_archives_and_u_brings_it_back(walk, seen):
    store.set_mark(seen, walk.id, TODAY - timedelta(days=1), "done")
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await focus(app, pilot, "Walk")
        await pilot.press("x")
        assert store.list_items(seen) == []
        assert [item.id for item in store.list_items(seen, archived=True)] == [walk.id]
        assert "Walk" not in (await pane_text(pilot))
        # u is not in the footer (it would push ? out at 80 columns); the notice names it
        assert any("Press u to bring it back" in n.message for n in app._notifications)
        await pilot.press("u")
        assert [item.id for item in store.list_items(seen)] == [walk.id]
        assert "Walk" in (await pane_text(pilot))
    assert store.item_streak(seen, walk, TODAY) == 1  # its history came back with it


async def test_shift_keys_reorder(seen):
    for title in ("One", "Two", "Three"):
        store.add_item(seen, title, "daily", starts_on=LONG_AGO)
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot, "Three")
        await pilot.press("K")
        assert [item.title for item in store.list_items(seen)] == ["One", "Three", "Two"]
        await pilot.press("shift+up")
        assert [item.title for item in store.list_items(seen)] == ["Three", "One", "Two"]
        await pilot.press("J")
        assert [item.title for item in store.list_items(seen)] == ["One", "Three", "Two"]
        await pilot.press("shift+down", "space")
        assert [item.title for item in store.list_items(seen)] == ["One", "Two", "Three"]
        assert status(seen, "Three") == "done"  # the highlight followed the item
        lines = (await pane_text(pilot))
        assert lines.index("One") < lines.index("Two") < lines.index("Three")


async def test_the_strip_reads_without_colour(walk, seen):
    store.set_mark(seen, walk.id, TODAY - timedelta(days=1), "done")
    store.set_mark(seen, walk.id, TODAY - timedelta(days=2), "skipped")
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await focus(app, pilot)
        assert (await line_with(pilot, "Walk")).endswith("----~xo")
        assert "x done" in (await pane_text(pilot))


async def test_hostile_titles_and_notes_are_shown_literally(seen):
    for text in HOSTILE_TEXT:
        item = store.add_item(seen, text, "daily", starts_on=LONG_AGO)
        store.set_mark(seen, item.id, TODAY, "done", note=text)
    app = SupportJournalApp(seen, clock=fixed_clock)
    async with app.run_test(size=(100, 40)) as pilot:  # tall enough for every row at once
        await focus(app, pilot)
        rows = (await pane_text(pilot)).splitlines()[1:1 + len(HOSTILE_TEXT)]
        for text, row in zip(HOSTILE_TEXT, rows):
            assert row.startswith("│ [x] " + text[:12]), repr(text)  # titles are cut to fit; what shows is as typed
        for text in HOSTILE_TEXT:
            await focus(app, pilot, text)
            detail = app.screen.query_one("#selfcare-detail").region
            lines = (await screen_text(pilot)).splitlines()[detail.y:detail.bottom]
            shown = " ".join(" ".join(line[detail.x:detail.right] for line in lines).split())  # long notes wrap
            assert shown.startswith("schedule daily · streak 1 day in a row ✎ " + " ".join(text[:12].split())), repr(text)
        # The editor takes the selected title as it is; once is enough for the wiring (the safe Input
        # draws every hostile string in test_text_fields).
        await pilot.press("e")
        assert app.screen.query_one("#title", Input).value == HOSTILE_TEXT[-1]
        await pilot.press("escape")


@pytest.mark.parametrize("width", [34, 40, 48, 56])
def test_every_strip_symbol_and_streak_unit_is_explained_at_every_width(width):
    """34 is the pane at 80x24, 40 at 100x30, 56 at 140x40: the border and the key share the explanations."""
    border, key = pane_key(width)
    assert len(border) <= width - 4 and all(len(line) <= width - 2 for line in key.splitlines())
    both = border + "  " + key
    for symbol, word in (("x", "done"), ("~", "rest"), ("-", "missed"), (".", "not due"), ("o", "open")):
        assert f"{symbol} {word}" in both
    for mark, unit in (("d", "days"), ("wk", "weeks"), ("×", "times")):
        assert f"{mark} {unit}" in key
