"""The benchmark: Support Journal against its floors, as ratios from one run on one machine.

    python tests/bench/run.py            # the full run (a few minutes)
    python tests/bench/run.py --quick    # fewer repetitions, under two minutes
    python tests/bench/run.py --smoke    # once each on one small journal: checks the script still works

Every figure is a whole process (or a key through a pilot inside one), repeated, and reported as a median; the
targets are ratios against a floor measured in the same run, so a slow or busy machine moves both sides.
Not part of the test run: tests/bench/test_smoke.py only checks that ``--smoke`` still runs.

The package's bytecode is written first, as ``pip install`` does: with ``PYTHONDONTWRITEBYTECODE`` set (some
sandboxes and CI set it), an editable install would otherwise compile every module it imports on every run, a
cost no installed copy pays.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGETS = HERE / "targets.py"
CHECKIN_NAME = "Ana"
"""A member of every demo journal, named the way a person types it at a check-in."""
FLOOR_SCRIPT = """
import sqlite3, sys, uuid
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO settings (key, value) VALUES (?, '0')", [uuid.uuid4().hex])
db.execute("COMMIT")
"""
"""The floor for a check-in: Python opening the journal with sqlite3 and writing one row in one transaction."""
ENCRYPT_SCRIPT = """
import sys
from supportjournal.store import cipher, encryption
cipher.remember(encryption.encrypt(sys.argv[1], "a benchmark passphrase"))
"""
"""Encrypts a copy of the journal and remembers its key, as ``supportjournal encrypt --remember`` does on a terminal."""
SECRET_SERVICE_SCRIPT = """
import json, shutil, subprocess, sys, time
from pathlib import Path
from supportjournal.store import cipher, encryption
journal, reps, checkin, floor, scratch, source = sys.argv[1], int(sys.argv[2]), *map(json.loads, sys.argv[3:5]), *sys.argv[5:7]
cipher.remember(encryption.encrypt(journal, "a benchmark passphrase"))
times = {"check-in": [], "floor": []}
for _ in range(reps):
    for suffix in ("", "-wal", "-shm"):
        Path(scratch + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, scratch)
    for name, argv in (("floor", floor), ("check-in", checkin)):
        began = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times[name].append(time.perf_counter() - began)
print(json.dumps(times))
"""
"""Inside a D-Bus session of its own with gnome-keyring: encrypt, remember the key there, then time check-ins
and the floor in turn (the floor on a fresh copy each time, as outside)."""
MOVE_KEYS = ("move in the member list", "toggle a self-care item", "search the journal")
"""Key actions measured against moving in a bare OptionList (they update a list in place); the rest open or
close a screen, measured against opening a small modal."""


@dataclass(frozen=True)
class Plan:
    """How much to measure."""

    years: tuple[int, ...]
    process_reps: int
    """Runs of each app process (a few hundred ms each)."""
    checkin_reps: int
    """Runs of the floor and of each check-in: a tenth of a second each, and the noisiest figures, so more of them."""
    key_reps: int
    key_processes: int = 1
    """Processes the keys are timed in, the floor's and the app's in turn, pooled: one process's pace varies
    (the bare modal opens in 127 ms in one, 151 ms in the next), and a median of one would carry that."""


PLANS = {
    "full": Plan(years=(1, 10, 50), process_reps=9, checkin_reps=25, key_reps=20, key_processes=2),
    "quick": Plan(years=(1, 10, 50), process_reps=3, checkin_reps=9, key_reps=6),
    "smoke": Plan(years=(1,), process_reps=1, checkin_reps=1, key_reps=1),
}


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure, its value, and (for a target) the ratio against what it is compared to."""

    figure: str
    value: str
    ratio: float | None = None
    target: float | None = None

    @property
    def verdict(self) -> str:
        if self.ratio is None or self.target is None:
            return ""
        return "ok" if self.ratio <= self.target else "OVER"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by nearest rank (the largest value for fewer than 20)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered) + 0.5) - 1)] if ordered else 0.0


def supportjournal() -> list[str]:
    """The installed command, as a person runs it."""
    found = shutil.which("supportjournal", path=str(Path(sys.executable).parent)) or shutil.which("supportjournal")
    if found is None:
        raise SystemExit("supportjournal is not installed: pip install -e '.[test]' first")
    return [found]


def run(argv: Sequence[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(list(argv), capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1", **(env or {})})
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, argv))} failed ({done.returncode}):\n{done.stderr.strip()}")
    return done


def compile_bytecode() -> None:
    """Write the package's bytecode where Python looks for it, as installing it does."""
    spec = importlib.util.find_spec("supportjournal")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(folder, quiet=1)


def timed_process(
    argv: Sequence[str], reps: int, before: Callable[[], None] | None = None, env: dict[str, str] | None = None
) -> list[float]:
    """Wall seconds of a whole process, ``reps`` times; ``before`` runs untimed before each."""
    times = []
    for _ in range(reps):
        if before is not None:
            before()
        began = time.perf_counter()
        run(argv, env)
        times.append(time.perf_counter() - began)
    return times


@dataclass(frozen=True)
class Process:
    """A command to time as a whole process, with what runs untimed before each run and its environment."""

    argv: list[str]
    before: Callable[[], None] | None = None
    env: dict[str, str] | None = None


def interleaved(processes: dict[str, Process], reps: int) -> dict[str, list[float]]:
    """Seconds of each process over ``reps`` rounds of all of them in turn.

    A slow moment of the machine then falls on every figure of its round, not on one figure's whole series,
    so the ratios between them hold even on a busy machine.
    """
    times: dict[str, list[float]] = {name: [] for name in processes}
    for _ in range(reps):
        for name, process in processes.items():
            times[name] += timed_process(process.argv, 1, process.before, process.env)
    return times


def secret_service_checkins(
    journal: Path, home: Path, checkin: list[str], floor: list[str], scratch: Path, source: Path, reps: int
) -> dict[str, list[float]]:
    """Seconds of ``reps`` check-ins on ``journal`` encrypted with its key in gnome-keyring, as on a Linux desktop,
    and of the floor (on ``scratch``, a fresh copy of ``source`` each time) in turn with them.

    A D-Bus session and keyring daemon of the benchmark's own (its files in ``home``), never the desktop's.
    """
    home.mkdir(exist_ok=True)
    env = {name: value for name, value in os.environ.items() if not name.startswith(("DBUS_", "XDG_", "PYTHON_KEYRING"))}
    session = 'echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 && exec "$@"'
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", session, "sh", sys.executable, "-c", SECRET_SERVICE_SCRIPT, str(journal),
         str(reps), json.dumps(checkin), json.dumps(floor), str(scratch), str(source)],
        capture_output=True, text=True, env={**env, "HOME": str(home), "NO_COLOR": "1"}, check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the Secret Service check-ins failed ({done.returncode}):\n{done.stderr.strip()}")
    times: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return times


def target(*args: str) -> dict[str, Any]:
    """Run one of targets.py's measurements in its own process; its last line is JSON."""
    done = run([sys.executable, str(TARGETS), *args])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def machine() -> str:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                      if line.startswith("model name")), "")
    load = " · load %.1f %.1f %.1f" % os.getloadavg() if hasattr(os, "getloadavg") else ""
    return (f"{platform.platform()} · Python {platform.python_version()} · {os.cpu_count()} cores"
            f"{' · ' + model if model else ''}{load}")


def years_words(years: int) -> str:
    return f"{years} year" if years == 1 else f"{years} years"


def build(folder: Path, years: int) -> Path:
    path = folder / f"demo-{years}y.db"
    run([*supportjournal(), "demo", "--db", str(path), "--years", str(years)])
    return path


def checkin_command(journal: Path) -> list[str]:
    return [*supportjournal(), "--db", str(journal), "checkin", "--mood", "7", "--with", CHECKIN_NAME]


def has_command(name: str) -> bool:
    return f"  {name} " in run([*supportjournal(), "--help"]).stdout


def measure(plan: Plan, folder: Path, say: Callable[[str], None]) -> list[Row]:
    rows: list[Row] = []
    journals = {years: build(folder, years) for years in plan.years}
    big = 10 if 10 in journals else max(journals)
    small = min(journals)
    reps = plan.checkin_reps

    scratch = folder / "scratch.db"

    def fresh_copy() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(journals[big], scratch)

    processes = {"floor": Process([sys.executable, "-c", FLOOR_SCRIPT, str(scratch)], fresh_copy)}
    processes |= {f"check-in {years}": Process(checkin_command(path)) for years, path in journals.items()}
    encrypting = has_command("encrypt")
    if encrypting:
        encrypted = folder / "encrypted.db"
        shutil.copyfile(journals[big], encrypted)
        # A test keyring in a file (never the system's), which both processes find through keyring's own variable.
        env = {"PYTHON_KEYRING_BACKEND": "tests.keyrings.FileKeyring", "SUPPORTJOURNAL_TEST_KEYRING": str(folder / "keyring.json"),
               "PYTHONPATH": str(HERE.parent.parent)}
        run([sys.executable, "-c", ENCRYPT_SCRIPT, str(encrypted)], env)
        processes["encrypted"] = Process(checkin_command(encrypted), env=env)
    say("floor: one row with sqlite3; check-ins on " + ", ".join(map(years_words, journals))
        + ("; an encrypted check-in, its key remembered (a test keyring, through keyring)" if encrypting else ""))
    medians = {name: median(times) for name, times in interleaved(processes, reps).items()}
    floor = medians["floor"]
    checkins = {years: medians[f"check-in {years}"] for years in journals}
    rows.append(Row(f"floor: one row with sqlite3 ({years_words(big)})", f"{floor * 1000:.0f} ms"))
    rows.append(Row(f"check-in on {years_words(big)} / the floor", f"{checkins[big] * 1000:.0f} ms",
                    checkins[big] / floor, 2.5))
    if big != small:
        rows.append(Row(f"check-in on {years_words(big)} / on {years_words(small)}", f"{checkins[small] * 1000:.0f} ms on {small}",
                        checkins[big] / checkins[small], 1.1))

    if encrypting:
        sealed = medians["encrypted"]
        rows.append(Row(f"encrypted check-in on {years_words(big)}, key via keyring / the floor", f"{sealed * 1000:.0f} ms",
                        sealed / floor, 2.5))
        if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
            say(f"encrypted check-in on {years_words(big)}, its key in a Secret Service (gnome-keyring)")
            shutil.copyfile(journals[big], kept := folder / "in-secret-service.db")
            desktop_times = secret_service_checkins(kept, folder / "home", checkin_command(kept), processes["floor"].argv,
                                                    scratch, journals[big], reps)
            desktop = median(desktop_times["check-in"])
            rows.append(Row(f"encrypted check-in on {years_words(big)}, key in gnome-keyring / its floor",
                            f"{desktop * 1000:.0f} ms", desktop / median(desktop_times["floor"]), 2.5))
        # What encryption adds, for the record (measured in the same rounds): issue 15's target is the check-in's own.
        rows.append(Row(f"encrypted check-in via keyring / plain check-in ({years_words(big)})",
                        f"{checkins[big] * 1000:.0f} ms plain", sealed / checkins[big]))

    reps = plan.process_reps
    say("bare Textual app to its first frame")
    bare_runs: list[float] = []
    bare_peak = 0
    for _ in range(reps):
        began = time.perf_counter()
        bare_peak = max(bare_peak, target("bare-start")["peak_kb"])
        bare_runs.append(time.perf_counter() - began)
    bare = median(bare_runs)
    rows.append(Row("bare Textual app to its first frame", f"{bare * 1000:.0f} ms"))

    starts: dict[int, float] = {}
    app_peak = 0
    for years, path in journals.items():
        say(f"the app on {years_words(years)} to its home screen")
        runs = []
        for _ in range(reps):
            began = time.perf_counter()
            app_peak = max(app_peak, target("app-start", str(path))["peak_kb"])
            runs.append(time.perf_counter() - began)
        starts[years] = median(runs)
    rows.append(Row(f"app home screen on {years_words(big)} / bare app", f"{starts[big] * 1000:.0f} ms",
                    starts[big] / bare, 1.5))
    largest = max(journals)
    if largest != small:
        rows.append(Row(f"app home screen on {years_words(largest)} / on {years_words(small)}",
                        f"{starts[largest] * 1000:.0f} ms", starts[largest] / starts[small], 1.2))
    rows.append(Row("app peak memory / bare app", f"{app_peak / 1024:.0f} MB vs {bare_peak / 1024:.0f} MB",
                    app_peak / bare_peak, 1.6))

    say("keys in a bare app (the floors)")
    floors: dict[str, list[float]] = {}
    app_keys: dict[str, list[float] | str] = {}
    keys_copy = folder / "keys.db"
    for _ in range(plan.key_processes):  # the floor's process and the app's in turn, each pooled
        for name, times in target("bare-keys", str(plan.key_reps))["keys"].items():
            floors.setdefault(name, []).extend(times)
        say(f"keys in the app on {years_words(big)}")
        shutil.copyfile(journals[big], keys_copy)
        for action, found in target("app-keys", str(keys_copy), str(plan.key_reps))["keys"].items():
            pooled = app_keys.setdefault(action, found if isinstance(found, str) else [])  # a str: "not built yet"
            if isinstance(pooled, list) and isinstance(found, list):
                pooled.extend(found)
    rows.append(Row("floor: move in a bare OptionList", f"{median(floors['move']) * 1000:.0f} ms"))
    rows.append(Row("floor: open a modal of 8 widgets", f"{median(floors['modal']) * 1000:.0f} ms"))
    for action, times in app_keys.items():
        if isinstance(times, str):
            rows.append(Row(f"key: {action}", times))
            continue
        base = floors["move" if action in MOVE_KEYS else "modal"]
        mid, tail = median(times), p95(times)
        rows.append(Row(f"key: {action}, median", f"{mid * 1000:.0f} ms", mid / median(base), 1.5))
        rows.append(Row(f"key: {action}, p95", f"{tail * 1000:.0f} ms", tail / p95(base), 2.0))

    if has_command("export"):
        say(f"JSON export of {years_words(big)}")
        out = folder / "export.json"
        seconds = median(timed_process(
            [*supportjournal(), "--db", str(journals[big]), "export", "--format", "json", "-o", str(out)], reps))
        rows.append(Row(f"JSON export of {years_words(big)} (seconds)", f"{seconds:.2f} s", seconds, 2.0))
    else:
        rows.append(Row("JSON export", "not built yet"))
    return rows


def table(rows: list[Row]) -> str:
    width = max(len(row.figure) for row in rows)
    value_width = max(len(row.value) for row in rows)
    lines = [f"{'figure':<{width}}  {'value':>{value_width}}  ratio  target", "-" * (width + value_width + 24)]
    for row in rows:
        ratio = f"{row.ratio:5.2f}" if row.ratio is not None else "     "
        goal = f"≤ {row.target:g}" if row.target is not None else ""
        lines.append(f"{row.figure:<{width}}  {row.value:>{value_width}}  {ratio}  {goal:<6} {row.verdict}".rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="fewer repetitions: under two minutes")
    size.add_argument("--smoke", action="store_true", help="once each on a one-year journal")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    plan = PLANS["smoke" if args.smoke else "quick" if args.quick else "full"]
    began = time.perf_counter()
    print(machine(), flush=True)
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="supportjournal-bench-") as folder:
        rows = measure(plan, Path(folder), lambda text: print(f"  … {text}", file=sys.stderr, flush=True))
    print(table(rows))
    print(f"({time.perf_counter() - began:.0f} s in all)")
    if args.json:
        Path(args.json).write_text(json.dumps([row.__dict__ for row in rows], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
