"""Where the database lives: ``--db``, else ``$SUPPORTJOURNAL_DB``, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from supportjournal.store.errors import StoreError

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

    Raises:
        StoreError: The path given is empty: a script's unset variable must not mean the real journal.
    """
    if option is not None:
        return _given(os.fspath(option), "--db is empty", "leave --db out")
    if (env := os.environ.get(ENV_VAR)) is not None:
        return _given(env, f"${ENV_VAR} is set but empty", "unset it")
    return default_db_path()


def _given(value: str, empty: str, instead: str) -> Path:
    if not value.strip():
        raise StoreError(f"{empty}: give the journal's path, or {instead} to use your usual journal")
    return Path(value).expanduser()
