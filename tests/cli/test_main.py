"""The command group: help and version everywhere, where the journal is, opening the app, errors."""

from __future__ import annotations

import os
import stat

import click
import pytest

from supportjournal import __version__, store
from supportjournal.cli import main
from tests.cli.conftest import assert_one_error_line
from tests.cli.test_members import ok
from tests.conftest import TODAY


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()):
    context = click.Context(group)
    for name in group.list_commands(context):  # as the help lists them: the top level's load on demand
        command = group.get_command(context, name)
        assert command is not None and command.name == name
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from command_paths(command, (*prefix, name))


ALL_COMMANDS = [(), *command_paths(main)]


def test_every_command_is_there():
    names = {" ".join(path) for path in ALL_COMMANDS}
    assert {
        "checkin", "today", "doctor", "demo", "member add", "member list", "member show", "member edit",
        "member archive", "member restore", "member ask", "selfcare add", "selfcare list", "selfcare done",
        "selfcare skip", "selfcare clear", "selfcare archive", "selfcare restore",
    } <= names


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda path: " ".join(path) or "main")
def test_help_and_version_everywhere(cli, db_path, path):
    help_text = ok(cli(*path, "--help", db=False))
    assert help_text.startswith(f"Usage: {' '.join(('main', *path))} [OPTIONS]")
    assert "--db PATH" in help_text and "--version" in help_text
    assert ok(cli(*path, "-h", db=False)) == help_text
    assert ok(cli(*path, "--version", db=False)) == f"supportjournal, version {__version__}\n"
    assert not db_path.exists()


def test_group_help_has_examples(cli):
    text = ok(cli("--help", db=False))
    assert "Examples:" in text and "supportjournal checkin --mood 7" in text and "--demo" in text


def test_db_from_the_environment(cli, tmp_path):
    env_path = tmp_path / "env.db"
    ok(cli("member", "add", "Ana", "--kind", "friend", env={"SUPPORTJOURNAL_DB": str(env_path)}, db=False))
    assert [m.name for m in store.list_members(store.open_db(env_path))] == ["Ana"]


def test_db_option_beats_the_environment_and_the_command_s_beats_the_group_s(cli, db, tmp_path):
    env = {"SUPPORTJOURNAL_DB": str(tmp_path / "env.db")}
    group_level, command_level = tmp_path / "group.db", tmp_path / "command.db"
    ok(cli("--db", str(group_level), "member", "add", "--db", str(command_level), "Ana", "--kind", "friend",
           env=env, db=False))
    ok(cli("--db", str(group_level), "selfcare", "--db", str(command_level), "add", "Walk", env=env, db=False))
    assert not (tmp_path / "env.db").exists() and not group_level.exists()
    command_db = store.open_db(command_level)
    assert [m.name for m in store.list_members(command_db)] == ["Ana"]
    assert [i.title for i in store.list_items(command_db)] == ["Walk"]


def test_default_db_in_the_user_data_folder(cli, tmp_path):
    data_home = tmp_path / "data"
    ok(cli("checkin", "--mood", "6", env={"SUPPORTJOURNAL_DB": None, "XDG_DATA_HOME": str(data_home)}, db=False))
    path = data_home / "supportjournal" / "journal.db"
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert store.checkin_streak(store.open_db(path), TODAY) == 1


@pytest.fixture
def opened(monkeypatch):
    """Record what the app would be opened on, instead of running it."""
    calls = []

    def fake_open_app(db, *, demo=False):
        path = db.execute("PRAGMA database_list").fetchone()[2]
        calls.append((path, demo, [m.name for m in store.list_members(db)]))

    monkeypatch.setattr("supportjournal.cli.launch.open_app", fake_open_app)
    return calls


def test_no_command_opens_the_app_on_the_journal(cli, db, db_path, opened):
    store.add_member(db, "Ana", "friend")
    result = cli()
    assert result.exit_code == 0, result.output
    assert opened == [(str(db_path), False, ["Ana"])]


@pytest.mark.parametrize(
    "args", [("--years", "2"), ("--seed", "3"), ("--demo", "today"), ("--years", "0", "--demo")]
)
def test_demo_options_misused_are_usage_errors(cli, opened, db_path, args):
    result = cli(*args, db=False)
    assert result.exit_code == 2 and "Error:" in result.stderr
    assert opened == [] and not db_path.exists()


def test_a_newer_journal_is_refused_and_untouched(cli, db, db_path, opened):
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = db_path.read_bytes()
    for args in (("member", "list"), ("checkin", "--mood", "5"), ("doctor",), ()):
        assert_one_error_line(cli(*args), "newer Support Journal", "not changed")
    assert db_path.read_bytes() == before and opened == []


@pytest.mark.parametrize(
    ("make", "expect"),
    [
        (lambda tmp: tmp, "is a folder"),
        (lambda tmp: (tmp / "notes.txt").write_text("hello, not sqlite " * 100) and tmp / "notes.txt",
         "is not a Support Journal database"),
        (lambda tmp: (tmp / "file").write_text("x") and tmp / "file" / "journal.db", "is a file, not a folder"),
    ],
)
def test_unusable_paths_are_one_line(cli, tmp_path, make, expect):
    assert_one_error_line(cli("--db", str(make(tmp_path)), "today", db=False), expect)
