"""The check-in modal: mood only, members through type-ahead with directions, cancel, hostile names."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, OptionList

from supportjournal import store
from supportjournal.domain.models import CheckIn
from supportjournal.store import WELCOME_SETTING
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.checkin import CheckInScreen
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.widgets.mood_picker import MoodPicker
from tests.conftest import HOSTILE_TEXT, NOW, TODAY, fixed_clock


def rows(db, table):
    return list(db.query(f"SELECT * FROM {table}"))


def shown(option_list: OptionList) -> list[str]:
    return [str(option.prompt) for option in option_list.options]


def written_since(db, before: list[CheckIn]) -> CheckIn:
    """The one check-in written since ``before`` was read: each part of a session writes at most one."""
    [checkin] = [c for c in store.checkins_on(db, TODAY) if c.id not in {b.id for b in before}]
    return checkin


async def test_the_check_in_without_members_mood_only_zero_and_keys_typed_as_text(db):
    """One session, each part opening the check-in with c on the home screen, as a person would one after another."""
    store.set_setting(db, WELCOME_SETTING, True)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # Enter without a mood explains, and nothing is written.
        await pilot.press("c", "enter")
        assert isinstance(app.screen, CheckInScreen)
        error = app.screen.query_one("#error-checkin-mood")
        assert error.display and "pick a mood" in str(error.render())
        await pilot.press("escape")
        assert rows(db, "checkins") == []

        # An unknown name is said next to the field.
        await pilot.press("c", "5", "tab", *"zed")
        error = app.screen.query_one("#error-checkin-who")
        assert error.display and "no member" in str(error.render())
        await pilot.press("escape")
        await pilot.pause()
        assert rows(db, "checkins") == []

        # c 7 Enter on the home screen records a mood-only check-in.
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("c")
        assert isinstance(app.screen, CheckInScreen)
        await pilot.press("7", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "7" in str(app.screen.query_one("#header-mood").render())  # the header shows it at once
        [checkin] = store.checkins_on(db, TODAY)
        assert checkin.mood == 7
        assert checkin.at == NOW
        assert checkin.interactions == ()
        assert rows(db, "interactions") == []

        # 0 means 10, and the arrows move.
        before = store.checkins_on(db, TODAY)
        await pilot.press("c", "0")
        picker = app.screen.query_one(MoodPicker)
        assert picker.mood == 10
        await pilot.press("right")
        assert picker.mood == 10
        await pilot.press("left", "left")
        assert picker.mood == 8
        await pilot.press("0", "enter")
        await pilot.pause()
        assert written_since(db, before).mood == 10

        # Keys typed into the fields are text.
        before = store.checkins_on(db, TODAY)
        await pilot.press("c", "4", "tab", "tab", *"c j 9 q", "enter")
        await pilot.pause()
        checkin = written_since(db, before)
        assert (checkin.mood, checkin.note) == (4, "c j 9 q")


async def test_members_by_type_ahead_with_directions_removed_or_cancelled(db):
    """One session on the same three members: cancelling, removing a chosen member, then two members and a note."""
    ana = store.add_member(db, "Ana", "friend")
    store.add_member(db, "Andrew", "colleague")
    ben = store.add_member(db, "Ben Okafor", "family")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        # Escape cancels, and nothing is written.
        await pilot.press("c", "8", "tab", *"ana", "enter", "ctrl+t", "tab", *"hi")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CheckInScreen)
        assert rows(db, "checkins") == []
        assert rows(db, "interactions") == []

        # Backspace removes a chosen member.
        await pilot.press("c", "5", "tab", *"ana", "enter", "backspace")
        assert not app.screen.query_one("#checkin-chosen").display
        await pilot.press("enter")
        await pilot.pause()
        [checkin] = store.checkins_on(db, TODAY)
        assert checkin.interactions == ()

        # Two members by type-ahead, each with a direction, and a note.
        before = store.checkins_on(db, TODAY)
        await pilot.press("c", "6", "tab")
        assert app.screen.focused is app.screen.query_one("#checkin-who")
        await pilot.press(*"an")
        matches = app.screen.query_one("#checkin-matches", OptionList)
        assert shown(matches) == ["Ana", "Andrew"]
        await pilot.press("enter")  # Ana, the highlighted match
        await pilot.press(*"oka")  # a word inside the name
        assert shown(matches) == ["Ben Okafor"]
        await pilot.press("enter")
        chosen = app.screen.query_one("#checkin-chosen", OptionList)
        assert [o.id for o in chosen.options] == [ana.id, ben.id]
        await pilot.press("ctrl+t")  # Ben, the last chosen: gave
        await pilot.press("up", "ctrl+t", "ctrl+t")  # Ana: received
        assert "you received" in shown(chosen)[0]
        assert "you gave" in shown(chosen)[1]
        await pilot.press("tab", *"long call", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, CheckInScreen)
    checkin = written_since(db, before)
    assert (checkin.mood, checkin.note) == (6, "long call")
    assert {(i.member_id, i.direction) for i in checkin.interactions} == {
        (ana.id, "received"), (ben.id, "gave"),
    }


async def test_hostile_member_names_show_as_typed_and_save(db):
    members = [store.add_member(db, name, "friend") for name in HOSTILE_TEXT]
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c", "3", "tab")
        who = app.screen.query_one("#checkin-who", Input)
        matches = app.screen.query_one("#checkin-matches", OptionList)
        for member in members:  # one modal for all: typing key by key is tested above
            who.value = member.name
            await pilot.pause()
            offered = [option.id for option in matches.options]
            assert member.id in offered, repr(member.name)
            assert str(matches.options[offered.index(member.id)].prompt) == member.name
            matches.highlighted = offered.index(member.id)
            await pilot.press("enter")
        chosen = app.screen.query_one("#checkin-chosen", OptionList)
        assert [option.id for option in chosen.options] == [member.id for member in members]
        for option, member in zip(chosen.options, members):
            assert str(option.prompt).startswith(member.name), repr(member.name)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CheckInScreen)
    [checkin] = store.checkins_on(db, TODAY)
    assert sorted(i.member_id for i in checkin.interactions) == sorted(member.id for member in members)


async def test_at_80x24_tab_goes_to_the_note_and_keys_arriving_in_one_burst_land_where_they_were_typed(db):
    """One session at 80x24, two parts."""
    ana = store.add_member(db, "Ana", "friend")
    eve = store.add_member(db, "Eve", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        # Tab goes from the name to the note, and typing a note never changes a direction.
        await pilot.press("c", "6", "tab", *"ana", "enter", "tab")
        assert app.screen.focused is app.screen.query_one("#checkin-note")
        await pilot.press(*"g r b n x d", "space")
        assert "in touch" in shown(app.screen.query_one("#checkin-chosen", OptionList))[0]
        keys = app.screen.query_one("#field-checkin-who .form-hint").render()
        assert "ctrl+t which way support went" in str(keys)  # the key that does change it, in sight
        await pilot.press("enter")
        await pilot.pause()
        [checkin] = store.checkins_on(db, TODAY)
        assert checkin.note == "g r b n x d "
        assert [(i.member_id, i.direction) for i in checkin.interactions] == [(ana.id, "none")]

        # Over a slow link "5", Tab, "Ev", Enter arrive together: the name still reaches the name box.
        before = store.checkins_on(db, TODAY)
        await pilot.press("c")
        burst = (("5", "5"), ("tab", None), ("E", "E"), ("v", "v"), ("enter", "\r"), ("enter", "\r"))
        for key, character in burst:  # posted together, before any of them is handled
            app.post_message(events.Key(key, character))
        await pilot.pause()
        assert not isinstance(app.screen, CheckInScreen)
    checkin = written_since(db, before)
    assert checkin.mood == 5
    assert [i.member_id for i in checkin.interactions] == [eve.id]
