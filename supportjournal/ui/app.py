"""The Support Journal app: owns the database connection, the clock and the app-wide keys."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from datetime import date, datetime

from rich.console import RenderableType
from textual import events
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.dom import DOMNode
from textual.driver import Driver
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.reactive import var
from textual.screen import ModalScreen, Screen

from supportjournal import store
from supportjournal.domain.text import visible
from supportjournal.ui.commands import ActionCommands, bindings_by_id
from supportjournal.ui.context import Clock, JournalApp
from supportjournal.ui.guard import STORE_ERRORS, reading, saving
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.styles_cache import release_closed_screens

# Start-up cost: every screen but home, and what only they need (the crash report's rich.traceback, export
# and import with vobject, the journal's markdown-it), is imported where it is first used, in the method
# that opens it; importing them all here cost about 200 ms of CPU before the first home screen.

BUSY_WAIT_MS = 3_000
"""How long a write from the app waits for another program's lock; the screen is still meanwhile,
so it is shorter than the command line's wait, and the guard then says the file is busy."""
IDLE_KEY_SECONDS = 3.0
"""How long the notice for a key that does nothing stays; keys typed meanwhile add no second one."""
POLL_SECONDS = 1.5
"""How often the app looks whether another copy of it (or the command line) wrote to the file."""
THEME_KEPT = "The theme is changed for now, but not remembered for next time."
UNSAVED_AT_QUIT = (
    "Your journal entry isn't saved yet, so the app is still open; it is saved on its own as soon as "
    "the file can be written. Quit again to leave without it."
)


class SupportJournalApp(App[None]):
    """A calm, keyboard-driven journal for the support system that keeps you well."""

    CSS_PATH = "app.tcss"
    TITLE = "Support Journal"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {ActionCommands}

    BINDINGS = [
        # Shown in the footer by the home screen only, so every screen's footer fits 80 columns.
        Binding("q", "quit", "Quit", id="quit", show=False),
        Binding("c", "checkin", "Check-in", id="checkin", show=False),
        Binding("j", "journal", "Journal", id="journal", show=False),
        Binding("question_mark,f1", "help", "Keys", id="help", tooltip="Every key of every screen (f1 while typing)"),
        Binding("r", "review", "Weekly review", id="review", show=False),
        Binding("R", "summary", "Support summary", id="summary", show=False,
                tooltip="Who gives each kind of support, the gaps and what could help"),
        Binding("i", "insights", "Insights", id="insights", show=False,
                tooltip="Mood over time, a year of self-care, the people in touch, what went together"),
        # Priority, so both keys reach get help from every screen, modals included (whose bindings
        # otherwise stop the app's); ! still types in a text field, which Textual leaves the key to.
        Binding(
            "exclamation_mark,ctrl+g", "get_help", "Get help", id="get_help", show=False, priority=True,
            tooltip="Get help now (ctrl+g while typing)",
        ),
    ]

    revision: var[int] = var(0)
    """Bumped after every write, so every pane showing data reloads what it shows."""

    def __init__(
        self, db: store.Queries, *, clock: Clock = datetime.now, demo: bool = False, daily_backup: bool = False
    ) -> None:
        super().__init__()
        # What is imported by now (Textual, the store, the home screen: most of the heap) lives as long as the
        # app; frozen, the garbage collector stops walking it on every full collection, each of which took
        # 60-130 ms on opening screens later. Once per process: a later app (the tests make hundreds) would
        # freeze the garbage of the ones before it for good.
        self.first_in_process = not gc.get_freeze_count()
        """Nothing was frozen yet: this app's start-up also runs without the collector (``on_mount``)."""
        if self.first_in_process:
            gc.freeze()
        self.db = db
        """The open journal; only touched from the app's own thread."""
        self.clock = clock
        """Where "now" comes from; tests fix it."""
        self.demo = demo
        """True when running on generated sample data."""
        self.daily_backup = daily_backup
        """Write the day's automatic backup beside the journal on opening (off for tests and the demo)."""
        self.exiting = False
        """True once quitting has begun; keys still in flight after ``q`` then do nothing."""
        self.flush_callbacks: list[Callable[[], object]] = []
        """Savers of unsaved text (the journal), run on exit, SIGTERM and SIGHUP."""
        self.idle_key_said_at = -IDLE_KEY_SECONDS
        """When a key that does nothing was last pointed out: one notice at a time, not one per key typed."""
        self.warned_unsaved = False
        """Quitting was refused once because typed text couldn't be saved; the next quit leaves anyway."""
        self.data_version: int | None = None
        """The file's data version at the last look; when it moves, another program wrote."""
        store.set_busy_timeout(db, BUSY_WAIT_MS)
        with suppress(*STORE_ERRORS):  # a busy file must not stop the app opening; the theme is a nicety
            self.data_version = store.data_version(db)
            theme = store.get_setting(db, "theme")
            if theme in self.available_themes:
                self.theme = theme

    @property
    def today(self) -> date:
        return self.clock().date()

    def data_changed(self) -> None:
        """Tell every pane that the database changed."""
        self.revision += 1

    def notice_other_writes(self) -> None:
        """If another copy of the app (or the command line) wrote to the file, show it here too."""
        with reading(self):
            version = store.data_version(self.db)
            if version != self.data_version:
                self.data_version = version
                self.data_changed()

    def _fatal_error(self) -> None:
        """End the app after an unexpected error, reporting only the error's type and where it was.

        Textual's own report lists every frame's local variables and the error's message, which
        can hold journal text and notes (its ``_handle_exception`` calls this from inside the
        ``except`` block, so the error is in ``sys.exc_info()``).
        """
        from supportjournal.ui.crash import crash_report  # start-up cost: see the imports

        self.bell()
        self.panic(crash_report(sys.exc_info()[1] or self._exception))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        # Every toast passes here (a widget's notify calls the app's), often with a name in it.
        message, title = visible(message, keep_lines=True), visible(title)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def exit(self, result: None = None, return_code: int = 0, message: RenderableType | None = None) -> None:
        self.exiting = True
        super().exit(result, return_code, message)

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        # Keys typed in one burst with q ("qa") would otherwise open a form on a closing app.
        if self.exiting:
            return False
        return await super().run_action(action, default_namespace, namespaces)

    def update_styles(self, node: DOMNode, animate: bool = True) -> None:
        # A widget not mounted yet is styled once, when it is mounted; Textual styled it at once as well, for each
        # class it got while being built (a compact field, a button's variant), for nothing.
        if node.is_attached:
            super().update_styles(node, animate)

    def watch_theme(self, theme: str) -> None:
        with saving(self, THEME_KEPT):
            if store.get_setting(self.db, "theme") != theme:
                store.set_setting(self.db, "theme", theme)

    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, release_closed_screens)
        if self.first_in_process:
            # Building the home screen makes tens of thousands of objects that live as long as the app, and the
            # collector walked them over and over while they were made (a tenth of the start's CPU). It is off
            # until the first frame is drawn; they then join the frozen heap, as the imports did.
            gc.disable()
            self.call_after_refresh(self._collect_again)
        self.push_screen(HomeScreen())
        self.set_interval(POLL_SECONDS, self.notice_other_writes)
        if self.daily_backup:
            # Start-up cost (see the imports): the backup's modules load only for the person's own journal, never
            # for the demo or a test's app.
            from supportjournal.portability.backup import database_path
            from supportjournal.ui.portability import start_daily_backup

            start_daily_backup(self, database_path(self.db), self.today)
        welcome = False
        with reading(self):
            welcome = store.should_welcome(self.db)
        if welcome:
            from supportjournal.ui.screens.welcome import WelcomeScreen  # start-up cost: see the imports

            self.push_screen(WelcomeScreen())

    def action_help(self) -> None:
        from supportjournal.ui.screens.help import HelpScreen  # start-up cost: see the imports

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Our own Quit (which saves first) and Keys stand in the palette; Textual's would be second copies.
        yield from (command for command in super().get_system_commands(screen) if command.title not in ("Quit", "Keys"))
        from supportjournal.ui.portability import transfer_commands  # start-up cost: see the imports

        yield from transfer_commands(self, self.db, self.clock)
        if "insights.summary" not in bindings_by_id(type(screen)):  # insights offers it already, on its own key
            yield SystemCommand(
                "Write a summary to share", "Mood, check-ins, self-care and support for a therapist; private text left out",
                self.action_summary_form,
            )

    def action_summary_form(self) -> None:
        """The summary for a therapist, from any screen's palette."""
        from supportjournal.ui.screens.summary_form import SummaryForm  # start-up cost: see the imports

        if not isinstance(self.screen, SummaryForm):
            self.push_screen(SummaryForm())

    def on_key(self, event: events.Key) -> None:
        """A character key that reached the app unused (no binding, or one that can't act now) says so."""
        if not event.is_printable or self.exiting:
            return
        active = self.screen.active_bindings.get(event.key)
        if active is None or not active.enabled:
            now = time.monotonic()
            if now - self.idle_key_said_at < IDLE_KEY_SECONDS:
                return
            self.idle_key_said_at = now
            key = "space" if event.key == "space" else event.character
            self.notify(f"{key} does nothing here just now. ? lists every key.", timeout=IDLE_KEY_SECONDS, markup=False)

    def action_get_help(self) -> None:
        from supportjournal.ui.screens.get_help import GetHelpScreen  # start-up cost: see the imports

        if not isinstance(self.screen, GetHelpScreen):
            self.push_screen(GetHelpScreen())

    def action_checkin(self) -> None:
        from supportjournal.ui.screens.checkin import CheckInScreen  # start-up cost: see the imports

        if not isinstance(self.screen, CheckInScreen):
            self.push_screen(CheckInScreen())

    def action_review(self) -> None:
        from supportjournal.ui.screens.review import ReviewScreen  # start-up cost: see the imports

        if not isinstance(self.screen, (ReviewScreen, ModalScreen)):
            self.push_screen(ReviewScreen())

    def action_summary(self) -> None:
        from supportjournal.ui.screens.review import SummaryScreen  # start-up cost: see the imports

        if not isinstance(self.screen, (SummaryScreen, ModalScreen)):
            self.push_screen(SummaryScreen())

    def action_journal(self) -> None:
        from supportjournal.ui.screens.journal import JournalScreen  # start-up cost: see the imports

        if not isinstance(self.screen, (JournalScreen, ModalScreen)):
            self.push_screen(JournalScreen())

    def action_insights(self) -> None:
        from supportjournal.ui.screens.insights import InsightsScreen  # start-up cost: see the imports

        if not isinstance(self.screen, (InsightsScreen, ModalScreen)):
            self.push_screen(InsightsScreen())

    def flush(self) -> bool:
        """Save whatever is typed but not yet saved, by running every flush callback; True if all is saved."""
        results = [callback() for callback in list(self.flush_callbacks)]
        return all(result is not False for result in results)

    async def action_quit(self) -> None:
        """Quit once what was typed is saved; if it can't be, stay open and say so, once."""
        if self.flush() or self.warned_unsaved:
            self.exit()
            return
        self.warned_unsaved = True
        self.notify(UNSAVED_AT_QUIT, title="Still open", severity="warning", timeout=12, markup=False)

    def get_driver_class(self) -> type[Driver]:
        """On POSIX, a driver that saves and ends the app on SIGTERM, SIGHUP or a lost terminal."""
        driver = super().get_driver_class()
        if driver.__name__ != "LinuxDriver":  # Windows, or another driver chosen by TEXTUAL_DRIVER
            return driver
        from supportjournal.ui.terminal import LifelineDriver  # here: it needs termios, which Windows lacks

        return LifelineDriver

    def _collect_again(self) -> None:
        gc.freeze()
        gc.enable()

    def on_unmount(self) -> None:
        gc.enable()  # in case the app closed before its first frame
        self.flush()

    async def _close_all(self) -> None:
        # Quitting closes every screen. Textual first moved each screen's focus to another of its widgets, being
        # closed too, and restyled the pane around it: half the time of quitting. What was typed is saved by the
        # flush callbacks (``action_quit``, ``on_unmount``), never by a blur.
        for screen in self.screen_stack:
            screen.focused = None
        await super()._close_all()


def _as_journal_app(app: SupportJournalApp) -> JournalApp:
    """Never called: mypy checks here that the app gives screens everything ``JournalApp`` promises."""
    return app
