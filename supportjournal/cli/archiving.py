"""``archive``, ``restore`` and ``purge`` for any family of records: delete means archive; purge is for good."""

from __future__ import annotations

import sys
from collections.abc import Callable
from shlex import quote
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from supportjournal.cli.output import shown
from supportjournal.cli.session import Session, journal_command

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Archivable:
    """How one family of records is found, named, archived and restored."""

    noun: str
    """What one record is called: ``member``, ``self-care item``."""
    group: str
    """The command group: ``member``, ``selfcare``."""
    find: Callable[[Database, str, bool], Any]
    """``(db, typed name, archived)`` to the one record meant, raising a user error otherwise."""
    name_of: Callable[[Any], str]
    archive: Callable[..., Any]
    """``(db, id, now=...)``."""
    restore: Callable[[Database, str], Any]
    purge: Callable[[Database, str], Any]
    """Delete an archived record for good (the store refuses an active one)."""
    goes_with: str
    """What is deleted along with a record, said when asking: ``its daily marks``."""


def add_archive_commands(group: click.Group, kind: Archivable) -> None:
    """Add ``archive NAME``, ``restore NAME`` and ``purge NAME`` for ``kind`` to ``group``."""

    @journal_command(group, "archive", help=f"Archive a {kind.noun}: hidden, kept with its history.")
    @click.argument("name")
    def archive(session: Session, name: str) -> None:
        db = session.open()
        record = kind.find(db, name, False)
        kind.archive(db, record.id, now=session.now())
        name = shown(kind.name_of(record))
        click.echo(f"Archived {name}; bring it back with: supportjournal {kind.group} restore {quote(name)}")

    @journal_command(group, "restore", help=f"Bring back an archived {kind.noun}.")
    @click.argument("name")
    def restore(session: Session, name: str) -> None:
        db = session.open()
        record = kind.find(db, name, True)
        kind.restore(db, record.id)
        click.echo(f"Restored {shown(kind.name_of(record))}")

    @journal_command(
        group, "purge",
        help=f"Delete an archived {kind.noun} for good, with {kind.goes_with}. Asks first; cannot be undone.",
    )
    @click.argument("name")
    @click.option("--yes", is_flag=True, help="Do not ask first (needed when no terminal can ask).")
    def purge(session: Session, name: str, yes: bool) -> None:
        db = session.open()
        record = kind.find(db, name, True)
        name = shown(kind.name_of(record))
        if not yes:
            _confirm(f"Delete {name} for good, with {kind.goes_with}? This cannot be undone.")
        kind.purge(db, record.id)
        click.echo(f"Deleted {name} for good.")


def _confirm(question: str) -> None:
    """Ask at the terminal; with no terminal to ask at, or on no, stop with nothing deleted."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise click.ClickException("nothing deleted: no terminal to ask at; add --yes to delete without asking")
    if not click.confirm(question, err=True):
        click.echo("Nothing was deleted.", err=True)
        click.get_current_context().exit(1)
