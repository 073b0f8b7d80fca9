"""Bad journal files made for real: damaged bytes, a newer version in a pending WAL, places we may not write."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from supportjournal import store
from tests.conftest import NOW, TODAY


def make_journal(path: Path, *, entries: int = 0) -> None:
    """A real journal with one member (and ``entries`` journal days, to span many pages), closed."""
    db = store.open_db(path)
    try:
        store.add_member(db, "Ana", "friend", now=NOW)
        for offset in range(entries):
            store.save_entry(db, TODAY.replace(day=1 + offset % 28, month=1 + offset // 28), "a long walk " * 200)
    finally:
        db.close()


def files(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` by name, with its bytes: equal before and after means nothing was touched."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def newer_in_pending_wal(path: Path, version: int = 99) -> None:
    """A journal whose newer version is only in its ``-wal``, as a newer app that crashed would leave it."""
    make_journal(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA user_version = {version}")
    left = files(path.parent)  # what is on disk while it is still open: closing would checkpoint
    conn.close()
    for name, data in left.items():
        (path.parent / name).write_bytes(data)
    assert f"{path.name}-wal" in left and int.from_bytes(left[path.name][60:64], "big") == store.SCHEMA_VERSION


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(8).randbytes(8192))
    return path


def truncated(path: Path) -> Path:
    make_journal(path, entries=40)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def plain_text(path: Path) -> Path:
    path.write_text("Dear diary, these are my notes and not a database.\n" * 50)
    return path


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """The common umask 022, under which a file made without care would be readable by others."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


class Place:
    """A folder whose permission bits hold for this test, even for root.

    Root ignores permission bits, so as root the folder is given to ``nobody`` and the test acts
    as ``nobody`` inside :meth:`as_owner` (real and effective ids both, so ``os.access`` agrees).
    """

    def __init__(self, folder: Path, user: int | None, group: int | None) -> None:
        self.folder = folder
        self.user = user
        self.group = group

    def hand_over(self) -> None:
        """Give the folder and everything in it to the user the test acts as."""
        if self.user is None:
            return
        for path in (self.folder, *self.folder.iterdir()):
            os.chown(path, self.user, self.group)

    @contextmanager
    def as_owner(self) -> Iterator[None]:
        if self.user is None:
            yield
            return
        groups = os.getgroups()
        os.setgroups([])
        os.setresgid(self.group, self.group, 0)
        os.setresuid(self.user, self.user, 0)
        try:
            yield
        finally:
            os.setresuid(0, 0, 0)
            os.setresgid(0, 0, 0)
            os.setgroups(groups)


@pytest.fixture
def place(tmp_path) -> Iterator[Place]:
    """An empty folder, ``place.folder``, to make read-only; as root the test acts as ``nobody`` in it."""
    if os.geteuid() != 0:
        outer, user, group = tmp_path, None, None
    elif not hasattr(os, "setresuid"):
        pytest.skip("running as root, and this system cannot act as another user for a while")
    else:
        try:
            import pwd

            nobody = pwd.getpwnam("nobody")
        except (ImportError, KeyError):
            pytest.skip("running as root, and there is no 'nobody' user to act as")
        user, group = nobody.pw_uid, nobody.pw_gid
        # pytest's own temporary folders are closed to other users: nobody could not reach one.
        outer = Path(tempfile.mkdtemp(prefix="supportjournal-"))
        os.chmod(outer, 0o711)
    folder = outer / "place"
    folder.mkdir()
    try:
        yield Place(folder, user, group)
    finally:
        os.chmod(folder, 0o700)  # so it can be cleaned up
        if outer != tmp_path:
            shutil.rmtree(outer)
