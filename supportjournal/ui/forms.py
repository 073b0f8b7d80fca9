"""The one way to build a form: a modal of declared fields, every error at once under its field, its keys always in sight."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList, Select, Static

from supportjournal.domain.validation import ValidationError, ValidationErrors
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import saves
from supportjournal.ui.render import literal
from supportjournal.ui.screen_layout import LaidOutOnce, SettledFirstLayout

Result = TypeVar("Result")


def field(label: str | Content, name: str, widget: Widget | tuple[Widget, ...], hint: str = "") -> Vertical:
    """A field: its label, the widget (made compact), an optional hint; ``show_errors`` adds its error line.

    Args:
        label: Our own words for the field.
        name: The field's name, as ``ValidationError.field`` gives it; the widget's id should match.
        widget: The input itself (or the input and what belongs with it, such as a list of matches).
        hint: A short example of what goes in, or its keys, in muted text.
    """
    widgets = widget if isinstance(widget, tuple) else (widget,)
    for each in widgets:
        if isinstance(each, (Input, Select, OptionList)):
            each.compact = True
    parts: list[Widget] = [Label(label, classes="form-label"), *widgets]
    if hint:
        parts.append(Static(hint, classes="form-hint"))
    # No error line until one is needed: a form opens with fewer widgets, so sooner.
    return Vertical(*parts, classes="form-field", id=f"field-{name}")


class FormKeys(Horizontal):
    """Save and Cancel, docked at the bottom of a form: last in the order Tab takes, as they are in reading.

    Textual orders Tab by where widgets stand, and a docked row stands at the bottom of the *view*: in a
    form taller than the terminal, Tab went from the last field in view to Save and Cancel, then on to the
    fields below the fold.
    """

    @property
    def _focus_sort_key(self) -> tuple[int, int]:  # Textual's (private) sort key: pinned, see pyproject
        return sys.maxsize, 0


def _error_line(node: DOMNode, name: str) -> Static | None:
    """The line for ``name``'s error: a form's own ``#error-NAME``, else one added to its field, else the form's."""
    for line in node.query(f"#error-{name}").results(Static):
        return line
    for box in node.query(f"#field-{name}"):
        line = Static("", id=f"error-{name}", classes="form-error")
        box.mount(line)
        return line
    return next(iter(node.query("#error-form").results(Static)), None)


def clear_errors(node: DOMNode) -> None:
    """Hide every error message under ``node``."""
    for error in node.query(".form-error").results(Static):
        error.update("")
        error.remove_class("-shown")


def show_errors(node: DOMNode, errors: Mapping[str, str]) -> None:
    """Show each message under its field (clearing the rest) and focus the first field that is wrong.

    Args:
        node: The form, or a widget holding fields made with ``field``.
        errors: Messages by field name; one for a field the form lacks goes to its ``#error-form`` line.
    """
    clear_errors(node)
    first: Widget | None = None
    for name, message in errors.items():
        target = _error_line(node, name)
        if target is None:
            node.app.notify(message, title="Not saved", severity="error", markup=False)
            continue
        target.update(literal(message))
        target.add_class("-shown")
        first = first or target
    if first is None:
        return
    # The keys that follow a burst of typing go where the person now looks: focus is set at once.
    box = next(iter(node.query(f"#field-{next(iter(errors))}")), None) or first
    box.scroll_visible(animate=False)
    wrong = next((w for w in node.query(f"#{next(iter(errors))}") if w.focusable), None)
    if wrong is not None:
        wrong.screen.set_focus(wrong)


def error_messages(error: ValidationError) -> dict[str, str]:
    """Every field's message in a validation error."""
    return error.by_field if isinstance(error, ValidationErrors) else {error.field: error.message}


class FormScreen(JournalNode, LaidOutOnce, SettledFirstLayout, ModalScreen[Result]):
    """A modal form; a subclass declares its fields in ``compose_fields`` and writes in ``save``.

    ``save`` raises ``ValidationError`` (or ``ValidationErrors`` for several fields): each message
    is shown under its field and the form stays open. When the file can't be written, the guard
    says so and the form stays open too. After a save the form announces the change and closes
    with what ``save`` returned; on cancel it closes with ``cancel_result``.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]

    AUTO_FOCUS = ""
    """Textual's own first focus is off: it took the form's scrolling box, then ``on_mount`` moved on to the
    field, and each of those moves restyled every widget of the form (a third of the cost of opening one)."""
    form_title: str | Content = ""
    """Shown in the form's border; a plain string is shown as typed."""
    save_label = "Save (ctrl+s)"
    cancel_label = "Cancel (Esc)"
    cancel_result: Any = False
    """What the form closes with when cancelled."""
    writes: ClassVar[bool] = True
    """The form writes in ``save``, so it announces the change (a confirm dialog does not)."""
    focus_first: str = ""
    """The widget focused on opening (a selector); else the first field."""
    _overflowed: ClassVar[dict[tuple[type, Size], bool]] = {}
    """Whether a form of this class last overflowed a terminal of this size (its scrollbar showed)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="form") as form:
            form.border_title = self.form_title if isinstance(self.form_title, Content) else literal(self.form_title)
            self._opened_at = self.app.size
            if self._overflowed.get((type(self), self._opened_at)):
                # Its scrollbar's room is kept from the first layout: laid out without it, a form taller than
                # the terminal found it needed one and was laid out and drawn again two columns narrower
                # (a quarter of opening the member editor at 100x30). Shown, the scrollbar looks the same.
                form.styles.scrollbar_gutter = "stable"
                form.show_vertical_scrollbar = True
            # Docked, so a form taller than the terminal still shows how to finish it.
            with FormKeys(classes="form-keys", id="form-keys"):
                yield Button(self.save_label, id="form-save", variant="primary", compact=True)
                yield Button(self.cancel_label, id="form-cancel", compact=True)
            yield from self.compose_fields()
            yield Static("", id="error-form", classes="form-error")

    def compose_fields(self) -> ComposeResult:
        """The form's fields, each made with ``field``."""
        yield from ()

    def on_mount(self) -> None:
        chosen = self.query(self.focus_first) if self.focus_first else None
        target = chosen.first() if chosen else next((w for w in self.query(".form-field *") if w.focusable), None)
        # Not scrolled to: the form opens at its top, its title and first label in view.
        self.set_focus(target or self.query_one("#form-cancel"), scroll_visible=False)
        self.call_after_refresh(self._remember_overflow)

    def _remember_overflow(self) -> None:
        """Note whether the form overflowed, for the next one; a wrong guess gives the scrollbar's room back."""
        form = self.query_one(".form", VerticalScroll)
        overflowed = form.max_scroll_y > 0
        self._overflowed[type(self), self.app.size] = overflowed
        if not overflowed and form.styles.scrollbar_gutter == "stable":
            form.styles.scrollbar_gutter = "auto"

    def on_resize(self, event: events.Resize) -> None:
        # The terminal resized with the form open (not the Resize of the first layout): its scrollbar comes
        # and goes as Textual decides again.
        if event.size != self._opened_at:
            for form in self.query(".form").results(VerticalScroll):
                form.styles.scrollbar_gutter = "auto"

    def save(self) -> Result:
        """Check every field, then write in one store call; raise ``ValidationError`` if any is wrong."""
        raise NotImplementedError

    @saves()
    def action_save(self) -> None:
        clear_errors(self)
        try:
            result = self.save()
        except ValidationError as error:
            show_errors(self, error_messages(error))
            return
        if self.writes:
            self.journal.data_changed()
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(self.cancel_result)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "form-save":
            self.action_save()
        elif event.button.id == "form-cancel":
            self.action_cancel()
