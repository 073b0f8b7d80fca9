"""The archive: members or self-care activities taken out of view, ready to restore or delete for good."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.store import Queries
from supportjournal.domain.days import day_label
from supportjournal.ui import member_actions
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import NOTHING_CHANGED, reads, saving
from supportjournal.ui.render import clean, literal, styled
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.screens.confirm import ConfirmScreen
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader

MUTED = "$foreground-muted"


@dataclass(frozen=True)
class Archive:
    """One kind of archived record: how to list it, bring one back, or delete one for good."""

    title: str
    """The border title of the list."""
    empty: str
    """What an empty archive says."""
    rows: Callable[[Queries], list[tuple[str, Content]]]
    """``(id, label)`` for each archived record."""
    restore: Callable[[JournalNode, str], None]
    """Bring one back, tell the app the data changed, and say so."""
    get: Callable[[Queries, str], Any]
    """The record with an id, or ``None``."""
    name_of: Callable[[Any], str]
    purge: Callable[[Queries, str], Any]
    """Delete an archived record for good (``store.purge_member``, ``store.purge_item``)."""
    goes_with: str
    """What is deleted along with a record, said before asking."""


def _when(moment: date | None) -> str:
    return f" · archived {day_label(moment, year=True)}" if moment else ""


def _member_rows(db: Queries) -> list[tuple[str, Content]]:
    return [
        (m.id, Content.assemble(literal(m.name), (f"  {m.kind}{_when(m.archived_at)}", MUTED)))
        for m in store.list_members(db, archived=True)
    ]


def _item_rows(db: Queries) -> list[tuple[str, Content]]:
    return [
        (i.id, Content.assemble(literal(i.title), (f"  {i.schedule}{_when(i.archived_at)}", MUTED)))
        for i in store.list_items(db, archived=True)
    ]


def _restore_item(node: JournalNode, item_id: str) -> None:
    journal = node.journal
    with saving(node, NOTHING_CHANGED):
        store.restore_item(journal.db, item_id)
        item = store.get_item(journal.db, item_id)
        journal.data_changed()
        if item is not None:
            node.app.notify(f"{clean(item.title)} is back on your checklist.", timeout=3, markup=False)


MEMBERS = Archive(
    "Archived members",
    "Nobody is archived. Archiving someone (x) keeps their history; restore them here.",
    _member_rows,
    member_actions.restore_member,
    store.get_member,
    lambda member: member.name,
    store.purge_member,
    "Their asks, contacts, ledger entries and safety plan lines go with them; "
    "your check-ins and journal stay as written.",
)
SELFCARE = Archive(
    "Archived self-care",
    "No archived activities. Archiving one (x) keeps its history; restore it here.",
    _item_rows,
    _restore_item,
    store.get_item,
    lambda item: item.title,
    store.purge_item,
    "Its daily marks and their notes go with it.",
)


class ArchivedScreen(JournalNode, LaidOutOnce, Screen[None]):
    """Archived records of one kind; ``r`` or Enter restores the selected one, ``D`` deletes it for good."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="archived.back"),
        Binding("r", "restore", "Restore", id="archived.restore"),
        Binding("D,delete", "purge", "Delete for good", id="archived.purge"),
    ]

    def __init__(self, archive: Archive = MEMBERS) -> None:
        super().__init__()
        self.archive = archive
        """What this screen lists."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Vertical(id="archived"):
            yield Static(self.archive.empty, id="archived-empty")
            yield OptionList(id="archived-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#archived", Vertical).border_title = self.archive.title
        self.watch(self.app, "revision", self.reload)
        self.query_one(OptionList).focus()

    @reads
    def reload(self, _revision: int = 0) -> None:
        """List the archived records."""
        rows = self.archive.rows(self.journal.db)
        options = self.query_one("#archived-list", OptionList)
        options.set_options(Option(label, id=record_id) for record_id, label in rows)
        if rows and options.highlighted is None:
            options.highlighted = 0
        self.query_one("#archived-empty", Static).display = not rows

    def action_back(self) -> None:
        self.dismiss()

    def _selected_id(self) -> str | None:
        option = self.query_one("#archived-list", OptionList).highlighted_option
        return option.id if option is not None else None

    def action_restore(self) -> None:
        record_id = self._selected_id()
        if record_id is not None:
            self.archive.restore(self, record_id)

    @reads
    def action_purge(self) -> None:
        """Ask, then delete the selected record and what is only its own; there is no undo."""
        journal = self.journal
        record_id = self._selected_id()
        record = self.archive.get(journal.db, record_id) if record_id is not None else None
        if record_id is None or record is None:
            return
        name = self.archive.name_of(record)
        question = styled(
            f"Delete [b]$name[/b] for good?\n\nThis cannot be undone. {self.archive.goes_with}", name=name
        )

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            with saving(self, NOTHING_CHANGED):
                self.archive.purge(journal.db, record_id)
                journal.data_changed()
                self.app.notify(f"Deleted {clean(name)} for good.", timeout=4, markup=False)

        self.app.push_screen(ConfirmScreen(question, yes="Delete for good"), answered)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_restore()
