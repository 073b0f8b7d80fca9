"""The insights mood chart's widget: a plotext plot drawn once for what it shows, not once per opening.

Drawing the chart (plotext building its matrix, then its ANSI text made into Textual's lines) was a third of the
CPU of opening insights. What it shows changes only with the check-ins, the period, the theme and its size, so
the last drawing is kept, and an insights screen opened on the same chart reuses its lines.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.widget import _RenderCache  # private: what Textual keeps of a drawing (Textual is pinned)
from textual_plotext import PlotextPlot

from supportjournal.domain.insights.overview import Overview
from supportjournal.ui.widgets.mood_chart import draw, drawn_key

_last: tuple[Hashable, _RenderCache] | None = None
"""The last chart drawn: what it showed (``MoodPlot.key``) and Textual's lines of it (its render cache)."""


class MoodPlot(PlotextPlot):
    """A ``PlotextPlot`` of one period's moods (``show``), whose drawing is reused while nothing it shows changed."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shown: Hashable = None
        """What ``show`` plotted, as a key: the same key draws the same lines."""

    def show(self, view: Overview, variables: dict[str, str]) -> None:
        """Plot the period ``view`` in the theme's colours (``variables``) and draw it again."""
        draw(self.plt, view, variables)
        self.shown = drawn_key(view, variables)
        self.refresh()

    def _key(self) -> Hashable:
        return (self.shown, self.size, self.app.theme, self.visual_style)

    def _render_content(self) -> None:
        # Textual's private drawing step (Widget._render_content, Textual is pinned): it renders, then keeps the
        # lines in ``_render_cache`` until the widget is refreshed. The same chart at the same size takes the
        # lines kept from the last one.
        global _last
        key = self._key()
        if self.shown is not None and _last is not None and _last[0] == key:
            self._render_cache = _last[1]
            self._dirty_regions.clear()
            return
        super()._render_content()
        _last = (key, self._render_cache) if self.shown is not None else None
