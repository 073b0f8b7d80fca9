"""How long each export of ten years of demo data takes: ``python -m tests.bench.export_bench``.

A script, not a test (tests never assert on time): the target is two seconds or less per format.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from supportjournal import store
from supportjournal.demo import generate
from supportjournal.portability.formats import EXPORTS
from supportjournal.portability.jobs import no_progress
from tests.conftest import NOW

TARGET_SECONDS = 2.0


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "bench.db")
        generate(db, years=10, now=NOW)
        for export in EXPORTS.values():
            started = time.perf_counter()
            export.write(db, NOW, no_progress)
            seconds = time.perf_counter() - started
            print(f"{export.name:9} {seconds:5.2f} s  {'ok' if seconds <= TARGET_SECONDS else 'SLOW'}")
        db.close()


if __name__ == "__main__":
    main()
