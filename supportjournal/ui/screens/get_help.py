"""Get help: the people and services to reach now, from the safety plan and the network, then the crisis lines."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from supportjournal import store
from supportjournal.domain import help_words as words
from supportjournal.ui import member_actions
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reads
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.screens.crisis_lines import CrisisLinesScreen
from supportjournal.ui.screens.member_detail import MemberDetailScreen
from supportjournal.ui.screens.plan_editor import PlanScreen
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader
from supportjournal.ui.widgets.help_list import HelpList, help_items


class GetHelpScreen(JournalNode, LaidOutOnce, Screen[None]):
    """One key away from anywhere: who to reach now, with every way to reach them."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="gethelp.back"),
        Binding("l", "log", "Log contact", id="gethelp.log", tooltip="Log a contact with the highlighted person"),
        Binding("p", "plan", "Safety plan", id="gethelp.plan", tooltip="Write or change your safety plan"),
        Binding("e", "lines", "Crisis lines", id="gethelp.lines", tooltip="Add, change or reorder the crisis lines"),
        Binding("enter", "open", "Details", id="gethelp.open", show=False,
                tooltip="The highlighted person's details"),
    ]
    DEFAULT_CSS = """
    #get-help-intro { padding: 0 2; margin: 1 0 0 0; color: $foreground-muted; }
    """

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield Static(Content.assemble((words.GET_HELP_TITLE, "bold $primary"), "\n", words.GET_HELP_INTRO),
                     id="get-help-intro")
        yield HelpList(id="get-help-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "revision", self.reload)
        self.query_one(HelpList).focus()

    def on_screen_resume(self) -> None:
        self.reload()  # a member changed in their details shows here as they are now

    @reads
    def reload(self, _revision: int = 0) -> None:
        """Read the plan, the network's professionals and the crisis lines again."""
        db = self.journal.db
        rows = help_items(store.plan_entries(db), store.list_members(db), store.crisis_lines(db))
        self.query_one(HelpList).show(rows)

    def action_back(self) -> None:
        self.dismiss()

    def action_log(self) -> None:
        member = self.query_one(HelpList).member
        if member is None:
            self.notify(words.NOT_A_MEMBER, timeout=5, markup=False)
            return
        member_actions.log_contact(self, member.id)

    def action_open(self) -> None:
        member = self.query_one(HelpList).member
        if member is not None:
            self.app.push_screen(MemberDetailScreen(member.id))

    def on_option_list_option_selected(self, event: HelpList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_plan(self) -> None:
        self.app.push_screen(PlanScreen())

    def action_lines(self) -> None:
        self.app.push_screen(CrisisLinesScreen())
