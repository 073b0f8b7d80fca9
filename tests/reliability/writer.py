"""Writer processes for the crash and concurrency tests: check-ins through the store, acked after commit.

``python -m tests.reliability.writer DB COUNT`` says ``ready``, waits for a line on stdin, then writes
COUNT check-ins. ``python -m tests.reliability.writer DB`` imports once and forks a writer that
never stops for each ``go`` line read, and reaps it on ``reap PID``: a SIGKILL test then starts a
fresh writer process in a millisecond instead of a fresh interpreter's 150.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import datetime, timedelta

from sqlite_utils import Database

from supportjournal import store

MEMBERS = ("Ana", "Ben", "Cleo")
"""The members every check-in may name; the test adds them before the first writer starts."""
DIRECTIONS = ("none", "gave", "received", "both")


def note_for(contacts: int) -> str:
    """The note says how many interactions its check-in has, so a half-written one shows."""
    return f"contacts={contacts} " + "x" * 200


def contacts_in(note: str) -> int:
    return int(note.split()[0].removeprefix("contacts="))


def _say(line: str) -> None:
    os.write(1, f"{line}\n".encode())  # one write: a line is whole in the pipe even if killed


def write(db: Database, count: int | None, seed: int, pause: float = 0.0) -> None:
    """Write ``count`` check-ins (forever with None), saying ``ack ID`` after each commit.

    ``pause`` seconds at most between writes, as people and scripts leave: another writer then gets
    the lock in between instead of waiting for all of this one's writes.
    """
    chance = random.Random(seed)
    ids = {member.name: member.id for member in store.list_members(db)}
    at = datetime(2026, 11, 27, 12, 0)
    done = 0
    while count is None or done < count:
        names = chance.sample(MEMBERS, chance.randint(0, len(MEMBERS)))
        contacts = [store.Contact(ids[name], chance.choice(DIRECTIONS)) for name in names]
        at -= timedelta(minutes=1)
        mood = chance.randint(1, 10)
        saved = store.record_checkin(db, mood, at, contacts=contacts, note=note_for(len(names)))
        _say(f"ack {saved.id}")
        done += 1
        time.sleep(chance.uniform(0, pause))


def _child(path: str, seed: int) -> None:
    try:
        _say(f"ready {os.getpid()}")
        write(store.open_db(path), None, seed)  # killed anywhere from here on, opening included
    except BaseException as error:  # a writer must never fail: the test reads this line and says so
        _say(f"error {type(error).__name__}: {error}")
    finally:
        os._exit(1)  # never run the parent's cleanup in a forked child


def serve(path: str) -> None:
    """Fork a writer per ``go`` line; ``reap PID`` waits for it and answers ``reaped PID STATUS``."""
    seed = 0
    _say("ready")
    for line in sys.stdin:
        word, _, rest = line.strip().partition(" ")
        if word == "go":
            seed += 1
            if os.fork() == 0:
                _child(path, seed)
        elif word == "reap":
            _, status = os.waitpid(int(rest), 0)
            _say(f"reaped {rest} {status}")


def main(args: list[str]) -> None:
    if len(args) == 1:
        serve(args[0])
        return
    try:
        db = store.open_db(args[0])
        _say("ready")  # open before saying so: the two writers' first writes then start together
        sys.stdin.readline()
        write(db, int(args[1]), seed=os.getpid(), pause=0.002)
        db.close()
    except Exception as error:
        _say(f"error {type(error).__name__}: {error}")
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
