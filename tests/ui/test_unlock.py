"""The unlock screen of an encrypted journal: nothing shown before the key, never echoed, try again calmly."""

from __future__ import annotations

from textual.widgets import Checkbox, Input

from supportjournal import store
from supportjournal.store import cipher
from supportjournal.ui.unlock import WRONG, UnlockApp
from tests.bad_files import files
from tests.conftest import NOW
from tests.ui.shown import screen_text

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
