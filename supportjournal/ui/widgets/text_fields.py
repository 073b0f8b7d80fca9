"""Inputs that show control characters in their text visibly, never sending them (``text_area`` for notes)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.suggester import Suggester
from textual.widgets import Input

from supportjournal.domain import names
from supportjournal.domain.text import visible


class SafeInput(Input):
    """An ``Input`` whose value (from the journal, or pasted) cannot drive the terminal.

    Textual draws an Input's value as it is, so a name holding ``ESC ] 2 ;`` would retitle the
    window when its editor opens. The value itself stays exactly as typed; only what is drawn
    changes, one character for one, so the cursor still stands where it should.
    """

    @property
    def _value(self) -> Text:  # Textual 8's one place that turns the value into what is drawn
        if self.password:
            return super()._value
        text = Text(visible(self.value, editing=True), no_wrap=True, overflow="ignore", end="")
        return self.highlighter(text) if self.highlighter is not None else text


class NameSuggester(Suggester):
    """Inline completion of a member's name by the one naming rule (``domain.names``).

    The completion is the first name the typed text begins (case and spacing folded as the rule
    folds them); → takes it, and what is taken then means that member by the same rule.
    """

    def __init__(self, member_names: Sequence[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)  # the rule folds; Textual's folding would differ
        self._names = list(member_names)

    async def get_suggestion(self, value: str) -> str | None:
        for name in names.named(self._names, value, str):
            # Shown as the rest after what was typed, so only a name that continues it letter for letter.
            if name.casefold().startswith(value.casefold()):
                return name
        return None
