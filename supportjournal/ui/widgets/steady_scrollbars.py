"""Lists whose scrollbars are drawn again only when they change, not after every layout of their screen.

Textual 8's ``ScrollView`` compares the virtual size a layout gives it with its own, which for an ``OptionList``
(its lines, not its box) always differs, so every layout of the screen redrew the list's scrollbars one frame
later. Searching the journal laid the screen out twice, so the days' and the results' scrollbars took a third
frame: results showed in three frames instead of two (pilot: 127 -> 105 ms a key, most runs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.geometry import Size

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView

    _Base = ScrollView
else:
    _Base = object


class SteadyScrollbars(_Base):
    """Put before ``OptionList`` in a list's bases: ``class Days(SteadyScrollbars, OptionList)``.

    An ``OptionList`` updates its scrollbars itself whenever its lines change (``_update_lines``), so a layout
    that leaves its box and its container as they were leaves them alone.
    """

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        if size == self.outer_size and container_size == self.container_size:
            return False
        return super()._size_updated(size, virtual_size, container_size, layout)
