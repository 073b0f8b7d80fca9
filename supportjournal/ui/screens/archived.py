"""The archive: members taken out of the network, with everything kept, ready to restore."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.ui import member_actions
from supportjournal.ui.render import literal
from supportjournal.ui.widgets.header import AppHeader

EMPTY = "Nobody is archived. Archiving someone (x) keeps their history; restore them here."


class ArchivedScreen(Screen[None]):
    """Archived members; ``r`` or Enter restores the selected one."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="archived.back"),
        Binding("r", "restore", "Restore", id="archived.restore"),
    ]

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Vertical(id="archived"):
            yield Static(EMPTY, id="archived-empty")
            yield OptionList(id="archived-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#archived", Vertical).border_title = "Archived members"
        self.watch(self.app, "revision", self.reload)
        self.query_one(OptionList).focus()

    def reload(self, _revision: int = 0) -> None:
        """List the archived members, by name."""
        members = store.list_members(self.app.db, archived=True)  # type: ignore[attr-defined]
        options = self.query_one("#archived-list", OptionList)
        options.set_options(
            Option(
                Content.assemble(
                    literal(m.name),
                    (f"  {m.kind} · archived {m.archived_at:%d %b %Y}" if m.archived_at else f"  {m.kind}", "$foreground-muted"),
                ),
                id=m.id,
            )
            for m in members
        )
        if members and options.highlighted is None:
            options.highlighted = 0
        self.query_one("#archived-empty", Static).display = not members

    def action_back(self) -> None:
        self.dismiss()

    def action_restore(self) -> None:
        option = self.query_one("#archived-list", OptionList).highlighted_option
        if option is not None and option.id is not None:
            member_actions.restore_member(self.app, option.id)  # type: ignore[arg-type]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_restore()
