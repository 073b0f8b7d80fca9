"""What every command shares: the journal it works on, the clock, and turning errors into one line."""

from __future__ import annotations

import functools
import gc
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from supportjournal import __version__
from supportjournal.cli.failsafe import EXIT_UNEXPECTED, install_excepthooks, undecodable_argument, unexpected
from supportjournal.cli.output import shown
from supportjournal.cli.passphrases import Ask, on_terminal, unlock_asking
from supportjournal.domain.dates import WhenError
from supportjournal.domain.validation import ValidationError
from supportjournal.paths import ENV_VAR, resolve_db_path
from supportjournal.store import LockedError, Queries, StoreError, as_database, open_plain_db

if TYPE_CHECKING:
    from sqlite_utils import Database

USER_ERRORS = (StoreError, ValidationError, WhenError)
"""Errors worded for the person typing the command: shown as one line, never a traceback."""


@dataclass
class Session:
    """The state of one command line: which journal, what time it is, the open connection."""

    db_option: str | None = None
    """The ``--db`` value, if one was given (the subcommand's wins over the group's)."""
    clock: Callable[[], datetime] = datetime.now
    """Where "now" comes from; tests pass a fixed clock as ``obj=Session(clock=...)``."""
    ask_passphrase: Ask = on_terminal
    """How an encrypted journal's passphrase is asked for: on the terminal, else not at all."""
    _db: Queries | None = field(default=None, repr=False)
    _changes_at_open: int = field(default=0, repr=False)
    _changed: bool = field(default=False, repr=False)

    @property
    def path(self) -> Path:
        return resolve_db_path(self.db_option)

    @property
    def explicit(self) -> bool:
        """True when the journal was named (``--db`` or ``$SUPPORTJOURNAL_DB``), not the default."""
        return self.db_option is not None or ENV_VAR in os.environ

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    @property
    def today(self) -> date:
        return self.clock().date()

    def open(self, *, create: bool = True, write: bool = True, upgrade: bool = True, ask: bool = True) -> Database:
        """The journal, opened on first use and closed when the command ends (options: ``open_db``).

        An encrypted journal whose key is not remembered asks for its passphrase first (unless
        ``ask`` is false: the app asks on its own screen), or raises ``LockedError``.
        """
        self._db = as_database(self.open_plain(create=create, write=write, upgrade=upgrade, ask=ask))
        return self._db

    def open_plain(self, *, create: bool = True, write: bool = True, upgrade: bool = True, ask: bool = True) -> Queries:
        """The journal for plain SQL, without sqlite-utils when it needs no migration (``open_plain_db``)."""
        if self._db is None:
            try:
                self._db = open_plain_db(self.path, create=create, write=write, upgrade=upgrade)
            except LockedError as locked:
                if not ask:
                    raise
                unlock_asking(locked.path, self.ask_passphrase)
                self._db = open_plain_db(self.path, create=create, write=write, upgrade=upgrade)
            self._changes_at_open = self._db.conn.total_changes
        return self._db

    @property
    def changed(self) -> bool:
        """True once this command has changed a row of the journal (committed or rolled back)."""
        if self._db is not None:
            self._changed = self._changed or self._db.conn.total_changes > self._changes_at_open
        return self._changed

    def close(self) -> None:
        if self._db is not None:
            self._changed = self.changed  # the count of changes goes with the connection
            self._db.close()
            self._db = None


def _remember_db(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:  # an empty --db is kept, to be refused, not taken for "no --db"
        ctx.ensure_object(Session).db_option = value


db_option = click.option(
    "--db",
    metavar="PATH",
    type=click.Path(),
    expose_value=False,
    callback=_remember_db,
    help=f"The journal file (default: ${ENV_VAR}, else your user data folder).",
)
"""``--db PATH``, accepted by the group and by every command after its name."""

version_option = click.version_option(__version__, prog_name="supportjournal")


def journal_command(
    group: click.Group | None = None, name: str | None = None, **settings: Any
) -> Callable[[Callable[..., Any]], click.Command]:
    """A command that takes ``--db`` and ``--version`` and is given the :class:`Session` first.

    Args:
        group: Register the command on this group (else it is added by the caller).
        name: The command's name (else the function's).
        settings: Passed on to ``click.command``.
    """
    make = group.command if group is not None else click.command

    def decorate(func: Callable[..., Any]) -> click.Command:
        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            return func(click.get_current_context().ensure_object(Session), *args, **kwargs)

        command = make(name, **settings)(db_option(version_option(run)))
        shared = [param for param in command.params if param.name in ("db", "version")]
        command.params = [param for param in command.params if param not in shared] + shared
        return command

    return decorate


def journal_group(name: str, help_text: str, short_help: str) -> click.Group:
    """A command group that takes ``--db`` and ``--version`` like every command."""

    def group() -> None:
        pass

    return click.group(name, help=help_text, short_help=short_help)(db_option(version_option(group)))


def one_line(message: object) -> str:
    """A message folded onto one line, with any control characters from user text defused."""
    return shown(" ".join(str(message).split()))


class JournalGroup(click.Group):
    """The top-level group: any error meant for the user becomes ``Error: …`` and exit code 1.

    Anything else becomes one line naming only the error's type, and exit code 70: no input can
    print a traceback, and every write is one transaction, so nothing is left half-written.

    Its commands are imported when they run or are listed (``lazy_commands``), so each loads only its own.
    """

    def __init__(self, *args: Any, lazy_commands: Mapping[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands or {})
        """Commands by name, as ``module:attribute``, not imported yet."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and (where := self.lazy_commands.get(cmd_name)) is not None:
            module, _, attribute = where.partition(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """The real program (tests call :meth:`main`): errors outside click print one line too."""
        install_excepthooks()
        try:
            return super().__call__(*args, **kwargs)
        finally:
            # The program ends here, its journal closed: Python's last collections would walk every object
            # it made (a tenth of a check-in's time) to free what exit frees anyway.
            gc.freeze()

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        session = extra.setdefault("obj", Session())
        try:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        except Exception as error:
            if not standalone_mode:
                raise
            changed = isinstance(session, Session) and session.changed
            try:
                click.echo(f"Error: {unexpected(error, changed=changed)}", err=True)
            except (OSError, ValueError):  # stderr is gone too
                pass
            sys.exit(EXIT_UNEXPECTED)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if (which := undecodable_argument(args)) is not None:
            raise click.ClickException(f"{one_line(which)} is not UTF-8 text; nothing was written")
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except USER_ERRORS as error:
            raise click.ClickException(one_line(error)) from None
        except sqlite3.Error as error:
            raise click.ClickException(f"the journal file could not be used: {one_line(error)}") from None
        except click.ClickException as error:  # click's own, e.g. "unexpected extra argument (…)"
            # click declares message Final, yet rewording it in place keeps the subclass, exit code and usage hint.
            error.message = shown(error.message)  # type: ignore[misc]
            raise
        except BrokenPipeError:
            raise
        except OSError as error:
            where = f" ({shown(str(error.filename))})" if error.filename else ""
            raise click.ClickException(f"{one_line(error.strerror or error)}{where}") from None
