"""Kill 1,000 check-in writers at random moments and print what survived: ``python tests/stress/sigkill.py``.

Not collected by pytest (the name is not ``test_*``); the normal run's ``tests/reliability/test_sigkill.py``
does 30 kills the same way.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from supportjournal import store  # noqa: E402
from tests.reliability.killing import kill_writers  # noqa: E402
from tests.reliability.writer import MEMBERS  # noqa: E402


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--kills", type=int, default=1000)
    options.add_argument("--seed", type=int, default=0)
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.db"
        db = store.open_db(path)
        for name in MEMBERS:
            store.add_member(db, name, "friend")
        db.close()
        figures = kill_writers(path, args.kills, seed=args.seed)
    print(figures.summary())
    for line in figures.errors[:10]:
        print(f"  {line}")
    healthy = not (figures.errors or figures.lost or figures.half_written or figures.foreign_keys)
    return 0 if healthy and figures.integrity == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
