"""The journal on ten years of demo data: bounded reads, indexed queries, search through FTS."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from textual.widgets import OptionList

from supportjournal import demo, store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.journal import JournalScreen
from supportjournal.ui.widgets.journal_days import PAGE, DayList
from supportjournal.ui.widgets.journal_search import LIMIT
from tests.conftest import TODAY, fixed_clock
from tests.ui.test_journal import marked_words


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "ten-years.db"
    db = store.open_db(path)
    demo.generate(db, years=10, seed=1, today=TODAY)
    db.close()
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path):
    path = tmp_path / "journal.db"
    shutil.copy(demo_file, path)
    db = store.open_db(path)
    yield db
    db.close()


def plans(db, statements: list[str]) -> dict[str, list[str]]:
    """The query plan of every SELECT that read the journal."""
    return {
        sql: [row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT") and "journal" in sql
    }


async def test_journal_and_search_read_pages_through_indexes(demo_db):
    statements: list[str] = []
    app = SupportJournalApp(demo_db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        demo_db.conn.set_trace_callback(statements.append)
        await pilot.press("j")
        assert isinstance(app.screen, JournalScreen)
        opening = len(statements)
        days = app.screen.query_one(DayList)
        assert PAGE < len(days.days) <= PAGE + 1 < 1128  # today plus one page, not ten years
        await pilot.press("escape", "[", "[", "[", "end")
        assert app.screen.day == TODAY - timedelta(days=3)
        assert len(days.days) <= 2 * PAGE + 1
        await pilot.press("ctrl+f", *"walk")
        results = app.screen.query_one("#journal-results", OptionList)
        assert 0 < results.option_count <= LIMIT
        for option in results.options:
            marked = {word.lower() for word in marked_words(option.prompt)}
            assert marked and all(word.startswith("walk") for word in marked)
        await pilot.press("enter")
        found = store.get_entry(demo_db, app.screen.day)
        assert app.screen.query_one("#journal-editor").text == found.body
        demo_db.conn.set_trace_callback(None)
    assert opening < 40, statements[:opening]  # a handful of queries, none per day of history
    for sql, plan in plans(demo_db, statements).items():
        full_scans = [step for step in plan if step.split()[:2] == ["SCAN", "journal"]]
        assert not full_scans, (sql, plan)
    assert any("journal_fts MATCH" in sql for sql in statements)
