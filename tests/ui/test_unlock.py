"""The unlock screen of an encrypted journal: nothing shown before the key, never echoed, try again calmly."""

from __future__ import annotations

import json

import pytest
from textual.widgets import Checkbox, Input, Static

from supportjournal import store
from supportjournal.store import cipher
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.transfer import PLAIN_EXPORT, TransferScreen
from supportjournal.ui.unlock import WRONG, UnlockApp
from tests.bad_files import files
from tests.conftest import HAS_SQLCIPHER, NOW, fixed_clock, make_encrypted
from tests.ui.shown import screen_text, static_text

pytestmark = pytest.mark.skipif(not HAS_SQLCIPHER, reason="SQLCipher is not installed (supportjournal[encrypt])")

PASSPHRASE = "salt and pepper"


async def test_a_wrong_passphrase_is_said_calmly_and_the_right_one_opens_and_is_remembered(db_path, tmp_path, test_keyring):
    db = store.open_db(db_path)
    store.add_member(db, "Marigold", "friend", now=NOW, notes="a secret note")
    db.close()
    store.encrypt(db_path, PASSPHRASE)
    cipher.forget_all_unlocked()
    before = files(tmp_path)
    app = UnlockApp(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        passphrase = app.query_one("#passphrase", Input)
        assert passphrase.password and app.focused is passphrase
        await pilot.press(*"pepper", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = screen_text(app)
        assert " ".join(WRONG.split()[:4]) in " ".join(shown.split())
        assert "pepper" not in shown and "Marigold" not in shown and passphrase.value == ""
        assert files(tmp_path) == before  # a wrong passphrase wrote nothing

        await pilot.press(*PASSPHRASE)
        assert PASSPHRASE not in screen_text(app)  # never echoed
        app.query_one("#remember", Checkbox).value = True
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_value is True
    cipher.forget_all_unlocked()
    reopened = store.open_db(db_path)  # from the keyring, which holds the key and not the passphrase
    assert store.list_members(reopened)[0].name == "Marigold"
    reopened.close()
    assert all(PASSPHRASE not in value for value in test_keyring.entries.values())


async def test_escape_leaves_without_opening(db_path):
    db = store.open_db(db_path)
    db.close()
    store.encrypt(db_path, PASSPHRASE)
    cipher.forget_all_unlocked()
    app = UnlockApp(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
    assert app.return_value is False


async def test_the_app_runs_on_an_encrypted_journal_and_its_export_says_it_is_plain_text(db_path, tmp_path):
    db = store.open_db(db_path)
    store.set_setting(db, store.WELCOME_SETTING, True)
    db.close()
    make_encrypted(db_path)
    db = store.open_db(db_path)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c", "7", "enter")  # a check-in written through SQLCipher
        await pilot.press("ctrl+p", *"Export the journal", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TransferScreen)
        assert static_text(app.screen.query_one("#plain-export", Static)) == PLAIN_EXPORT
        app.screen.query_one("#path", Input).value = str(tmp_path / "out.json")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
    assert json.loads((tmp_path / "out.json").read_text())["tables"]["checkins"][0]["mood"] == 7
    assert store.is_encrypted(db_path)
    db.close()
