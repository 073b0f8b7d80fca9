"""The command line's progress bar: drawn on a terminal once a job runs long, never into a pipe."""

from __future__ import annotations

import io

import pytest

from supportjournal.cli import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_job_on_a_terminal_draws_a_bar_and_a_pipe_gets_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "SHOW_AFTER_SECONDS", 0.0)  # every job counts as long here
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress.progress_bar("Exporting") as update:
        update(50, 100)
        update(100, 100)
    assert "Exporting" in terminal.getvalue() and "100%" in terminal.getvalue()

    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    with progress.progress_bar("Exporting") as update:
        update(100, 100)
    assert pipe.getvalue() == ""


def test_a_quick_job_shows_no_bar_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "SHOW_AFTER_SECONDS", 3600.0)
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress.progress_bar("Exporting") as update:
        update(100, 100)
    assert terminal.getvalue() == ""
