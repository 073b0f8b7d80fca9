"""``supportjournal doctor``: a plain report, exit 1 when something is wrong."""

from __future__ import annotations

import os
import random

import pytest

from supportjournal import store
from tests.bad_files import files, make_journal
from tests.cli.conftest import assert_one_error_line
from tests.cli.test_members import ok
from tests.conftest import TODAY


def test_a_healthy_journal(cli, db, db_path):
    store.add_member(db, "Ana", "friend")
    out = ok(cli("doctor"))
    lines = out.splitlines()
    assert all(line.startswith("ok      ") for line in lines[:-1])
    assert "ok      database integrity: ok" in lines and "ok      journal.db permissions: 600" in lines
    assert any(line.startswith("ok      contents: 1 members") for line in lines)
    assert lines[-1] == f"{db_path}: all checks passed"


@pytest.mark.plain_only("its count assumes the fixture's first write made the -wal and -shm 0600 before the chmod")
def test_a_problem_exits_1(cli, db, db_path):
    os.chmod(db_path, 0o644)
    result = cli("doctor")
    assert result.exit_code == 1 and result.stderr == ""
    assert "PROBLEM journal.db permissions: 644 (others can read it; run chmod 600)" in result.stdout
    assert result.stdout.splitlines()[-1] == f"{db_path}: 1 problem(s) found"


def test_repair_rebuilds_the_search_index(cli, db):
    store.save_entry(db, TODAY, "a calm walk")
    assert ok(cli("doctor", "--repair")).endswith("all checks passed\n")
    assert [hit.day.isoformat() for hit in store.search_entries(db, "walk")] == ["2026-11-27"]


@pytest.mark.plain_only("there is no journal to encrypt")
def test_a_missing_journal_is_not_created(cli, db_path):
    assert_one_error_line(cli("doctor"), "no journal at")
    assert not db_path.exists()


def test_doctor_finds_a_broken_search_index_without_writing(cli, db, db_path):
    store.save_entry(db, TODAY, "a calm walk")
    rowid = db.execute("SELECT rowid FROM journal").fetchone()[0]
    # Tell the index to forget words the entry never had: the index no longer matches the entries.
    db.execute("INSERT INTO journal_fts(journal_fts, rowid, body) VALUES ('delete', ?, 'storm at sea')", [rowid])
    db.close()
    before = files(db_path.parent)
    result = cli("doctor")
    assert result.exit_code == 1
    assert any(
        line.startswith("PROBLEM journal search index: ") and line.endswith("(rebuild with 'supportjournal doctor --repair')")
        for line in result.stdout.splitlines()
    ), result.stdout
    assert files(db_path.parent) == before
    assert ok(cli("doctor", "--repair")).endswith("all checks passed\n")


@pytest.mark.plain_only("it damages a plain journal's page, found through its plain header")
def test_doctor_reports_what_it_can_on_a_damaged_page(cli, db_path):
    make_journal(db_path, entries=40)
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[3 * page_size : 4 * page_size] = random.Random(9).randbytes(page_size)
    db_path.write_bytes(bytes(data))
    result = cli("doctor")
    assert result.exit_code == 1 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert "PROBLEM database integrity: damaged (database disk image is malformed)" in lines
    assert "ok      journal.db permissions: 600" in lines
    assert lines[-1].startswith(f"{db_path}: ") and lines[-1].endswith("problem(s) found")
