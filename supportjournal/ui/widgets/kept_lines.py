"""Widgets whose last drawing is kept, and reused by the next widget of their class that draws the same thing.

Insights draws a mood chart (plotext) and a year of self-care (a styled cell a day); making their lines was most
of the CPU of opening the screen, though what they show changes only with the journal, the period, the cursor,
the theme or the size. Each class keeps its last drawing, so opening insights again on the same data reuses it.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, ClassVar

from textual.widget import _RenderCache  # private: what Textual keeps of a drawing (Textual is pinned)

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object


class KeptLines(_Base):
    """Put before the widget class in the bases; ``drawing_key`` says what the widget would draw now."""

    _kept: ClassVar[dict[type, tuple[Hashable, _RenderCache]]] = {}
    """Each class's last drawing: its key (with size, theme and style) and Textual's lines of it."""

    def drawing_key(self) -> Hashable | None:
        """Everything the drawing depends on besides size, theme and style; None: nothing to keep (yet)."""
        raise NotImplementedError

    def _render_content(self) -> None:
        # Textual's private drawing step (Widget._render_content): it renders, then keeps the lines in
        # ``_render_cache`` until the widget is refreshed.
        shown = self.drawing_key()
        if shown is None:
            super()._render_content()
            return
        key = (shown, self.size, self.app.theme, self.visual_style)
        kept = self._kept.get(type(self))
        if kept is not None and kept[0] == key:
            self._render_cache = kept[1]
            self._dirty_regions.clear()
            return
        super()._render_content()
        self._kept[type(self)] = (key, self._render_cache)
