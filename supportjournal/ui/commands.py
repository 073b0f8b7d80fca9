"""The command palette's actions: every key binding with an id, on the app and the current screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

OUR_PACKAGE = "supportjournal."


def own_bindings(cls: type) -> list[Binding]:
    """The bindings with an id that our classes in ``cls``'s ancestry declare, nearest first."""
    found: list[Binding] = []
    for klass in cls.__mro__:
        if not klass.__module__.startswith(OUR_PACKAGE):
            continue
        for binding in Binding.make_bindings(klass.__dict__.get("BINDINGS", [])):
            if binding.id and all(binding.id != other.id for other in found):
                found.append(binding)
    return found


@dataclass(frozen=True)
class Command:
    """One action the palette offers; its id is its key binding's id."""

    id: str
    title: str
    help: str
    run: Callable[[], object]


def commands_for(screen: DOMNode) -> Iterator[Command]:
    """The app's actions and those of the screen and every widget on it, once per binding id."""
    app = screen.app
    seen: set[str] = set()
    for node in (app, screen, *screen.walk_children()):
        for binding in own_bindings(type(node)):
            assert binding.id is not None
            action_name, *_ = binding.action.partition("(")
            if binding.id in seen or node.check_action(action_name, ()) is False:
                continue
            seen.add(binding.id)
            key = app.get_key_display(binding)
            help_text = f"{binding.tooltip} · key {key}" if binding.tooltip else f"key {key}"
            yield Command(binding.id, binding.description or binding.id, help_text, partial(node.run_action, binding.action))


class ActionCommands(Provider):
    """Offers every keyed action of the screen in view, named as in the footer."""

    async def discover(self) -> Hits:
        for command in commands_for(self.screen):
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in commands_for(self.screen):
            score = matcher.match(f"{command.title} {command.help}")
            if score > 0:
                yield Hit(score, matcher.highlight(command.title), command.run, help=command.help)
