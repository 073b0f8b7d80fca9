"""Textual's Linux driver, made to end the app like SIGHUP when its terminal vanishes instead of hanging."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Callable
from typing import IO, Any, Protocol, cast

from textual.app import App
from textual.drivers.linux_driver import LinuxDriver

from supportjournal.ui.lifeline import Lifeline

TERMINAL_GONE = (OSError, ValueError)
"""What writing to or reading from a hung-up terminal raises (EIO, EPIPE; ValueError once closed)."""
STARTING_POLL = 0.02
"""Seconds between looks whether start-up is over, when the app is told to end during it."""


class Saving(Protocol):
    """The app as the driver sees it: it saves what was typed (``SupportJournalApp.flush``)."""

    def flush(self) -> object: ...


def terminal_lost() -> None:
    """Treat a terminal that can no longer be read or written as the hang-up it is."""
    os.kill(os.getpid(), signal.SIGHUP)


class GuardedOutput:
    """The terminal as Textual's writer thread sees it: once writing fails, writes are dropped.

    Textual's writer thread dies on the first failed write, and every later write then waits
    forever on its full queue (textual#6692), the event loop with it.
    """

    def __init__(self, file: IO[str], on_lost: Callable[[], object] = terminal_lost) -> None:
        self._file = file
        self._on_lost = on_lost
        self._lost = False

    def write(self, text: str) -> None:
        self._guard(self._file.write, text)

    def flush(self) -> None:
        self._guard(self._file.flush)

    def fileno(self) -> int:
        return self._file.fileno()

    def _guard(self, call: Callable[..., object], *args: str) -> None:
        if self._lost:
            return
        try:
            call(*args)
        except TERMINAL_GONE:
            self._lost = True
            self._on_lost()


class LifelineDriver(LinuxDriver):
    """The Linux driver with a lifeline: SIGTERM, SIGHUP or a lost terminal save, then end the app."""

    def __init__(self, app: App[Any], **options: Any) -> None:
        super().__init__(app, **options)
        if self._file is not None:  # sys.__stderr__, None only when there is no terminal to guard
            # Textual types the file as TextIOWrapper; the writer thread only writes, flushes and asks fileno.
            self._file = GuardedOutput(self._file)  # type: ignore[assignment]
        self._lifeline = Lifeline(cast(Saving, app).flush, self._quit_once_started)
        self._lifeline.install()
        self._stopped = False
        """True between a SIGTSTP (ctrl+z) and the SIGCONT that resumes it."""
        self._suspending = False

    def _quit_once_started(self) -> None:
        # Once exit is asked for, Textual stops composing widgets yet still runs their on_mount, which
        # then finds nothing and crashes: an exit during start-up waits for every screen to be built.
        app = self._app
        if app._dom_ready and all(screen.is_mounted for screen in app.screen_stack):
            app.exit()
        else:
            asyncio.get_running_loop().call_later(STARTING_POLL, self._quit_once_started)

    def _sigtstp_application(self, *args: Any) -> None:
        self._stopped = True
        super()._sigtstp_application(*args)

    def _sigcont_application(self, *args: Any) -> None:
        # A hang-up also sends SIGCONT; Textual would then restart on the dead terminal with a second
        # writer thread, while the first one's queue is full. Only a stop we made is resumed.
        if self._stopped:
            self._stopped = False
            super()._sigcont_application(*args)

    def run_input_thread(self) -> None:
        try:
            super().run_input_thread()
        except OSError:  # EIO once hung up; Textual would panic, printing a traceback to nowhere
            terminal_lost()

    def suspend_application_mode(self) -> None:
        self._suspending = True
        try:
            super().suspend_application_mode()
        finally:
            self._suspending = False

    def close(self) -> None:
        super().close()
        if not self._suspending:  # a suspended app still needs its lifeline when it comes back
            self._lifeline.uninstall()
