"""The encrypted half of opening a journal: SQLCipher, its keys, and where a key is kept.

An encrypted journal is a SQLCipher 4 file: its first 16 bytes are the salt of the key derivation,
and everything after them is encrypted, page by page. Nothing in it says it is a journal, or even
encrypted: the only test is a key that opens it. ``store/db.py`` asks :func:`key_for` on every
connection it makes; a plain file never imports SQLCipher, so the plain journal (the default)
opens exactly as before.

A key is derived from the passphrase with SQLCipher's own KDF (PBKDF2-HMAC-SHA512, 256,000
iterations: about a fifth of a second, on purpose) and then used raw (``PRAGMA key = "x'…'"``),
so a journal opens again in a millisecond: within this process from memory, and in later ones from
the system keyring when the person asked this computer to remember it (on a Linux desktop, read
straight from the Secret Service: ``secret_service.py``; on macOS and Windows, from the platform's
keyring by name: ``PLATFORM_KEYRINGS``). The keyring holds the derived key, never the passphrase.
"""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from supportjournal.store import secret_service
from supportjournal.store.errors import StoreError, shown

KDF_ITERATIONS = 256_000
"""SQLCipher 4's default ``kdf_iter``: a file keyed here also opens with ``PRAGMA key = 'passphrase'``."""
KEY_BYTES = 32
SALT_BYTES = 16
PLAIN_MAGIC = b"SQLite format 3\x00"
MIN_PAGE_SIZE = 512
"""An encrypted file is whole pages (SQLCipher's are 4096 bytes), each of them random-looking."""
KEYRING_SERVICE = "supportjournal"
INSTALL_HINT = "pip install 'supportjournal[encrypt]'"
_ERROR_NAMES = (
    "InterfaceError", "DatabaseError", "InternalError", "OperationalError", "ProgrammingError",
    "IntegrityError", "DataError", "NotSupportedError",
)


@dataclass(frozen=True)
class Key:
    """A raw SQLCipher key and the salt it was derived with (the file's first 16 bytes)."""

    raw: bytes
    salt: bytes

    @property
    def pragma(self) -> str:
        """The value for ``PRAGMA key`` or ``ATTACH … KEY``: the key and the salt, so a new file gets this salt."""
        return f"\"x'{(self.raw + self.salt).hex()}'\""


class LockedError(StoreError):
    """An encrypted journal (or a file that may be one) whose key this process does not have."""

    reason = "encrypted (or not a journal at all), and its passphrase is needed to read it"
    """What the file is, without the path (as ``DamagedFileError.reason``)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{shown(path)} is encrypted (or is not a journal at all): run the command on a terminal to "
            "type its passphrase, or let this computer remember it with 'supportjournal unlock'"
        )
        self.path = path


class WrongPassphraseError(StoreError):
    """The passphrase does not open the journal; nothing was written."""


_unlocked: dict[bytes, bytes] = {}
"""Keys this process has unlocked, by salt: the app's workers and backups open the journal again."""
_driver: ModuleType | None = None


def sqlcipher() -> ModuleType:
    """The SQLCipher binding, loaded on first use (a plain journal never loads it).

    Its errors are made subclasses of ``sqlite3``'s, so every ``except sqlite3.Error`` (ours and
    sqlite-utils') treats a SQLCipher connection's failures as it treats SQLite's.

    Raises:
        StoreError: ``sqlcipher3-binary`` is not installed.
    """
    global _driver
    if _driver is None:
        try:
            import sqlcipher3  # type: ignore[import-untyped]  # optional, and only an encrypted journal needs it
        except ImportError:
            raise StoreError(
                f"an encrypted journal needs SQLCipher, which is not installed: {INSTALL_HINT}"
            ) from None
        for name in _ERROR_NAMES:
            ours, theirs = getattr(sqlcipher3, name), getattr(sqlite3, name)
            if theirs not in ours.__mro__:
                ours.__bases__ = (*ours.__bases__, theirs)
        # SQLCipher logs every failed page check (a wrong passphrase) to stderr; the error says enough.
        sqlcipher3.connect(":memory:").execute("PRAGMA cipher_log_level = NONE").close()
        _driver = sqlcipher3
    return _driver


def connect(target: str | Path, key: Key | None, **options: Any) -> sqlite3.Connection:
    """A SQLCipher connection keyed with ``key`` (None: a plain file, through SQLCipher). For store/db.py."""
    conn: sqlite3.Connection = sqlcipher().connect(target, **options)
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma}")
    return conn


def salt_of(path: Path) -> bytes | None:
    """The salt at the start of an encrypted file; None for a plain one, or one not made of whole pages."""
    with open(path, "rb") as file:
        head = file.read(SALT_BYTES)
        size = os.fstat(file.fileno()).st_size
    pages = size >= MIN_PAGE_SIZE and size % MIN_PAGE_SIZE == 0
    # Zeros: a checkpoint cut short grew the file before copying page 1 back from the (plain) WAL.
    return head if pages and head not in (PLAIN_MAGIC, bytes(SALT_BYTES)) else None


def key_for(path: Path) -> Key | None:
    """The key that opens ``path``: None for a plain file; from memory, else from the keyring.

    Raises:
        LockedError: The file looks encrypted and no key for it is known here.
    """
    salt = salt_of(path)
    if salt is None:
        return None
    raw = _unlocked.get(salt)
    if raw is None:
        raw = _remembered(salt)
        if raw is None:
            if importlib.util.find_spec("sqlcipher3") is None:  # say so before anyone types a passphrase
                raise StoreError(
                    f"{shown(path)} is not a plain SQLite file; if it is an encrypted journal, opening it needs "
                    f"SQLCipher, which is not installed: {INSTALL_HINT}"
                )
            raise LockedError(path)
        _unlocked[salt] = raw
    return Key(raw, salt)


def derive(passphrase: str, salt: bytes | None = None) -> Key:
    """The key SQLCipher itself would derive from ``passphrase`` (a new random salt when none is given)."""
    import hashlib  # only deriving a key needs it; OpenSSL's module would cost every check-in 2 ms

    salt = os.urandom(SALT_BYTES) if salt is None else salt
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return Key(raw, salt)


def keep(key: Key) -> None:
    """Use ``key`` for its file in this process from now on."""
    _unlocked[key.salt] = key.raw


@contextmanager
def trying(key: Key) -> Iterator[None]:
    """Use ``key`` for its file while the block runs; if the block fails, the key known before is back."""
    before = _unlocked.get(key.salt)
    _unlocked[key.salt] = key.raw
    try:
        yield
    except BaseException:
        if before is None:
            _unlocked.pop(key.salt, None)
        else:
            _unlocked[key.salt] = before
        raise


def forget(salt: bytes) -> bool:
    """Forget the key for the file with ``salt``, here and in the keyring. True if the keyring held it."""
    _unlocked.pop(salt, None)
    keyring, account = _keyring(), _account(salt)
    held = False
    if keyring is not None:
        try:
            keyring.delete_password(KEYRING_SERVICE, account)
            held = True
        except keyring.errors.KeyringError:  # PasswordDeleteError included: nothing was remembered
            pass
        if (platform := _platform_keyring(keyring)) is not None:  # what _remembered reads there goes too
            with suppress(Exception):  # nothing there (PasswordDeleteError), or locked
                platform.delete_password(KEYRING_SERVICE, account)
                held = True
    return secret_service.forget(KEYRING_SERVICE, account) or held  # and in the Secret Service


def remember(key: Key) -> None:
    """Keep ``key`` in the system keyring, so later commands open the journal without asking.

    Raises:
        StoreError: There is no usable keyring on this computer.
    """
    keyring = _keyring()
    if keyring is None:
        raise StoreError(f"remembering the key needs the keyring library: {INSTALL_HINT}")
    try:
        keyring.set_password(KEYRING_SERVICE, _account(key.salt), key.raw.hex())
    except keyring.errors.KeyringError:  # its own words name backends and packages: not for this moment
        raise StoreError(
            "this computer has no system keyring to keep the key in, so the passphrase will be asked each time"
        ) from None


remember_key = remember
"""The façade's name for :func:`remember`."""


def _remembered(salt: bytes) -> bytes | None:
    account = _account(salt)
    stored = secret_service.lookup(KEYRING_SERVICE, account)  # on a Linux desktop, without loading keyring
    if stored is None:
        keyring = _keyring()
        if keyring is None:
            return None
        platform = _platform_keyring(keyring)
        try:
            stored = None if platform is None else platform.get_password(KEYRING_SERVICE, account)
        except Exception:  # noqa: BLE001 - locked, or refused: keyring's own choice is asked next
            stored = None
        if stored is None:
            try:
                stored = keyring.get_password(KEYRING_SERVICE, account)
            except keyring.errors.KeyringError:  # no keyring here
                return None
    try:
        return bytes.fromhex(stored) if stored else None
    except ValueError:  # not a key we wrote
        return None


PLATFORM_KEYRINGS = {
    "darwin": "keyring.backends.macOS.Keyring",
    "win32": "keyring.backends.Windows.WinVaultKeyring",
}
"""Where keyring keeps a key on macOS (the Keychain) and Windows (the Credential Manager) unless told otherwise.

Asked for a key first, by name, when keyring was not told which backend to use (``PYTHON_KEYRING_BACKEND`` or its
``keyringrc.cfg``): keyring would find its backend by loading every installed package's entry points and weighing
each backend, on every command (about 170 ms on macOS, as keyring's maintainer measured it: jaraco/keyring#403),
which would put the check-in far past its target. keyring's own choice is asked next when this one lacks the key."""


def _platform_keyring(keyring: Any) -> Any:
    """The platform's keyring backend (``PLATFORM_KEYRINGS``), loaded by name without keyring's search.

    None where there is none for this platform, where keyring was told which backend to use, or where the
    backend is not usable in this session (the Keychain over SSH, say): then keyring's own choice is all.
    """
    name = PLATFORM_KEYRINGS.get(sys.platform)
    if name is None or "PYTHON_KEYRING_BACKEND" in os.environ:
        return None
    if (keyring.util.platform_.config_root() / "keyringrc.cfg").exists():
        return None
    try:
        return keyring.core.load_keyring(name)
    except Exception:  # noqa: BLE001 - not viable here (keyring raises RuntimeError, or the import fails)
        return None


def _account(salt: bytes) -> str:
    """The keyring entry of one encrypted journal: named by its salt, so it follows the file when moved."""
    return f"journal key {salt.hex()}"


def _keyring() -> Any:
    from supportjournal.store.deferred_imports import deferred

    try:
        # Optional, and only for an encrypted journal. Slow to load too: about 60 ms, of which 50 go to modules
        # a key lookup never runs (``_UNUSED_BY_KEYRING``), which would put the check-in past its target.
        with deferred(_UNUSED_BY_KEYRING):
            import keyring
            import keyring.errors
    except ImportError:
        return None
    return keyring


_UNUSED_BY_KEYRING = frozenset({
    "urllib.request", "importlib_metadata", "more_itertools", "configparser",
    "subprocess", "tempfile", "bz2", "lzma", "traceback",
})
"""What keyring loads and a lookup with a known backend never runs (``deferred_imports``): ``urllib.request``
(with http.client, email and ssl), ``subprocess`` and ``tempfile``, which ``jaraco.context`` imports for fetching
and unpacking tarballs, and ``bz2`` and ``lzma``, which ``shutil`` imports for archives (``shutil`` itself runs at
once: a default argument reads it); ``more_itertools``, for helpers of ``jaraco.functools`` keyring does not call;
``traceback``, which ``logging`` reads only to print an error; ``importlib_metadata`` (the backport keyring searches
for backends with) and ``configparser`` (for keyring's config file), run only when its variable names no backend.
(``backports.tarfile`` would be no use: the module that imports it reads it at once.) In the app, Textual has
loaded most of them already, and what is loaded is left as it is."""


def forget_all_unlocked() -> None:
    """Forget every key unlocked in this process (the keyring is left alone): for tests, one journal each."""
    _unlocked.clear()
