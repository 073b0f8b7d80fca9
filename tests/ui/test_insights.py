"""Insights, end to end: i opens it, p changes the period, the calendar spells out a day, s writes the summary."""

from __future__ import annotations

import stat
from datetime import datetime, time, timedelta

import pytest

from supportjournal import store
from supportjournal.domain.glyphs import glyphs
from supportjournal.domain.insights.associations import Association
from supportjournal.domain.insights.heatmap import HEATMAP_WEEKS
from supportjournal.domain.insights.overview import Overview, PeriodRecords
from supportjournal.domain.models import Member
from supportjournal.domain.text import visible
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.insights import InsightsScreen, association_lines, inner_ring_lines
from supportjournal.ui.screens.summary_form import SummaryForm
from supportjournal.ui.widgets.care_calendar import LABEL_WIDTH, MONTH_ROWS, CareCalendar
from tests.conftest import NOW, TODAY, fixed_clock
from tests.hostile import assert_nothing_sent, each_hostile_text
from tests.ui.shown import screen_text, static_text
from tests.ui.test_help_palette import palette_offers


def fill(db) -> None:
    """Two weeks: days with Ana at 8, days without at 4, a gap, and a daily walk done most days."""
    store.set_setting(db, store.WELCOME_SETTING, True)
    ana = store.add_member(db, "Ana", "friend", ring="inner")
    store.add_member(db, "Mum", "family", ring="inner")
    walk = store.add_item(db, "Walk outside", "daily", starts_on=TODAY - timedelta(days=20), now=NOW)
    for days_ago in range(1, 15):
        if days_ago == 7:
            continue  # a day without a check-in
        with_ana = days_ago % 2 == 0
        moment = datetime.combine(TODAY - timedelta(days=days_ago), time(12))
        mood = 8 if with_ana else 4 + days_ago % 3 // 2
        store.record_checkin(db, mood, moment, contacts=[store.Contact(ana.id)] if with_ana else [], now=NOW)
        if days_ago != 3:
            store.set_mark(db, walk.id, moment.date(), "done", now=NOW)


@pytest.fixture
def insights_app(db):
    fill(db)
    return SupportJournalApp(db, clock=fixed_clock)


async def test_insights_open_on_i_and_their_keys_work(insights_app, db, tmp_path):
    app = insights_app
    target = tmp_path / "summary.md"
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("i")
        screen = app.screen
        assert isinstance(screen, InsightsScreen)
        assert screen.query_one("#insights-mood").border_title == "Mood · the last 90 days · daily mean and range"
        together = static_text(screen.query_one("#associations"))
        assert "On days you were in touch with someone, your mood averaged 8.0" in together
        assert "(7 and 6 days)" in together and "don't say which led to which" in together
        assert "Mum          no contact yet" in static_text(screen.query_one("#inner-ring"))

        await pilot.press("p")
        assert screen.query_one("#insights-mood").border_title.startswith("Mood · the last 365 days")
        await pilot.press("p", "p")
        assert screen.query_one("#insights-mood").border_title.startswith("Mood · the last 30 days")

        calendar = screen.query_one(CareCalendar)
        assert app.focused is calendar and calendar.cursor == TODAY
        await pilot.press("up", "up", "up")
        assert calendar.cursor == TODAY - timedelta(days=3)
        assert "Tue 24 Nov: not done Walk outside" in screen_text(app)
        await pilot.press("down", "left")
        assert calendar.cursor == TODAY - timedelta(days=9)
        assert "Wed 18 Nov: done Walk outside" in screen_text(app)
        # The mouse over a cell (past the padding and the weekday labels): the last column's Monday.
        await pilot.hover(CareCalendar, offset=(1 + LABEL_WIDTH + HEATMAP_WEEKS - 1, MONTH_ROWS))
        assert calendar.cursor == TODAY - timedelta(days=TODAY.weekday())

        await pilot.press("s")
        assert isinstance(app.screen, SummaryForm)
        app.screen.query_one("#path").value = str(target)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        # From home, the summary is in the palette too.
        await pilot.press("ctrl+p", *"summary to share")
        await palette_offers(pilot, "Write a summary to share")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryForm)
        await pilot.press("escape")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    summary = target.read_text()
    assert summary.startswith("# Support Journal summary") and "Ana" not in summary
    assert [n.message for n in app._notifications] == [f"Wrote the summary to {target} (readable only by you)."]


@each_hostile_text
def test_hostile_names_render_as_typed_in_every_insights_line(text):
    name = text
    member = Member("m", name, "friend", ring="inner")
    records = PeriodRecords(TODAY, TODAY, [], {}, members=[member])
    view = Overview(records, "day", [], None, [], [Association("member", "m", 7.0, 5.0, 6, 9)])
    together = association_lines(view)
    ring = inner_ring_lines([(name, TODAY - timedelta(days=2))], TODAY)
    assert visible(name) in together.plain
    cells = "".join(glyph for glyph, _ in glyphs(visible(name)))  # as a terminal lays it out (zero-width dropped)
    assert ring.plain.startswith(cells[:3]) and ring.plain.endswith("2 days ago")
    for content in (together, ring):
        assert_nothing_sent(content.plain)
        assert not content.spans or all(span.style == "$foreground-muted" for span in content.spans)
