"""What screens and widgets may ask of the app, typed: the journal file, the clock and "the data changed"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol, cast

from textual import events
from textual.message_pump import MessagePump
from textual.screen import Screen

from supportjournal.store import Queries

Clock = Callable[[], datetime]
"""Where "now" comes from; tests pass a fixed one."""


class JournalApp(Protocol):
    """The app as screens and widgets see it (ui/app.py imports every screen, so they can't import it back)."""

    db: Queries
    """The open journal; only touched from the app's own thread."""
    clock: Clock
    """Where "now" comes from."""
    demo: bool
    """True when running on generated sample data."""
    exiting: bool
    """True once quitting has begun."""
    flush_callbacks: list[Callable[[], object]]
    """Savers of unsaved text, run on exit, SIGTERM and SIGHUP; one returns ``False`` if it could not save."""

    @property
    def today(self) -> date:
        """The clock's date."""
        ...

    def data_changed(self) -> None:
        """Tell every pane that the database changed (whoever writes, announces)."""
        ...


class JournalNode(MessagePump):
    """A screen or widget of this app: ``self.journal`` is the app, typed (put it first among the bases)."""

    @property
    def journal(self) -> JournalApp:
        # The one unchecked step: ui/app.py proves (for mypy) that SupportJournalApp is a JournalApp.
        return cast(JournalApp, self.app)

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Textual's own handler (this class comes first). A screen shown for the first time was styled
        # as it was mounted, a moment ago; Textual would style every widget of it again (half of opening a form).
        if isinstance(self, Screen) and not self.stack_updates:
            event.refresh_styles = False

    def _on_unmount(self) -> None:
        """Let go of what this node and the closed widgets watch on the app (``self.watch(self.app, ...)``).

        Textual drops a closed node's watcher only when the watched value next changes, so until the next write
        (or theme) every screen opened and closed stayed in memory with all its widgets, and each garbage
        collection of the growing heap took longer: a tenth of the time of opening screens through a pilot.
        """
        for watchers in getattr(self.app, "__watchers", {}).values():  # Textual's own lists (textual/reactive.py)
            watchers[:] = [(node, callback) for node, callback in watchers if node is not self and not node._closing]
