"""The one guard every store call from the UI goes through: a failed read or write is a calm message, never a crash."""

from __future__ import annotations

import errno
import functools
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from textual.app import App
from textual.message_pump import MessagePump

from supportjournal import store
from supportjournal.ui.render import clean

STORE_ERRORS = (sqlite3.Error, OSError, store.StoreError)
"""What a store call can raise when the file, the disk or another program gets in the way."""
KEEP_TYPED = "What you typed is still here; try again in a moment."
NOTHING_CHANGED = "Nothing was changed; try again in a moment."
NOTICE_SECONDS = 12
"""Long enough to read two sentences."""

BUSY = "the journal file is busy (another program has it locked)"
FULL = "the disk is full"
READ_ONLY = "the journal file can only be read just now, not written"
UNREACHABLE = "the journal file could not be read or written"
_BY_SQLITE_CODE = {
    sqlite3.SQLITE_BUSY: BUSY,
    sqlite3.SQLITE_LOCKED: BUSY,
    sqlite3.SQLITE_FULL: FULL,
    sqlite3.SQLITE_READONLY: READ_ONLY,
    sqlite3.SQLITE_PERM: READ_ONLY,
    sqlite3.SQLITE_AUTH: READ_ONLY,
    sqlite3.SQLITE_CONSTRAINT: "the journal refused the change as it stands",
    sqlite3.SQLITE_CORRUPT: "the journal file looks damaged (supportjournal doctor checks it)",
    sqlite3.SQLITE_NOTADB: "the journal file looks damaged (supportjournal doctor checks it)",
}
_BY_ERRNO = {
    errno.ENOSPC: FULL, errno.EDQUOT: FULL, errno.EROFS: READ_ONLY, errno.EACCES: READ_ONLY, errno.EPERM: READ_ONLY,
}
_read_notice_shown: weakref.WeakKeyDictionary[App[Any], float] = weakref.WeakKeyDictionary()
"""When each app last said a read failed: one notice at a time, not one per pane."""

Method = TypeVar("Method", bound=Callable[..., Any])


def what_happened(error: BaseException) -> str:
    """The cause of a failed store call in a few calm words.

    Never the error's own text for SQLite and OS errors (it can quote SQL or a path); a
    ``StoreError`` is already worded for the person.
    """
    if isinstance(error, store.StoreError):
        return clean(str(error))
    if isinstance(error, sqlite3.Error):
        # An extended code (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DIRECTORY...) keeps the primary in its low byte.
        return _BY_SQLITE_CODE.get((getattr(error, "sqlite_errorcode", None) or 0) & 0xFF, UNREACHABLE)
    if isinstance(error, OSError):
        return _BY_ERRNO.get(error.errno or 0, UNREACHABLE)
    return UNREACHABLE


@dataclass
class Attempt:
    """How a guarded block went."""

    failed: bool = False
    """A store call in the block raised; the rest of the block was skipped."""


@contextmanager
def saving(node: MessagePump, kept: str = KEEP_TYPED, *, notice: bool = True) -> Iterator[Attempt]:
    """Run a write; if the store fails, say what happened and skip the rest of the block.

    Put the write and everything that follows only from it (``data_changed()``, closing the form)
    inside the block, so a failed write announces nothing and the form stays open with its input.

    Args:
        node: The screen or widget writing (or the app).
        kept: What became of the person's input, in words.
        notice: Show the message (a retried autosave says it once, not on every retry).
    """
    attempt = Attempt()
    try:
        yield attempt
    except STORE_ERRORS as error:
        attempt.failed = True
        if notice:
            _app(node).notify(
                f"Couldn't save — {what_happened(error)}. {kept}",
                title="Not saved",
                severity="error",
                timeout=NOTICE_SECONDS,
                markup=False,
            )


@contextmanager
def reading(node: MessagePump) -> Iterator[Attempt]:
    """Run a read; if the store fails, say so (unless that notice is still showing) and skip the rest."""
    app = _app(node)
    attempt = Attempt()
    try:
        yield attempt
    except STORE_ERRORS as error:
        attempt.failed = True
        now = time.monotonic()
        if now - _read_notice_shown.get(app, -NOTICE_SECONDS) >= NOTICE_SECONDS:
            _read_notice_shown[app] = now
            app.notify(
                f"Couldn't read the journal — {what_happened(error)}. Nothing is lost; "
                "what you see may be out of date for a moment.",
                title="Not up to date",
                severity="warning",
                timeout=NOTICE_SECONDS,
                markup=False,
            )


def saves(kept: str = KEEP_TYPED) -> Callable[[Method], Method]:
    """Decorate a handler that writes: the whole handler runs inside ``saving``."""

    def decorate(method: Method) -> Method:
        @functools.wraps(method)
        def guarded(self: MessagePump, *args: Any, **kwargs: Any) -> Any:
            with saving(self, kept):
                return method(self, *args, **kwargs)
            return None

        return cast(Method, guarded)  # functools.wraps keeps the signature; its stubs return _Wrapped

    return decorate


def reads(method: Method) -> Method:
    """Decorate a handler that only reads (a pane's reload): the whole handler runs inside ``reading``."""

    @functools.wraps(method)
    def guarded(self: MessagePump, *args: Any, **kwargs: Any) -> Any:
        with reading(self):
            return method(self, *args, **kwargs)
        return None

    return cast(Method, guarded)  # functools.wraps keeps the signature; its stubs return _Wrapped


def _app(node: MessagePump) -> App[Any]:
    return node if isinstance(node, App) else node.app
