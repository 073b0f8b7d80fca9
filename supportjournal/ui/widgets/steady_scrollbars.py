"""Lists whose scrollbars are drawn again only when they change, not after every layout of their screen.

Textual 8's ``ScrollView`` compares the virtual size a layout gives it with its own, which for an ``OptionList``
(its lines, not its box) always differs, so every layout of the screen redrew the list's scrollbars one frame
later. Searching the journal laid the screen out twice, so the days' and the results' scrollbars took a third
frame: results showed in three frames instead of two (pilot: 127 -> 105 ms a key, most runs).

And an ``OptionList`` empties its caches of drawn rows on every ``Resize``, which its first layout sends it after
drawing it at that very size: opening the journal drew its days and prompts twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from textual.widgets import OptionList

    _Base = OptionList
else:
    _Base = object

UNDRAWN = -1
"""The width of rows drawn when none is: the caches are empty."""
MIXED = -2
"""The caches hold rows drawn at more than one width."""


class SteadyScrollbars(_Base):
    """Put before ``OptionList`` in a list's bases: ``class Days(SteadyScrollbars, OptionList)``.

    An ``OptionList`` updates its scrollbars itself whenever its lines change (``_update_lines``), so a layout
    that leaves its box and its container as they were leaves them alone; and a ``Resize`` to the width its rows
    were drawn at keeps them.
    """

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        if size == self.outer_size and container_size == self.container_size:
            return False
        return super()._size_updated(size, virtual_size, container_size, layout)

    _rows_width = UNDRAWN
    """The width the cached rows were drawn at."""
    _lines_width = UNDRAWN
    """The width the cached line counts of the rows were measured at."""

    def _noted(self, noted: int) -> int:
        width = self.scrollable_content_region.width
        if not width or noted == width:
            return noted
        return width if noted == UNDRAWN else MIXED

    def _update_lines(self) -> None:
        measured = len(self._line_cache.lines)
        super()._update_lines()
        if len(self._line_cache.lines) != measured:
            self._lines_width = self._noted(self._lines_width)

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        self._rows_width = self._noted(self._rows_width)
        return super()._get_option_render(option, style)

    def _clear_caches(self) -> None:
        super()._clear_caches()
        self._rows_width = self._lines_width = UNDRAWN

    def _on_resize(self, event: events.Resize | None = None) -> None:  # optional: OptionList's takes none
        # OptionList's own handler (next in the MRO, called in turn unless prevented) empties both caches and
        # draws the list again. Rows drawn at the width the list has now are still right; line counts measured
        # before its scrollbar showed (one cell wider) are measured again, and drawn again only if they differ.
        width = self.scrollable_content_region.width
        if event is None:  # called, not dispatched
            super()._on_resize()
            return
        if self._rows_width not in (width, UNDRAWN):
            return
        event.prevent_default()
        if self._lines_width not in (width, UNDRAWN):
            heights = dict(self._line_cache.heights)
            self._line_cache.clear()
            self._lines_width = UNDRAWN
            self._update_lines()
            if self._line_cache.heights != heights:
                self.refresh()
