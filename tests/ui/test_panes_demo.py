"""Both home panes on ten years of demo data: they show the right numbers and read only what they show."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from textual.widgets import DataTable

from supportjournal import demo, store
from supportjournal.domain.ledger import window_start
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.widgets.ledger import LedgerPane
from supportjournal.ui.widgets.selfcare import SelfCarePane
from tests.conftest import TODAY, fixed_clock


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    """One-year and ten-year journals, generated once for this module."""
    paths = {}
    for years in (1, 10):
        path = tmp_path_factory.mktemp(f"demo{years}") / "journal.db"
        db = store.open_db(path)
        demo.generate(db, years=years, seed=1, today=TODAY)
        db.close()
        paths[years] = path
    return paths


@contextmanager
def counting_steps(db):
    """Count SQLite virtual-machine steps (in thousands): a measure of how much the queries read."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    db.conn.set_progress_handler(tick, 1000)
    try:
        yield steps
    finally:
        db.conn.set_progress_handler(None, 0)


async def reload_cost(path) -> int:
    db = store.open_db(path)
    try:
        app = SupportJournalApp(db, clock=fixed_clock)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            with counting_steps(db) as steps:
                app.screen.query_one(SelfCarePane).reload()
                app.screen.query_one(LedgerPane).reload()
            return steps[0]
    finally:
        db.close()


async def test_opening_ten_years_costs_about_what_one_year_costs(demo_files):
    one, ten = await reload_cost(demo_files[1]), await reload_cost(demo_files[10])
    assert ten <= one * 2 + 50, (one, ten)


async def test_both_panes_show_ten_years_of_demo_data(demo_files):
    db = store.open_db(demo_files[10])
    try:
        app = SupportJournalApp(db, clock=fixed_clock)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            pane = app.screen.query_one(SelfCarePane)
            items = store.list_items(db)
            assert items and len(pane._items) == len(items)
            walk = items[0]
            option_list = pane.query_one("#selfcare-list")
            option_list.focus()
            option_list.highlighted = option_list.get_option_index(walk.id)
            yesterday = TODAY.fromordinal(TODAY.toordinal() - 1)
            before = (walk.id, yesterday) in store.marks_between(db, yesterday, yesterday)
            await pilot.press("left_square_bracket", "space")
            assert ((walk.id, yesterday) in store.marks_between(db, yesterday, yesterday)) is not before

            table = app.screen.query_one("#ledger-balances", DataTable)
            table.focus()
            for _ in range(4):
                since = window_start(app.screen.query_one(LedgerPane).window, TODAY)
                expected = {k: (b.gave, b.received) for k, b in store.balances(db, since=since).items()}
                shown = {key.value: tuple(int(c.plain) for c in table.get_row(key)[1::2]) for key in table.rows}
                assert shown == expected and expected
                await pilot.press("w")
    finally:
        db.close()
