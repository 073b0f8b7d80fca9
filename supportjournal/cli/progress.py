"""A progress bar for long jobs: on a terminal only, and only once a job has run for a second."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import click
from click._termui_impl import ProgressBar  # the type click.progressbar returns; click exports no name for it

from supportjournal.portability.jobs import Progress, no_progress

SHOW_AFTER_SECONDS = 1.0
"""A job quicker than this shows no bar at all: a flash of one would only be noise."""


@contextmanager
def progress_bar(label: str) -> Iterator[Progress]:
    """A ``progress(done, total)`` callback drawing a bar on stderr; nothing when stderr is piped.

    The bar goes to stderr so that an export written to stdout stays exactly the file.
    """
    stream = sys.stderr
    if not stream.isatty():
        yield no_progress
        return
    started = time.monotonic()
    bar: ProgressBar[int] | None = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            if time.monotonic() - started < SHOW_AFTER_SECONDS:
                return
            bar = click.progressbar(length=total, label=label, file=stream)
        bar.update(done - bar.pos)

    try:
        yield update
    finally:
        if bar is not None:
            bar.render_finish()
