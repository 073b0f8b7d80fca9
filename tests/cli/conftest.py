"""Running the command line in-process on the test journal, with the fixed clock."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result

from supportjournal.cli import main
from supportjournal.cli.session import Session
from tests.conftest import dump, fixed_clock, make_encrypted


def snapshot(db) -> list[str]:
    """Every row of every table, to show that a refused command wrote nothing."""
    return dump(db)


def assert_one_error_line(result: Result, *words: str) -> str:
    """Exit code 1, nothing on stdout, one ``Error: …`` line on stderr containing ``words``."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def cli(db_path, journal_kind):
    """``cli("member", "list")`` runs ``supportjournal --db <test journal> member list``.

    An encrypted test journal is unlocked (its key is known in this process), as after its passphrase.
    """
    if journal_kind == "encrypted" and not db_path.exists():
        make_encrypted(db_path)
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None, db: bool = True) -> Result:
        prefix = ["--db", str(db_path)] if db else []
        return runner.invoke(main, [*prefix, *args], obj=Session(clock=fixed_clock), env=env)

    return run


@pytest.fixture
def refused(cli, db):
    """``refused(args, words)``: the command fails with one error line and writes nothing."""

    def run(*args: str, expect: tuple[str, ...] = ()) -> str:
        before = snapshot(db)
        line = assert_one_error_line(cli(*args), *expect)
        assert snapshot(db) == before
        return line

    return run
