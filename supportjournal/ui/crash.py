"""What the app prints if it ever crashes: the error's type and where it happened, never what was typed."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text
from rich.traceback import Trace, Traceback

HEADLINE = "Support Journal stopped after an unexpected error. What is below shows only where it happened."
WITHHELD = "(message left out: it could quote your journal)"


def crash_report(error: BaseException | None) -> RenderableType:
    """A traceback with no local variables and no exception messages (either can hold user text).

    Args:
        error: The exception that ended the app, its causes and contexts included.
    """
    if error is None:
        return Text(HEADLINE)
    trace = Traceback.extract(type(error), error, error.__traceback__, show_locals=False)
    _withhold(trace)
    return Group(Text(HEADLINE), Traceback(trace, show_locals=False, width=None, extra_lines=1))


def _withhold(trace: Trace) -> None:
    """Drop from ``trace`` everything that comes from data rather than from the code."""
    for stack in trace.stacks:
        stack.exc_value = WITHHELD
        stack.syntax_error = None
        stack.notes = []
        for frame in stack.frames:
            frame.locals = None
        for inner in stack.exceptions:
            _withhold(inner)
