"""SIGTERM, SIGHUP or a vanished terminal: save what was typed, then end within two seconds, whatever state the app is in."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

SIGNALS = (signal.SIGTERM, signal.SIGHUP)
Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None
"""What ``signal.signal`` returns and takes back (``None``: a handler not set from Python)."""
WAKE = 0.1
"""Seconds the main thread has to notice a signal before it is poked (it got to another thread)."""
STUCK = 0.6
"""Seconds the event loop has to save; after that it is taken as stuck and the signal handler saves."""
GRACE = 1.5
"""Seconds from the first signal until the process ends, gracefully or not."""
LAST_WRITE = 0.3
"""Seconds a save still running at the deadline gets to finish before the process ends anyway."""


class Lifeline:
    """Ends the app on SIGTERM or SIGHUP without relying on the event loop, saving first.

    The graceful way runs on the event loop: save, then quit. Three things do not depend on it:
    a watchdog thread woken through the signal wakeup fd (whichever thread the signal landed
    on), the Python signal handler on the main thread (it runs between two bytecodes, even
    inside a blocked lock wait), and ``os._exit`` at the deadline.
    """

    def __init__(self, save: Callable[[], object], quit: Callable[[], object]) -> None:
        self._save_all = save
        self._quit = quit
        self._loop = asyncio.get_running_loop()
        self._main = threading.main_thread().ident or 0
        self._asked = threading.Event()
        """Set once the main thread has seen the first signal and asked the loop to end the app."""
        self._saved = threading.Event()
        self._stuck = False
        """Set by the watchdog when the loop did not save in time: the handler then saves itself."""
        self._saving = threading.Lock()
        """Held while saving; the deadline waits a moment for it so no save is cut short."""
        self._previous: dict[int, Handler] = {}
        self._previous_fd = -1
        self._reader, self._writer = socket.socketpair()

    def install(self) -> None:
        """Take over SIGTERM and SIGHUP (from the main thread, before the terminal is used)."""
        if threading.current_thread() is not threading.main_thread():
            self._reader.close()  # signals can only be handled there; an app run elsewhere keeps the defaults
            self._writer.close()
            return
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in SIGNALS:
            self._previous[number] = signal.signal(number, self._on_signal)
        threading.Thread(target=self._watch, name="supportjournal-lifeline", daemon=True).start()

    def uninstall(self) -> None:
        """Give the signals back once the app has ended normally."""
        if not self._previous:
            return
        for number, handler in self._previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._previous.clear()
        if not self._asked.is_set():
            self._writer.send(b"\0")  # no signal is 0: the watchdog stops waiting and closes up

    def _on_signal(self, number: int, frame: object) -> None:
        if not self._asked.is_set():
            self._asked.set()
            try:
                self._loop.call_soon_threadsafe(self._end)
            except RuntimeError:  # the loop has already closed: nothing else will save
                self._save()
        if self._stuck:
            self._save()

    def _end(self) -> None:
        self._save()
        self._quit()

    def _save(self) -> None:
        # A non-blocking acquire, so a handler that interrupts a save in progress leaves it be.
        if self._saved.is_set() or not self._saving.acquire(blocking=False):
            return
        try:
            self._save_all()
        except Exception:  # noqa: BLE001 - the terminal is gone; nobody could be told, and ending matters more
            pass
        finally:
            self._saved.set()
            self._saving.release()

    def _watch(self) -> None:
        number = self._wait_for_signal()
        if not number:  # given back: the wakeup fd no longer points at the pair, so it can close
            self._reader.close()
            self._writer.close()
            return
        deadline = time.monotonic() + GRACE
        if not self._asked.wait(WAKE):
            signal.pthread_kill(self._main, number)  # interrupts a wait the signal did not reach
        if not self._saved.wait(STUCK):
            self._stuck = True
            signal.pthread_kill(self._main, number)
        time.sleep(max(0.0, deadline - time.monotonic()))
        self._saving.acquire(timeout=LAST_WRITE)
        os._exit(128 + number)

    def _wait_for_signal(self) -> int:
        """Block until SIGTERM or SIGHUP arrives (its number) or the lifeline is given back (0)."""
        while True:
            for number in self._reader.recv(64):
                if number in SIGNALS or number == 0:
                    return number
