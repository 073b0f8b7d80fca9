"""A remembered key in a real Secret Service (gnome-keyring on a D-Bus session of the test's own).

Runs where ``dbus-run-session`` and ``gnome-keyring-daemon`` are installed (on Debian: the packages
dbus-daemon and gnome-keyring); the daemon's files go to the test's folder, never the desktop's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import HAS_SQLCIPHER

pytestmark = [
    pytest.mark.skipif(not HAS_SQLCIPHER, reason="SQLCipher is not installed (supportjournal[encrypt])"),
    pytest.mark.skipif(
        not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
        reason="needs dbus-run-session and gnome-keyring-daemon for a Secret Service of the test's own",
    ),
]

SCRIPT = """
import json, subprocess, sys
from supportjournal import store
from supportjournal.store import cipher, secret_service

journal = sys.argv[1]
with store.open_db(journal) as db:
    store.add_member(db, "Ana", "friend")
key = store.encrypt(journal, "steady as the tide")
cipher.remember(key)  # through keyring, whose backend here is the Secret Service
account = cipher._account(key.salt)
stored = secret_service.lookup(cipher.KEYRING_SERVICE, account)

CHECKIN = '''
import sys
from supportjournal.cli import main
try:
    main(["--db", sys.argv[1], "checkin", "--mood", "6", "--with", "Ana"], prog_name="supportjournal")
except SystemExit as exit:
    print("keyring" in sys.modules, exit.code)
'''
def checkin():
    done = subprocess.run([sys.executable, "-c", CHECKIN, journal], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return done.stdout.splitlines(), done.stderr.strip()

remembered = checkin()
locked = subprocess.run([sys.executable, "-m", "supportjournal", "--db", journal, "lock"], capture_output=True, text=True)
after_lock = checkin()
print(json.dumps({
    "stored": stored == key.raw.hex(), "remembered": remembered, "lock": locked.stdout.strip(),
    "after_lock": after_lock, "left": secret_service.lookup(cipher.KEYRING_SERVICE, account),
}))
"""


def test_a_key_kept_in_the_secret_service_opens_the_journal_without_keyring_and_lock_forgets_it(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **{name: value for name, value in os.environ.items() if not name.startswith(("DBUS_", "XDG_"))},
        "HOME": str(home), "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        "PYTHONPATH": str(Path(__file__).parents[2]),
    }
    session = (
        "echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 && "
        f'exec "{sys.executable}" -c "$0" "$1"'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", session, SCRIPT, str(tmp_path / "journal.db")],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["stored"]
    (printed, errors), (_, refusal) = result["remembered"], result["after_lock"]
    assert printed[0].startswith("Checked in: mood 6") and not errors
    assert printed[-1] == "False 0"  # the check-in read its key without loading keyring
    assert result["lock"].startswith("Forgot")
    assert "is encrypted (or is not a journal at all)" in refusal  # no key anywhere now, and no terminal to ask on
    assert result["left"] is None
