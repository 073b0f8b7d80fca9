"""SIGKILL writers at random moments, then check what they acknowledged (the test and the stress script)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability.writer import contacts_in

ROOT = Path(__file__).resolve().parents[2]
"""The checkout, so ``python -m tests.reliability.writer`` finds the test package."""


@dataclass
class Figures:
    """What a run of kills found."""

    kills: int = 0
    acknowledged: set[str] = field(default_factory=set)
    """Check-in ids a writer reported after their commit."""
    errors: list[str] = field(default_factory=list)
    """``error …`` lines from writers: a writer must never fail before it is killed."""
    lost: int = 0
    half_written: int = 0
    """Check-ins whose interactions are not all there (or interactions without their check-in)."""
    integrity: str = ""
    foreign_keys: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"kills: {self.kills}\nacknowledged writes: {len(self.acknowledged)}\nlost: {self.lost}\n"
            f"half-written: {self.half_written}\nwriter errors: {len(self.errors)}\n"
            f"integrity_check: {self.integrity}\nforeign_key_check rows: {self.foreign_keys}\n"
            f"time: {self.seconds:.1f} s"
        )


class Writers:
    """One forking writer server (``tests.reliability.writer``); each :meth:`kill_one` is a fresh process."""

    def __init__(self, path: Path) -> None:
        self.server = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.writer", str(path)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.server.stdout is not None
        line = self.server.stdout.readline().decode()
        if not line:
            raise RuntimeError("the writer server ended")
        return line.strip()

    def _send(self, line: str) -> None:
        assert self.server.stdin is not None
        self.server.stdin.write(f"{line}\n".encode())
        self.server.stdin.flush()

    def kill_one(self, delay: float, figures: Figures, *, after_first_write: bool = False) -> None:
        """Start a writer, SIGKILL it ``delay`` seconds after it is ready, collect what it acknowledged.

        With ``after_first_write`` the delay starts at its first acknowledgement instead, so that
        kill is sure to come after a commit, however slow the machine.
        """
        self._send("go")
        word, _, pid = self._line().partition(" ")
        assert word == "ready", word
        if after_first_write:
            self._collect(self._line(), figures)
        time.sleep(delay)
        os.kill(int(pid), signal.SIGKILL)
        self._send(f"reap {pid}")
        while not (line := self._line()).startswith(f"reaped {pid} "):
            self._collect(line, figures)
        if line != f"reaped {pid} {int(signal.SIGKILL)}":  # the raw wait status of a process killed by it
            figures.errors.append(f"the writer ended another way: {line}")
        figures.kills += 1

    @staticmethod
    def _collect(line: str, figures: Figures) -> None:
        word, _, rest = line.partition(" ")
        if word == "ack":
            figures.acknowledged.add(rest)
        else:
            figures.errors.append(line)

    def close(self) -> None:
        if self.server.stdin is not None:
            self.server.stdin.close()
        self.server.wait(timeout=30)


def check(path: Path, figures: Figures) -> None:
    """Fill in lost, half-written, integrity and foreign keys, reading the file with plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        present = {row[0] for row in conn.execute("SELECT id FROM checkins")}
        figures.lost = len(figures.acknowledged - present)
        counts = conn.execute(
            """SELECT c.note, COUNT(i.id) FROM checkins c LEFT JOIN interactions i ON i.checkin_id = c.id
               GROUP BY c.id"""
        )
        figures.half_written = sum(contacts_in(note) != count for note, count in counts)
        figures.half_written += conn.execute(
            "SELECT COUNT(*) FROM interactions WHERE checkin_id NOT IN (SELECT id FROM checkins)"
        ).fetchone()[0]
        figures.integrity = ", ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        figures.foreign_keys = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        conn.close()


def kill_writers(path: Path, kills: int, *, seed: int = 0) -> Figures:
    """Kill ``kills`` writers of ``path``, each after a random 5-50 ms, then check the file."""
    chance = random.Random(seed)
    figures = Figures()
    started = time.perf_counter()
    writers = Writers(path)
    try:
        for kill in range(kills):  # every other kill may land while the writer opens the file
            writers.kill_one(chance.uniform(0.005, 0.05), figures, after_first_write=kill % 2 == 1)
    finally:
        writers.close()
    check(path, figures)
    figures.seconds = time.perf_counter() - started
    return figures
