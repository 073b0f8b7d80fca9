"""The archive: members or self-care activities taken out of view, everything kept, ready to restore."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlite_utils import Database
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.ui import member_actions
from supportjournal.ui.render import clean, literal
from supportjournal.ui.widgets.header import AppHeader

if TYPE_CHECKING:
    from supportjournal.ui.app import SupportJournalApp

MUTED = "$foreground-muted"


@dataclass(frozen=True)
class Archive:
    """One kind of archived record: how to list it and how to bring one back."""

    title: str
    """The border title of the list."""
    empty: str
    """What an empty archive says."""
    rows: Callable[[Database], list[tuple[str, Content]]]
    """``(id, label)`` for each archived record."""
    restore: Callable[[SupportJournalApp, str], None]
    """Bring one back, tell the app the data changed, and say so."""


def _when(moment: object) -> str:
    return f" · archived {moment:%d %b %Y}" if moment else ""


def _member_rows(db: Database) -> list[tuple[str, Content]]:
    return [
        (m.id, Content.assemble(literal(m.name), (f"  {m.kind}{_when(m.archived_at)}", MUTED)))
        for m in store.list_members(db, archived=True)
    ]


def _item_rows(db: Database) -> list[tuple[str, Content]]:
    return [
        (i.id, Content.assemble(literal(i.title), (f"  {i.schedule}{_when(i.archived_at)}", MUTED)))
        for i in store.list_items(db, archived=True)
    ]


def _restore_item(app: SupportJournalApp, item_id: str) -> None:
    store.restore_item(app.db, item_id)
    item = store.get_item(app.db, item_id)
    app.data_changed()
    if item is not None:
        app.notify(f"{clean(item.title)} is back on your checklist.", timeout=3, markup=False)


MEMBERS = Archive(
    "Archived members",
    "Nobody is archived. Archiving someone (x) keeps their history; restore them here.",
    _member_rows,
    member_actions.restore_member,
)
SELFCARE = Archive(
    "Archived self-care",
    "No archived activities. Archiving one (x) keeps its history; restore it here.",
    _item_rows,
    _restore_item,
)


class ArchivedScreen(Screen[None]):
    """Archived records of one kind; ``r`` or Enter restores the selected one."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="archived.back"),
        Binding("r", "restore", "Restore", id="archived.restore"),
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
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#archived", Vertical).border_title = self.archive.title
        self.watch(self.app, "revision", self.reload)
        self.query_one(OptionList).focus()

    def reload(self, _revision: int = 0) -> None:
        """List the archived records."""
        rows = self.archive.rows(self.app.db)  # type: ignore[attr-defined]
        options = self.query_one("#archived-list", OptionList)
        options.set_options(Option(label, id=record_id) for record_id, label in rows)
        if rows and options.highlighted is None:
            options.highlighted = 0
        self.query_one("#archived-empty", Static).display = not rows

    def action_back(self) -> None:
        self.dismiss()

    def action_restore(self) -> None:
        option = self.query_one("#archived-list", OptionList).highlighted_option
        if option is not None and option.id is not None:
            self.archive.restore(self.app, option.id)  # type: ignore[arg-type]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_restore()
