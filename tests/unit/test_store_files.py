"""Files written for the person: whole or not at all, and 0600."""

import os
import stat

import pytest

from supportjournal.store import StoreError
from supportjournal.store.files import write_private


def test_a_new_file_is_0600_whatever_the_umask_and_replaces_the_old_one_whole(tmp_path) -> None:
    target = tmp_path / "export.json"
    target.write_text("old")
    os.chmod(target, 0o644)
    old_umask = os.umask(0)
    try:
        write_private(target, "new ✓ [b]")
    finally:
        os.umask(old_umask)
    assert target.read_text(encoding="utf-8") == "new ✓ [b]"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]  # no temporary file left


def test_a_missing_folder_or_a_folder_as_target_is_one_clear_error_and_leaves_nothing(tmp_path) -> None:
    with pytest.raises(StoreError, match="cannot use .*: No such file|cannot use .*no such file"):
        write_private(tmp_path / "missing" / "out.md", b"x")
    with pytest.raises(StoreError, match="is a folder"):
        write_private(tmp_path, b"x")
    assert list(tmp_path.iterdir()) == []
