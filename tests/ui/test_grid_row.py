"""List rows of columns (self-care, recent entries): laid out as Rich's grid laid them out, always one line."""

from __future__ import annotations

from datetime import datetime

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text
from textual.content import Content

from supportjournal.domain.models import Interaction
from supportjournal.ui.widgets.grid_row import Cell, lay_out
from supportjournal.ui.widgets.ledger import LedgerPane
from tests.hostile import NEVER_SENT, each_hostile_text

LEDGER = ((6, 0), (1, 0), (0, 2), (0, 3))
"""(width, ratio) of the recent entries' columns: day, arrow, name, what."""
SELFCARE = ((3, 0), (0, 1), (5, 0), (7, 0))
"""Box, title, streak (right-justified) and the 7-day strip."""
TEXTS = ["Ana", "Quiet Minds forum", "listening •• · a note that runs on and on", "", "Zoë Siobhán", "x"]


def through_rich(columns: tuple[tuple[int, int], ...], texts: list[str], width: int, right: int = -1) -> str:
    """The row as the Rich ``Table.grid(expand=True, padding=(0, 1))`` the lists drew before drew it."""
    grid = Table.grid(expand=True, padding=(0, 1))
    for index, (cells, ratio) in enumerate(columns):
        if ratio:
            grid.add_column(ratio=ratio, no_wrap=True, overflow="ellipsis")
        else:
            grid.add_column(width=cells, no_wrap=True, justify="right" if index == right else "left")
    grid.add_row(*map(Text, texts))
    console = Console(width=200, color_system=None)
    (line,) = console.render_lines(grid, console.options.update_width(width), pad=True)
    return "".join(segment.text for segment in line)


def cells_of(columns: tuple[tuple[int, int], ...], texts: list[str], right: int = -1) -> list[Cell]:
    return [
        Cell(Content(text), width=cells, ratio=ratio, right=index == right)
        for index, ((cells, ratio), text) in enumerate(zip(columns, texts))
    ]


@pytest.mark.parametrize("width", [26, 31, 37, 44, 58])
def test_rows_look_as_the_rich_grid_drew_them(width):
    for name in TEXTS:
        for what in TEXTS:
            ledger = ["29 Nov", "⇄", name, what]
            assert lay_out(cells_of(LEDGER, ledger), width).plain == through_rich(LEDGER, ledger, width)
            for streak in ("24 d", "3 wk", ""):
                selfcare = ["[x]", f"{name} {what}", streak, "x.x.x.o"]
                expected = through_rich(SELFCARE, selfcare, width, right=2)
                assert lay_out(cells_of(SELFCARE, selfcare, right=2), width).plain == expected


@each_hostile_text
def test_an_entry_row_is_one_line_of_its_width_whatever_was_typed(text):
    entry = Interaction("e", "m", datetime(2026, 11, 27, 9), "gave", support="listening", weight=2, note=text,
                        member_name=text)
    row = LedgerPane._entry_row(entry)
    for width in (0, 5, 12, 30, 80):
        shown = lay_out(row.cells, width)
        assert shown.cell_length == width and "\n" not in shown.plain
        assert not set(shown.plain) & NEVER_SENT
