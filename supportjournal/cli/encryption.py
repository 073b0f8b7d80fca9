"""``supportjournal encrypt``, ``decrypt``, ``passphrase``, ``unlock`` and ``lock``: an encrypted journal."""

from __future__ import annotations

import click

from supportjournal import store
from supportjournal.cli.output import shown
from supportjournal.cli.passphrases import ask_new, unlock_asking
from supportjournal.cli.session import Session, journal_command
from supportjournal.portability.backup import backup_folder
from supportjournal.store import StoreError

ENCRYPT_HELP = """Encrypt the journal with a passphrase (SQLCipher), asked twice on the terminal.

The journal is copied into a new encrypted file, which replaces it only once it is checked; the
plain file's bytes are then overwritten. Copies made before, backups included, stay as they are.
With --remember, this computer keeps the key in its keyring, so commands like 'checkin' do not ask.
Without the passphrase (or a remembered key) the journal cannot be opened: nobody can recover it.

\b
Examples:
  supportjournal encrypt
  supportjournal encrypt --remember
"""
REMEMBER = click.option(
    "--remember", is_flag=True, help="Keep the key in this computer's keyring (not the passphrase); 'lock' forgets it."
)
KEY_RING_NOTE = "The key is kept in this computer's keyring: commands no longer ask. 'supportjournal lock' forgets it."


def _encrypted(session: Session) -> None:
    """Ask for the current passphrase, even when the key is remembered: changing the file needs it."""
    if not store.is_encrypted(session.path):
        raise StoreError(f"{shown(str(session.path))} is not encrypted")
    unlock_asking(session.path, session.ask_passphrase)


def _remember(key: store.Key) -> None:
    """Keep the key in the keyring; without one, the journal is still encrypted, so say so and go on."""
    try:
        store.remember_key(key)
    except StoreError as error:
        click.echo(f"Note: {shown(str(error))}", err=True)
    else:
        click.echo(KEY_RING_NOTE)


@journal_command(help=ENCRYPT_HELP, short_help="Encrypt the journal with a passphrase.")
@REMEMBER
def encrypt(session: Session, remember: bool) -> None:
    if store.is_encrypted(session.path):
        raise StoreError(f"{shown(str(session.path))} is encrypted already; 'supportjournal passphrase' changes it")
    store.open_db(session.path, create=False).close()  # not a journal, or not there: said before the passphrase
    key = store.encrypt(session.path, ask_new(session.ask_passphrase))
    click.echo(
        f"Encrypted {shown(str(session.path))}. Copies made before now are not: the backups in "
        f"{shown(str(backup_folder(session.path)))} and any other copy are still plain; delete them if they should not be read."
    )
    if remember:
        _remember(key)


@journal_command(short_help="Make an encrypted journal plain again.")
def decrypt(session: Session) -> None:
    """Make the journal plain again after its passphrase is typed; its key is forgotten on this computer.

    Encrypted backups stay encrypted, and still open with the passphrase they were made with.
    """
    _encrypted(session)
    store.decrypt(session.path)
    click.echo(f"{shown(str(session.path))} is plain again: anyone who can read the file can read the journal.")


@journal_command(short_help="Change the passphrase of an encrypted journal.")
@REMEMBER
def passphrase(session: Session, remember: bool) -> None:
    """Change the passphrase: the current one first, then the new one twice.

    Backups made before keep the old passphrase. A key remembered on this computer is replaced by the new one.
    """
    _encrypted(session)
    key, was_remembered = store.change_passphrase(session.path, ask_new(session.ask_passphrase))
    click.echo("The passphrase is changed. Backups made before still open with the old one.")
    if remember or was_remembered:
        _remember(key)


@journal_command(short_help="Remember an encrypted journal's key on this computer.")
def unlock(session: Session) -> None:
    """Type the passphrase once; this computer's keyring keeps the key, so commands stop asking."""
    if not store.is_encrypted(session.path):
        raise StoreError(f"{shown(str(session.path))} is not encrypted")
    store.remember_key(unlock_asking(session.path, session.ask_passphrase))
    click.echo(KEY_RING_NOTE)


@journal_command(short_help="Forget an encrypted journal's key on this computer.")
def lock(session: Session) -> None:
    """Forget the key kept in this computer's keyring: every command asks for the passphrase again."""
    if store.lock(session.path):
        click.echo("Forgot the key on this computer: the passphrase will be asked again.")
    else:
        click.echo("No key was remembered on this computer: the passphrase is asked each time.")
