"""Every key of every screen, under the names a person sees; gathered from the bindings so new keys show up."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

import supportjournal.ui
from supportjournal.ui.commands import EVERYWHERE, OTHER, SECTIONS, bindings_by_id, section_of

KEYS_WIDTH = 20
"""Cells for the keys column."""
NOT_BINDINGS = {
    EVERYWHERE: [("ctrl+p", "The command palette: every action by name")],
    "Check-in": [("1 … 9, 0", "Your mood (0 is 10)")],
    "Forms": [("space", "Tick or untick the highlighted choice")],
    "Safety plan": [("→", "Complete a member's name (steps 3 to 5)")],
}
"""Keys that no binding of ours declares: the palette is Textual's, the mood digits are the picker's, space is
the tick list's (Textual's ``SelectionList``), → is the name completion's (Textual's ``Input`` suggester)."""


def keyed_classes() -> Iterator[type[DOMNode]]:
    """The app first, then every screen and widget of the ui package that has keys of its own."""
    classes: list[type[DOMNode]] = []
    for info in pkgutil.walk_packages(supportjournal.ui.__path__, "supportjournal.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, DOMNode) and cls.__module__ == module.__name__ and bindings_by_id(cls):
                classes.append(cls)
    classes.sort(key=lambda cls: (not issubclass(cls, App), cls.__module__, cls.__name__))
    return iter(classes)


def help_sections(app: App[object]) -> dict[str, list[tuple[str, str]]]:
    """``{place: [(keys, what they do)]}`` in ``SECTIONS`` order, each binding id once, its keys joined by " / "."""
    sections: dict[str, list[tuple[str, str]]] = {name: [] for name in dict.fromkeys([*SECTIONS.values(), OTHER])}
    seen: set[str] = set()
    for cls in keyed_classes():
        for binding_id, bindings in bindings_by_id(cls).items():
            if binding_id in seen:
                continue
            seen.add(binding_id)
            keys = " / ".join(dict.fromkeys(app.get_key_display(binding) for binding in bindings))
            sections[section_of(binding_id)].append((keys, what_it_does(bindings[0])))
    for name, rows in NOT_BINDINGS.items():
        sections[name].extend(rows)
    return {name: rows for name, rows in sections.items() if rows}


def what_it_does(binding: Binding) -> str:
    """The tooltip where there is one (it says more), else the footer's word."""
    return binding.tooltip or binding.description


def help_content(app: App[object]) -> Content:
    """The whole key list as one block of text."""
    blocks = []
    for name, rows in help_sections(app).items():
        lines = [Content.styled(name, "bold $primary")]
        lines += [Content.assemble((f"  {keys:<{KEYS_WIDTH}}", "bold"), what) for keys, what in rows]
        blocks.append(Content("\n").join(lines))
    return Content("\n\n").join(blocks)


class HelpScreen(ModalScreen[None]):
    """The keys of every screen; Escape or ? closes it."""

    BINDINGS = [Binding("escape,question_mark,f1,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog"):
            yield Static(Content.assemble(("Keys", "bold"), ("   Escape closes · ↑ ↓ scroll", "$text-muted")),
                         classes="dialog-title")
            yield Static(help_content(self.app), id="help-keys")

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss()
