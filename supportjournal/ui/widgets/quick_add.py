"""A one-line way to add a member: name, kind, closeness, how often; used by the welcome."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Select, Static

from supportjournal import store
from supportjournal.domain.validation import ValidationError
from supportjournal.ui.context import JournalNode
from supportjournal.ui.forms import clear_errors, error_messages, field, show_errors
from supportjournal.ui.guard import saves
from supportjournal.ui.render import literal
from supportjournal.ui.screens.member_form import ring_choice
from supportjournal.ui.widgets.text_fields import SafeInput


class QuickAdd(JournalNode, Vertical):
    """Add members of some kinds, one after another; shows who was added."""

    def __init__(self, kinds: tuple[str, ...], *, ring: str = "close", link: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kinds = kinds
        """The kinds offered; the first is the default."""
        self.ring = ring
        self.with_link = link
        self.added: list[str] = []
        """Names added here, in order."""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="form-row"):
            yield field("Name", "name", SafeInput(id="name", placeholder="a name, then Enter"))
            if len(self.kinds) > 1:
                yield field("Kind", "kind", Select([(k, k) for k in self.kinds], value=self.kinds[0], allow_blank=False, id="kind"))
        with Horizontal(classes="form-row"):
            yield field("How close", "ring", ring_choice(self.ring))
            yield field("How often to be in touch", "cadence", SafeInput(id="cadence", placeholder="weekly, every 10 days…"))
        if self.with_link:
            yield field("Link (optional)", "link", SafeInput(id="link", placeholder="https://…"))
        with Horizontal(classes="buttons"):
            yield Button("Add (Enter)", id="quick-add", variant="primary", compact=True)
        yield Static("", id="quick-added")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    @saves()
    def add(self) -> None:
        """Save the member typed; on a problem, say so next to the field and save nothing."""
        kind = self.query_one("#kind", Select).value if len(self.kinds) > 1 else self.kinds[0]
        link = self.query_one("#link", Input).value if self.with_link else None
        try:
            member = store.add_member(
                self.journal.db,
                self.query_one("#name", Input).value,
                str(kind),
                ring=str(self.query_one("#ring", Select).value),
                cadence=self.query_one("#cadence", Input).value,
                link=link,
                now=self.journal.clock(),
            )
        except ValidationError as error:
            show_errors(self, error_messages(error))
            return
        clear_errors(self)
        self.added.append(member.name)
        self.journal.data_changed()
        for field in ("#name", "#cadence", "#link"):
            for box in self.query(field).results(Input):
                box.value = ""
        self.query_one("#name", Input).focus()
        names = Content(", ").join(literal(name) for name in self.added)
        self.query_one("#quick-added", Static).update(Content.assemble(("Added: ", "$success bold"), names))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.add()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "quick-add":
            event.stop()
            self.add()
