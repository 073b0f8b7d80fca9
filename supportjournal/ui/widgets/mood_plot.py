"""The insights mood chart's widget: a plotext plot drawn once for what it shows, not once per opening.

Drawing the chart (plotext building its matrix, then its ANSI text made into Textual's lines) was a third of the
CPU of opening insights; what it shows changes only with the check-ins, the period, the theme and its size.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual_plotext import PlotextPlot

from supportjournal.domain.insights.overview import Overview
from supportjournal.ui.widgets.kept_lines import KeptLines
from supportjournal.ui.widgets.mood_chart import draw, drawn_key


class MoodPlot(KeptLines, PlotextPlot):
    """A ``PlotextPlot`` of one period's moods (``show``), whose drawing is reused while nothing it shows changed."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shown: Hashable | None = None
        """What ``show`` plotted, as a key: the same key draws the same lines."""

    def show(self, view: Overview, variables: dict[str, str]) -> None:
        """Plot the period ``view`` in the theme's colours (``variables``) and draw it again."""
        draw(self.plt, view, variables)
        self.shown = drawn_key(view, variables)
        self.refresh()

    def drawing_key(self) -> Hashable | None:
        return self.shown
