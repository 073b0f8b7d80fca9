"""``encrypt``, ``decrypt``, ``passphrase``, ``unlock`` and ``lock`` on the command line, and the passphrase asked."""

from __future__ import annotations

import fcntl
import os
import select
import subprocess
import sys
import termios

import pytest

from click.testing import CliRunner, Result

from supportjournal import store
from supportjournal.cli import main
from supportjournal.cli.session import Session
from supportjournal.store import cipher
from tests.bad_files import files, make_journal, place  # noqa: F401 - place is a fixture
from tests.cli.conftest import assert_one_error_line
from tests.conftest import HAS_SQLCIPHER, fixed_clock

pytestmark = pytest.mark.skipif(not HAS_SQLCIPHER, reason="SQLCipher is not installed (supportjournal[encrypt])")

PASSPHRASE = "steady as the tide"


def run(db_path, *args: str, typed: tuple[str, ...] | None = None) -> tuple[Result, list[str]]:
    """The command, with ``typed`` answering each passphrase prompt in turn (None: no terminal at all)."""
    asked: list[str] = []
    answers = iter(typed or ())

    def ask(prompt: str) -> str | None:
        asked.append(prompt)
        return None if typed is None else next(answers)

    session = Session(clock=fixed_clock, ask_passphrase=ask)
    return CliRunner().invoke(main, ["--db", str(db_path), *args], obj=session), asked


def ok(result: Result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def assert_wrong_three_times(result: Result) -> None:
    """Two kind "try again" lines, then one error line and exit 1; nothing on stdout."""
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "That passphrase does not open it; try again.", "That passphrase does not open it; try again.",
        f"Error: that passphrase does not open {result.stderr.split('does not open ')[-1].strip()}",
    ]
    assert result.stderr.endswith("; nothing was changed\n")


def encrypted_journal(db_path) -> None:
    ok(run(db_path, "member", "add", "Ana", "--kind", "friend")[0])
    ok(run(db_path, "encrypt", typed=(PASSPHRASE, PASSPHRASE))[0])
    cipher.forget_all_unlocked()  # every command after this is a new process


def test_encrypt_asks_twice_and_says_what_stays_plain(db_path):
    # A long name: three letters turn up in a few hundred kilobytes of random bytes about one run in two hundred.
    ok(run(db_path, "member", "add", "Anastasia Quillfeather", "--kind", "friend")[0])
    assert b"Anastasia Quillfeather" in db_path.read_bytes()  # the command's last close wrote it into the file
    result, asked = run(db_path, "encrypt", typed=(PASSPHRASE, PASSPHRASE))
    assert asked == ["New passphrase: ", "The same passphrase again: "]
    assert "Copies made before now are not" in ok(result) and "backups" in result.stdout
    assert b"Anastasia Quillfeather" not in db_path.read_bytes()


def test_a_mismatch_or_an_empty_passphrase_or_no_terminal_encrypts_nothing(db_path, tmp_path):
    ok(run(db_path, "member", "add", "Ana", "--kind", "friend")[0])
    before = files(tmp_path)
    for typed, words in (((PASSPHRASE, "steady as the tied"), "not the same"), (("",), "empty passphrase"),
                         (None, "not one")):
        assert_one_error_line(run(db_path, "encrypt", typed=typed)[0], words)
        assert files(tmp_path) == before


def test_a_command_asks_for_the_passphrase_and_lets_a_wrong_one_be_retyped(db_path):
    encrypted_journal(db_path)
    result, asked = run(db_path, "member", "list", typed=("wrong", PASSPHRASE))
    assert "Ana" in ok(result)
    assert len(asked) == 2 and "does not open it; try again" in result.stderr


def test_three_wrong_passphrases_write_nothing(db_path, tmp_path):
    encrypted_journal(db_path)
    before = files(tmp_path)
    result, asked = run(db_path, "checkin", "--mood", "7", typed=("one", "two", "three"))
    assert_wrong_three_times(result)
    assert len(asked) == 3 and files(tmp_path) == before


def test_without_a_terminal_or_a_stored_key_a_command_is_refused(db_path, tmp_path):
    encrypted_journal(db_path)
    before = files(tmp_path)
    assert_one_error_line(run(db_path, "checkin", "--mood", "7")[0], "is encrypted", "supportjournal unlock")
    assert files(tmp_path) == before


def test_unlock_remembers_the_key_so_checkin_does_not_ask_and_lock_forgets_it(db_path, test_keyring):
    encrypted_journal(db_path)
    ok(run(db_path, "unlock", typed=(PASSPHRASE,))[0])
    cipher.forget_all_unlocked()
    result, asked = run(db_path, "checkin", "--mood", "7")
    assert ok(result) and asked == []
    assert "Forgot the key" in ok(run(db_path, "lock")[0])
    cipher.forget_all_unlocked()
    assert_one_error_line(run(db_path, "today")[0], "is encrypted")


def test_encrypt_with_remember_needs_no_unlock(db_path, test_keyring):
    ok(run(db_path, "member", "add", "Ana", "--kind", "friend")[0])
    assert "keyring" in ok(run(db_path, "encrypt", "--remember", typed=(PASSPHRASE, PASSPHRASE))[0])
    cipher.forget_all_unlocked()
    assert "Ana" in ok(run(db_path, "member", "list")[0])


def test_decrypt_needs_the_passphrase_even_when_remembered(db_path, tmp_path, test_keyring):
    encrypted_journal(db_path)
    ok(run(db_path, "unlock", typed=(PASSPHRASE,))[0])
    cipher.forget_all_unlocked()
    before = files(tmp_path)
    assert_wrong_three_times(run(db_path, "decrypt", typed=("x", "y", "z"))[0])
    assert files(tmp_path) == before
    assert "plain again" in ok(run(db_path, "decrypt", typed=(PASSPHRASE,))[0])
    assert test_keyring.entries == {}
    assert db_path.read_bytes().startswith(b"SQLite format 3")


def test_passphrase_changes_it_and_keeps_remembering(db_path, test_keyring):
    encrypted_journal(db_path)
    ok(run(db_path, "unlock", typed=(PASSPHRASE,))[0])
    ok(run(db_path, "passphrase", typed=(PASSPHRASE, "a new tide", "a new tide"))[0])
    cipher.forget_all_unlocked()
    assert "Ana" in ok(run(db_path, "member", "list")[0])  # the new key, remembered in place of the old
    cipher.forget_all_unlocked()
    store.lock(db_path)
    assert "Ana" in ok(run(db_path, "member", "list", typed=("a new tide",))[0])


def test_export_of_an_encrypted_journal_says_it_is_plain_text_first(db_path, tmp_path):
    encrypted_journal(db_path)
    target = tmp_path / "all.json"
    result, _ = run(db_path, "export", "--format", "json", "-o", str(target), typed=(PASSPHRASE,))
    assert ok(result) is not None
    assert "plain text" in result.stderr and target.exists()


def test_lock_and_decrypt_on_a_plain_journal_say_so(db_path):
    ok(run(db_path, "member", "add", "Ana", "--kind", "friend")[0])
    assert_one_error_line(run(db_path, "decrypt")[0], "is not encrypted")
    assert_one_error_line(run(db_path, "lock")[0], "is not encrypted")


def test_restore_asks_for_an_older_backups_own_passphrase(db_path, tmp_path):
    encrypted_journal(db_path)
    backup = tmp_path / "before.db"
    ok(run(db_path, "backup", str(backup), typed=(PASSPHRASE,))[0])
    ok(run(db_path, "member", "add", "Ben", "--kind", "friend", typed=(PASSPHRASE,))[0])
    ok(run(db_path, "passphrase", typed=(PASSPHRASE, "a new tide", "a new tide"))[0])
    cipher.forget_all_unlocked()
    result, asked = run(db_path, "restore", str(backup), typed=("a new tide", PASSPHRASE))
    assert "Restored" in ok(result) and len(asked) == 2 and str(backup) in asked[1]
    assert "Ben" not in ok(run(db_path, "member", "list", typed=("a new tide",))[0])


@pytest.mark.parametrize("what", ["folder", "file"])
def test_an_encrypted_journal_in_a_read_only_place_is_read_but_never_changed(place, what):  # noqa: F811
    path = place.folder / "journal.db"
    make_journal(path)
    store.encrypt(path, PASSPHRASE)  # its key stays known in this process, as after typing it
    place.hand_over()
    os.chmod(place.folder if what == "folder" else path, 0o555 if what == "folder" else 0o400)
    before = files(place.folder)
    with place.as_owner():
        assert "Ana" in ok(run(path, "member", "list")[0])
        assert ok(run(path, "doctor")[0]).endswith("all checks passed\n")
        assert_one_error_line(run(path, "checkin", "--mood", "5")[0], "is read-only")
    assert files(place.folder) == before


def _at_a_terminal(db_path, *args: str, typed: list[str]) -> tuple[int, bytes]:
    """Run the command in its own session on a pseudo-terminal; type each answer once its prompt is on screen.

    (Typed any earlier, an answer would be echoed before getpass turns echo off, then flushed by it.)

    Returns:
        The exit code and everything the terminal showed (prompts, echoes and output).
    """
    controller, terminal = os.openpty()

    def own_terminal() -> None:  # the child's controlling terminal, so getpass opens it as /dev/tty
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child = subprocess.Popen(
        [sys.executable, "-m", "supportjournal", "--db", str(db_path), *args], stdin=terminal, stdout=terminal,
        stderr=terminal, start_new_session=True, preexec_fn=own_terminal,
    )
    os.close(terminal)
    shown = b""
    answers = iter(typed)
    answered = 0
    try:
        while True:
            ready, _, _ = select.select([controller], [], [], 60)
            if not ready:
                raise AssertionError(f"the command waited a minute without asking or ending: {shown!r}")
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            if shown.endswith(b": ") and shown.count(b"Passphrase for") > answered:  # a new prompt, waiting
                answered += 1
                os.write(controller, next(answers).encode() + b"\n")
    finally:
        os.close(controller)
    return child.wait(timeout=60), shown


def test_on_a_real_terminal_the_passphrase_is_asked_and_never_echoed(db_path):
    encrypted_journal(db_path)
    code, shown = _at_a_terminal(db_path, "member", "list", typed=["not this one", PASSPHRASE])
    assert code == 0, shown
    assert b"Passphrase for" in shown and b"does not open it; try again" in shown and b"Ana" in shown
    assert b"not this one" not in shown and PASSPHRASE.encode() not in shown


def test_a_summary_written_to_a_file_says_it_is_plain_text_first(db_path, tmp_path):
    encrypted_journal(db_path)
    result, _ = run(db_path, "summary", "-o", str(tmp_path / "summary.md"), typed=(PASSPHRASE,))
    assert "Wrote the summary" in ok(result) and "this summary is plain text" in result.stderr


def test_an_encrypted_sample_journal_to_try_the_unlock_screen_on(tmp_path):
    path = tmp_path / "sealed.db"
    assert "It is encrypted" in ok(run(path, "demo", "--encrypt", PASSPHRASE)[0])
    cipher.forget_all_unlocked()
    # Long strings of the sample only: three letters turn up by chance in its ~700 kB of random bytes.
    assert store.is_encrypted(path) and b"reception@okafor-therapy.example" not in path.read_bytes()
    assert "Ana" in ok(run(path, "member", "list", typed=(PASSPHRASE,))[0])
