"""Input and TextArea that show control characters in their text visibly, never sending them."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Input, TextArea

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


class SafeTextArea(TextArea):
    """A ``TextArea`` (notes, the journal) whose lines are drawn with control characters shown."""

    def get_line(self, line_index: int) -> Text:
        """The line as drawn: one visible character for each character of the document."""
        line = visible(self.document.get_line(line_index), editing=True)
        return Text(line, end="", no_wrap=True)
