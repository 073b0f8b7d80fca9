"""The lifeline's parts without a terminal: a vanished terminal never blocks writing; a stuck loop still saves and ends."""

from __future__ import annotations

import errno
import io
import signal
import subprocess
import sys
import threading

import pytest
from textual.drivers._writer_thread import MAX_QUEUED_WRITES, WriterThread

from supportjournal.ui.terminal import GuardedOutput

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and Textual's Linux driver")

BOUND = 10.0
"""Generous upper bound for work that takes milliseconds; only reached when something blocks for good."""


class VanishingTerminal(io.StringIO):
    """A terminal that takes one write, then hangs up: every later write fails with EIO."""

    def write(self, text: str) -> int:
        if self.getvalue():
            raise OSError(errno.EIO, "Input/output error")
        return super().write(text)


def test_writing_to_a_vanished_terminal_never_blocks_and_reports_the_loss_once():
    terminal = VanishingTerminal()
    lost: list[bool] = []
    writer = WriterThread(GuardedOutput(terminal, on_lost=lambda: lost.append(True)))  # type: ignore[arg-type]
    writer.start()

    def redraw_then_stop() -> None:
        for frame in range(MAX_QUEUED_WRITES * 4):
            writer.write(f"frame {frame}")
        writer.stop()

    app = threading.Thread(target=redraw_then_stop, daemon=True)
    app.start()
    app.join(BOUND)
    assert not app.is_alive(), "the app blocked on the writer's full queue"
    assert terminal.getvalue() == "frame 0"
    assert lost == [True]


STUCK_APP = """
import asyncio, queue, signal, threading
from supportjournal.ui.lifeline import Lifeline

def save():
    where = "on the main thread" if threading.current_thread() is threading.main_thread() else "elsewhere"
    print("saved", where, flush=True)  # flushed: the deadline's os._exit flushes nothing

async def main():
    Lifeline(save, quit=lambda: print("quit gracefully", flush=True)).install()
    frames = queue.Queue(1)
    frames.put("a frame nobody writes")  # textual#6692: the writer died, its queue is full
    # The signal lands on another thread (the kernel may choose any), once this one waits.
    threading.Timer(0.2, lambda: signal.pthread_kill(threading.get_ident(), signal.SIGTERM)).start()
    frames.put("the next frame")  # the event loop's thread waits here for good

asyncio.run(main())
"""


def test_sigterm_saves_on_the_main_thread_and_ends_even_while_the_event_loop_is_stuck():
    done = subprocess.run([sys.executable, "-c", STUCK_APP], capture_output=True, text=True, timeout=BOUND)
    assert done.stdout.splitlines() == ["saved on the main thread"]
    assert done.returncode == 128 + signal.SIGTERM
