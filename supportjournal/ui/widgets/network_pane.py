"""The network pane: the eco-map over the member list, with a filter and the member keys."""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input

from supportjournal import store
from supportjournal.domain.balance import flow
from supportjournal.domain.cadence import contact_status
from supportjournal.domain.ecomap import MapEntry
from supportjournal.domain.models import ContactStatus, Member
from supportjournal.ui import member_actions
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reads
from supportjournal.ui.messages import MemberHighlighted, MemberOpened
from supportjournal.ui.widgets.member_list import MemberList
from supportjournal.ui.widgets.network_map import NetworkMap
from supportjournal.ui.widgets.text_fields import SafeInput

FLOW_WINDOW_DAYS = 90
"""How far back "which way support has flowed lately" looks."""


class NetworkPane(JournalNode, Vertical, can_focus=True):  # empty, it hides its list and holds the keys itself
    """The whole network: map, list, and the keys that change it."""

    BINDINGS = [
        Binding("a", "add", "Add", id="member.add", tooltip="Add someone to your network"),
        Binding("e", "edit", "Edit", id="member.edit", tooltip="Edit the selected member"),
        Binding("l", "log", "Log", id="member.log", tooltip="Log a contact with the selected member"),
        Binding("x", "archive", "Archive", id="member.archive", tooltip="Archive the selected member", show=False),
        Binding("slash", "filter", "Filter", id="member.filter", tooltip="Filter by name, kind or support", show=False),
        Binding("escape", "clear_filter", "Clear filter", id="member.clear_filter", show=False),
        Binding("A", "archived", "Archived", id="member.archived", tooltip="Show archived members, to restore", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield NetworkMap(id="map")
        with Vertical(id="member-area"):
            yield SafeInput(placeholder="filter: name, kind or support   (Esc clears)", id="member-filter")
            yield MemberList(id="members")

    def on_mount(self) -> None:
        self.border_title = "1 Network"
        self.watch(self.app, "revision", self.reload, init=False)
        self.watch(self.member_list, "order", self._show_order)
        self.reload()

    @property
    def member_list(self) -> MemberList:
        return self.query_one(MemberList)

    @reads
    def reload(self, _revision: int = 0) -> None:
        """Read the network again: one query for members, one bounded query each for contacts and balances."""
        db, today = self.journal.db, self.journal.today
        members = store.list_members(db)
        last = store.last_contacts(db)
        statuses = {m.id: contact_status(m.cadence, last.get(m.id), today) for m in members}
        balances = store.balances(db, since=today - timedelta(days=FLOW_WINDOW_DAYS))
        flows = {m.id: flow(balances.get(m.id)) for m in members}
        self.set_class(not members, "-empty")
        self._show_order(self.member_list.order)
        self.member_list.show_members(members, statuses, today)
        self.show_map(members, statuses, flows)

    def _show_order(self, order: str) -> None:
        self.border_subtitle = "" if self.has_class("-empty") else f"sorted by {order} · s"  # nothing to sort yet

    def show_map(self, members: list[Member], statuses: dict[str, ContactStatus], flows: dict[str, str]) -> None:
        """Hand the network to the map."""
        network_map = self.query_one(NetworkMap)
        network_map.entries = tuple(
            MapEntry(m.id, m.name, m.kind, m.ring, statuses[m.id].state, flows[m.id]) for m in members
        )
        network_map.highlighted = self.member_list.member_id

    def on_member_highlighted(self, event: MemberHighlighted) -> None:
        event.stop()
        self.query_one(NetworkMap).highlighted = event.member_id

    def on_network_map_member_clicked(self, event: NetworkMap.MemberClicked) -> None:
        event.stop()
        members = self.member_list
        if event.member_id not in members.shown_ids:
            self.action_clear_filter()
        members.select_member(event.member_id)
        members.focus()

    def on_member_opened(self, event: MemberOpened) -> None:
        event.stop()
        from supportjournal.ui.screens.member_detail import MemberDetailScreen

        self.app.push_screen(MemberDetailScreen(event.member_id))

    def action_add(self) -> None:
        def added(member_id: str | None) -> None:
            if member_id:
                self.member_list.select_member(member_id)

        member_actions.add_member(self, added)

    def action_edit(self) -> None:
        member_actions.edit_member(self, self.member_list.member_id)

    def action_log(self) -> None:
        member_actions.log_contact(self, self.member_list.member_id)

    def action_archive(self) -> None:
        member_actions.archive_member(self, self.member_list.member_id)

    def action_archived(self) -> None:
        from supportjournal.ui.screens.archived import ArchivedScreen

        self.app.push_screen(ArchivedScreen())

    def action_filter(self) -> None:
        self.add_class("-filtering")
        self.query_one("#member-filter", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "member-filter":
            event.stop()
            self.member_list.filter_text = event.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "member-filter":
            event.stop()
            self.member_list.focus()

    def action_clear_filter(self) -> None:
        if self.has_class("-filtering"):
            self.query_one("#member-filter", Input).value = ""
            self.member_list.filter_text = ""
            self.remove_class("-filtering")
            self.member_list.focus()

    @property
    def focus_target(self) -> MemberList:
        """Where the keyboard goes when this pane is chosen (keys 1, Tab)."""
        return self.member_list
