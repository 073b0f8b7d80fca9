"""An encrypted journal in the store: converting, unlocking, the keyring, and what the file's bytes give away."""

from __future__ import annotations

import os
import sqlite3
import sys

import pytest

from supportjournal import store
from supportjournal.portability.backup import read_backup, restore, write_backup
from supportjournal.store import Contact, cipher, encryption
from supportjournal.store.header import read_header
from tests.bad_files import files
from tests.conftest import HAS_SQLCIPHER, NOW, TODAY, dump
from tests.keyrings import FILE_VARIABLE, FileKeyring

pytestmark = pytest.mark.skipif(not HAS_SQLCIPHER, reason="SQLCipher is not installed (supportjournal[encrypt])")

PASSPHRASE = "a quiet harbour at dawn"
SECRETS = ("Zephyrina", "dreadful night", "lighthouse keeper", "+44 7700 900123")
"""A member's name, a journal's words, a note and a phone number: none may be found in the file's bytes."""


def fill(db) -> None:
    """A member with a channel, a check-in with a note, a journal entry: text in every kind of place."""
    member = store.add_member(db, SECRETS[0], "friend", now=NOW, channels=[("phone", SECRETS[3])])
    store.record_checkin(db, 3, NOW, contacts=[Contact(member.id)], note=SECRETS[2])
    store.save_entry(db, TODAY, f"A {SECRETS[1]}, then tea.")


def on_disk(folder) -> bytes:
    return b"".join(files(folder).values())


@pytest.fixture
def plain(db_path):
    database = store.open_db(db_path)
    fill(database)
    database.close()
    return db_path


def test_encrypting_leaves_no_journal_text_in_the_file_or_its_wal(plain, tmp_path):
    assert all(secret.encode() in on_disk(tmp_path) for secret in SECRETS[:3])
    store.encrypt(plain, PASSPHRASE)
    assert {name for name in files(tmp_path)} == {"journal.db"}  # no copy left beside it
    db = store.open_db(plain)
    store.record_checkin(db, 6, NOW, note="later, still private")  # something in the -wal now
    assert (tmp_path / "journal.db-wal").exists()
    data = on_disk(tmp_path)
    db.close()
    for secret in (*SECRETS, "later, still private", "members", "CREATE TABLE", "SQLite format 3"):
        assert secret.encode() not in data, secret
    assert os.stat(plain).st_mode & 0o077 == 0


def test_reopening_needs_the_passphrase_and_a_wrong_one_writes_nothing(plain, tmp_path):
    store.encrypt(plain, PASSPHRASE)
    cipher.forget_all_unlocked()  # as in a new process
    before = files(tmp_path)
    with pytest.raises(store.LockedError):
        store.open_db(plain)
    with pytest.raises(store.WrongPassphraseError, match="does not open"):
        store.unlock(plain, "a quiet harbour at dusk")
    assert files(tmp_path) == before
    store.unlock(plain, PASSPHRASE)
    db = store.open_db(plain)
    assert [m.name for m in store.list_members(db)] == [SECRETS[0]]
    assert [hit.day for hit in store.search_entries(db, "dreadful")] == [TODAY]  # FTS5 through SQLCipher
    db.close()


def test_the_file_opens_with_sqlciphers_own_key_derivation(plain):
    store.encrypt(plain, PASSPHRASE)
    conn = cipher.connect(plain, None)  # SQLCipher 4's defaults, as its own tools would open it
    conn.execute("PRAGMA key = 'a quiet harbour at dawn'")
    assert conn.execute("SELECT name FROM members").fetchall() == [(SECRETS[0],)]
    conn.close()


def test_decrypting_gives_back_the_same_journal(plain):
    db = store.open_db(plain)
    before = dump(db)
    db.close()
    store.encrypt(plain, PASSPHRASE)
    store.decrypt(plain)
    assert plain.read_bytes().startswith(b"SQLite format 3\x00")
    db = store.open_db(plain)
    assert dump(db) == before
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_changing_the_passphrase_makes_a_new_salt_and_the_old_one_stops_working(plain):
    store.encrypt(plain, PASSPHRASE)
    old_salt = plain.read_bytes()[:16]
    store.change_passphrase(plain, "a new passphrase")
    assert plain.read_bytes()[:16] != old_salt
    cipher.forget_all_unlocked()
    with pytest.raises(store.WrongPassphraseError):
        store.unlock(plain, PASSPHRASE)
    store.unlock(plain, "a new passphrase")
    db = store.open_db(plain)
    assert store.list_members(db)[0].name == SECRETS[0]
    db.close()


def test_refusals_change_nothing(plain, tmp_path):
    with pytest.raises(store.StoreError, match="empty passphrase"):
        store.encrypt(plain, "")
    with pytest.raises(store.StoreError, match="not encrypted"):
        store.decrypt(plain)
    store.encrypt(plain, PASSPHRASE)
    before = files(tmp_path)
    with pytest.raises(store.StoreError, match="encrypted already"):
        store.encrypt(plain, "again")
    other = store.open_db(plain)  # the journal open elsewhere: converting would lose its writes
    try:
        with pytest.raises(store.StoreError, match="open in another program"):
            store.decrypt(plain)
    finally:
        other.close()
    assert files(tmp_path) == before


def test_the_keyring_keeps_the_raw_key_never_the_passphrase(plain, test_keyring):
    key = store.encrypt(plain, PASSPHRASE)
    store.remember_key(key)
    (stored,) = test_keyring.entries.values()
    assert stored == key.raw.hex() and PASSPHRASE not in stored
    cipher.forget_all_unlocked()
    store.open_db(plain).close()  # from the keyring: no passphrase asked
    assert store.lock(plain) is True
    assert test_keyring.entries == {}
    cipher.forget_all_unlocked()
    with pytest.raises(store.LockedError):
        store.open_db(plain)


def test_a_journal_that_is_not_a_journal_is_refused_before_any_passphrase(tmp_path):
    other = tmp_path / "bookmarks.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(store.StoreError, match="another program"):
        store.encrypt(other, PASSPHRASE)
    assert not store.is_encrypted(other)


def test_the_header_of_an_encrypted_file_says_only_that_it_may_be_one(plain):
    store.encrypt(plain, PASSPHRASE)
    header = read_header(plain)
    assert header is not None and header.encrypted and header.version == 0


def test_backups_of_an_encrypted_journal_stay_encrypted_and_restore(plain, tmp_path):
    store.encrypt(plain, PASSPHRASE)
    db = store.open_db(plain)
    backup = write_backup(db, tmp_path / "copy.db")
    assert all(secret.encode() not in backup.read_bytes() for secret in SECRETS)
    assert os.stat(backup).st_mode & 0o077 == 0
    store.add_member(db, "Added after the backup", "friend", now=NOW)
    restore(db, backup, NOW)
    assert [m.name for m in store.list_members(db)] == [SECRETS[0]]
    db.close()
    cipher.forget_all_unlocked()
    with pytest.raises(store.LockedError):
        read_backup(backup)  # its key is the journal's: without the passphrase, nothing is read


def test_a_plain_backup_is_not_restored_into_an_encrypted_journal(plain, tmp_path):
    db = store.open_db(plain)
    backup = write_backup(db, tmp_path / "plain-copy.db")
    db.close()
    store.encrypt(plain, PASSPHRASE)
    db = store.open_db(plain)
    before = dump(db)
    with pytest.raises(store.StoreError, match="'supportjournal encrypt' or 'decrypt' it first"):
        restore(db, backup, NOW)
    assert dump(db) == before
    db.close()


def test_a_copy_that_fails_its_check_leaves_the_journal_as_it_was(plain, tmp_path, monkeypatch):
    db = store.open_db(plain)
    before = dump(db)
    db.close()
    real_counts = encryption._counts
    copies = iter([False, True])  # the journal's counts, then the copy's: the copy lost a row

    def counted(conn):
        counts = real_counts(conn)
        return {**counts, "members": counts["members"] - 1} if next(copies) else counts

    monkeypatch.setattr(encryption, "_counts", counted)
    with pytest.raises(store.StoreError, match="did not check out"):
        encryption.convert(plain, cipher.derive(PASSPHRASE))
    assert set(files(tmp_path)) == {"journal.db"} and not store.is_encrypted(plain)
    db = store.open_db(plain)
    assert dump(db) == before
    db.close()


@pytest.fixture
def platform_keyring(tmp_path, monkeypatch) -> FileKeyring:
    """A platform's own keyring, as on macOS or Windows (a file here), with keyring told nothing of it."""
    monkeypatch.setattr(cipher, "PLATFORM_KEYRINGS", {sys.platform: "tests.keyrings.FileKeyring"})
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "platform-keyring.json"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no keyringrc.cfg
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    return FileKeyring()


def test_on_macos_and_windows_the_key_is_read_from_the_platform_keyring_by_name_and_lock_forgets_it_there(
    plain, test_keyring, platform_keyring
):
    """keyring's own choice (the test's empty keyring) is not what holds it: keyring's search is not needed."""
    key = store.encrypt(plain, PASSPHRASE)
    platform_keyring.set_password(cipher.KEYRING_SERVICE, f"journal key {key.salt.hex()}", key.raw.hex())
    cipher.forget_all_unlocked()
    store.open_db(plain).close()
    assert test_keyring.entries == {}
    assert store.lock(plain) is True
    assert platform_keyring.file.read_text() == "{}"
    cipher.forget_all_unlocked()
    with pytest.raises(store.LockedError):
        store.open_db(plain)


@pytest.mark.parametrize("told", ["variable", "config file"])
def test_when_keyring_is_told_which_backend_to_use_the_platform_keyring_is_not_asked(
    plain, platform_keyring, monkeypatch, tmp_path, told
):
    key = store.encrypt(plain, PASSPHRASE)
    platform_keyring.set_password(cipher.KEYRING_SERVICE, f"journal key {key.salt.hex()}", key.raw.hex())
    if told == "variable":
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyrings.MemoryKeyring")
    else:
        (tmp_path / "config" / "python_keyring").mkdir(parents=True)
        (tmp_path / "config" / "python_keyring" / "keyringrc.cfg").write_text("[backend]\n")
    cipher.forget_all_unlocked()
    with pytest.raises(store.LockedError):
        store.open_db(plain)  # only keyring's own choice, which does not hold it, was asked


def test_a_platform_keyring_that_cannot_be_used_here_leaves_the_key_to_keyrings_own_choice(
    plain, test_keyring, platform_keyring, monkeypatch
):
    monkeypatch.setattr(cipher, "PLATFORM_KEYRINGS", {sys.platform: "tests.keyrings.NoSuchKeyring"})
    store.remember_key(store.encrypt(plain, PASSPHRASE))
    cipher.forget_all_unlocked()
    store.open_db(plain).close()
    assert store.lock(plain) is True and test_keyring.entries == {}
