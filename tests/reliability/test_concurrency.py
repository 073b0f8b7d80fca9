"""Two processes writing check-ins to one journal at once: no error, every row there."""

from __future__ import annotations

import subprocess
import sys

from supportjournal import store
from tests.reliability.killing import ROOT, Figures, check
from tests.reliability.writer import MEMBERS

EACH = 100


def test_two_processes_write_at_once(db, db_path):
    for name in MEMBERS:
        store.add_member(db, name, "friend")
    db.close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.writer", str(db_path), str(EACH)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(2)
    ]
    for writer in writers:  # both are up before either starts, so their writes overlap
        assert writer.stdout.readline() == "ready\n"
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    outputs = [writer.communicate(timeout=120) for writer in writers]
    figures = Figures()
    for writer, (out, err) in zip(writers, outputs):
        assert (writer.returncode, err) == (0, ""), out
        acks = [line.removeprefix("ack ") for line in out.splitlines()]
        assert len(acks) == EACH and all(len(ack) > 10 for ack in acks), out
        figures.acknowledged.update(acks)
    check(db_path, figures)
    assert len(figures.acknowledged) == 2 * EACH
    assert (figures.lost, figures.half_written, figures.foreign_keys, figures.integrity) == (0, 0, 0, "ok")
    reopened = store.open_db(db_path)
    assert reopened["checkins"].count == 2 * EACH
    reopened.close()
