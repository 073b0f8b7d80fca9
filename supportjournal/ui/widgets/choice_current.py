"""The closed look of a ``Choice``: its value and arrow drawn by one widget, not a row of three."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.content import Content
from textual.geometry import Size
from textual.widgets._select import NoSelection, SelectCurrent  # not exported by textual.widgets

DIM_STYLE = "$foreground 50%"
"""As Select's ``.arrow``, and its label while nothing is chosen."""


class ChoiceCurrent(SelectCurrent):
    """Select's ``SelectCurrent`` (same CSS, click and ``Toggle``), drawing its label and arrow itself."""

    def compose(self) -> ComposeResult:
        yield from ()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1  # one line, as the row of Statics it stands in for (a container's height is its children's)

    def update(self, label: RenderableType | NoSelection) -> None:
        self.label = label
        self.has_value = not isinstance(label, NoSelection)
        self.refresh()

    def render(self) -> Content:
        if isinstance(self.label, NoSelection):
            text = Content.styled(self.placeholder, DIM_STYLE)
        else:
            label = self.label
            text = Content.from_rich_text(label) if isinstance(label, Text) else Content(str(label))
        expanded = self.parent is not None and self.parent.has_class("-expanded")
        room = max(0, self.content_size.width - 2)
        return Content.assemble(text.truncate(room, pad=True), (" ▲" if expanded else " ▼", DIM_STYLE))
