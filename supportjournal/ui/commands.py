"""Key bindings by the place a person sees them in, and the palette that offers each action once by name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen
from textual.widget import Widget

OUR_PACKAGE = "supportjournal."
EVERYWHERE = "Everywhere"
OTHER = "Other keys"
SECTIONS = {
    "": EVERYWHERE,
    "pane": "Home",
    "member": "Network",
    "members": "Network",
    "selfcare": "Self-care",
    "ledger": "Reciprocity",
    "journal": "Journal",
    "detail": "Member details",
    "archived": "Archive",
    "checkin": "Check-in",
    "mood": "Check-in",
    "form": "Forms",
    "ticks": "Forms",
    "confirm": "Forms",
    "welcome": "Welcome",
    "insights": "Insights",
    "gethelp": "Get help",
    "plan": "Safety plan",
    "lines": "Crisis lines",
    "note": "Home",
    "review": "Weekly review",
    "summary": "Support summary",
}
"""Where each binding id's prefix (before the dot) belongs, named as the screen or pane is; in help's order."""


def section_of(binding_id: str) -> str:
    """The name of the place a binding id belongs to; an id without a dot is the app's, which works everywhere."""
    prefix = binding_id.partition(".")[0] if "." in binding_id else ""
    return SECTIONS.get(prefix, OTHER)  # a new prefix must not break help; a test keeps OTHER empty


def bindings_by_id(cls: type) -> dict[str, list[Binding]]:
    """Every binding with an id that our classes in ``cls``'s ancestry declare, nearest first, all keys of each id."""
    found: dict[str, list[Binding]] = {}
    for klass in cls.__mro__:
        if not klass.__module__.startswith(OUR_PACKAGE):
            continue
        own: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(klass.__dict__.get("BINDINGS", [])):
            if binding.id and binding.id not in found:  # a subclass's binding replaces its parent's
                own.setdefault(binding.id, []).append(binding)
        found.update(own)
    return found


def own_bindings(cls: type) -> list[Binding]:
    """The first binding of each id that our classes in ``cls``'s ancestry declare, nearest first."""
    return [bindings[0] for bindings in bindings_by_id(cls).values()]


@dataclass(frozen=True)
class Command:
    """One action the palette offers; its id is its key binding's id."""

    id: str
    title: str
    help: str
    run: Callable[[], object]


def commands_for(screen: Screen[object]) -> Iterator[Command]:
    """The app's actions and those of the screen and every widget on it, once per binding id.

    Titles carry their place ("Self-care: Add", "Network: Add"), so no two read the same.
    """
    app = screen.app
    seen: set[str] = set()
    nodes: list[App[object] | Widget] = [app, screen, *screen.walk_children(Widget)]
    for node in nodes:
        for binding_id, bindings in bindings_by_id(type(node)).items():
            binding = bindings[0]
            action_name, *_ = binding.action.partition("(")
            if binding_id in seen or node.check_action(action_name, ()) is False:
                continue
            seen.add(binding_id)
            keys = " / ".join(app.get_key_display(each) for each in bindings)
            help_text = f"{binding.tooltip} · key {keys}" if binding.tooltip else f"key {keys}"
            section = section_of(binding_id)
            name = binding.description or binding_id
            title = name if section == EVERYWHERE else f"{section}: {name}"
            yield Command(binding_id, title, help_text, partial(node.run_action, binding.action))


class ActionCommands(Provider):
    """Offers every keyed action of the screen in view, named by its place and as in the footer."""

    async def discover(self) -> Hits:
        for command in commands_for(self.screen):
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in commands_for(self.screen):
            score = matcher.match(f"{command.title} {command.help}")
            if score > 0:
                yield Hit(score, matcher.highlight(command.title), command.run, help=command.help)
