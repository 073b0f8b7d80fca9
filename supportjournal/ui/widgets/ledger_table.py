"""The reciprocity balances: one row per member, gave ◀│▶ received, in an order taken from the data."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from supportjournal.domain import ledger
from supportjournal.domain.models import Balance
from supportjournal.ui.render import rich_literal

NUMBER_WIDTH = 4
"""A number column, right-aligned: a space and three digits, or the header "gave"/"got" on a narrow pane."""
FIXED = 2 * NUMBER_WIDTH + 2 + 2
"""Two number columns, a space either side of the bar, and room for a scrollbar (padding is outside ``size``)."""
NAME_WIDTH = 10
"""What names keep before the bar grows."""


def columns_for(width: int) -> tuple[int, int]:
    """``(name width, half-bar width)`` that fit a table ``width`` cells wide: names keep ten cells, the bar the rest."""
    room = max(width - FIXED, 3 * 2 + 3 + 6)
    half = max(3, min(8, (room - 3 - NAME_WIDTH) // 2))
    return room - (half * 2 + 3), half


def headers(half: int) -> tuple[str, str, str]:
    """The headers of the gave, bar and received columns: words on the bar where it has room, else on the numbers."""
    if half >= 4:
        return "", f"{'gave':>{half}}◀│▶{'received' if half >= 8 else 'recv':<{half}}", ""
    return "gave", " " * half + "◀│▶", "got"


def ordered(balances: dict[str, Balance]) -> list[str]:
    """Member ids with the most support either way first, then by name."""
    return sorted(balances, key=lambda key: (-balances[key].total, balances[key].member_name.casefold(), key))


def _number(value: int) -> Text:
    return Text(str(value), justify="right")


def _name(name: str) -> Text:
    text = rich_literal(name)
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


class BalanceTable(DataTable):
    """Given and received support per member over the pane's window, keyed by member id."""

    DEFAULT_CSS = """
    BalanceTable {
        height: auto;
        max-height: 50%;
        padding: 0 1;
        background: transparent;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", cell_padding=0)
        self._balances: dict[str, Balance] = {}
        self._layout: tuple[int, int] | None = None

    @property
    def member_id(self) -> str | None:
        """The id of the member under the cursor, if any."""
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value

    def show(self, balances: dict[str, Balance]) -> None:
        """Show these balances, keeping the cursor on the same member where possible."""
        self._balances = balances
        self._fill()

    def on_resize(self) -> None:
        """Lay the columns out for the new width; the rows are re-added only when widths change."""
        layout = columns_for(self.size.width)
        if layout != self._layout:
            self._layout = layout
            self.clear(columns=True)
            name_width, half = layout
            gave, bar, received = headers(half)
            self.add_column("", key="name", width=name_width)
            self.add_column(Text(gave, justify="right"), key="gave", width=NUMBER_WIDTH)
            self.add_column(f" {bar} ", key="bar", width=half * 2 + 5)
            self.add_column(Text(received, justify="right"), key="received", width=NUMBER_WIDTH)
            self._fill()

    def _fill(self) -> None:
        """Change only the cells that changed, add and remove rows as members come and go, then order the rows."""
        if self._layout is None:
            return  # laid out on the first resize, which fills the rows
        keep = self.member_id
        half = self._layout[1]
        scale = ledger.scale_of(list(self._balances.values()))
        shown = {row_key.value for row_key in self.rows if row_key.value is not None}  # every row has a key
        for member_id in shown - self._balances.keys():
            self.remove_row(member_id)
        for member_id, balance in self._balances.items():
            cells = {
                "name": _name(balance.member_name),
                "gave": _number(balance.gave),
                "bar": Text(f" {ledger.bar(balance.gave, balance.received, scale, half)} "),
                "received": _number(balance.received),
            }
            if member_id not in shown:
                self.add_row(*cells.values(), key=member_id)
                continue
            for column, value in cells.items():
                if self.get_cell(member_id, column) != value:
                    self.update_cell(member_id, column, value)
        self._order()
        if keep in self._balances:
            self.move_cursor(row=self.get_row_index(keep))

    def _order(self) -> None:
        """Put the rows in the order the balances give, moving them in place (no row is rebuilt)."""
        order = ordered(self._balances)
        if [row.key.value for row in self.ordered_rows] == order:
            return
        # DataTable.sort hands the key function cell values only, so each row's name cell (one object per
        # row) stands in for its member; the rank itself comes from the balances, never from rendered text.
        rank = {id(self.get_cell(member_id, "name")): index for index, member_id in enumerate(order)}
        self.sort("name", key=lambda name: rank[id(name)])
