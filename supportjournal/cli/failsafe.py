"""The command line's last defences: arguments that are not text, and errors nobody foresaw."""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from types import TracebackType

EXIT_UNEXPECTED = 70
"""The exit status of an error nobody foresaw (``EX_SOFTWARE``); errors in what was typed exit 1."""

PATH_OPTIONS = ("--db",)
"""Options whose value is a file name: any bytes the file system takes, so not checked as text."""


def is_text(value: str) -> bool:
    """False when ``value`` holds lone surrogates: Python's stand-ins for bytes that are not UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def undecodable_argument(args: Sequence[str]) -> str | None:
    """``argument 5 (after --note)``: the first argument that is not UTF-8 text, or None.

    SQLite cannot store such an argument and a terminal cannot show it, so it is refused before
    anything runs. Only its place and the option before it are named, never its bytes.
    """
    for index, arg in enumerate(args):
        previous = args[index - 1] if index else ""
        option, equals, _ = arg.partition("=")
        if is_text(arg) or previous in PATH_OPTIONS or option in PATH_OPTIONS:
            continue
        if equals and option.startswith("--") and is_text(option):
            return f"the value of {option} (argument {index + 1})"
        if previous.startswith("-") and is_text(previous):
            return f"argument {index + 1} (after {previous})"
        return f"argument {index + 1}"
    return None


def unexpected(error: BaseException, *, changed: bool) -> str:
    """One line for an error nobody foresaw: its type only, since its message may quote user text.

    Args:
        error: What went wrong.
        changed: The command had already changed the journal (each change is one transaction).
    """
    outcome = "what it changed was saved whole or not at all" if changed else "nothing was written"
    return f"unexpected {type(error).__name__}; {outcome}"


def _one_line(kind: type[BaseException], _error: BaseException | None, _tb: TracebackType | None) -> None:
    line = "Aborted!" if issubclass(kind, KeyboardInterrupt) else f"Error: unexpected {kind.__name__}"
    try:
        sys.stderr.write(line + "\n")
    except (OSError, ValueError, AttributeError):  # no terminal left to tell
        pass


def _thread_one_line(args: threading.ExceptHookArgs) -> None:
    _one_line(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthooks() -> None:
    """Whatever escapes, in any thread, prints one line naming its type: no traceback, locals or user text."""
    sys.excepthook = _one_line
    threading.excepthook = _thread_one_line
