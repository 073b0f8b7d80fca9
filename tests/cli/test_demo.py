"""``supportjournal demo`` and ``--demo``: sample data into a new file, never into the real journal."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from supportjournal import store
from supportjournal.cli.launch import demo_journal
from tests.cli.conftest import assert_one_error_line, snapshot
from tests.cli.test_members import ok
from tests.conftest import TODAY


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_demo_writes_a_sample_journal(cli, tmp_path):
    path = tmp_path / "sample.db"
    out = ok(cli("demo", "--db", str(path), "--years", "1", "--seed", "3", db=False))
    assert out.startswith(f"Wrote a demo journal to {path}: 25 members, ") and out.count("\n") == 1
    db = store.open_db(path)
    members = store.list_members(db)
    assert len(members) >= 20 and "Sam [work]" in [m.name for m in members]
    assert {"professional", "support group", "online community"} <= {m.kind for m in members}
    assert store.checkins_on(db, TODAY) and mode(path) == 0o600


def test_demo_is_deterministic(cli, tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    ok(cli("demo", "--db", str(first), "--seed", "7", db=False))
    ok(cli("--db", str(second), "demo", "--seed", "7", db=False))
    assert snapshot(store.open_db(first)) == snapshot(store.open_db(second))


def test_demo_refuses_a_journal_that_holds_anything(refused, db):
    store.add_item(db, "Walk")
    refused("demo", "--years", "1", expect=("already holds a journal",))


def test_demo_needs_a_named_file(cli, tmp_path):
    env = {"SUPPORTJOURNAL_DB": None, "XDG_DATA_HOME": str(tmp_path / "data")}
    assert_one_error_line(cli("demo", env=env, db=False), "demo needs --db PATH")
    assert not (tmp_path / "data").exists()


def test_demo_journal_is_private_and_removed_afterwards(monkeypatch, tmp_path):
    real = tmp_path / "real.db"
    monkeypatch.setenv("SUPPORTJOURNAL_DB", str(real))
    with demo_journal(years=1, seed=1, today=TODAY) as db:
        path = Path(db.execute("PRAGMA database_list").fetchone()[2])
        assert mode(path.parent) == 0o700 and mode(path) == 0o600
        assert len(store.list_members(db)) >= 20
    assert not path.parent.exists()
    assert not real.exists()


def test_demo_journal_is_removed_even_when_the_app_fails(tmp_path):
    with pytest.raises(RuntimeError), demo_journal(years=1, today=TODAY) as db:
        path = Path(db.execute("PRAGMA database_list").fetchone()[2])
        raise RuntimeError("the app crashed")
    assert not path.parent.exists()


def test_demo_flag_opens_the_app_on_a_temporary_journal(cli, db, db_path, monkeypatch, tmp_path):
    store.add_member(db, "My real friend", "friend")
    before = snapshot(db)
    seen = []

    def fake_open_app(demo_db, *, demo=False):
        path = Path(demo_db.execute("PRAGMA database_list").fetchone()[2])
        seen.append((path, demo, len(store.list_members(demo_db)), mode(path.parent)))

    monkeypatch.setattr("supportjournal.cli.launch.open_app", fake_open_app)
    env = {"SUPPORTJOURNAL_DB": str(db_path)}
    result = cli("--demo", "--years", "1", "--seed", "2", env=env, db=False)
    assert result.exit_code == 0, result.output
    ((path, demo, members, folder_mode),) = seen
    assert demo and members >= 20 and folder_mode == 0o700
    assert path.parent != db_path.parent and not path.parent.exists()
    assert snapshot(db) == before
