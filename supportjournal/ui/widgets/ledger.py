"""The reciprocity pane: support given and received per member, a balance bar, and recent entries."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.domain import ledger
from supportjournal.domain.balance import one_sided_message
from supportjournal.domain.models import Balance, Interaction
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import NOTHING_CHANGED, reading, reads, saves
from supportjournal.ui.render import clean, literal
from supportjournal.ui.widgets.grid_row import Cell, GridRow
from supportjournal.ui.widgets.ledger_table import BalanceTable
from supportjournal.ui.widgets.in_place import RowsList, update

RECENT_LIMIT = 20
"""How many recent entries are listed: a bounded query, whatever the history."""
MESSAGES_SHOWN = 2
"""One-sided notes shown at once (one when the pane is shorter than ``TALL``, so recent entries keep room)."""
TALL = 16
EMPTY_TEXT = "Support given and received, person by person. Press g when you help someone, v when someone helps you."


class LedgerPane(JournalNode, Vertical, can_focus=True):  # empty, it hides its list and holds the keys itself
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

    def compose(self) -> ComposeResult:
        yield BalanceTable(id="ledger-balances")
        yield Static("", id="ledger-notes")
        yield Static(Content(EMPTY_TEXT), id="ledger-empty", classes="empty")
        yield RowsList(id="ledger-recent")

    def on_resize(self) -> None:
        self._update_notes()

    def on_mount(self) -> None:
        db = self.journal.db
        with reading(self):
            self.window = ledger.clean_window(store.get_setting(db, ledger.WINDOW_SETTING, ledger.DEFAULT_WINDOW))
        self.watch(self.app, "revision", self._on_revision, init=False)
        self.reload()

    def focus(self, scroll_visible: bool = True) -> LedgerPane:
        """Focusing the pane focuses the balance table."""
        self.query_one(BalanceTable).focus(scroll_visible)
        return self

    def focus_pane(self) -> None:
        """The home screen's ``2``/``3`` keys land here."""
        self.focus()

    def _on_revision(self, _revision: int) -> None:
        self.reload()

    @reads
    def reload(self) -> None:
        """Read the window's balances and the latest entries; both queries are bounded."""
        db = self.journal.db
        today = self.journal.today
        self._balances = store.balances(db, since=ledger.window_start(self.window, today))
        self.border_title = Content(f"Reciprocity · {ledger.window_label(self.window)}")
        self.query_one(BalanceTable).show(self._balances)
        self.set_class(not self._balances, "-empty")
        self._update_notes()
        self._update_recent(store.recent_interactions(db, ledger_only=True, limit=RECENT_LIMIT))

    def _update_notes(self) -> None:
        notes = self.query_one("#ledger-notes", Static)
        if not self._balances:
            since = f"Nothing recorded in the {ledger.window_label(self.window)}. " if self.window else ""
            update(self.query_one("#ledger-empty", Static), Content(since + EMPTY_TEXT))
            notes.display = False
            return
        ordered = sorted(self._balances.values(), key=lambda each: -each.total)
        messages = [message for each in ordered if (message := one_sided_message(each))]
        shown = MESSAGES_SHOWN if self.size.height >= TALL else 1
        lines = [literal(message) for message in messages[:shown]]
        if len(messages) > shown:
            lines.append(Content(f"…and {len(messages) - shown} more leaning one way."))
        update(notes, Content("\n").join(lines))
        notes.display = bool(lines)

    def _update_recent(self, entries: list[Interaction]) -> None:
        """The latest entries, newest first (a bounded list); rows are drawn again only where an entry changed."""
        recent = self.query_one("#ledger-recent", RowsList)
        keep = recent.highlighted_option.id if recent.highlighted_option else None
        self._entries = {entry.id: entry for entry in entries}
        recent.show_rows([(entry, Option(self._entry_row(entry), id=entry.id)) for entry in entries])
        if keep in self._entries:
            recent.highlighted = recent.get_option_index(keep)
        elif entries:
            recent.highlighted = 0

    @staticmethod
    def _entry_row(entry: Interaction) -> GridRow:
        """``27 Nov → Ana  listening •• · note``, cut to fit."""
        what = Content(" ".join(filter(None, [entry.support, "•" * entry.weight])))
        if entry.note:
            what += " · " + literal(entry.note)
        return GridRow(
            Cell(Content(f"{entry.day.day} {entry.day:%b}"), width=6),
            Cell(Content(ledger.ARROWS.get(entry.direction, " ")), width=1),
            Cell(literal(entry.member_name), ratio=2), Cell(what, ratio=3),
        )

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
        self.journal.data_changed()
        self.refresh_bindings()

    def action_switch(self) -> None:
        """Move the keyboard between the balances and the recent entries (Tab moves between panes)."""
        balances = self.query_one(BalanceTable)
        target = self.query_one("#ledger-recent", OptionList) if balances.has_focus else balances
        target.focus()

    @saves(NOTHING_CHANGED)
    def action_window(self) -> None:
        window = ledger.next_window(self.window)
        store.set_setting(self.journal.db, ledger.WINDOW_SETTING, window)
        self.window = window
        self.reload()

    @reads
    def action_record(self, direction: str) -> None:
        from supportjournal.ui.screens.ledger_form import LedgerForm

        db = self.journal.db
        balances = self.query_one(BalanceTable)
        chosen = balances.member_id if balances.has_focus else None
        member = store.get_member(db, chosen) if chosen else None
        form = LedgerForm(direction, members=store.list_members(db), member=member)
        self.app.push_screen(form, self._form_closed)

    @reads
    def action_edit(self) -> None:
        from supportjournal.ui.screens.ledger_form import LedgerForm

        entry = self._current_entry()
        if entry is not None:
            form = LedgerForm(entry.direction, members=store.list_members(self.journal.db), entry=entry)
            self.app.push_screen(form, self._form_closed)

    @saves(NOTHING_CHANGED)
    def action_delete(self) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        db = self.journal.db
        store.archive_interaction(db, entry.id, now=self.journal.clock())
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
        if saved:  # the form announced its own write (whoever writes, announces)
            self.refresh_bindings()
