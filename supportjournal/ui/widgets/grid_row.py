"""One line of columns for a list row, laid out at the width it is drawn at: Rich's ``Table.grid`` without its cost.

The self-care and reciprocity lists drew each row as a Rich ``Table.grid(expand=True, padding=(0, 1))``. An
``OptionList`` renders a row's prompt two or three times (to measure its height, then to draw it, again after
each resize), and a Rich table each time lays out its columns through Rich's console: the twenty rows of recent
entries alone took a tenth of the app's start. ``GridRow`` lays the columns out as that grid did (one space
between columns, the room left shared by ratio, flexible text cut with ``…``) and is one line of ``Content``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

GAP = 1
"""Cells between two columns."""


@dataclass(frozen=True)
class Cell:
    """One column of a row: a fixed width, or a share (``ratio``) of the room the fixed columns leave."""

    content: Content
    width: int = 0
    """Cells for a fixed column (its text is cropped to them); 0 for a flexible one."""
    ratio: int = 0
    """A flexible column's share of the room left; its text is cut with ``…`` to fit."""
    right: bool = False
    """Right-justified in its width."""


def _shares(room: int, ratios: list[int], minimums: list[int]) -> list[int]:
    """The room split by ratio, each at least its minimum, earlier columns rounded up (as Rich's ``ratio_distribute``)."""
    total_ratio, remaining, shares = sum(ratios), room, []
    for ratio, minimum in zip(ratios, minimums):
        share = max(minimum, -(-ratio * remaining // total_ratio)) if total_ratio > 0 else remaining
        shares.append(share)
        total_ratio -= ratio
        remaining -= share
    return shares


def column_widths(cells: Sequence[Cell], width: int) -> list[int]:
    """Each column's text width in a row ``width`` cells wide (gaps not included)."""
    gaps = [GAP if index < len(cells) - 1 else 0 for index in range(len(cells))]
    fixed = sum(cell.width + gap for cell, gap in zip(cells, gaps) if not cell.ratio)
    flexible = [(cell.ratio, 1 + gap) for cell, gap in zip(cells, gaps) if cell.ratio]
    shares = iter(_shares(width - fixed, [ratio for ratio, _ in flexible], [least for _, least in flexible]))
    return [next(shares) - gap if cell.ratio else cell.width for cell, gap in zip(cells, gaps)]


def lay_out(cells: Sequence[Cell], width: int) -> Content:
    """The row as one line exactly ``width`` cells wide (cropped when even its fixed columns do not fit)."""
    parts: list[Content] = []
    for index, (cell, cells_wide) in enumerate(zip(cells, column_widths(cells, width))):
        if index:
            parts.append(Content(" " * GAP))
        text = cell.content.truncate(max(cells_wide, 0), ellipsis=bool(cell.ratio))
        room = max(cells_wide - text.cell_length, 0)
        parts.append(text.pad_left(room) if cell.right else text.extend_right(room))
    return Content.assemble(*parts).truncate(width, pad=True)


class GridRow(Visual):
    """A list row of columns, laid out (``lay_out``) at the width the list draws it at; always one line."""

    def __init__(self, *cells: Cell) -> None:
        self.cells = cells

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return lay_out(self.cells, width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return sum(cell.width or cell.content.cell_length for cell in self.cells) + GAP * (len(self.cells) - 1)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1
