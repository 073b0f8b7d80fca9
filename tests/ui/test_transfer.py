"""Export and import from the palette: the job runs in a worker, its progress and result shown in place."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from textual.widgets import Checkbox, Input, Select, Static

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.transfer import TransferScreen
from supportjournal.ui.screens.welcome import WelcomeScreen
from tests.conftest import NOW, fixed_clock
from tests.ui.shown import static_text

FIXTURES = Path(__file__).parent.parent / "portability" / "fixtures"


async def finish(app, pilot) -> str:
    await app.workers.wait_for_complete()
    await pilot.pause()
    return static_text(app.screen.query_one("#transfer-result", Static))


async def test_export_and_import_from_the_palette(db, tmp_path) -> None:
    store.set_setting(db, store.WELCOME_SETTING, True)
    store.add_member(db, "Ana", "friend", now=NOW)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"Export the journal", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TransferScreen)
        assert app.screen.query_one("#path", Input).value == "~/supportjournal-2026-11-27.json"
        app.screen.query_one("#path", Input).value = str(tmp_path / "out.json")
        await pilot.press("ctrl+s")
        assert "Written to" in await finish(app, pilot)
        assert json.loads((tmp_path / "out.json").read_text())["tables"]["members"][0]["name"] == "Ana"
        await pilot.press("escape")

        await pilot.press("ctrl+p", *"Import into the journal", "enter")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(FIXTURES / "jrnl.json")
        app.screen.query_one("#format", Select).value = "jrnl"
        await pilot.press("ctrl+s")
        shown = await finish(app, pilot)
        assert shown.startswith("Dry run: nothing was written.") and "journal days: 2 added" in shown
        assert store.get_entry(db, date(2026, 11, 25)) is None
        app.screen.query_one("#dry-run", Checkbox).value = False
        await pilot.press("ctrl+s")
        assert (await finish(app, pilot)).startswith("Imported:")
        assert store.get_entry(db, date(2026, 11, 25)) is not None

        app.screen.query_one("#path", Input).value = str(tmp_path / "missing.json")
        await pilot.press("ctrl+s")
        assert "Nothing was imported" in await finish(app, pilot)


async def test_the_welcome_offers_to_bring_history_in(db) -> None:
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, TransferScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, WelcomeScreen)
