"""The headless modules (store, domain, paths, the command line) never load Textual or Rich.

Run in a fresh interpreter: only ``sys.modules`` there shows whether an import really defers.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

import supportjournal.domain
import supportjournal.store

FORBIDDEN = ("textual", "rich")


def submodules(package) -> list[str]:
    return [f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)]


HEADLESS = [
    "supportjournal",
    "supportjournal.store",
    *submodules(supportjournal.store),
    *submodules(supportjournal.domain),
    "supportjournal.paths",
    "supportjournal.cli",
]


def leaks_after_each_import(modules: list[str]) -> dict[str, list[str]]:
    """Import ``modules`` in order in a new interpreter; what each one added that is forbidden."""
    script = (
        "import importlib, json, sys\n"
        f"forbidden = {FORBIDDEN!r}\n"
        "leaks = {}\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    leaks[name] = sorted(m for m in sys.modules if m.split('.')[0] in forbidden)\n"
        "print(json.dumps(leaks))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_the_list_covers_the_domain_and_the_store():
    assert "supportjournal.domain.streaks" in HEADLESS
    assert "supportjournal.store.db" in HEADLESS


def test_headless_modules_do_not_load_textual_or_rich():
    leaks = leaks_after_each_import(HEADLESS)
    first = next((name for name in HEADLESS if leaks[name]), None)
    assert first is None, f"importing {first} loaded {leaks[first][:5]}"


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_the_command_line_runs_without_textual(argv):
    script = (
        "import sys\n"
        "from supportjournal.cli import main\n"
        f"try:\n    main({argv!r}, prog_name='supportjournal')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "[]"
