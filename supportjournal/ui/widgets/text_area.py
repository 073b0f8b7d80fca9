"""The TextArea of notes and the journal, with control characters shown; apart from ``text_fields`` because
importing Textual's TextArea costs the home screen's start-up 7-18 ms, and only forms and the journal use it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import TextArea

from supportjournal.domain.text import visible


class SafeTextArea(TextArea):
    """A ``TextArea`` (notes, the journal) whose lines are drawn with control characters shown."""

    def get_line(self, line_index: int) -> Text:
        """The line as drawn: one visible character for each character of the document."""
        line = visible(self.document.get_line(line_index), editing=True)
        return Text(line, end="", no_wrap=True)
