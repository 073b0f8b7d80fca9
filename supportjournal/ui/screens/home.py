"""The home screen: the network map, today's self-care and the reciprocity ledger at once."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static


class HomeScreen(Screen[None]):
    """The whole support system at a glance."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            yield Static("Network", id="network")
            with Vertical(id="right"):
                yield Static("Self-care", id="selfcare")
                yield Static("Reciprocity", id="ledger")
        yield Footer()
