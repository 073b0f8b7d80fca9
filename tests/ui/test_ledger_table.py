"""The balance table's layout and order, as pure functions, and its words at 80 and 100 columns."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from supportjournal import store
from supportjournal.domain.models import Balance
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.widgets.ledger_table import FIXED, columns_for, headers, ordered
from tests.conftest import NOW, TODAY, fixed_clock


@pytest.mark.parametrize("width", [28, 34, 50, 80])
def test_the_columns_fill_the_table_and_names_keep_ten_cells_where_they_can(width):
    name, half = columns_for(width)
    assert name + half * 2 + 3 + FIXED == width
    assert 3 <= half <= 8
    assert name >= (10 if width >= 34 else 7)


@pytest.mark.parametrize("width", [28, 34, 50])
def test_gave_and_received_are_named_at_every_width(width):
    gave, bar, received = headers(columns_for(width)[1])
    words = gave + bar + received
    assert "gave" in words and ("got" in words or "recv" in words or "received" in words)
    assert "◀│▶" in bar


def test_rows_are_ordered_by_the_numbers_and_names_not_by_their_rendered_cells():
    balances = {
        "z": Balance("z", "Alexandra Nightingale-Zed", gave=1, received=1),
        "a": Balance("a", "alexandra Nightingale-Abe", gave=1, received=1),
        "c": Balance("c", "ben", gave=9, received=101),
        "d": Balance("d", "Bea", gave=100, received=1),
    }
    # 110 > 101 > 2 = 2; the tie goes by the whole name, case-blind, though both names show as "Alexandra…"
    assert ordered(balances) == ["c", "d", "a", "z"]


def log(db, member, days_ago, direction):
    at = datetime.combine(TODAY - timedelta(days=days_ago), time(12))
    store.log_interaction(db, member.id, at, direction=direction, weight=1, now=NOW, note=f"entry {days_ago}")


async def test_at_100x30_three_recent_entries_show_under_six_balances(db):
    members = [store.add_member(db, f"Person {index}", "friend") for index in range(6)]
    for index, member in enumerate(members):
        log(db, member, index, ("gave", "received")[index % 2])
        log(db, member, index + 7, "gave")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        region = app.screen.query_one("#ledger").region
        pane = [line[region.x : region.right] for line in lines[region.y : region.bottom]]
        assert sum("entry" in line for line in pane) >= 3, "\n".join(pane)
        assert any("gave◀│▶recv" in line for line in pane)
