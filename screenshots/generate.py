"""Regenerate the SVG screenshots in this folder from deterministic demo data.

Run after any change to what people see:  python screenshots/generate.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
NOW = datetime(2026, 11, 27, 19, 30)

# name, terminal size, keys pressed after the home screen opens
SHOTS: list[tuple[str, tuple[int, int], list[str]]] = [
    ("home-100x30", (100, 30), []),
    ("home-80x24", (80, 24), []),
    ("home-140x40", (140, 40), []),
    ("member-detail", (100, 30), ["1", "enter"]),
    ("checkin", (100, 30), ["c", "7", "tab", "a", "n", "a", "enter"]),
    ("journal", (100, 30), ["j"]),
    ("help", (100, 30), ["question_mark"]),
    ("insights", (100, 30), ["i"]),
    ("insights-80x24", (80, 24), ["i"]),
    ("get-help", (100, 30), ["exclamation_mark"]),
    ("safety-plan", (100, 30), ["exclamation_mark", "p"]),
    ("review", (100, 30), ["r"]),
    ("summary", (100, 30), ["R"]),
    ("export", (100, 30), ["ctrl+p", *"Export the journal", "enter"]),
]


async def shoot(name: str, size: tuple[int, int], keys: list[str], db_file: Path) -> None:
    from supportjournal import store
    from supportjournal.ui.app import SupportJournalApp

    db = store.open_db(db_file)
    app = SupportJournalApp(db, clock=lambda: NOW, demo=True)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause(0.3)
        app.save_screenshot(filename=f"{name}.svg", path=str(HERE))
    db.close()
    print(f"screenshots/{name}.svg")


async def main() -> None:
    from supportjournal import demo, store

    with tempfile.TemporaryDirectory() as folder:
        db_file = Path(folder) / "demo.db"
        db = store.open_db(db_file)
        demo.generate(db, years=2, seed=7, today=NOW.date())
        db.close()
        wanted = set(sys.argv[1:])
        for name, size, keys in SHOTS:
            if not wanted or name in wanted:
                await shoot(name, size, keys, db_file)
        if not wanted or "unlock" in wanted:
            await shoot_unlock(Path(folder) / "demo.db")


async def shoot_unlock(db_file: Path) -> None:
    """The unlock screen of an encrypted journal, after a passphrase that did not open it."""
    from supportjournal import store
    from supportjournal.store import cipher
    from supportjournal.ui.unlock import UnlockApp

    store.encrypt(db_file, "the demo passphrase")
    cipher.forget_all_unlocked()
    app = UnlockApp(Path("~/.local/share/supportjournal/journal.db"))  # the usual place, for the picture
    async with app.run_test(size=(80, 24)) as pilot:
        app.journal = db_file  # the file really tried
        await pilot.press(*"not it", "enter")
        await app.workers.wait_for_complete()
        await pilot.press(*"typing…")
        await pilot.pause(0.3)
        app.save_screenshot(filename="unlock.svg", path=str(HERE))
    print("screenshots/unlock.svg")


if __name__ == "__main__":
    asyncio.run(main())
