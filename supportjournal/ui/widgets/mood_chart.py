"""The mood chart: plotext (through textual-plotext) draws the axes; this draws the mean's runs and their range."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from textual.color import Color

from supportjournal.domain.insights.overview import Overview

if TYPE_CHECKING:  # the plot itself is imported only when insights open (see InsightsScreen.compose)
    from textual_plotext.plot import Plot

MOOD_TICKS = (1, 4, 7, 10)
X_TICKS = 5
"""Dates along the bottom axis, evenly spread."""


def rgb(variables: dict[str, str], name: str) -> tuple[int, int, int]:
    """A theme variable as plotext's colour (so the chart follows the theme)."""
    return Color.parse(variables.get(name, "grey")).rgb


def tick_label(day: date, unit: str) -> str:
    """``3 Nov``, or ``Nov 2024`` when points are weeks or months."""
    return f"{day.day} {day:%b}" if unit == "day" else f"{day:%b %Y}"


def drawn_key(view: Overview, variables: dict[str, str]) -> tuple[object, ...]:
    """What ``draw`` plots from ``view``, as a key: two views with the same key draw the same chart."""
    lines = tuple(tuple(run) for run in view.lines)
    colours = (rgb(variables, "foreground-muted"), rgb(variables, "primary"))
    return (lines, view.records.first, view.records.last, view.unit, colours)


def draw(plt: Plot, view: Overview, variables: dict[str, str]) -> None:
    """Plot the period: the mean as a line broken at every gap, between thin lines of the lows and highs.

    Args:
        plt: The widget's plotext figure (cleared here).
        view: The period's overview.
        variables: The app's theme variables.
    """
    plt.clear_data()
    plt.clear_figure()
    first, last = view.records.first, view.records.last
    muted, line = rgb(variables, "foreground-muted"), rgb(variables, "primary")
    plt.xlim(0, max(1, (last - first).days))
    plt.ylim(1, 10)
    plt.yticks(list(MOOD_TICKS))
    span = max(1, (last - first).days)
    ticks: list[float] = sorted({round(span * step / (X_TICKS - 1)) for step in range(X_TICKS)})
    plt.xticks(ticks, [tick_label(first + timedelta(days=int(tick)), view.unit) for tick in ticks])
    for run in view.lines:
        xs = [(point.day - first).days for point in run]
        if len(run) == 1:  # a day alone between gaps: its range as a stroke, its mean as a dot
            point = run[0]
            plt.plot(xs * 2, [point.low, point.high], color=muted, marker="braille")
            plt.plot(xs, [point.mean], color=line, marker="•")
            continue
        # The range as an envelope of lows and highs, drawn first so the mean stays on top.
        plt.plot(xs, [point.low for point in run], color=muted, marker="braille")
        plt.plot(xs, [point.high for point in run], color=muted, marker="braille")
        plt.plot(xs, [point.mean for point in run], color=line, marker="braille")
