"""A yes/no question in a small modal: y confirms; n or Escape cancels (Cancel has the focus)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from supportjournal.ui.forms import FormScreen


class ConfirmScreen(FormScreen[bool]):
    """Ask before doing something the person may not have meant; its buttons name their keys."""

    BINDINGS = [
        Binding("y", "save", "Yes", id="confirm.yes"),
        Binding("n", "cancel", "No", id="confirm.no"),
    ]
    cancel_label = "Cancel (n)"
    writes = False
    focus_first = "#form-cancel"

    def __init__(self, question: Content, yes: str = "Yes") -> None:
        super().__init__()
        self.question = question
        """What is asked; built with ``render.styled`` when it holds user text."""
        self.save_label = f"{yes} (y)"

    def compose_fields(self) -> ComposeResult:
        yield Static(self.question, id="confirm-question", classes="form-text")

    def save(self) -> bool:
        return True
