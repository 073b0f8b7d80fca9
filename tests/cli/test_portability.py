"""``export`` and ``import`` from the shell: files private and whole, dry runs honest, refusals clean."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from supportjournal import store
from supportjournal.portability.backup import backup_folder
from tests.cli.conftest import assert_one_error_line, snapshot
from tests.conftest import NOW, TODAY


def test_export_then_import_elsewhere_with_a_dry_run_first(cli, db, db_path, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    store.save_entry(db, TODAY, "tea [b]not bold[/b] \x1b[31m", now=NOW)
    out = tmp_path / "out.json"
    result = cli("export", "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["tables"]["members"][0]["name"] == "Ana"

    other = tmp_path / "other.db"
    dry = cli("--db", str(other), "import", str(out), "--format", "json", "--dry-run", db=False)
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.startswith("Dry run: nothing was written.")
    real = cli("--db", str(other), "import", str(out), "--format", "json", db=False)
    assert real.stdout.splitlines()[1:] == dry.stdout.splitlines()[1:]
    assert "members: 1 added" in real.stdout
    again = cli("--db", str(other), "import", str(out), "--format", "json", db=False)
    assert "members: 0 added, 0 updated, 1 already here" in again.stdout


@pytest.mark.plain_only("an encrypted journal's export first says on stderr that it is plain text (test_encryption.py)")
def test_export_to_stdout_is_the_file_itself_when_piped(cli, db) -> None:
    store.save_entry(db, TODAY, "line one\nline two", now=NOW)
    result = cli("export", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["tables"]["journal"][0]["body"] == "line one\nline two"
    assert result.stderr == ""  # no progress bar, no chatter when piped


def test_a_malformed_file_is_refused_in_one_line_and_nothing_is_written(cli, db, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "supportjournal", "version": 1, "tables": {"members": [{"id": "x"}]}}')
    before = snapshot(db)
    assert_one_error_line(cli("import", str(bad), "--format", "json"), "members, record 1", "nothing was imported")
    assert snapshot(db) == before
    bad.write_bytes(b'{"a":\n"\xff"}')
    assert_one_error_line(cli("import", str(bad), "--format", "json"), "line 2", "not UTF-8")
    assert_one_error_line(cli("import", str(tmp_path / "missing.json"), "--format", "json"), "no such file")
    assert snapshot(db) == before


@pytest.mark.plain_only("an encrypted journal's export first says on stderr that it is plain text (test_encryption.py)")
def test_an_export_into_a_missing_folder_is_one_line(cli, db, tmp_path) -> None:
    assert_one_error_line(cli("export", "-f", "json", "-o", str(tmp_path / "nope" / "x.json")), "cannot use")


def test_backup_and_restore_from_the_command_line(cli, db, db_path, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    result = cli("backup", str(tmp_path / "b.db"))
    assert result.exit_code == 0 and "integrity checked" in result.stdout
    store.add_member(db, "Ben", "family", now=NOW)
    result = cli("restore", str(tmp_path / "b.db"))
    assert result.exit_code == 0, result.output
    assert [m.name for m in store.list_members(db)] == ["Ana"]
    (tmp_path / "bad.db").write_text("nope")
    before = snapshot(db)
    assert_one_error_line(cli("restore", str(tmp_path / "bad.db")), "not a Support Journal backup")
    assert snapshot(db) == before
    assert cli("backup").exit_code == 0
    assert any(p.name.startswith("journal-2026-11-27T193000") for p in backup_folder(db_path).iterdir())


def test_each_format_exports_from_the_command_line_and_csv_needs_a_place(cli, db, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    store.save_entry(db, TODAY, "a walk", now=NOW)
    for kind, name in (("markdown", "j.md"), ("jrnl", "j.txt"), ("vcard", "m.vcf"), ("csv", "c.zip")):
        result = cli("export", "--format", kind, "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    assert "a walk" in (tmp_path / "j.md").read_text()
    result = cli("export", "--format", "csv")
    assert result.exit_code == 2 and "-o PATH" in result.stderr


def test_daylio_moods_of_ones_own_from_the_command_line(cli, db, tmp_path) -> None:
    fixture = str(Path(__file__).parent.parent / "portability" / "fixtures" / "daylio_custom.csv")
    assert_one_error_line(cli("import", fixture, "--format", "daylio"), "blissful", "--mood")
    assert_one_error_line(cli("import", fixture, "--format", "daylio", "--mood", "blissful=11"), "NAME=N")
    result = cli("import", fixture, "--format", "daylio", "--mood", "blissful=9")
    assert result.exit_code == 0 and "check-ins: 2 added" in result.stdout
    assert cli("import", fixture, "--format", "vcard", "--mood", "x=1").exit_code == 2
