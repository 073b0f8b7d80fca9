"""The home screen: header, panes and their keys, the member list's order and filter, the map link."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import pytest
from textual.widgets import Static

from supportjournal import demo, store
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.help import HelpScreen
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.widgets.member_list import MemberList
from supportjournal.ui.widgets.network_map import NetworkMap
from supportjournal.ui.widgets.network_pane import NetworkPane
from tests.conftest import NOW, TODAY, fixed_clock
from tests.ui.shown import screen_text, static_text


def seed(db) -> dict[str, str]:
    """A small network: one overdue, one due, one fine, one without a cadence."""
    ids = {}
    ids["ok"] = store.add_member(db, "Ana", "friend", ring="close", cadence="weekly", supports=["listening"]).id
    ids["overdue"] = store.add_member(db, "Sam", "colleague", ring="wider", cadence="every 7 days").id
    ids["due"] = store.add_member(db, "Mum", "family", ring="inner", cadence="every 3 days").id
    ids["none"] = store.add_member(db, "Bea", "support group", ring="wider", supports=["company"]).id
    store.log_interaction(db, ids["ok"], NOW - timedelta(days=1), direction="both")
    store.log_interaction(db, ids["overdue"], NOW - timedelta(days=12), direction="gave")
    store.log_interaction(db, ids["due"], NOW - timedelta(days=3), direction="received")
    return ids


def members(app) -> MemberList:
    return app.screen.query_one(MemberList)


FILTERS = [("mu", ["due"]), ("group", ["none"]), ("listen", ["ok"]), ("zzq", [])]
"""What is typed after ``/`` (a name, a kind, a support, nothing that matches), and who stays listed."""


async def test_home_shows_its_panes_the_list_follows_the_map_s_orders_filters_and_keys_move_between_panes(db):
    """One session on a small network: what home shows, the list and map together, the orders, the filter,
    the pane keys, the header after a check-in, the theme, help and quitting."""
    ids = seed(db)
    store.record_checkin(db, 6, NOW - timedelta(days=1))
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # What home shows.
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        assert "Fri 27 Nov 2026" in text
        assert "no check-in today yet" in text
        assert "1-day streak" in text
        assert "1 Network" in text
        for name in ("Ana", "Sam", "Mum", "Bea"):
            assert name in text
        assert "overdue 5 d" in text
        assert "due today" in text
        assert app.focused is members(app)

        # The list and the map follow each other.
        network_map = app.screen.query_one(NetworkMap)
        assert network_map.highlighted == ids["overdue"]
        await pilot.press("down")
        assert network_map.highlighted == ids["due"]
        assert {entry.id: entry.status for entry in network_map.entries}[ids["overdue"]] == "overdue"
        assert {entry.id: entry.flow for entry in network_map.entries}[ids["due"]] == "received"
        # Clicking a member on the map selects them in the list.
        network_map.post_message(NetworkMap.MemberClicked(ids["none"]))
        await pilot.pause()
        assert members(app).member_id == ids["none"]
        assert network_map.highlighted == ids["none"]

        # The list is sorted by attention, and s cycles the order.
        assert members(app).shown_ids == [ids["overdue"], ids["due"], ids["ok"], ids["none"]]
        await pilot.press("s")
        assert members(app).order == "ring"
        assert members(app).shown_ids == [ids["due"], ids["ok"], ids["none"], ids["overdue"]]
        assert "by ring · s" in screen_text(app)
        await pilot.press("s")
        assert members(app).shown_ids == [ids["ok"], ids["none"], ids["due"], ids["overdue"]]
        await pilot.press("s")
        assert members(app).order == "attention"

        # Number keys and tab move between panes.
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        reachable = [i for i, pane in enumerate(("network", "selfcare", "ledger"))
                     if any(pane == node.id for w in screen.focus_chain for node in w.ancestors_with_self)]
        for index in reachable:
            await pilot.press(str(index + 1))
            assert screen.pane_index() == index
        await pilot.press("1", "tab")
        assert screen.pane_index() == reachable[1 % len(reachable)]
        await pilot.press("shift+tab")
        assert screen.pane_index() == 0

        # / filters by name, kind or support, says when nobody matches, and Escape clears.
        for case in FILTERS:
            typed, expected = case
            await pilot.press("slash", *typed)
            await pilot.pause()
            assert members(app).shown_ids == [ids[key] for key in expected], repr(case)
            assert ("nobody matches " + typed in screen_text(app)) == (not expected), repr(case)
            await pilot.press("enter")
            assert app.focused is members(app), repr(case)
            await pilot.press("escape")
            await pilot.pause()
            assert len(members(app).shown_ids) == 4, repr(case)
            assert app.focused is members(app), repr(case)

        # The header shows the mood and the streak after a check-in.
        store.record_checkin(db, 7, NOW)
        app.data_changed()
        await pilot.pause()
        text = screen_text(app)
        assert "mood 7 today" in text
        assert "2-day streak" in text

        # A theme chosen is remembered (a new app on the same journal, below).
        app.theme = "nord"

        # ? opens help; q quits.
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert store.get_setting(db, "theme") == "nord"
    again = SupportJournalApp(db, clock=fixed_clock)
    async with again.run_test(size=(100, 30)):
        assert again.theme == "nord"


async def test_narrow_terminal_sets_the_narrow_class_and_keeps_names(db):
    seed(db)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-narrow")
        text = screen_text(app)
        for name in ("Ana", "Sam", "Mum", "Bea"):
            assert name in text


async def test_empty_pane_says_what_it_is_for(db):
    store.set_setting(db, "welcome_seen", True)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, HomeScreen)
        (you_row,) = [line for line in screen_text(app).splitlines() if "( You )" in line]
        assert "( You )  Your support system" in you_row
        assert "Press a to add someone" in screen_text(app)


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    """One and ten years of demo data, generated once for this module."""
    folder = tmp_path_factory.mktemp("demo")
    paths = {}
    for years in (1, 10):
        path = folder / f"demo{years}.db"
        database = store.open_db(path)
        demo.generate(database, years=years, seed=7, today=TODAY)
        database.close()
        paths[years] = path
    return paths


def count_queries(app, action) -> int:
    statements: list[str] = []
    app.db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        app.db.conn.set_trace_callback(None)
    return len(statements)


async def test_home_on_ten_years_costs_what_it_costs_on_one(demo_files, tmp_path):
    counts = {}
    for years, path in demo_files.items():
        copy = tmp_path / f"copy{years}.db"
        shutil.copy(path, copy)
        database = store.open_db(copy)
        app = SupportJournalApp(database, clock=lambda: datetime.combine(TODAY, NOW.time()))
        async with app.run_test(size=(100, 30)) as pilot:
            assert isinstance(app.screen, HomeScreen)
            shown_members = members(app).shown_ids
            assert len(shown_members) == len(store.list_members(database))
            pane = app.screen.query_one(NetworkPane)
            counts[years] = count_queries(app, pane.reload)
            await pilot.press("enter")
            await pilot.pause()
            body = static_text(app.screen.query_one("#detail-body", Static))
            assert "Contacts and support" in body
            assert "support in the last 90 days" in body
        database.close()
    assert counts[1] == counts[10]


async def test_keys_in_flight_after_quit_do_nothing(db):
    """Keys typed in one burst with q ("qa") must not open a form on a closing app."""
    seed(db)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)):
        screens = list(app.screen_stack)
        app.exit()
        assert await app.run_action("checkin") is False
        assert app.screen_stack == screens


def test_the_header_shows_the_latest_mood_of_today_by_the_time_it_was_checked_in_and_the_streak(db):
    from supportjournal.ui.widgets.header import mood_words

    assert mood_words(db, TODAY).plain == "no check-in today yet"
    store.record_checkin(db, 3, NOW.replace(hour=9))
    store.record_checkin(db, 8, NOW.replace(hour=18))
    store.record_checkin(db, 2, NOW.replace(hour=7))  # written last, backdated to the morning
    store.record_checkin(db, 5, NOW - timedelta(days=1))
    assert mood_words(db, TODAY).plain == "mood 8 today  ·  2-day streak"
