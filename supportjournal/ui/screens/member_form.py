"""Adding or editing a member: every field, errors next to the field, nothing half-saved."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList, Select, Static, TextArea

from supportjournal import store
from supportjournal.domain.channels import format_channels, parse_channels
from supportjournal.domain.models import KINDS, RINGS, SUPPORTS, Member
from supportjournal.domain.validation import ValidationError
from supportjournal.ui.guard import saves
from supportjournal.ui.render import literal, styled
from supportjournal.ui.widgets.tick_list import TickList
from supportjournal.ui.widgets.text_fields import SafeInput, SafeTextArea

RING_WORDS = {"inner": "inner circle", "close": "close", "wider": "wider circle"}
RATINGS = ("empathy", "reliability", "availability")


def labelled(label: str, widget: Widget, field: str, hint: str = "") -> Vertical:
    """A field: its label, the widget (made compact), and a line for its error message."""
    if isinstance(widget, (Input, Select, OptionList)):
        widget.compact = True
    parts: list[Widget] = [Label(label, classes="field-label"), widget]
    if hint:
        parts.append(Static(hint, classes="field-hint"))
    parts.append(Static("", id=f"error-{field}", classes="field-error"))
    return Vertical(*parts, classes="field", id=f"field-{field}")


def clear_field_errors(form: Screen[Any] | Widget) -> None:
    """Hide every field's error message."""
    for error in form.query(".field-error").results(Static):
        error.update("")
        error.display = False


def show_field_error(screen: Screen[Any] | Widget, field: str, message: str) -> None:
    """Put a message next to a field (clearing the others) and focus the field.

    Args:
        screen: The form: a screen, or a widget holding the fields.
        field: The field's name, as in ``ValidationError.field``.
        message: What is wrong, in words.
    """
    clear_field_errors(screen)
    shown = screen.query(f"#error-{field}")
    if not shown:
        screen.notify(message, title="Not saved", severity="error", markup=False)
        return
    label = shown.first(Static)
    label.update(literal(message))
    label.display = True
    screen.query_one(f"#field-{field}").scroll_visible(animate=False)
    target = screen.query(f"#{field}")
    if target and target.first().focusable:
        target.first().focus()


class MemberForm(ModalScreen[str | None]):
    """The member editor; dismisses with the member's id once saved, ``None`` if cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="form.save"),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]

    def __init__(self, member: Member | None = None, *, kind: str = "friend") -> None:
        super().__init__()
        self.member = member
        """The member being edited, or ``None`` to add one."""
        self.default_kind = kind

    def compose(self) -> ComposeResult:
        m = self.member
        with VerticalScroll(id="member-form", classes="dialog"):
            title = styled("Edit [b]$name[/b]", name=m.name) if m else literal("Add someone to your network")
            yield Static(title, classes="dialog-title")
            yield labelled("Name", SafeInput(m.name if m else "", id="name", placeholder="who is it?"), "name")
            with Horizontal(classes="field-row"):
                kind = m.kind if m else self.default_kind
                yield labelled("Kind", Select([(k, k) for k in KINDS], value=kind, allow_blank=False, id="kind"), "kind")
                rings = [(RING_WORDS[r], r) for r in RINGS]
                yield labelled("Closeness", Select(rings, value=m.ring if m else "close", allow_blank=False, id="ring"), "ring")
            supports = TickList(SUPPORTS, m.supports if m else (), id="supports")
            yield labelled("Support they give (space to tick)", supports, "supports")
            with Horizontal(classes="field-row"):
                for rating in RATINGS:
                    value = getattr(m, rating) if m else None
                    box = SafeInput("" if value is None else str(value), id=rating, placeholder="1–5", max_length=2)
                    yield labelled(rating.capitalize(), box, rating)
            cadence = SafeInput((m.cadence or "") if m else "", id="cadence", placeholder="weekly, every 10 days, monthly…")
            yield labelled("How often to be in touch", cadence, "cadence", "empty: no reminder")
            channels = SafeInput(format_channels(m.channels) if m else "", id="channels", placeholder="phone: 0123; email: a@b.org")
            yield labelled("Ways to reach them", channels, "channels")
            yield labelled("Link (for online communities)", SafeInput((m.link or "") if m else "", id="link"), "link")
            yield labelled("Notes", SafeTextArea(m.notes if m else "", id="notes", soft_wrap=True), "notes")
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def values(self) -> dict[str, Any]:
        """What the form holds, as fields for the store."""
        fields: dict[str, Any] = {
            "name": self.query_one("#name", Input).value,
            "kind": self.query_one("#kind", Select).value,
            "ring": self.query_one("#ring", Select).value,
            "supports": self.query_one("#supports", TickList).selected,
            "cadence": self.query_one("#cadence", Input).value,
            "channels": parse_channels(self.query_one("#channels", Input).value),
            "link": self.query_one("#link", Input).value,
            "notes": self.query_one("#notes", TextArea).text,
        }
        for rating in RATINGS:
            fields[rating] = self.query_one(f"#{rating}", Input).value.strip()
        return fields

    @saves()
    def action_save(self) -> None:
        db = self.app.db  # type: ignore[attr-defined]
        now = self.app.clock()  # type: ignore[attr-defined]
        fields = self.values()
        try:
            if self.member is None:
                name, kind = fields.pop("name"), fields.pop("kind")
                saved = store.add_member(db, name, kind, now=now, **fields)
            else:
                saved = store.update_member(db, self.member.id, now=now, **fields)
        except ValidationError as error:
            show_field_error(self, error.field, error.message)
            return
        self.app.data_changed()  # type: ignore[attr-defined]
        self.dismiss(saved.id)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
