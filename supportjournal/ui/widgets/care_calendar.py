"""The self-care calendar: a year of days as glyphs, a cursor (keys or mouse) and what the day under it held."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date, timedelta

from textual import events
from textual.app import RenderResult
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from supportjournal.domain.insights.heatmap import HEAT_GLYPHS, DayCare, calendar, month_row
from supportjournal.domain.insights.words import care_words, legend
from supportjournal.ui.widgets.kept_lines import KeptLines

LABEL_WIDTH = 4
"""Cells for the weekday labels at the left of each row."""
ROW_LABELS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
HEAT_STYLES = {
    "done": "$success", "some": "$success 70%", "rest": "$accent", "missed": "$foreground-muted",
    "off": "$foreground 35%", "open": "$foreground", "future": "",
}
"""Colour only adds to the glyphs; nothing about the person is ever red."""
MONTH_ROWS = 1
"""Rows above the days: the month names."""


class CareCalendar(KeptLines, Widget, can_focus=True):
    """A year of self-care, one cell a day (weeks as columns); the day under the cursor is spelled out below."""

    DEFAULT_CSS = """
    CareCalendar {
        height: 10;
        width: 1fr;
        padding: 0 1;
    }
    CareCalendar:focus {
        background-tint: $foreground 5%;
    }
    """

    BINDINGS = [
        Binding("left", "move(-7)", "Week before", id="insights.week_before", show=False,
                tooltip="Calendar: the same day a week before"),
        Binding("right", "move(7)", "Week after", id="insights.week_after", show=False,
                tooltip="Calendar: the same day a week after"),
        Binding("up", "move(-1)", "Day before", id="insights.day_before", show=False, tooltip="Calendar: the day before"),
        Binding("down", "move(1)", "Day after", id="insights.day_after", show=False, tooltip="Calendar: the day after"),
    ]

    cursor: reactive[date] = reactive(date.min)
    """The day spelled out under the calendar."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cares: dict[date, DayCare] = {}
        """Each day of the calendar's year."""
        self.today = date.min

    def show(self, cares: dict[date, DayCare], today: date) -> None:
        """Show a year of days ending ``today``; the cursor stays where it was if it still can."""
        self.cares = cares
        if self.today != today or self.cursor not in cares:
            self.cursor = today
        self.today = today
        self.refresh()

    def drawing_key(self) -> Hashable | None:
        # A year of styled cells took longer to draw than everything else on insights: the same days, cursor and
        # today draw the same lines (KeptLines adds the size, theme and focus style).
        return (tuple(self.cares.values()), self.cursor, self.today) if self.cares else None

    def action_move(self, days: int) -> None:
        target = self.cursor + timedelta(days=days)
        if target in self.cares and target <= self.today:
            self.cursor = target

    def day_at(self, x: int, y: int) -> date | None:
        """The day in the cell at content offset (``x``, ``y``), if any."""
        row, column = y - MONTH_ROWS, x - LABEL_WIDTH
        if not 0 <= row < 7 or column < 0 or not self.cares:
            return None
        grid = calendar(self.today)
        if column >= len(grid[0]):
            return None
        day = grid[row][column]
        return day if day in self.cares and day <= self.today else None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and (day := self.day_at(offset.x, offset.y)) is not None:
            self.cursor = day

    def render(self) -> RenderResult:
        if not self.cares:
            return Content("")
        grid = calendar(self.today)
        lines = [Content(" " * LABEL_WIDTH + month_row(grid[0]))]
        for label, days in zip(ROW_LABELS, grid):
            cells = [Content(f"{label:<{LABEL_WIDTH}}").stylize("$foreground-muted")]
            for day in days:
                care = self.cares.get(day)
                state = care.state if care else "future"
                cell = Content.styled(HEAT_GLYPHS[state], HEAT_STYLES[state])
                cells.append(cell.stylize("reverse") if day == self.cursor else cell)
            lines.append(Content.assemble(*cells))
        cursor = self.cares.get(self.cursor)
        detail = Content(care_words(cursor, self.today) if cursor else "")
        lines.append(detail.truncate(max(1, self.content_size.width), ellipsis=True))
        lines.append(Content.styled(legend(), "$foreground-muted"))
        return Content("\n").join(lines)

    def watch_cursor(self) -> None:
        self.refresh()
