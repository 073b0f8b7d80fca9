"""``member purge`` and ``selfcare purge``: only archived records, only after asking (or ``--yes``)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from supportjournal import store
from supportjournal.cli.output import shown
from tests.cli.test_members import ok
from tests.conftest import NOW, TODAY

HOSTILE_NAME = "Sam \x1b]2;owned\x07[b]"
"""A name holding a set-the-window-title sequence, which must never reach the terminal."""
SHOWN = shown(HOSTILE_NAME)


@pytest.fixture
def archived(db):
    """An archived member with a contact and an archived activity with a mark; an active member and activity."""
    sam = store.add_member(db, HOSTILE_NAME, "friend")
    ana = store.add_member(db, "Ana", "friend")
    store.record_checkin(db, 6, NOW, contacts=[store.Contact(sam.id), store.Contact(ana.id)], note="tea")
    walk = store.add_item(db, "Walk", "daily", starts_on=TODAY)
    store.set_mark(db, walk.id, TODAY, "done")
    store.add_item(db, "Stretch", "daily", starts_on=TODAY)
    store.archive_member(db, sam.id, now=NOW)
    store.archive_item(db, walk.id, now=NOW)
    return {"Sam": sam, "Ana": ana, "Walk": walk}


def test_purge_with_yes_deletes_for_good(cli, db, archived):
    assert ok(cli("member", "purge", "sam", "--yes")) == f"Deleted {SHOWN} for good.\n"
    assert ok(cli("selfcare", "purge", "WALK", "--yes")) == "Deleted Walk for good.\n"
    assert store.get_member(db, archived["Sam"].id) is None and store.get_item(db, archived["Walk"].id) is None
    assert [i.member_name for i in store.checkins_on(db, TODAY)[0].interactions] == ["Ana"]
    assert [item.title for item in store.list_items(db)] == ["Stretch"]


def test_purge_refused(refused, archived):
    refused("member", "purge", "ana", "--yes", expect=("no archived member called 'ana'",))
    refused("selfcare", "purge", "stretch", "--yes", expect=("no archived self-care item called 'stretch'",))
    refused("member", "purge", "sam", expect=("nothing deleted: no terminal to ask at; add --yes",))
    refused("selfcare", "purge", "walk", expect=("no terminal to ask at",))


def _purge_at_a_terminal(db_path, answer: bytes) -> subprocess.CompletedProcess[bytes]:
    """``member purge sam`` with a terminal on stdin that has ``answer`` typed into it."""
    controller, terminal = os.openpty()
    try:
        os.write(controller, answer)
        return subprocess.run(
            [sys.executable, "-m", "supportjournal", "--db", str(db_path), "member", "purge", "sam"],
            stdin=terminal, capture_output=True, timeout=60,
        )
    finally:
        os.close(terminal)
        os.close(controller)


def test_purge_asks_at_a_terminal(db, db_path, archived):
    kept = _purge_at_a_terminal(db_path, b"n\n")
    assert (kept.returncode, kept.stdout) == (1, b"")
    question = f"Delete {SHOWN} for good, with their asks, contacts, ledger entries and safety plan lines? This cannot be undone."
    assert kept.stderr.decode() == f"{question} [y/N]: Nothing was deleted.\n"
    assert store.get_member(db, archived["Sam"].id) is not None

    deleted = _purge_at_a_terminal(db_path, b"y\n")
    assert (deleted.returncode, deleted.stdout.decode()) == (0, f"Deleted {SHOWN} for good.\n")
    assert b"\x1b" not in deleted.stderr + deleted.stdout
    assert store.get_member(db, archived["Sam"].id) is None
