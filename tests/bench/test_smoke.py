"""The benchmark still runs: once each, on a one-year journal (the benchmark itself is not part of the tests)."""

import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).with_name("run.py")


def test_the_benchmark_measures_every_figure_on_a_small_journal() -> None:
    done = subprocess.run([sys.executable, str(RUN), "--smoke"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    table = done.stdout
    for figure in ("floor: one row with sqlite3", "check-in on 1 year / the floor", "app home screen on 1 year / bare app",
                   "app peak memory / bare app", "encrypted check-in on 1 year, key via keyring / the floor", "key: open a member, median", "key: save a check-in, p95"):
        assert figure in table, figure
    # Every ratio is a real number measured in this run, never a placeholder.
    ratios = [line.split()[-4] for line in table.splitlines() if line.endswith((" ok", " OVER"))]
    assert ratios and all(float(ratio) > 0 for ratio in ratios)
