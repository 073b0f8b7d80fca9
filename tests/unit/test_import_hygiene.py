"""In a fresh interpreter, the store, domain, paths and command line never load Textual or Rich."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import supportjournal.domain
import supportjournal.domain.insights
import supportjournal.portability
import supportjournal.store

FORBIDDEN = ("textual", "rich")
HELP = "supportjournal --help"
"""Building the help builds every command, so a command module importing Textual shows here."""


def submodules(package) -> list[str]:
    return [f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)]


HEADLESS = [
    "supportjournal",
    "supportjournal.store",
    *submodules(supportjournal.store),
    *submodules(supportjournal.domain),
    *submodules(supportjournal.domain.insights),
    *submodules(supportjournal.portability),
    "supportjournal.paths",
    "supportjournal.cli",
]

SCRIPT = """
import contextlib, importlib, io, json, sys
forbidden = {forbidden!r}

def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in forbidden)

leaks = {{}}
for name in {modules!r}:
    importlib.import_module(name)
    leaks[name] = loaded()
from supportjournal.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(["--help"], prog_name="supportjournal")
    except SystemExit as exit:
        assert not exit.code, exit.code
leaks[{help!r}] = loaded()
print(json.dumps(leaks))
"""


def test_the_list_covers_the_domain_and_the_store():
    assert "supportjournal.domain.streaks" in HEADLESS
    assert "supportjournal.store.db" in HEADLESS


def test_headless_modules_and_the_command_line_do_not_load_textual_or_rich():
    script = SCRIPT.format(forbidden=FORBIDDEN, modules=HEADLESS, help=HELP)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    leaks = json.loads(proc.stdout)
    first = next((step for step in [*HEADLESS, HELP] if leaks[step]), None)
    assert first is None, f"{first} loaded {leaks[first][:5]}"
