"""A small modal form: labelled fields, a message next to the field that is wrong, nothing half-saved."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Static

from supportjournal.domain.validation import ValidationError
from supportjournal.ui.guard import saves
from supportjournal.ui.render import literal


def form_field(label: str, name: str, widget: Widget) -> Vertical:
    """A labelled field with room for its error message underneath.

    Args:
        label: Our own words for the field.
        name: The field's name, as ``ValidationError.field`` gives it.
        widget: The input itself.
    """
    return Vertical(
        Label(label, classes="form-label"),
        widget,
        Static("", id=f"error-{name}", classes="form-error"),
        classes="form-field",
    )


class FormScreen(ModalScreen[bool]):
    """A modal form; subclasses compose fields with ``form_field`` and write in ``save``.

    ``save`` raises ``ValidationError`` for bad input: the message is shown next to its field and
    the form stays open. When the file can't be written, the guard says so and the form stays open
    too. The form closes with ``True`` after a save, ``False`` on Escape.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]

    form_title = ""
    """Shown in the form's border."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="form") as form:
            form.border_title = literal(self.form_title)
            yield from self.compose_fields()
            yield Static("", id="error-form", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button("Save", id="form-save", variant="primary")
                yield Button("Cancel", id="form-cancel")

    def compose_fields(self) -> ComposeResult:
        yield from ()

    def save(self) -> None:
        """Check the fields and write them in one store call; raise ``ValidationError`` if wrong."""
        raise NotImplementedError

    def show_error(self, field: str, message: str) -> None:
        """Put ``message`` next to ``field`` (or next to the buttons if the field is unknown)."""
        errors = self.query(f"#error-{field}")
        target = errors.first() if errors else self.query_one("#error-form", Static)
        target.update(literal(message))
        target.add_class("-shown")

    def clear_errors(self) -> None:
        for error in self.query(".form-error"):
            error.update("")  # type: ignore[attr-defined]
            error.remove_class("-shown")

    @saves()
    def action_save(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except ValidationError as error:
            self.show_error(error.field, error.message)
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "form-save":
            self.action_save()
        elif event.button.id == "form-cancel":
            self.action_cancel()
