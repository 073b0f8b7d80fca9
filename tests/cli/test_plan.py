"""``supportjournal plan`` and the calm line after a low check-in, on a real journal file."""

from __future__ import annotations

from datetime import timedelta

from supportjournal import store
from supportjournal.cli.plan import plan_lines
from supportjournal.domain.help_words import CHECK_LOCAL, STEPS, CrisisLine
from supportjournal.domain.models import Channel, Member
from supportjournal.domain.low_mood import LOW_CHECKINS, LOW_MOOD
from supportjournal.domain.safety_plan import PlanEntry
from tests.conftest import NOW, TODAY
from tests.hostile import CORPUS, assert_nothing_sent, expected


def test_the_plan_prints_every_step_with_current_contact_details(cli, db):
    ana = store.add_member(db, "Ana", "friend", channels=[Channel("phone", "0770 1")])
    okafor = store.add_member(db, "Dr Okafor", "professional", channels=[Channel("email", "o@e.org")])
    store.add_plan_entry(db, 1, "not answering messages")
    store.add_plan_entry(db, 4, member_id=ana.id)
    store.add_plan_entry(db, 5, member_id=okafor.id)
    store.add_plan_entry(db, 5, "the walk-in clinic on Hill St")
    store.update_member(db, ana.id, channels=[Channel("phone", "0800 2")])
    result = cli("plan")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "My safety plan (printed Fri 27 Nov 2026)"
    body = result.stdout
    for step in STEPS:
        assert f"{step.number}. {step.title}\n" in body
    assert "  - not answering messages\n" in body
    assert "  - Ana — phone: 0800 2\n" in body and "0770" not in body
    assert "5. Professionals and services I can contact\n  - Dr Okafor — email: o@e.org\n  - the walk-in clinic" in body
    assert "6. Making my surroundings safer\n  - —\n" in body  # an empty step leaves room to write
    assert "  - Samaritans (UK and Ireland): call 116 123, free, any time (source: samaritans.org)\n" in body
    assert lines[-1] == CHECK_LOCAL


def test_markdown_and_an_empty_plan(cli, db):
    result = cli("plan", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# My safety plan (printed Fri 27 Nov 2026)\n\nNo safety plan yet")
    assert "## 4. People I can ask for help\n\n- —\n" in result.stdout
    assert "## Crisis lines\n\n- 988 Suicide & Crisis Lifeline (US)" in result.stdout
    assert cli("plan", "--format", "pdf").exit_code == 2


def test_hostile_text_in_the_printed_plan_is_shown_never_sent():
    for text in CORPUS:
        member = Member("m", text, "friend", channels=(Channel(text, text),))
        entries = [PlanEntry("a", 1, 0, text), PlanEntry("b", 4, 0, member=member)]
        lines = plan_lines(entries, [CrisisLine(text, text, text, text)], TODAY, markdown=False)
        output = "\n".join(lines)
        assert_nothing_sent(output)
        assert f"  - {expected(text)}" in lines
        assert f"  - {expected(text)} — {expected(text)}: {expected(text)}" in lines


def test_a_low_check_in_ends_with_one_calm_line_naming_people(cli, db):
    store.add_member(db, "Ana", "friend", ring="inner")
    store.add_member(db, "Dr Okafor", "professional")
    for hours in range(1, LOW_CHECKINS):
        store.record_checkin(db, LOW_MOOD, NOW - timedelta(hours=hours), now=NOW)
    short = cli("checkin", "--mood", str(LOW_MOOD + 1))
    assert short.stdout == f"Checked in: mood {LOW_MOOD + 1} at 19:30 today\n"  # just short of the rule
    low = cli("checkin", "--mood", str(LOW_MOOD))
    assert low.exit_code == 0
    assert low.stdout.splitlines()[1] == (
        "Your last few check-ins have been low; it might help to reach out to Ana, or to Dr Okafor. "
        "supportjournal plan shows your plan."
    )
