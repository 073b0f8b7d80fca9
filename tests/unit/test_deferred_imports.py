"""Modules deferred to their first use (``store/deferred_imports.py``), each test in a fresh interpreter.

A module of the test's own counts its runs in a file and takes its time to run, so two threads reading it
at once would both run it, or one would read it half run, if the first use were not held to one thread.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SLOW_MODULE = """
import time
with open({runs!r}, "a") as runs:
    runs.write("ran\\n")
first = 1
time.sleep(0.2)  # long enough for every thread to arrive while it runs
last = 2
"""

FIRST_USE = """
import sys, types
sys.path.insert(0, {folder!r})
from supportjournal.store.deferred_imports import deferred
with deferred(frozenset({{"slow"}})):
    import slow
print(type(slow) is not types.ModuleType, open({runs!r}).read().count("ran"))  # imported, not run
"""


def run(script: str) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def slow_module(folder: Path) -> dict[str, str]:
    runs = folder / "runs.txt"
    runs.write_text("")
    (folder / "slow.py").write_text(SLOW_MODULE.format(runs=str(runs)))
    return {"folder": str(folder), "runs": str(runs)}


def test_a_deferred_module_runs_on_its_first_use_and_not_before(tmp_path):
    script = FIRST_USE + """
print(slow.first, slow.last, type(slow) is types.ModuleType, open({runs!r}).read().count("ran"))
"""
    assert run(script.format(**slow_module(tmp_path))) == ["True", "0", "1", "2", "True", "1"]


def test_threads_first_using_a_deferred_module_at_once_all_read_it_whole_and_it_runs_once(tmp_path):
    script = FIRST_USE + """
import threading
start = threading.Barrier(8)
read = []

def use():
    start.wait()
    read.append((slow.first, slow.last))

threads = [threading.Thread(target=use) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(read), set(read) == {{(1, 2)}}, open({runs!r}).read().count("ran"))
"""
    assert run(script.format(**slow_module(tmp_path))) == ["True", "0", "8", "True", "1"]


def test_what_is_set_on_a_deferred_module_before_it_runs_stays_set(tmp_path):
    """As after a plain import, where setting ``slow.last`` replaces what its code set."""
    script = FIRST_USE + """
slow.last = "patched"
print(slow.first, slow.last)
"""
    assert run(script.format(**slow_module(tmp_path))) == ["True", "0", "1", "patched"]


def test_a_deferred_module_that_fails_raises_its_error_where_it_is_first_used(tmp_path):
    (tmp_path / "broken.py").write_text("raise ValueError('broken on purpose')\n")
    script = f"""
import sys, types
sys.path.insert(0, {str(tmp_path)!r})
from supportjournal.store.deferred_imports import deferred
with deferred(frozenset({{"broken"}})):
    import broken
try:
    broken.anything
except ValueError as error:
    print(error.args[0].split()[0], type(broken) is types.ModuleType)
"""
    assert run(script) == ["broken", "True"]
