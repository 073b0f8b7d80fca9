"""Tick boxes that read without colour: ``▐X▌`` ticked, ``▐ ▌`` not (Textual's keep the X and only dim it)."""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

UNTICKED = " "


class TickList(SelectionList[str]):
    """Several choices in one widget (space ticks the highlighted one); far lighter than a checkbox each."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            choice = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        # Textual 8 draws each row as the box's three segments, then the prompt.
        if choice.value in self.selected or len(segments) < 2 or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        segments[1] = Segment(UNTICKED, segments[1].style)
        return Strip(segments, strip.cell_length)


class TickBox(Checkbox):
    """One tick box."""

    def watch_value(self) -> None:
        self.BUTTON_INNER = Checkbox.BUTTON_INNER if self.value else UNTICKED
        super().watch_value()
