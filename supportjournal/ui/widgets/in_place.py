"""Widgets updated in place: after a write, only what changed is drawn again (and laid out again)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from textual.content import Content
from textual.visual import VisualType
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

Row = tuple[Hashable, Option]
"""What a row shows, as data that compares equal when the row would look the same, and the row itself."""


def content_key(content: Content) -> Hashable:
    """A row's look for a ``Content`` prompt: its text and its styles (``Content`` compares its text only)."""
    return content.plain, tuple(content.spans)


def update(static: Static, content: VisualType) -> None:
    """``static.update(content)`` unless it shows that already: each update lays the whole screen out again.

    Every pane reloads after every write; most of what they show (the header, a pane's key or notes) is the same.
    """
    shown = static.content
    if type(shown) is type(content) and _look(shown) == _look(content):
        return
    static.update(content)


def _look(content: VisualType) -> object:
    return content_key(content) if isinstance(content, Content) else content


class RowsList(OptionList):
    """An ``OptionList`` filled by ``show_rows``, which leaves alone the rows that have not changed.

    ``set_options`` makes every row anew, so each is measured and drawn again (a Rich table per row in the
    self-care and reciprocity lists) after every write anywhere, though most writes change none of them.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown_rows: list[tuple[str | None, bool, Hashable]] = []

    def show_rows(self, rows: Sequence[Row]) -> None:
        """Show these rows: nothing is redrawn if none changed, only the changed ones if the same ids are shown.

        A rebuild (ids added, removed or reordered) leaves nothing highlighted, as ``set_options`` does.
        """
        shown = [(option.id, option.disabled, key) for key, option in rows]
        before = self._shown_rows
        self._shown_rows = shown
        if shown == before:
            return
        if [row[:2] for row in shown] == [row[:2] for row in before] and all(row[0] for row in shown):
            for (_, option), now, then in zip(rows, shown, before):
                if now != then and option.id:
                    self.replace_option_prompt(option.id, option.prompt)
            return
        self.set_options(option for _, option in rows)
