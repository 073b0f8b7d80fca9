"""Hostile text through every render function of get help, the plan and the low-mood note, then one pilot round."""

from __future__ import annotations

from textual.widgets import Input

from supportjournal import store
from supportjournal.domain.help_words import CrisisLine
from supportjournal.domain.models import Channel, Member
from supportjournal.domain.low_mood import LOW_CHECKINS, LOW_MOOD
from supportjournal.domain.safety_plan import PlanEntry
from supportjournal.ui.app import SupportJournalApp
from supportjournal.ui.screens.plan_editor import PlanScreen
from supportjournal.ui.widgets.help_list import HelpItem, crisis_content, entry_content, help_items, person_content
from supportjournal.ui.widgets.low_mood_note import note_content
from supportjournal.ui.widgets.plan_step import details_content
from tests.conftest import HOSTILE_TEXT, NOW, fixed_clock
from tests.hostile import assert_nothing_sent, each_hostile_text, expected
from tests.ui.shown import screen_text


@each_hostile_text
def test_every_render_function_shows_hostile_text_as_typed(text):
    shown = expected(text)
    member = Member("m", text, "professional", channels=(Channel(text, text),), link=text)
    rendered = {
        "person": person_content(member),
        "entry": entry_content(PlanEntry("e", 1, 0, text)),
        "linked": entry_content(PlanEntry("e", 4, 0, member=member)),
        "crisis": crisis_content(CrisisLine(text, text, text, text)),
        "details": details_content(member),
        "note": note_content([member], member),
    }
    for name, content in rendered.items():
        assert_nothing_sent(content.plain)
        assert shown in content.plain, name
    rows = help_items([PlanEntry("e", 4, 0, member=member)], [member], [CrisisLine(text)])
    items = [row for row in rows if isinstance(row, HelpItem)]
    assert [item.member for item in items if item.member] == [member]  # in the plan, not listed twice
    assert all(shown in item.content.plain for item in items[:2])


async def test_hostile_names_in_get_help_the_plan_and_the_note(db):
    store.set_setting(db, store.WELCOME_SETTING, True)
    members = [store.add_member(db, name, "friend", ring="inner", channels=[Channel("phone", name)])
               for name in dict.fromkeys(HOSTILE_TEXT)]
    for member in members:
        store.add_plan_entry(db, 4, member_id=member.id)
    store.add_plan_entry(db, 1, HOSTILE_TEXT[0])
    for _ in range(LOW_CHECKINS):
        store.record_checkin(db, LOW_MOOD, NOW, now=NOW)
    app = SupportJournalApp(db, clock=fixed_clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert HOSTILE_TEXT[0] in screen_text(app)  # the note names them as typed
        await pilot.press("exclamation_mark")
        assert HOSTILE_TEXT[0] in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        values = [line.value for line in app.screen.query(Input).results(Input)]
        assert values[0] == HOSTILE_TEXT[0] and [m.name for m in members] == [v for v in values if v][1:]
