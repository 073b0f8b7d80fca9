"""Pilot-test fixtures shared by the UI tests: still cursors, and a network to look at."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea


@pytest.fixture(autouse=True)
def still_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cursors do not blink in tests, so what is on screen does not depend on timing."""
    for widget in (Input, TextArea):
        monkeypatch.setattr(widget.cursor_blink, "_default", False)
