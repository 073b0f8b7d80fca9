"""A list of choices ticked with space, shown as [x] and [ ] so it reads without colour."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class TickList(OptionList):
    """Several choices; space (or Enter, or a click) ticks and unticks the highlighted one."""

    BINDINGS = [Binding("space", "tick", "Tick", id="ticks.tick")]

    def __init__(self, choices: Iterable[str], ticked: Iterable[str] = (), *, id: str | None = None) -> None:
        self.choices = tuple(choices)
        """Every choice, in order."""
        self.ticked: set[str] = set(ticked)
        """The choices ticked."""
        super().__init__(*[Option(self._prompt(choice), id=choice) for choice in self.choices], id=id, compact=True)

    @property
    def selected(self) -> list[str]:
        """The ticked choices, in the list's order."""
        return [choice for choice in self.choices if choice in self.ticked]

    def select(self, choice: str) -> None:
        """Tick a choice."""
        self.ticked.add(choice)
        self.replace_option_prompt(choice, self._prompt(choice))

    def _prompt(self, choice: str) -> Content:
        mark = ("[x] ", "$accent bold") if choice in self.ticked else ("[ ] ", "$foreground-muted")
        return Content.assemble(mark, choice)

    def action_tick(self) -> None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        self.ticked ^= {option.id}
        self.replace_option_prompt(option.id, self._prompt(option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_tick()
