"""Every key of every screen, gathered from the bindings themselves so new keys show up on their own."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

import supportjournal.ui
from supportjournal.ui.commands import own_bindings


def keyed_classes() -> Iterator[type[DOMNode]]:
    """The app first, then every screen and widget of the ui package that has keys of its own."""
    classes: list[type[DOMNode]] = []
    for info in pkgutil.walk_packages(supportjournal.ui.__path__, "supportjournal.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, DOMNode)
                and cls.__module__ == module.__name__
                and not cls.__name__.startswith("_")
                and own_bindings(cls)
            ):
                classes.append(cls)
    classes.sort(key=lambda cls: (not issubclass(cls, App), cls.__module__, cls.__name__))
    return iter(classes)


def title_of(cls: type) -> str:
    """``MemberDetailScreen`` -> ``Member detail screen``; the app is "Everywhere"."""
    if issubclass(cls, App):
        return "Everywhere"
    words = re.findall(r"[A-Z][a-z]*|[a-z]+", cls.__name__)
    return " ".join([words[0], *(word.lower() for word in words[1:])]) if words else cls.__name__


def key_lines(app: App[object], cls: type) -> list[tuple[str, str]]:
    """``(keys, what they do)`` for a class, keys sharing one binding id joined by " / "."""
    rows: dict[str, tuple[list[str], str]] = {}
    for binding in own_bindings(cls):
        assert binding.id is not None
        keys, _ = rows.setdefault(binding.id, ([], binding.tooltip or binding.description))
        keys.append(app.get_key_display(binding))
    return [(" / ".join(keys), text) for keys, text in rows.values()]


def help_content(app: App[object]) -> Content:
    """The whole key list as one block of text."""
    blocks = []
    for cls in keyed_classes():
        lines = [Content.styled(title_of(cls), "bold $primary")]
        lines += [Content.assemble((f"  {keys:<16}", "bold"), what) for keys, what in key_lines(app, cls)]
        blocks.append(Content("\n").join(lines))
    palette = Content.assemble(("Command palette", "bold $primary"), "\n", ("  ctrl+p          ", "bold"),
                               "every action above, by name")
    return Content("\n\n").join([*blocks, palette])


class HelpScreen(ModalScreen[None]):
    """The keys of every screen; Escape or ? closes it."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close", id="help.close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog"):
            yield Static(Content.styled("Keys", "bold"), classes="dialog-title")
            yield Static(help_content(self.app), id="help-keys")

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss()

