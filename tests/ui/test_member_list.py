"""Sorting the member list: the selection stays in view, and the order is said in place, not toast by toast."""

from __future__ import annotations

from supportjournal import store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.widgets.member_list import MemberList
from supportjournal.ui.widgets.network_pane import NetworkPane
from tests.conftest import fixed_clock
from tests.ui.shown import screen_text


async def test_sorting_keeps_the_selection_in_view_and_replaces_its_message(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    for index in range(30):
        store.add_member(db, f"Member {index:02}", "friend", ring=("inner", "close", "wider")[index % 3])
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        members = app.screen.query_one(MemberList)
        members.focus()
        await pilot.press("end", "up", "up")
        chosen = members.member_id
        for order in ("ring", "name", "attention"):
            await pilot.press("s")
            await pilot.pause()
            assert members.member_id == chosen
            top = members.scroll_offset.y
            assert top <= members.highlighted < top + members.scrollable_content_region.height, order
            assert app.screen.query_one(NetworkPane).border_subtitle == f"sorted by {order} · s"
            assert "Sorted by" not in screen_text(app)  # no toast per press to stack up
