"""Where the database lives: ``--db``, else ``$SUPPORTJOURNAL_DB``, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SUPPORTJOURNAL_DB"
FILE_NAME = "journal.db"


def default_db_path() -> Path:
    """The database in the platform's per-user data folder."""
    from platformdirs import user_data_path

    return user_data_path("supportjournal", appauthor=False) / FILE_NAME


def resolve_db_path(option: str | os.PathLike[str] | None = None) -> Path:
    """Pick the database path.

    Args:
        option: The ``--db`` value, if one was given.

    Returns:
        The path from the option, else from ``$SUPPORTJOURNAL_DB``, else the default.
    """
    if option:
        return Path(option).expanduser()
    if env := os.environ.get(ENV_VAR):
        return Path(env).expanduser()
    return default_db_path()
