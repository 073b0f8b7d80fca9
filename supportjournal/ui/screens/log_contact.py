"""Logging a contact with one member, and noting what you asked them for."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from supportjournal import store
from supportjournal.domain.dates import WhenError, parse_day, parse_when
from supportjournal.domain.directions import direction_choices
from supportjournal.domain.models import CHANNELS, SUPPORTS, Member
from supportjournal.domain.validation import ValidationError
from supportjournal.ui.screens.member_form import labelled, show_field_error
from supportjournal.ui.guard import saves
from supportjournal.ui.render import styled
from supportjournal.ui.widgets.text_fields import SafeInput

class _SmallForm(ModalScreen[bool]):
    """A one-member form: Enter or ctrl+s saves, Escape cancels."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="form.save"),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]

    def __init__(self, member: Member) -> None:
        super().__init__()
        self.member = member

    def buttons(self) -> Horizontal:
        return Horizontal(Button("Save", id="save", variant="primary"), Button("Cancel", id="cancel"), classes="buttons")

    def action_save(self) -> None:
        raise NotImplementedError

    def action_cancel(self) -> None:
        self.dismiss(False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_save() if event.button.id == "save" else self.action_cancel()

    def saved(self) -> None:
        self.app.data_changed()  # type: ignore[attr-defined]
        self.dismiss(True)


class LogContactScreen(_SmallForm):
    """Log a contact: today by default, how, and which way support went."""

    def compose(self) -> ComposeResult:
        with Vertical(id="log-contact", classes="dialog"):
            yield Static(styled("In touch with [b]$name[/b]", name=self.member.name), classes="dialog-title")
            yield labelled("When", SafeInput("today", id="when"), "when", "today, yesterday 18:00, 3 days ago, 2026-11-20")
            with Horizontal(classes="field-row"):
                yield labelled("How", Select([(c, c) for c in CHANNELS], prompt="—", id="channel"), "channel")
                yield labelled("Support", Select(direction_choices(), value="none", allow_blank=False, id="direction"), "direction")
            with Horizontal(classes="field-row"):
                yield labelled("What kind", Select([(s, s) for s in SUPPORTS], prompt="—", id="support"), "support")
                yield labelled("Note", SafeInput(id="note", placeholder="optional"), "note")
            yield self.buttons()

    def on_mount(self) -> None:
        self.query_one("#when", Input).focus()

    @saves()
    def action_save(self) -> None:
        def chosen(selector: str) -> str:
            value = self.query_one(selector, Select).value
            return "" if value is Select.NULL else str(value)

        now = self.app.clock()  # type: ignore[attr-defined]
        try:
            at = parse_when(self.query_one("#when", Input).value, now)
        except WhenError as error:
            show_field_error(self, "when", str(error))
            return
        try:
            store.log_interaction(
                self.app.db,  # type: ignore[attr-defined]
                self.member.id,
                at,
                direction=chosen("#direction") or "none",
                channel=chosen("#channel"),
                support=chosen("#support"),
                note=self.query_one("#note", Input).value,
                now=now,
            )
        except ValidationError as error:
            show_field_error(self, error.field, error.message)
            return
        self.saved()


class AskScreen(_SmallForm):
    """Note what you asked a member for, and when: the article's "communicate your needs"."""

    def compose(self) -> ComposeResult:
        with Vertical(id="ask", classes="dialog"):
            yield Static(styled("What you asked [b]$name[/b] for", name=self.member.name), classes="dialog-title")
            yield labelled("Need", SafeInput(id="need", placeholder="to listen, a lift, advice about work…"), "need")
            yield labelled("When", SafeInput("today", id="asked_on"), "asked_on")
            yield labelled("Note", SafeInput(id="note", placeholder="optional"), "note")
            yield self.buttons()

    def on_mount(self) -> None:
        self.query_one("#need", Input).focus()

    @saves()
    def action_save(self) -> None:
        today = self.app.today  # type: ignore[attr-defined]
        try:
            day = parse_day(self.query_one("#asked_on", Input).value, today)
        except WhenError as error:
            show_field_error(self, "asked_on", str(error))
            return
        try:
            store.add_ask(
                self.app.db,  # type: ignore[attr-defined]
                self.member.id,
                self.query_one("#need", Input).value,
                day,
                self.query_one("#note", Input).value,
                now=self.app.clock(),  # type: ignore[attr-defined]
            )
        except ValidationError as error:
            show_field_error(self, error.field, error.message)
            return
        self.saved()
