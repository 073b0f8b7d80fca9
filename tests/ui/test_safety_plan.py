"""The plan editor saves as you go and links members; the low-mood note on home; archiving someone in the plan."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Static

from supportjournal import store
from supportjournal.domain.models import Channel
from supportjournal.domain.low_mood import LOW_CHECKINS, LOW_MOOD
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.choose_person import ChoosePersonScreen
from supportjournal.ui.screens.confirm import ConfirmScreen
from supportjournal.ui.screens.get_help import GetHelpScreen
from supportjournal.ui.screens.home import HomeScreen
from supportjournal.ui.screens.log_contact import LogContactScreen
from supportjournal.ui.screens.plan_editor import PlanScreen
from supportjournal.ui.widgets.low_mood_note import LowMoodNote
from supportjournal.ui.widgets.plan_step import PlanStep
from tests.conftest import NOW, TODAY, fixed_clock
from tests.ui.shown import screen_text, static_text


def words(db) -> list[tuple[int, str, bool]]:
    return [(entry.step, entry.words, entry.member is not None) for entry in store.plan_entries(db)]


async def test_the_plan_is_saved_as_you_go_with_members_linked_and_their_channels_current(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    ana = store.add_member(db, "Ana", "friend", channels=[Channel("phone", "0770 1")])
    store.add_member(db, "Anabel", "friend")
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("exclamation_mark", "p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        # Words are set, not typed (typing is for the completion below): Enter saves; leaving the line saves too.
        app.focused.value = "tired"
        await pilot.press("enter")
        app.focused.value = "no meals"
        await pilot.press("tab")
        assert words(db) == [(1, "tired", False), (1, "no meals", False)]
        step4 = screen.query_one("#plan-step-4", PlanStep)
        step4.lines()[-1].focus()
        await pilot.press(*"an", "right", "enter")  # → takes the completion: Ana, linked
        step4.lines()[-1].focus()
        await pilot.pause()
        app.focused.value = "the walk-in clinic"
        await pilot.press("enter")  # any text is a line too
        assert words(db)[2:] == [(4, "Ana", True), (4, "the walk-in clinic", False)]
        details = step4.query(".plan-details").results(Static)
        assert "phone: 0770 1" in static_text(next(iter(details)))
        store.update_member(db, ana.id, name="Ana R", channels=[Channel("phone", "0800 2")])
        app.data_changed()
        await pilot.pause()
        assert step4.lines()[0].value == "Ana R"
        assert "phone: 0800 2" in static_text(next(iter(step4.query(".plan-details").results(Static))))
        step4.lines()[1].focus()
        await pilot.press("alt+up")  # the clinic line moves above Ana
        assert words(db)[2:] == [(4, "the walk-in clinic", False), (4, "Ana R", True)]
        first = screen.query_one("#plan-step-1", PlanStep).lines()[0]
        first.focus()
        await pilot.press("ctrl+a", "ctrl+k", "down")  # emptied and left: taken out of the plan
        await pilot.pause()
        assert (1, "tired", False) not in words(db)
        await pilot.press("ctrl+z")  # and put back
        await pilot.pause()
        assert words(db)[:2] == [(1, "no meals", False), (1, "tired", False)]
        await pilot.press("escape")
        assert isinstance(app.screen, GetHelpScreen)
        assert "the walk-in clinic" in screen_text(app) and "0800 2" in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        app.screen.query_one("#plan-step-7", PlanStep).lines()[-1].focus()
        await pilot.pause()
        app.focused.value = "my cat"
        await pilot.pause()
        await app.action_quit()  # quitting mid-line keeps the line
    assert (7, "my cat", False) in words(db)


async def low_week(db, moods):
    for hours, mood in enumerate(moods):
        store.record_checkin(db, mood, NOW - timedelta(hours=len(moods) - hours), now=NOW)


async def test_the_low_mood_note_names_people_offers_keys_and_stays_away_for_the_day(db_path, db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    mum = store.add_member(db, "Mum", "family", ring="inner", empathy=5)
    ben = store.add_member(db, "Ben", "friend", ring="close")
    store.add_member(db, "Zed", "friend", ring="wider")
    okafor = store.add_member(db, "Dr Okafor", "professional")
    store.add_plan_entry(db, 4, member_id=ben.id)
    await low_week(db, [LOW_MOOD] * (LOW_CHECKINS - 1) + [LOW_MOOD + 1])  # just short of the rule
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        note = app.screen.query_one(LowMoodNote)
        assert not note.display
        await pilot.press("d")  # its keys do nothing while it is away
        assert store.get_setting(db, "low_mood_note_dismissed") is None
        store.record_checkin(db, LOW_MOOD, NOW, now=NOW)
        app.data_changed()
        await pilot.pause()
        assert note.display and note.people == [mum, ben, okafor]
        assert "It might help to reach out to Mum or Ben, or to Dr Okafor." in static_text(note)
        await pilot.press("o")
        assert isinstance(app.screen, ChoosePersonScreen)
        await pilot.press("down", "enter")
        assert isinstance(app.screen, LogContactScreen) and app.screen.member.id == ben.id
        await pilot.press("escape", "d")
        await pilot.pause()
        assert not note.display
    reopened = store.open_db(db_path)
    again = SupportJournalApp(reopened, clock=fixed_clock)
    async with again.run_test(size=(100, 30)):
        assert not again.screen.query_one(LowMoodNote).display  # still away today
    reopened.close()
    store.set_setting(db, "low_mood_note_dismissed", (TODAY - timedelta(days=1)).isoformat())
    async with SupportJournalApp(db, clock=fixed_clock).run_test(size=(100, 30)) as pilot:
        assert pilot.app.screen.query_one(LowMoodNote).display  # put away yesterday: back today


async def test_archiving_someone_in_the_plan_says_so_first(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    ben = store.add_member(db, "Ben", "friend")
    store.add_plan_entry(db, 4, member_id=ben.id)
    store.add_plan_entry(db, 3, member_id=ben.id)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        question = static_text(app.screen.query_one("#confirm-question", Static))
        assert ("They are in your safety plan (people and places that take my mind off things; "
                "people I can ask for help)") in question
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert store.get_member(db, ben.id).archived and len(store.plan_entries(db)) == 2
