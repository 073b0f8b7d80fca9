"""Insights: mood over time, a year of self-care, the people in touch, and what went together, honestly worded."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Sparkline, Static

from supportjournal import store
from supportjournal.domain.insights.heatmap import calendar, day_cares
from supportjournal.domain.insights.overview import Overview, overview
from supportjournal.domain.insights.series import DEFAULT_PERIOD, next_period, period_first
from supportjournal.domain.insights.words import (
    NO_INNER_RING,
    NO_SELFCARE,
    NOT_CAUSES,
    NOT_ENOUGH_YET,
    association_sentence,
    mood_line,
    mood_title,
    people_line,
    since_words,
)
from supportjournal.domain.glyphs import glyphs, truncate, width_of
from supportjournal.domain.text import visible
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reads
from supportjournal.ui.render import literal
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.screens.summary_form import SummaryForm
from supportjournal.ui.widgets.care_calendar import CareCalendar
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader

if TYPE_CHECKING:  # the chart's class is imported at run time only in compose (start-up cost)
    from supportjournal.ui.widgets.mood_plot import MoodPlot

MUTED = "$foreground-muted"
NARROW_WIDTH = 100
"""Below this many columns the people pane goes under the calendar."""
SHORT_HEIGHT = 34
"""Below this many rows the chart is shorter, so more of what went together is in view."""
NAME_CELLS = 12
"""Cells for an inner-ring name beside its time since contact."""


def inner_ring_lines(members: list[tuple[str, date | None]], today: date) -> Content:
    """``Ana          2 days ago`` for each inner-ring member (name, last contact), longest without contact first."""
    if not members:
        return Content.styled(NO_INNER_RING, MUTED)
    ordered = sorted(members, key=lambda pair: (pair[1] or date.min, pair[0].casefold()))
    lines = []
    for name, last in ordered:
        fitted = truncate(glyphs(visible(name)), NAME_CELLS)
        pad = " " * (NAME_CELLS + 1 - width_of(fitted))
        shown = literal("".join(glyph for glyph, _ in fitted))
        lines.append(Content.assemble(shown, pad, (since_words(last, today), MUTED)))
    return Content("\n").join(lines)


def association_lines(view: Overview) -> Content:
    """The few strongest associations, each with its days, and the reminder that they are not causes; or why none."""
    if not view.associations:
        return Content.styled(NOT_ENOUGH_YET, MUTED)
    names = view.records.names
    sentences = [Content(f"· {association_sentence(each, names)}") for each in view.associations]
    return Content("\n").join([*sentences, Content.styled(NOT_CAUSES, MUTED)])


class InsightsScreen(JournalNode, LaidOutOnce, Screen[None]):
    """How things are going, in pictures; p changes the period, s writes a summary to share."""

    BINDINGS = [
        Binding("escape,q", "back", "Back", id="insights.back"),
        Binding("p", "period", "Period", id="insights.period", tooltip="Show 30, 90, 365 days or everything"),
        Binding("s", "summary", "Summary…", id="insights.summary",
                tooltip="Write a summary to share with a therapist or doctor"),
        Binding("pageup", "page(-1)", "Page up", id="insights.page_up", show=False,
                tooltip="Scroll up a page (the calendar keeps the arrows)"),
        Binding("pagedown", "page(1)", "Page down", id="insights.page_down", show=False,
                tooltip="Scroll down a page, to what went together"),
        Binding("i", "app.insights", show=False),  # already here: keep it out of the footer
    ]

    AUTO_FOCUS = ""
    """``on_mount`` focuses the calendar, without scrolling; Textual's first focus (the scrolling box) only made
    every widget be styled twice more."""

    period: var[int | None] = var(DEFAULT_PERIOD, init=False)
    """Days the chart, people and associations cover; ``None`` is everything."""

    _chart: MoodPlot
    """The mood chart, made in ``compose``."""

    def compose(self) -> ComposeResult:
        # Imported here, not at the top: plotext adds to the app's start-up time and only this screen draws with it.
        from supportjournal.ui.widgets.mood_plot import MoodPlot

        self._chart = MoodPlot(id="mood-chart")
        self._fit(self.app.size)  # now, before the widgets are styled: a class set later restyles every one
        yield AppHeader()
        with VerticalScroll(id="insights"):
            with Vertical(id="insights-mood"):
                yield self._chart
                yield Static("", id="mood-line")
            with Horizontal(id="insights-row"):
                with Vertical(id="insights-care"):
                    yield CareCalendar(id="care-calendar")
                    yield Static(NO_SELFCARE, id="care-empty", classes="empty")
                with Vertical(id="insights-people"):
                    yield Static("", id="people-line")
                    yield Sparkline([], id="people-weeks")
                    yield Static("Inner ring, time since contact", id="inner-title")
                    yield Static("", id="inner-ring")
            with Vertical(id="insights-together"):
                yield Static("", id="associations")
        yield KeysFooter()

    async def on_mount(self) -> None:
        self.query_one("#insights-care").border_title = "Self-care · the last year"
        self.query_one("#insights-people").border_title = "People in touch, by week"
        self.query_one("#insights-together").border_title = "What went together"
        self.watch(self.app, "revision", self.reload)
        self.watch(self.app, "theme", self.reload, init=False)  # the chart's lines take the theme's colours
        # Not scrolled to: the screen opens at its top, the mood chart first.
        self.set_focus(self.query_one(CareCalendar), scroll_visible=False)
        await self.query_one(KeysFooter).keys_now()

    def on_unmount(self) -> None:
        # The plot subscribes to theme changes with a callback that holds it, and never unsubscribes: without
        # this, every insights screen opened stayed in memory.
        self.app.theme_changed_signal.unsubscribe(self._chart)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        self.set_class(size.width < NARROW_WIDTH, "-narrow")
        self.set_class(size.height < SHORT_HEIGHT, "-short")

    def watch_period(self) -> None:
        self.reload()

    @reads
    def reload(self, _revision: int = 0) -> None:
        """Read the period (and the calendar's year) again and redraw everything."""
        db, today = self.journal.db, self.journal.today
        first = period_first(self.period, today, store.first_record_day(db))
        view = overview(store.period_records(db, first, today), today)
        self._show_mood(view)
        self._show_people(view, today)
        self.query_one("#associations", Static).update(association_lines(view))
        grid = calendar(today)
        items = store.all_items(db)
        cares = day_cares(items, store.marks_between(db, grid[0][0], today), grid[0][0], today, today)
        self.query_one(CareCalendar).show(cares, today)
        self.set_class(not items, "-no-selfcare")

    def _show_mood(self, view: Overview) -> None:
        box = self.query_one("#insights-mood", Widget)
        box.border_title = mood_title(self.period, view.unit)
        box.border_subtitle = "p period"
        chart = self._chart
        chart.show(view, self.app.theme_variables)
        chart.display = bool(view.lines)
        self.query_one("#mood-line", Static).update(
            mood_line(len(view.records.moods), view.records.days, view.mean)
        )

    def _show_people(self, view: Overview, today: date) -> None:
        self.query_one("#people-line", Static).update(Content.styled(people_line(view.people), MUTED))
        self.query_one(Sparkline).data = [week.people for week in view.people]
        last = store.last_contacts(self.journal.db)
        inner = [(m.name, last.get(m.id)) for m in view.records.members if m.ring == "inner" and not m.archived]
        self.query_one("#inner-ring", Static).update(inner_ring_lines(inner, today))

    def action_period(self) -> None:
        self.period = next_period(self.period)

    def action_summary(self) -> None:
        if not isinstance(self.app.screen, SummaryForm):
            self.app.push_screen(SummaryForm())

    def action_page(self, direction: int) -> None:
        scroll = self.query_one("#insights", VerticalScroll)
        (scroll.scroll_page_down if direction > 0 else scroll.scroll_page_up)(animate=False)

    def action_back(self) -> None:
        self.dismiss()
