"""A short list of people to pick one from: whom the low-mood note's "log a contact" is for."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from supportjournal.domain.help_words import CHOOSE_KEYS
from supportjournal.domain.models import Member
from supportjournal.ui.render import literal


class ChoosePersonScreen(ModalScreen[str | None]):
    """Pick one of a few members with the arrows and Enter; Escape picks nobody."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="form.cancel")]
    DEFAULT_CSS = """
    ChoosePersonScreen { align: center middle; }
    ChoosePersonScreen > Vertical { width: 50; height: auto; max-height: 100%; }
    ChoosePersonScreen OptionList, ChoosePersonScreen OptionList:focus { border: none; height: auto; max-height: 12; }
    ChoosePersonScreen .form-hint { margin: 1 0; color: $foreground-muted; }
    """

    def __init__(self, title: str, members: list[Member]) -> None:
        super().__init__()
        self.title_text = title
        self.members = members

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content.styled(self.title_text, "bold"), classes="dialog-title")
            yield OptionList(*(Option(literal(member.name), id=member.id) for member in self.members))
            yield Static(CHOOSE_KEYS, classes="form-hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
