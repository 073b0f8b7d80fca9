"""Asking for a passphrase on the terminal (never echoed), or refusing when there is no terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from supportjournal.cli.output import shown
from supportjournal import store
from supportjournal.store import Key, LockedError, StoreError, WrongPassphraseError

TRIES = 3
"""Wrong passphrases allowed in one command before it gives up (as sudo does)."""

Ask = Callable[[str], "str | None"]
"""Asks with a prompt and returns what was typed, or None when there is no terminal to ask on."""


def on_terminal(prompt: str) -> str | None:
    """The passphrase typed on the terminal, not echoed; None when stdin is not a terminal (a script, a pipe)."""
    if not sys.stdin.isatty():
        return None
    import getpass  # with termios: only asking needs them, and every command imports this module

    try:
        return getpass.getpass(prompt)
    except EOFError:
        return None


def unlock_asking(path: Path, ask: Ask) -> Key:
    """Ask for the passphrase of the encrypted journal at ``path`` until it opens it (``TRIES`` times).

    Raises:
        LockedError: There is no terminal to ask on.
        WrongPassphraseError: The last try was wrong too; nothing was written.
    """
    tries = 1
    while True:
        passphrase = ask(f"Passphrase for {shown(str(path))}: ")
        if passphrase is None:
            raise LockedError(path)
        try:
            return store.unlock(path, passphrase)
        except WrongPassphraseError:
            if tries == TRIES:
                raise
        tries += 1
        click.echo("That passphrase does not open it; try again.", err=True)


def ask_new(ask: Ask) -> str:
    """A new passphrase, typed twice the same; an empty one is refused.

    Raises:
        StoreError: No terminal, an empty passphrase, or two different ones; nothing was changed.
    """
    first = ask("New passphrase: ")
    if first is None:
        raise StoreError("a passphrase is typed on a terminal, and this is not one; nothing was changed")
    if not first:
        raise StoreError("an empty passphrase would not protect anything; nothing was changed")
    if ask("The same passphrase again: ") != first:
        raise StoreError("the two passphrases were not the same; nothing was changed")
    return first


def say_plain_text(journal: Path, what: str, output: str | None) -> None:
    """Before an encrypted journal's text is written out (an export, a summary): say it will be plain text."""
    if store.is_encrypted(journal):
        where = "on the screen" if output is None else f"in {shown(output)}"
        click.echo(f"Note: the journal is encrypted, but this {what} is plain text: anyone who can read it {where} can read it.", err=True)
