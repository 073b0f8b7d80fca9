"""One step of the safety plan being edited: its lines as inputs, each saved as you leave it or press Enter."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from supportjournal import store
from supportjournal.domain import help_words as words
from supportjournal.domain.help_words import Step
from supportjournal.domain.models import Member
from supportjournal.domain.names import folded, named
from supportjournal.domain.safety_plan import PlanEntry
from supportjournal.domain.validation import ValidationError
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import saving
from supportjournal.ui.render import literal
from supportjournal.ui.widgets.help_list import INDENT, MUTED
from supportjournal.ui.widgets.text_fields import NameSuggester, SafeInput


def details_content(member: Member | None) -> Content:
    """Under a line naming a member: that they are in the network, and how to reach them, as it is now."""
    if member is None:
        return Content()
    ways = "; ".join(f"{c.kind}: {c.value}" if c.kind else c.value for c in member.channels) or words.NO_CHANNELS
    archived = f" · {words.ARCHIVED_MARK}" if member.archived else ""
    return Content.assemble((f"{INDENT}{words.LINKED}{archived} · ", MUTED), literal(ways).stylize(MUTED))


def linked_member(members: Sequence[Member], typed: str) -> Member | None:
    """The member a line names: the one whose whole name it is (by the naming rule), else none: free text."""
    matches = named(members, typed, lambda member: member.name)
    return matches[0] if len(matches) == 1 and folded(matches[0].name) == folded(typed) else None


class PlanLine(SafeInput):
    """One line of a step (``entry`` is ``None`` for the empty line at the end, where a new one is typed)."""

    def __init__(self, entry: PlanEntry | None, step: Step, member_names: Sequence[str]) -> None:
        hint = (words.ADD_PERSON if step.members else words.ADD_ENTRY) if entry is None else ""
        suggester = NameSuggester(member_names) if step.members else None
        super().__init__(entry.words if entry else "", placeholder=hint, suggester=suggester, compact=True,
                         classes="plan-line")
        self.entry = entry
        """The saved line this input shows, or ``None`` until something typed here is saved."""
        self.saved = self.value
        """The value as last saved: leaving the line unchanged writes nothing."""


class PlanStep(JournalNode, Vertical):
    """A step's heading, its prompt and its lines; the last line is empty, for the next one."""

    DEFAULT_CSS = """
    PlanStep { height: auto; margin: 0 0 1 0; }
    PlanStep .plan-heading { text-style: bold; color: $primary; }
    PlanStep .plan-prompt { color: $foreground-muted; padding: 0 0 0 3; }
    PlanStep .plan-line { margin: 0 0 0 4; width: 1fr; }
    PlanStep .plan-details { height: auto; margin: 0 0 0 4; }
    """

    class Removed(Message):
        """A line was taken out of the plan (the screen can put it back)."""

        def __init__(self, entry: PlanEntry) -> None:
            super().__init__()
            self.entry = entry
            """The line as it was."""

    def __init__(self, step: Step, entries: list[PlanEntry], members: list[Member]) -> None:
        super().__init__(id=f"plan-step-{step.number}")
        self.step = step
        self.entries = entries
        """The step's lines, as read when it was last composed."""
        self.members = members
        """Active members, for linking a typed name."""

    def compose(self) -> ComposeResult:
        yield Static(Content(f"{self.step.number}  {self.step.title}"), classes="plan-heading")
        yield Static(Content(self.step.prompt), classes="plan-prompt")
        names = [member.name for member in self.members]
        for entry in [*self.entries, None]:
            yield PlanLine(entry, self.step, names)
            if self.step.members:
                yield self._details(entry.member if entry else None)

    @staticmethod
    def _details(member: Member | None) -> Static:
        details = Static(details_content(member), classes="plan-details")
        details.display = member is not None
        return details

    def lines(self) -> list[PlanLine]:
        return list(self.query(PlanLine).results(PlanLine))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if isinstance(event.input, PlanLine) and self.commit(event.input):
            lines = self.lines()  # Enter goes on to the next line, as in a list on paper
            following = lines[lines.index(event.input) + 1:] if event.input in lines else []
            (following[0] if following else lines[-1]).focus()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        if isinstance(event.input, PlanLine) and event.input.is_attached:
            self.commit(event.input)

    def commit(self, line: PlanLine) -> bool:
        """Save what a line says now: a new line, a changed one, or an emptied one taken out. False if not saved."""
        typed = line.value.strip()
        if typed == line.saved.strip():
            return True
        member = linked_member(self.members, typed) if self.step.members else None
        member_id = member.id if member is not None else None
        db, now = self.journal.db, self.journal.clock()
        with saving(self) as attempt:
            try:
                if line.entry is None:
                    line.entry = store.add_plan_entry(db, self.step.number, typed, member_id=member_id, now=now)
                    self._grow(line)
                elif not typed:
                    store.archive_plan_entry(db, line.entry.id, now=now)
                    self.post_message(self.Removed(line.entry))
                    self._remove(line)
                else:
                    line.entry = store.update_plan_entry(db, line.entry.id, typed, member_id=member_id, now=now)
            except ValidationError as error:
                self.app.notify(f"Not saved: {error.message}.", timeout=6, markup=False)
                return False
            line.saved = line.value
            self._show_details(line)
            self.journal.data_changed()
        return not attempt.failed

    def _grow(self, line: PlanLine) -> None:
        """The new line is saved: it stops being the empty one, and a fresh empty line follows."""
        line.placeholder = ""
        fresh = PlanLine(None, self.step, [member.name for member in self.members])
        self.mount(fresh)
        if self.step.members:
            self.mount(self._details(None))

    def _remove(self, line: PlanLine) -> None:
        details = self._details_of(line)
        if details is not None:
            details.remove()
        line.remove()

    def _details_of(self, line: PlanLine) -> Static | None:
        children = list(self.children)
        index = children.index(line) + 1 if line in children else len(children)
        follower = children[index] if index < len(children) else None
        return follower if isinstance(follower, Static) and follower.has_class("plan-details") else None

    def _show_details(self, line: PlanLine) -> None:
        details = self._details_of(line)
        if details is not None and line.is_attached:
            member = line.entry.member if line.entry else None
            details.update(details_content(member))
            details.display = member is not None

    def refresh_members(self, members: list[Member]) -> None:
        """Members changed elsewhere: relink names, show current channels and renamed names (unless being edited)."""
        self.members = members
        fresh = {entry.id: entry for entry in store.plan_entries(self.journal.db) if entry.step == self.step.number}
        for line in self.lines():
            if line.entry is None or line.entry.id not in fresh:
                continue
            line.entry = fresh[line.entry.id]
            if line.value == line.saved and not line.has_focus:
                line.value = line.saved = line.entry.words
            self._show_details(line)
