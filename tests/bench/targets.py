"""What the benchmark runs in its own processes: the bare Textual app, the app, and their keys through a pilot.

Run as ``python tests/bench/targets.py TARGET [ARGS]``; the last line printed is JSON: the figures and the
process's peak memory. Kept apart from ``run.py`` so the timing process never imports Textual itself.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

START = time.perf_counter()

from textual.app import App, ComposeResult  # noqa: E402  (after START: the import is part of start-up)
from textual.binding import Binding  # noqa: E402
from textual.containers import Vertical  # noqa: E402
from textual.pilot import Pilot  # noqa: E402
from textual.screen import ModalScreen  # noqa: E402
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Static  # noqa: E402

SIZE = (100, 30)
MEMBER_LIST = "#members"
"""The home screen's member list: the home screen is complete once it holds the network."""
Step = Callable[[Pilot[Any]], Awaitable[None]]


def peak_memory_kb() -> int:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(**figures: Any) -> None:
    print(json.dumps({**figures, "peak_kb": peak_memory_kb()}))


class BareApp(App[None]):
    """The floor: a Header, one Static and a Footer."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Hello")
        yield Footer()


class SmallModal(ModalScreen[None]):
    """A modal of eight widgets: what opening a small screen costs in Textual itself."""

    BINDINGS = [Binding("escape", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Title")
            yield Input(placeholder="one")
            yield Input(placeholder="two")
            yield Label("Hint")
            yield Button("Save")
            yield Button("Cancel")
            yield Static("Error line")


class BareListApp(App[None]):
    """The floor for keys: an OptionList to move in, and a key that opens ``SmallModal``."""

    BINDINGS = [Binding("m", "modal", "Modal")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(*(f"Person {number}" for number in range(25)))
        yield Footer()

    def action_modal(self) -> None:
        self.push_screen(SmallModal())


async def first_frame(pilot: Pilot[Any]) -> None:
    """Wait until the first screen is composed and painted, then leave."""
    await pilot.pause()
    await pilot.pause()
    pilot.app.exit()


def start(target: str, db_path: str | None) -> None:
    """Run one app headless from import to its first complete screen, then report the time."""
    if target == "bare-start":
        app: App[None] = BareApp()
    else:
        from supportjournal import store
        from supportjournal.ui.app import SupportJournalApp

        app = SupportJournalApp(store.open_plain_db(Path(db_path or "")))  # as `supportjournal` opens it

    async def ready(pilot: Pilot[Any]) -> None:
        if target == "app-start":
            # Complete: the member list holds the network.
            while not pilot.app.screen.query_one(MEMBER_LIST, OptionList).option_count:
                await pilot.pause()
        await first_frame(pilot)

    app.run(headless=True, size=SIZE, auto_pilot=ready)
    report(seconds=time.perf_counter() - START)


async def timed(pilot: Pilot[Any], step: Step, undo: Step | None, reps: int) -> list[float]:
    """Seconds from a step's first key to the screen updated after it, ``reps`` times (``undo`` untimed)."""
    times = []
    for _ in range(reps):
        began = time.perf_counter()
        await step(pilot)
        await pilot.pause()
        times.append(time.perf_counter() - began)
        if undo is not None:
            await undo(pilot)
            await pilot.pause()
    return times


def keys(*names: str) -> Step:
    async def press(pilot: Pilot[Any]) -> None:
        await pilot.press(*names)

    return press


async def bare_keys(reps: int) -> dict[str, list[float]]:
    app = BareListApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        return {
            "move": await timed(pilot, keys("down"), None, reps),
            "modal": await timed(pilot, keys("m"), keys("escape"), reps),
        }


def screen_is(name: str) -> Callable[[Pilot[Any]], bool]:
    return lambda pilot: type(pilot.app.screen).__name__ == name


async def app_keys(db_path: str, reps: int) -> dict[str, list[float] | str]:
    """Every key action the issue names, on the home screen of a real journal; a screen not built yet says so."""
    from supportjournal import store
    from supportjournal.ui.app import SupportJournalApp

    app = SupportJournalApp(store.open_plain_db(Path(db_path)))
    results: dict[str, list[float] | str] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = type(app.screen).__name__
        back = keys("escape")
        await pilot.press("1")
        results["move in the member list"] = await timed(pilot, keys("down"), None, reps)
        results["open a member"] = await timed(pilot, keys("enter"), back, reps)
        results["open the member editor"] = await timed(pilot, keys("e"), back, reps)
        await pilot.press("2")
        results["toggle a self-care item"] = await timed(pilot, keys("space"), None, reps)
        await pilot.press("1")
        results["open a check-in"] = await timed(pilot, keys("c"), back, reps)

        async def open_checkin_with_a_mood(pilot: Pilot[Any]) -> None:
            await pilot.press("c")
            await pilot.pause()
            await pilot.press("7")  # typing is a key of its own (as moving is); the figure is the save key's
            await pilot.pause()

        saves = []
        for _ in range(reps):
            await open_checkin_with_a_mood(pilot)
            saves.extend(await timed(pilot, keys("enter"), None, 1))
        results["save a check-in"] = saves
        results["open the journal"] = await timed(pilot, keys("j"), keys("escape", "escape"), reps)
        await pilot.press("j", "ctrl+f")
        await pilot.press(*"wal")
        results["search the journal"] = await timed(pilot, keys("k"), keys("backspace"), reps)
        await pilot.press("escape", "escape", "escape")
        await pilot.pause()
        for label, key in (("open the review", "r"), ("open insights", "i"), ("open get help", "exclamation_mark")):
            await pilot.press(key)
            await pilot.pause()
            if type(app.screen).__name__ == home:
                results[label] = "not built yet"
                continue
            await pilot.press("escape")
            await pilot.pause()
            results[label] = await timed(pilot, keys(key), back, reps)
    return results


def main(argv: list[str]) -> None:
    target, *rest = argv
    if target in ("bare-start", "app-start"):
        start(target, rest[0] if rest else None)
    elif target == "bare-keys":
        report(**{"keys": asyncio.run(bare_keys(int(rest[0])))})
    elif target == "app-keys":
        report(**{"keys": asyncio.run(app_keys(rest[0], int(rest[1])))})
    else:
        raise SystemExit(f"unknown target {target!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
