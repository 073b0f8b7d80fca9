"""The safety plan in one calm screen: seven optional steps, each line saved as you go."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from supportjournal import store
from supportjournal.domain import help_words as words
from supportjournal.domain.models import Member
from supportjournal.domain.safety_plan import PlanEntry, by_step
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import NOTHING_CHANGED, reading, reads, saving
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader
from supportjournal.ui.widgets.plan_step import PlanLine, PlanStep


class PlanScreen(JournalNode, LaidOutOnce, Screen[None]):
    """Write the plan on a calmer day: type a line, Enter or leave it, and it is kept."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="plan.back", tooltip="Back (every line is already saved)"),
        # Priority: else the scrolling container around the lines takes the arrows to scroll.
        Binding("down", "app.focus_next", "Next line", id="plan.next", show=False, priority=True),
        Binding("up", "app.focus_previous", "Previous line", id="plan.previous", show=False, priority=True),
        Binding("alt+up,ctrl+up", "move(-1)", "Move up", id="plan.up", tooltip="Move the line up in its step"),
        Binding("alt+down,ctrl+down", "move(1)", "Move down", id="plan.down", show=False,
                tooltip="Move the line down in its step"),
        Binding("ctrl+z", "undo", "Put back", id="plan.undo", tooltip="Put back the line taken out last"),
    ]
    AUTO_FOCUS = None  # focused once laid out, so opening does not scroll past the title
    DEFAULT_CSS = """
    #plan { padding: 0 2; }
    #plan-intro { margin: 1 0; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.removed: list[PlanEntry] = []
        """Lines taken out while the screen is open; ctrl+z puts the last one back."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        entries: list[PlanEntry] = []
        members: list[Member] = []
        with reading(self):
            entries, members = store.plan_entries(self.journal.db), store.list_members(self.journal.db)
        with VerticalScroll(id="plan", can_focus=False):
            intro = Content.assemble((words.PLAN_TITLE, "bold $primary"), "\n", (words.PLAN_INTRO, "$foreground-muted"))
            yield Static(intro, id="plan-intro")
            grouped = by_step(entries)
            for step in words.STEPS:
                yield PlanStep(step, grouped[step.number], members)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "revision", self._members_changed, init=False)
        self.journal.flush_callbacks.append(self.flush)  # quitting (or SIGTERM) keeps the line being typed
        self.call_after_refresh(self._start)

    def _start(self) -> None:
        """The plan opens at its top, its title in view, the keyboard on the first line."""
        first = next(iter(self.query(PlanLine)), None)
        if first is not None:
            self.set_focus(first, scroll_visible=False)
        self.query_one("#plan", VerticalScroll).scroll_home(animate=False)

    @reads
    def _members_changed(self, _revision: int = 0) -> None:
        members = store.list_members(self.journal.db)
        for step in self.query(PlanStep).results(PlanStep):
            step.refresh_members(members)

    def on_plan_step_removed(self, event: PlanStep.Removed) -> None:
        self.removed.append(event.entry)
        self.notify(words.ENTRY_REMOVED, timeout=5, markup=False)

    def _focused_line(self) -> tuple[PlanStep, PlanLine] | None:
        line = self.focused
        if isinstance(line, PlanLine) and isinstance(line.parent, PlanStep):
            return line.parent, line
        return None

    async def _reload_step(self, step: PlanStep, focus_id: str | None) -> None:
        """Show a step as saved, then put the keyboard on the line ``focus_id``."""
        step.entries = [e for e in store.plan_entries(self.journal.db) if e.step == step.step.number]
        await step.recompose()
        target = next((line for line in step.lines() if line.entry and line.entry.id == focus_id), None)
        if target is not None:
            target.focus()

    async def action_move(self, offset: int) -> None:
        found = self._focused_line()
        if found is None or found[1].entry is None:
            return
        step, line = found
        if not step.commit(line) or line.entry is None:
            return
        with saving(self, NOTHING_CHANGED):
            store.move_plan_entry(self.journal.db, line.entry.id, offset)
            self.journal.data_changed()
            await self._reload_step(step, line.entry.id)

    async def action_undo(self) -> None:
        if not self.removed:
            self.notify(words.NOTHING_TO_RESTORE, timeout=3, markup=False)
            return
        entry = self.removed[-1]
        with saving(self, NOTHING_CHANGED):
            store.restore_plan_entry(self.journal.db, entry.id)
            self.removed.pop()
            self.journal.data_changed()
            await self._reload_step(self.query_one(f"#plan-step-{entry.step}", PlanStep), entry.id)
            self.notify(words.ENTRY_BACK, timeout=3, markup=False)

    def flush(self) -> bool:
        """Save the line being typed, if it changed; False if it could not be saved."""
        found = self._focused_line()
        return found is None or found[0].commit(found[1])

    def on_unmount(self) -> None:
        if self.flush in self.journal.flush_callbacks:
            self.journal.flush_callbacks.remove(self.flush)

    def action_back(self) -> None:
        if self.flush():
            self.dismiss()  # else the guard said why, and the line keeps what was typed
