"""The reciprocity pane: support given and received per member, a balance bar, and recent entries."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.domain import ledger
from supportjournal.domain.balance import one_sided_message
from supportjournal.domain.models import Balance, Interaction
from supportjournal.ui.guard import NOTHING_CHANGED, reading, reads, saves
from supportjournal.ui.render import clean, literal, rich_literal

RECENT_LIMIT = 20
"""How many recent entries are listed: a bounded query, whatever the history."""
MESSAGES_SHOWN = 2
"""One-sided notes shown at once (one when the pane is shorter than ``TALL``)."""
TALL = 14
NUMBERS_AND_PADDING = 3 + 3 + 4 * 2 + 2
"""Two number columns, a cell of padding each side of four columns, and a scrollbar."""
EMPTY_TEXT = "Support given and received, person by person. Press g when you help someone, v when someone helps you."


def _number(value: int) -> Text:
    return Text(str(value), justify="right")


def _name(name: str, style: str = "") -> Text:
    text = rich_literal(name, style)
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


class LedgerPane(Vertical):
    """Who you have supported and who has supported you, over a window ``w`` cycles through."""

    BINDINGS = [
        Binding("g", "record('gave')", "Gave", id="ledger.gave"),
        Binding("v", "record('received')", "Received", id="ledger.received"),
        Binding("w", "window", "Window", id="ledger.window", show=False),
        Binding("t", "switch", "Balances/entries", id="ledger.switch", show=False),
        Binding("e", "edit", "Edit entry", id="ledger.edit", show=False),
        Binding("x,delete", "delete", "Delete entry", id="ledger.delete", show=False),
        Binding("u", "undo", "Undo delete", id="ledger.undo", show=False),  # the delete notice names u
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.window: int | None = ledger.DEFAULT_WINDOW
        """Days of history the balances cover; ``None`` for all time."""
        self._balances: dict[str, Balance] = {}
        self._entries: dict[str, Interaction] = {}
        self._undo: Callable[[], None] | None = None
        self._layout: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield DataTable(id="ledger-balances", cursor_type="row")
        yield Static("", id="ledger-notes")
        yield OptionList(id="ledger-recent")

    def _columns_for(self, width: int) -> tuple[int, int]:
        """``(name width, half-bar width)`` that fit the pane: names keep about ten cells, the bar the rest."""
        room = max(width - NUMBERS_AND_PADDING, 16)
        half = max(3, min(8, (room - 13) // 2))
        return room - (half * 2 + 3), half

    def on_resize(self) -> None:
        """Lay the columns out for the new width; the rows are re-added only when widths change."""
        layout = self._columns_for(self.content_size.width)
        if layout != self._layout:
            self._layout = layout
            table = self.query_one("#ledger-balances", DataTable)
            table.clear(columns=True)
            name_width, half = layout
            label = f"{'gave':>{half}}◀│▶{'received' if half >= 8 else 'recv':<{half}}" if half >= 4 else " " * half + "◀│▶"
            table.add_column("", key="name", width=name_width)
            table.add_column("", key="gave", width=3)
            table.add_column(label, key="bar", width=half * 2 + 3)
            table.add_column("", key="received", width=3)
            self._update_balances()
        self._update_notes()

    def on_mount(self) -> None:
        db = self.app.db  # type: ignore[attr-defined]
        with reading(self):
            self.window = ledger.clean_window(store.get_setting(db, ledger.WINDOW_SETTING, ledger.DEFAULT_WINDOW))
        self.watch(self.app, "revision", self._on_revision, init=False)
        self.reload()

    def focus(self, scroll_visible: bool = True) -> LedgerPane:
        """Focusing the pane focuses the balance table."""
        self.query_one("#ledger-balances", DataTable).focus(scroll_visible)
        return self

    def focus_pane(self) -> None:
        """The home screen's ``2``/``3`` keys land here."""
        self.focus()

    def _on_revision(self, _revision: int) -> None:
        self.reload()

    @reads
    def reload(self) -> None:
        """Read the window's balances and the latest entries; both queries are bounded."""
        db = self.app.db  # type: ignore[attr-defined]
        today = self.app.today  # type: ignore[attr-defined]
        self._balances = store.balances(db, since=ledger.window_start(self.window, today))
        self.border_title = Content(f"Reciprocity · {ledger.window_label(self.window)}")
        self._update_balances()
        self.query_one("#ledger-balances").display = bool(self._balances)
        self._update_notes()
        self._update_recent(store.recent_interactions(db, ledger_only=True, limit=RECENT_LIMIT))

    def _update_balances(self) -> None:
        """Change only the cells that changed; add and remove rows as members come and go."""
        if self._layout is None:
            return  # laid out on the first resize, which fills the rows
        table = self.query_one("#ledger-balances", DataTable)
        half = self._layout[1]
        keep = self._key_at_cursor(table)
        scale = ledger.scale_of(list(self._balances.values()))
        shown = {key.value for key in table.rows}
        for member_id in shown - self._balances.keys():
            table.remove_row(member_id)
        for member_id, balance in self._balances.items():
            cells = {
                "name": _name(balance.member_name),
                "gave": _number(balance.gave),
                "bar": Text(ledger.bar(balance.gave, balance.received, scale, half)),
                "received": _number(balance.received),
            }
            if member_id not in shown:
                table.add_row(*cells.values(), key=member_id)
                continue
            for column, value in cells.items():
                if table.get_cell(member_id, column) != value:
                    table.update_cell(member_id, column, value)
        # Most support first, then by name; sort reorders the rows in place.
        table.sort("gave", "received", "name", key=lambda cells: (-(int(cells[0].plain) + int(cells[1].plain)), cells[2].plain.casefold()))
        if keep in self._balances:
            table.move_cursor(row=table.get_row_index(keep))

    def _update_notes(self) -> None:
        notes = self.query_one("#ledger-notes", Static)
        if not self._balances:
            notes.display = True
            since = f"Nothing recorded in the {ledger.window_label(self.window)}. " if self.window else ""
            notes.update(Content(since + EMPTY_TEXT))
            return
        ordered = sorted(self._balances.values(), key=lambda each: -each.total)
        messages = [message for each in ordered if (message := one_sided_message(each))]
        shown = MESSAGES_SHOWN if self.size.height >= TALL else 1
        lines = [literal(message) for message in messages[:shown]]
        if len(messages) > shown:
            lines.append(Content(f"…and {len(messages) - shown} more leaning one way."))
        notes.update(Content("\n").join(lines))
        notes.display = bool(lines)

    def _update_recent(self, entries: list[Interaction]) -> None:
        """The latest entries, newest first; a short bounded list, so it is simply rebuilt."""
        recent = self.query_one("#ledger-recent", OptionList)
        keep = recent.highlighted_option.id if recent.highlighted_option else None
        self._entries = {entry.id: entry for entry in entries}
        recent.set_options(Option(self._entry_row(entry), id=entry.id) for entry in entries)
        if keep in self._entries:
            recent.highlighted = recent.get_option_index(keep)
        elif entries:
            recent.highlighted = 0

    @staticmethod
    def _entry_row(entry: Interaction) -> Table:
        """``27 Nov → Ana  listening •• · note``, cut to fit."""
        what = Text(" ".join(filter(None, [entry.support, "•" * entry.weight])))
        if entry.note:
            what.append(" · ")
            what.append_text(rich_literal(entry.note))
        row = Table.grid(expand=True, padding=(0, 1))
        row.add_column(width=6, no_wrap=True)
        row.add_column(width=1, no_wrap=True)
        row.add_column(ratio=2, no_wrap=True, overflow="ellipsis")
        row.add_column(ratio=3, no_wrap=True, overflow="ellipsis")
        row.add_row(
            Text(f"{entry.day.day} {entry.day:%b}"), Text(ledger.ARROWS.get(entry.direction, " ")),
            rich_literal(entry.member_name), what,
        )
        return row

    @staticmethod
    def _key_at_cursor(table: DataTable) -> str | None:
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _current_entry(self) -> Interaction | None:
        recent = self.query_one("#ledger-recent", OptionList)
        if not recent.has_focus or recent.highlighted_option is None:
            return None
        return self._entries.get(recent.highlighted_option.id or "")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete"):
            return self.query_one("#ledger-recent", OptionList).has_focus and bool(self._entries)
        if action == "undo":
            return self._undo is not None
        return True

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()

    def _written(self) -> None:
        self.app.data_changed()  # type: ignore[attr-defined]
        self.refresh_bindings()

    def action_switch(self) -> None:
        """Move the keyboard between the balances and the recent entries (Tab moves between panes)."""
        balances = self.query_one("#ledger-balances", DataTable)
        target = self.query_one("#ledger-recent", OptionList) if balances.has_focus else balances
        target.focus()

    @saves(NOTHING_CHANGED)
    def action_window(self) -> None:
        window = ledger.next_window(self.window)
        store.set_setting(self.app.db, ledger.WINDOW_SETTING, window)  # type: ignore[attr-defined]
        self.window = window
        self.reload()

    @reads
    def action_record(self, direction: str) -> None:
        from supportjournal.ui.screens.ledger_form import LedgerForm

        db = self.app.db  # type: ignore[attr-defined]
        balances = self.query_one("#ledger-balances", DataTable)
        chosen = self._key_at_cursor(balances) if balances.has_focus else None
        member = store.get_member(db, chosen) if chosen else None
        form = LedgerForm(direction, members=store.list_members(db), member=member)
        self.app.push_screen(form, self._form_closed)

    @reads
    def action_edit(self) -> None:
        from supportjournal.ui.screens.ledger_form import LedgerForm

        entry = self._current_entry()
        if entry is not None:
            form = LedgerForm(entry.direction, members=store.list_members(self.app.db), entry=entry)  # type: ignore[attr-defined]
            self.app.push_screen(form, self._form_closed)

    @saves(NOTHING_CHANGED)
    def action_delete(self) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        db = self.app.db  # type: ignore[attr-defined]
        store.archive_interaction(db, entry.id, now=self.app.clock())  # type: ignore[attr-defined]
        self._undo = lambda: store.restore_interaction(db, entry.id)
        self.notify(f"Deleted the entry with {clean(entry.member_name)}. Press u to undo.", title="Reciprocity", markup=False)
        self._written()

    @saves(NOTHING_CHANGED)
    def action_undo(self) -> None:
        if self._undo is not None:
            self._undo()
            self._undo = None
            self._written()

    def _form_closed(self, saved: bool | None) -> None:
        if saved:
            self._written()
