"""SIGKILL mid-write loses nothing acknowledged and leaves nothing half-written."""

from __future__ import annotations

from supportjournal import store
from tests.reliability.killing import kill_writers
from tests.reliability.writer import MEMBERS


def test_thirty_kills_lose_nothing_acknowledged(db, db_path):
    for name in MEMBERS:
        store.add_member(db, name, "friend")
    db.close()
    figures = kill_writers(db_path, 30, seed=8)
    assert figures.errors == []
    assert figures.kills == 30 and figures.acknowledged  # half the kills wait for a first commit
    assert (figures.lost, figures.half_written, figures.foreign_keys) == (0, 0, 0)
    assert figures.integrity == "ok"
    reopened = store.open_db(db_path)  # and the app's own way in still works on the file
    assert len(list(reopened["checkins"].rows)) >= len(figures.acknowledged)
    reopened.close()
