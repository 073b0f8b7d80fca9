"""The Support Journal app: owns the database connection, the clock and the app-wide keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlite_utils import Database
from textual.app import App
from textual.binding import Binding
from textual.reactive import var

from supportjournal import store

Clock = Callable[[], datetime]


class SupportJournalApp(App[None]):
    """A calm, keyboard-driven journal for the support system that keeps you well."""

    CSS_PATH = "app.tcss"
    TITLE = "Support Journal"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
    ]

    revision: var[int] = var(0)
    """Bumped after every write, so every pane showing data reloads what it shows."""

    def __init__(self, db: Database, *, clock: Clock = datetime.now, demo: bool = False) -> None:
        super().__init__()
        self.db = db
        """The open journal; only touched from the app's own thread."""
        self.clock = clock
        """Where "now" comes from; tests fix it."""
        self.demo = demo
        """True when running on generated sample data."""
        theme = store.get_setting(db, "theme")
        if theme in self.available_themes:
            self.theme = theme

    @property
    def today(self) -> date:
        return self.clock().date()

    def data_changed(self) -> None:
        """Tell every pane that the database changed."""
        self.revision += 1

    def watch_theme(self, theme: str) -> None:
        if store.get_setting(self.db, "theme") != theme:
            store.set_setting(self.db, "theme", theme)

    def on_mount(self) -> None:
        from supportjournal.ui.screens.home import HomeScreen

        self.push_screen(HomeScreen())
