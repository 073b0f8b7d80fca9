"""Textual's ``Select``, its pop-up list made the first time it opens rather than with the form."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.widgets import Select
from textual.widgets._select import NoSelection, SelectCurrent, SelectOverlay  # not exported by textual.widgets

from supportjournal.ui.widgets.choice_current import ChoiceCurrent

Value = TypeVar("Value", bound=Hashable)


class Choice(Select[Value]):
    """A ``Select`` (same keys, look, value and ``Changed``) whose list of options is built when first opened.

    Most forms are saved without opening their choices; the list (an ``OptionList`` and its options, styled and
    mounted with the form) was a sixth of the cost of opening the member editor.
    """

    def compose(self) -> ComposeResult:
        yield ChoiceCurrent(self.prompt)

    def _overlay(self) -> SelectOverlay | None:
        return next(iter(self.query_children(SelectOverlay)), None)

    async def _make_overlay(self) -> None:
        """Mount the list with its options before it opens (Select's own code then shows and highlights it)."""
        if self._overlay() is None:
            overlay = SelectOverlay(type_to_search=self._type_to_search)
            overlay.compact = self.compact  # as compact as the choice (Select binds it; ours is set once)
            await self.mount(overlay)
            super()._setup_options_renderables()

    def _setup_options_renderables(self) -> None:
        if self._overlay() is not None:
            super()._setup_options_renderables()

    def _watch_value(self, value: Value | NoSelection) -> None:
        if self._overlay() is not None:
            super()._watch_value(value)
            return
        # Select's, less the list's highlight, which ``_watch_expanded`` sets when it opens.
        self._value = value
        current = next(iter(self.query_children(SelectCurrent)), None)
        if current is None:
            return
        prompt = next((prompt for prompt, option in self._options if option == value), None)
        current.update(self.NULL if value == self.NULL or prompt is None else prompt)
        self.post_message(self.Changed(self, value))

    def _watch_expanded(self, expanded: bool) -> None:
        super()._watch_expanded(expanded)
        for current in self.query_children(ChoiceCurrent):
            current.refresh()  # its arrow turns (Select's swapped two arrow widgets)

    def action_show_overlay(self) -> None:
        if self._overlay() is None:
            self.call_later(self._open_made_list)  # mounting is awaited, an action of Select's is not
        else:
            super().action_show_overlay()

    async def _open_made_list(self) -> None:
        await self._make_overlay()
        super().action_show_overlay()

    @on(SelectCurrent.Toggle)
    async def _make_overlay_on_click(self) -> None:
        # Runs before Select's own handler, which then opens the list.
        await self._make_overlay()
