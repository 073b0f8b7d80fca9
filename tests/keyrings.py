"""Keyrings for tests: the real system keyring is never touched.

``MemoryKeyring`` serves a test in this process (``keyring.set_keyring``); ``FileKeyring`` serves
commands run as subprocesses (``PYTHON_KEYRING_BACKEND=tests.keyrings.FileKeyring`` and
``SUPPORTJOURNAL_TEST_KEYRING=<a JSON file>``), as the benchmark's encrypted check-in does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_VARIABLE = "SUPPORTJOURNAL_TEST_KEYRING"


class MemoryKeyring(KeyringBackend):
    """Entries in a dict, gone with the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


class FileKeyring(KeyringBackend):
    """Entries in the JSON file named by ``$SUPPORTJOURNAL_TEST_KEYRING``, for another process."""

    priority = 1  # type: ignore[assignment]

    @property
    def file(self) -> Path:
        return Path(os.environ[FILE_VARIABLE])

    def _entries(self) -> dict[str, str]:
        return json.loads(self.file.read_text()) if self.file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.file.write_text(json.dumps({**self._entries(), f"{service}/{username}": password}))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("not there")
        self.file.write_text(json.dumps(entries))
