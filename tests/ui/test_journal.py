"""The journal screen: writing and autosave, days, search, prompts, preview, hostile text."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.widgets import Markdown, OptionList, TextArea

from supportjournal import store
from supportjournal.domain.days import day_label
from supportjournal.domain.journal import PROMPTS, mood_bar
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens import journal as journal_screen
from supportjournal.ui.screens.journal import PROMPTS_HIDDEN, JournalScreen
from supportjournal.ui.widgets.journal_days import DayList
from supportjournal.ui.widgets.journal_search import MATCH_STYLE
from tests.conftest import HOSTILE_TEXT, NOW, TODAY, fixed_clock

YESTERDAY = TODAY - timedelta(days=1)
QUICK_AUTOSAVE = 0.2
"""The autosave delay in the test that waits for it: still longer than a key press takes."""


def body(db, day=TODAY):
    entry = store.get_entry(db, day)
    return entry.body if entry else None


def editor(app) -> TextArea:
    return app.screen.query_one("#journal-editor", TextArea)


def markdown_text(app) -> list[str]:
    blocks = app.screen.query_one(Markdown).query("*")
    return [block._content.plain for block in blocks if getattr(block, "_content", None)]


def marked_words(prompt) -> set[str]:
    """The words a search result highlights."""
    return {prompt.plain[span.start:span.end] for span in prompt.spans if span.style == MATCH_STYLE}


async def open_journal(pilot):
    await pilot.press("j")
    assert isinstance(pilot.app.screen, JournalScreen)
    assert pilot.app.screen.focused is editor(pilot.app)


async def test_typing_is_saved_after_a_pause(db, monkeypatch):
    monkeypatch.setattr(journal_screen, "AUTOSAVE_SECONDS", QUICK_AUTOSAVE)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        await pilot.press(*"Dear diary, c j q [x] 7")
        for _ in range(100):  # until the timer has saved it all (a slow machine may save a part first): a bound
            if body(db) == "Dear diary, c j q [x] 7":
                break
            await pilot.pause(QUICK_AUTOSAVE / 4)
        assert body(db) == "Dear diary, c j q [x] 7"
        assert app.screen.query_one("#journal-main").border_subtitle == f"saved {NOW:%H:%M}"
        assert isinstance(app.screen, JournalScreen)  # c, j and q were text, not keys


async def test_untouched_days_write_nothing_a_search_finds_nothing_and_leaving_or_quitting_saves(db):
    """One session on an empty journal, four parts; the journal is opened with j each time."""
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # Days looked at and left untouched write nothing.
        await open_journal(pilot)
        await pilot.press("escape", "[", "[", "]", "escape")
        assert not isinstance(app.screen, JournalScreen)
        assert list(db.query("SELECT * FROM journal")) == []

        # A search that finds nothing says so; Escape goes back to the editor.
        await open_journal(pilot)
        await pilot.press("escape", "slash", *'"nowhere OR *')
        assert "Nothing found" in str(app.screen.query_one("#journal-search-status").render())
        await pilot.press("escape")
        assert app.screen.focused is editor(app)
        await pilot.press("escape", "escape")
        assert list(db.query("SELECT * FROM journal")) == []

        # Leaving saves at once.
        await open_journal(pilot)
        editor(app).insert("walked")  # typing into the editor is tested once, in the autosave test
        await pilot.press("escape")
        assert isinstance(app.screen, JournalScreen)  # first escape leaves the editor
        await pilot.press("escape")
        assert not isinstance(app.screen, JournalScreen)
        assert body(db) == "walked"

        # Quitting the app mid-sentence saves (on yesterday, a day still empty).
        await open_journal(pilot)
        await pilot.press("escape", "[", "tab")
        assert app.screen.day == YESTERDAY and app.screen.focused is editor(app) and editor(app).text == ""
        editor(app).insert("half a thou")
        await pilot.pause()
        app.exit()
    assert body(db, YESTERDAY) == "half a thou"


async def test_a_checkin_over_the_journal_saves_and_shows_in_the_side_pane(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        editor(app).insert("hello")
        await pilot.press("escape", "c")
        assert body(db) == "hello"
        await pilot.press("6", "enter")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert "mood 6" in str(app.screen.query_one("#journal-checkins").render())
        assert "6" in str(app.screen.query_one(DayList).options[0].prompt)


async def test_brackets_move_between_days_but_not_past_today(db):
    store.save_entry(db, YESTERDAY, "yesterday's words")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        editor(app).insert("today's words")
        await pilot.press("escape", "[")
        screen = app.screen
        assert screen.day == YESTERDAY
        assert editor(app).text == "yesterday's words"
        assert "yesterday" in screen.query_one("#journal-main").border_title
        await pilot.press("tab")  # back into the editor
        assert screen.focused is editor(app)
        await pilot.press("end")
        editor(app).insert(" and more")
        await pilot.press("escape", "]", "]", "]")
        assert screen.day == TODAY
        assert editor(app).text == "today's words"
    assert body(db, YESTERDAY) == "yesterday's words and more"
    assert body(db) == "today's words"


async def test_the_day_list_shows_mood_and_opens_a_day(db):
    week_ago = TODAY - timedelta(days=7)
    store.save_entry(db, week_ago, "a week ago")
    store.record_checkin(db, 3, datetime.combine(week_ago, NOW.time()))
    store.record_checkin(db, 6, datetime.combine(week_ago, NOW.time()) + timedelta(hours=1))
    store.save_entry(db, TODAY - timedelta(days=400), "last year")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        days = app.screen.query_one(DayList)
        prompts = [str(option.prompt) for option in days.options]
        assert prompts[0].startswith(f"{TODAY:%a %d %b}") and prompts[0].endswith("·")
        assert prompts[1] == f"{week_ago:%a %d %b} {mood_bar(5)} 5"  # 3 and 6: 4.5, rounded up
        assert prompts[2] == f"── {TODAY.year - 1} ──"
        await pilot.press("escape", "down", "enter")
        assert app.screen.day == week_ago
        assert editor(app).text == "a week ago"
        assert app.screen.focused is editor(app)
        side = str(app.screen.query_one("#journal-checkins").render())
        assert "mood 3" in side and "mood 6" in side


async def test_the_day_list_is_read_a_page_at_a_time(db):
    for n in range(1, 150):
        store.save_entry(db, TODAY - timedelta(days=n), f"entry {n}")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        days = app.screen.query_one(DayList)
        first = len(days.days)
        assert first < 100
        await pilot.press("escape", "end")
        await pilot.pause()
        assert len(days.days) > first


async def test_search_highlights_matches_and_opens_the_day(db):
    store.save_entry(db, YESTERDAY, "A long walk by the river with Ana.\n\nFelt lighter afterwards.")
    store.save_entry(db, TODAY - timedelta(days=30), "Rain all day; stayed in.")
    store.save_entry(db, TODAY - timedelta(days=60), "The river was high after the rain.")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        await pilot.press("ctrl+f", *"river walk")
        results = app.screen.query_one("#journal-results", OptionList)
        assert [option.id for option in results.options] == [YESTERDAY.isoformat()]
        prompt = results.options[0].prompt
        assert prompt.plain.startswith(f"{day_label(YESTERDAY, year=True)}\n")
        assert marked_words(prompt) == {"walk", "river"}
        assert "\x02" not in prompt.plain and "\x03" not in prompt.plain
        await pilot.press("ctrl+a", "ctrl+k", *"rain")
        assert len(results.options) == 2
        await pilot.press("down", "down", "enter")
        assert app.screen.day == TODAY - timedelta(days=60)
        assert editor(app).text == "The river was high after the rain."
        assert not app.screen.query_one("#journal-search").display


async def test_prompts_insert_and_hide_and_stay_hidden(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        await pilot.press(*"Morning.", "tab")
        prompts = app.screen.query_one("#journal-prompts", OptionList)
        assert [str(option.prompt) for option in prompts.options] == list(PROMPTS)
        assert app.screen.focused is prompts
        await pilot.press("down", "enter")
        assert editor(app).text == f"Morning.\n\n**{PROMPTS[1]}**\n\n"
        assert app.screen.focused is editor(app)
        await pilot.press("ctrl+t")
        assert not prompts.display
        assert store.get_setting(db, PROMPTS_HIDDEN) is True
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        prompts = app.screen.query_one("#journal-prompts", OptionList)
        assert not prompts.display
        await pilot.press("ctrl+t")
        assert prompts.display
        assert store.get_setting(db, PROMPTS_HIDDEN) is False


async def test_preview_renders_markdown_and_user_text_literally(db):
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        editor(app).insert("# A good day\n\nSaw **Ana**; [bold]x and [/ stay as typed.")
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.screen.query_one("#journal-view").display
        assert not editor(app).display
        assert markdown_text(app) == ["A good day", "Saw Ana; [bold]x and [/ stay as typed."]
        await pilot.press("ctrl+r")
        assert app.screen.focused is editor(app)


async def test_hostile_journal_text_comes_back_exactly(db):
    """Each hostile text is written on its own day; a search shows each in context and it reads back exactly."""
    days = [TODAY - timedelta(days=2 * n) for n in range(len(HOSTILE_TEXT))]
    words = [f"w{n}" for n in range(len(HOSTILE_TEXT))]  # a word per text: each search result is told apart
    before = {
        day - timedelta(days=1): f"before {text} {word} found" for day, text, word in zip(days, HOSTILE_TEXT, words)
    }
    for day, entry in before.items():
        store.save_entry(db, day, entry)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        for day, text in zip(days, HOSTILE_TEXT):
            if day != TODAY:
                await pilot.press("escape", "[")  # out of the editor, one day back: the last text's day before
                assert editor(app).text == before[app.screen.day], repr(text)
                await pilot.press("[", "tab")  # this text's day, into the editor
            assert app.screen.day == day and editor(app).text == "", repr(text)
            assert app.screen.focused is editor(app), repr(text)
            editor(app).insert(text)
        await pilot.press("escape", "ctrl+f", *"found")  # leaving the day saves it
        results = app.screen.query_one("#journal-results", OptionList)
        prompts = {option.id: option.prompt.plain for option in results.options if option.id}
        assert sorted(prompts) == sorted(day.isoformat() for day in before)
        for day, entry in before.items():
            assert entry.removesuffix(" found") in prompts[day.isoformat()], repr(entry)
        await pilot.press("enter")
        assert editor(app).text == before[app.screen.day]
        assert app.screen.day in before
        await pilot.press("escape", "]")
        assert app.screen.day in days and editor(app).text == HOSTILE_TEXT[days.index(app.screen.day)]
    for day, text in zip(days, HOSTILE_TEXT):
        assert body(db, day) == text, repr(text)
