"""What a running app shows, as plain text: the terminal's cells, row by row."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App
from textual.content import Content
from textual.widgets import Static


def screen_text(app: App[object]) -> str:
    """The text of every cell on screen (the screens below a modal included), as a terminal shows it."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True, color_system=None,
                      force_terminal=True, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


def static_text(widget: Static) -> str:
    """The plain text a ``Static`` holds, scrolled into view or not."""
    content = widget.content
    return content.plain if isinstance(content, Content) else str(content)
