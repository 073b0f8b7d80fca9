"""``archive`` and ``restore`` for any family of records: delete means archive, and comes back."""

from __future__ import annotations

from collections.abc import Callable
from shlex import quote
from dataclasses import dataclass
from typing import Any

import click
from sqlite_utils import Database

from supportjournal.cli.output import shown
from supportjournal.cli.session import Session, journal_command


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


def add_archive_commands(group: click.Group, kind: Archivable) -> None:
    """Add ``archive NAME`` and ``restore NAME`` for ``kind`` to ``group``."""

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
