"""mypy passes on the whole package (configured in pyproject.toml), so CI fails on a type error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from supportjournal.store.errors import StoreError, written

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_passes() -> None:
    # Run from the checkout, so mypy reads [tool.mypy] and its cache makes later runs take a second.
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_record_gone_right_after_its_write_is_a_store_error_not_none() -> None:
    # store functions read a record back after writing it; typed, that read may not pass on a None.
    assert written("entry") == "entry"
    with pytest.raises(StoreError, match="deleted by another program"):
        written(None)
