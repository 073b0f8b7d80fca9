"""What opening and closing screens costs: laid out once, and nothing left behind once closed."""

from __future__ import annotations

import gc
import re
import weakref
from datetime import datetime, time, timedelta

from textual import events
from textual_plotext import PlotextPlot
from textual.screen import Screen
from textual.widgets import OptionList, Select
from textual.widgets._select import SelectCurrent, SelectOverlay

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.member_form import MemberForm
from supportjournal.ui.screens.insights import InsightsScreen
from supportjournal.ui.screens.journal import JournalScreen
from supportjournal.ui.widgets.care_calendar import CareCalendar
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.journal_days import DayList
from supportjournal.ui.widgets.journal_side import PromptList
from tests.conftest import NOW, TODAY, fixed_clock


async def test_a_closed_screen_leaves_nothing_drawn_behind(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()  # home's first frame: the first app of a process freezes the heap then (app.py)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        drawn = [weakref.ref(widget._styles_cache) for widget in app.screen.walk_children(with_self=True)]
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, JournalScreen)
        gc.collect()
        assert [ref for ref in drawn if ref() is not None] == []


def count_layouts(screen) -> list[tuple]:
    layouts: list[tuple] = []
    lay_out = screen._refresh_layout
    screen._refresh_layout = lambda *args, **kwargs: layouts.append(args) or lay_out(*args, **kwargs)
    return layouts


async def resized_to_own_size(pilot) -> list[tuple]:
    """The layouts a Resize to the screen's own size (what Textual sends a screen it just opened) makes."""
    layouts = count_layouts(pilot.app.screen)
    size = pilot.app.screen.outer_size
    pilot.app.screen.post_message(events.Resize(size, size))
    await pilot.pause()
    return layouts


async def test_a_screen_is_not_laid_out_again_by_a_resize_to_its_own_size(db):
    store.add_member(db, "Ana", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1", "e")
        assert isinstance(app.screen, MemberForm)
        assert await resized_to_own_size(pilot) == []
        await pilot.press("escape", "j")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, JournalScreen)
        layouts = await resized_to_own_size(pilot)
        assert layouts == []
        await pilot.resize_terminal(80, 24)  # a real resize is laid out as always
        assert layouts
        assert screen.outer_size == (80, 24)
        assert screen.has_class("-narrow")


async def test_the_member_editor_makes_a_choice_list_only_when_it_opens(db):
    ana = store.add_member(db, "Ana", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1", "e")
        form = app.screen
        assert isinstance(form, MemberForm)
        assert list(form.query(SelectOverlay)) == []
        kind = form.query_one("#kind", Select)
        assert list(kind.query("SelectCurrent *")) == []  # value and arrow drawn by one widget
        assert str(kind.query_one(SelectCurrent).render()).split() == ["friend", "▼"]
        await pilot.press("tab", "enter")  # from the name to its kind, and open it
        assert kind.expanded and app.screen.focused is kind.query_one(SelectOverlay)
        assert str(kind.query_one(SelectCurrent).render()).split() == ["friend", "▲"]
        await pilot.press("down", "enter")
        assert not kind.expanded and app.screen.focused is kind
        await pilot.press("tab", "space", "i", "enter")  # closeness, typed to search
        await pilot.press("ctrl+s")
        await pilot.pause()
        edited = store.get_member(db, ana.id)
        assert (edited.kind, edited.ring) == ("colleague", "inner")


async def test_a_layout_that_changes_no_list_redraws_no_scrollbar(db):
    for days_ago in range(1, 41):  # more days than the list shows: it has a scrollbar
        store.save_entry(db, TODAY - timedelta(days=days_ago), f"Day {days_ago}")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        days = app.screen.query_one(DayList)
        assert days.show_vertical_scrollbar
        redrawn: list[tuple] = []
        draw = days.vertical_scrollbar.refresh
        days.vertical_scrollbar.refresh = lambda *args, **kwargs: redrawn.append(args) or draw(*args, **kwargs)
        app.screen.refresh(layout=True)
        await pilot.pause()
        assert redrawn == []
        await pilot.press("escape", "end")  # out of the editor to the days, and to the oldest
        await pilot.pause()
        assert days.highlighted == days.option_count - 1
        assert days.scroll_y > 0 and redrawn  # the list's own moves still move its scrollbar


async def test_the_journal_and_insights_have_their_keys_in_their_first_layout(db, monkeypatch):
    layouts: list[tuple[str, bool]] = []
    lay_out = Screen._refresh_layout

    def refresh_layout(screen: Screen, *args, **kwargs):
        keys = list(screen.query("FooterKey"))
        layouts.append((type(screen).__name__, bool(keys) and all(key.is_mounted for key in keys)))
        return lay_out(screen, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", refresh_layout)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key, screen in (("j", JournalScreen), ("i", InsightsScreen)):
            layouts.clear()
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen)
            # Keys mounted after the first layout laid the screen out and drew it again, twice more.
            assert layouts[0] == (screen.__name__, True)
            assert len(layouts) <= 2  # the first frame, and the layout Textual asks for once its widgets are mounted
            footer = app.screen.query_one(KeysFooter)
            assert footer.shown == footer.keys_to_show()  # the keys of the focus it opened with
            await pilot.press("escape", "escape")
            await pilot.pause()


async def test_the_journal_lists_are_drawn_again_only_when_their_width_changes(db, monkeypatch):
    for days_ago in range(1, 41):  # more days than the list shows: its scrollbar narrows it after it is measured
        store.save_entry(db, TODAY - timedelta(days=days_ago), f"Day {days_ago}")
    emptied: list[str] = []
    empty = OptionList._on_resize
    monkeypatch.setattr(OptionList, "_on_resize", lambda self: emptied.append(type(self).__name__) or empty(self))
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert emptied == []  # the Resize after the first layout is to the width they were drawn at
        assert app.screen.query_one(DayList).show_vertical_scrollbar
        prompts = app.screen.query_one(PromptList)
        wide = prompts.scrollable_content_region.width
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert prompts.scrollable_content_region.width < wide
        assert "PromptList" in emptied  # narrower: its rows are drawn again


async def test_insights_draw_the_same_chart_and_calendar_once(db, monkeypatch):
    store.record_checkin(db, 6, datetime.combine(TODAY - timedelta(days=2), time(12)), now=NOW)
    store.record_checkin(db, 8, datetime.combine(TODAY - timedelta(days=1), time(12)), now=NOW)
    store.add_item(db, "Walk outside", "daily", starts_on=TODAY - timedelta(days=20), now=NOW)
    drawn: list[str] = []
    for widget in (PlotextPlot, CareCalendar):
        render = widget.render
        monkeypatch.setattr(widget, "render", lambda self, render=render: drawn.append(type(self).__name__) or render(self))
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for _ in range(2):
            await pilot.press("i")
            await pilot.pause()
            assert isinstance(app.screen, InsightsScreen)
            await pilot.press("escape")
            await pilot.pause()
        assert sorted(drawn) == ["CareCalendar", "MoodPlot"]  # opened again on the same data: lines reused
        await pilot.press("i", "up")  # the calendar's cursor moves: it is drawn again
        await pilot.pause()
        assert drawn.count("CareCalendar") == 2 and drawn.count("MoodPlot") == 1
        await pilot.press("p")  # another period: another chart
        await pilot.pause()
        assert drawn.count("MoodPlot") == 2
        calendar = app.screen.query_one(CareCalendar)
        size = calendar.size
        await pilot.resize_terminal(80, 30)  # narrower: both again
        await pilot.pause()
        assert calendar.size != size
        assert drawn.count("MoodPlot") >= 3 and drawn.count("CareCalendar") >= 3
async def test_a_form_taller_than_the_terminal_is_laid_out_with_its_scrollbar_the_next_time(db, monkeypatch):
    ana = store.add_member(db, "Ana", "friend")
    layouts: list[tuple] = []
    lay_out = MemberForm._refresh_layout
    monkeypatch.setattr(MemberForm, "_refresh_layout", lambda *args, **kwargs: layouts.append(args) or lay_out(*args, **kwargs))
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 24)) as pilot:
        seen = []
        for _ in range(2):
            layouts.clear()
            await pilot.press("1", "e")
            await pilot.pause()
            assert isinstance(app.screen, MemberForm) and app.screen.member.id == ana.id
            assert app.screen.query_one(".form").show_vertical_scrollbar
            seen.append((len(layouts), app.export_screenshot()))
            await pilot.press("escape")
        # The second editor is laid out once: not again two columns narrower once it finds it needs a
        # scrollbar, nor again for the sizes its widgets were just given ...
        assert seen[0][0] > 1 and seen[1][0] == 1
        # ... and looks the same (the SVG's own ids aside).
        first, second = (re.sub(r"terminal-\d+", "", svg) for _, svg in seen)
        assert second == first


async def test_a_form_that_fits_is_laid_out_once_and_still_lays_out_what_comes_later(db, monkeypatch):
    store.add_member(db, "Ana", "friend")
    layouts: list[tuple] = []
    lay_out = MemberForm._refresh_layout
    monkeypatch.setattr(MemberForm, "_refresh_layout", lambda *args, **kwargs: layouts.append(args) or lay_out(*args, **kwargs))
    drawn: list[tuple] = []  # the form's own drawing: the home screen behind it, dimmed
    draw = MemberForm.render
    monkeypatch.setattr(MemberForm, "render", lambda *args: drawn.append(args) or draw(*args))
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("1", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MemberForm) and not form.query_one(".form").show_vertical_scrollbar
        assert len(layouts) == 1 and len(drawn) == 1
        await pilot.press("ctrl+s")  # no name: its error line is mounted under the field, and laid out
        await pilot.pause()
        error = form.query_one("#error-name")
        assert error.region.height == 1 and error.region.y > form.query_one("#name").region.y
