"""Snapshot fixtures: text cursors stay still, so a screenshot never depends on when the cursor blinked."""

from tests.ui.conftest import still_cursors  # noqa: F401 - autouse here too: a busy machine caught a blink
