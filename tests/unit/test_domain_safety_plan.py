"""The low-mood rule at its edges, who the note names, and the words the feature uses."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from supportjournal.domain import help_words
from supportjournal.domain.help_words import STEPS, joined, reach_out_words
from supportjournal.domain.models import Member
from supportjournal.domain.low_mood import LOW_CHECKINS, LOW_MOOD, RECENT_CHECKINS, WINDOW_DAYS, low_mood
from supportjournal.domain.safety_plan import MAX_PEOPLE, PlanEntry, by_step, people_to_name

TODAY = date(2026, 11, 27)


def days_back(*moods_by_offset: tuple[int, list[int]]) -> dict[date, list[int]]:
    return {TODAY - timedelta(days=offset): moods for offset, moods in moods_by_offset}


def test_the_rule_holds_at_its_numbers_and_not_just_short_of_them():
    low, ok = LOW_MOOD, LOW_MOOD + 1
    lows = [low] * LOW_CHECKINS
    assert low_mood(days_back((0, lows)), TODAY)
    assert not low_mood(days_back((0, [low] * (LOW_CHECKINS - 1) + [ok])), TODAY)
    # The low check-ins must be among the latest RECENT_CHECKINS: good ones after them push them out.
    later_good = [ok] * (RECENT_CHECKINS - LOW_CHECKINS + 1)
    assert not low_mood(days_back((1, lows), (0, later_good)), TODAY)
    assert low_mood(days_back((1, lows), (0, later_good[:-1])), TODAY)
    # Only the window counts: the first day of it does, the day before it does not.
    assert low_mood(days_back((WINDOW_DAYS - 1, lows)), TODAY)
    assert not low_mood(days_back((WINDOW_DAYS, lows)), TODAY)
    assert not low_mood({}, TODAY)


def member(name, kind="friend", ring="close", fit=None, mid=None):
    return Member(mid or name.lower(), name, kind, ring, empathy=fit, reliability=fit, availability=fit)


def test_inner_ring_first_then_the_plans_people_by_fit_and_recent_contact():
    ana, ben = member("Ana", ring="inner", fit=4), member("Ben", ring="inner", fit=5)
    cy, dee = member("Cy", ring="inner", fit=4), member("Dee", ring="wider", fit=5)
    group = member("Group", kind="support group", ring="inner", fit=5)
    okafor, lind = member("Okafor", kind="professional", fit=3), member("Lind", kind="professional", fit=5)
    plan = [PlanEntry("p1", 4, 0, member=dee), PlanEntry("p2", 5, 0, member=okafor)]
    contacts = {"cy": TODAY, "ana": TODAY - timedelta(days=9)}
    people, pro = people_to_name([ana, ben, cy, dee, group, okafor, lind], plan, contacts)
    assert [m.name for m in people] == ["Ben", "Cy", "Ana"][:MAX_PEOPLE]
    assert pro == okafor  # the plan's professional before a better-rated one
    people, pro = people_to_name([ana, dee, lind], plan[:1], {})
    assert [m.name for m in people] == ["Ana", "Dee"] and pro == lind


def test_nobody_close_means_the_close_ring_and_an_empty_network_names_nobody():
    close = member("Eli", ring="close")
    assert people_to_name([close, member("Far", ring="wider")], [], {}) == ([close], None)
    assert people_to_name([], [], {}) == ([], None)


def test_entries_are_grouped_under_every_step_in_order():
    grouped = by_step([PlanEntry("b", 2, 1, "second"), PlanEntry("a", 2, 0, "first")])
    assert list(grouped) == [step.number for step in STEPS] == list(range(1, 8))
    assert [entry.words for entry in grouped[2]] == ["first", "second"] and grouped[1] == []


@pytest.mark.parametrize(("names", "words"), [([], ""), (["Ana"], "Ana"), (["Ana", "Ben"], "Ana or Ben"),
                                               (["Ana", "Ben", "Mum"], "Ana, Ben or Mum")])
def test_names_are_joined_as_a_sentence_says_them(names, words):
    assert joined(names) == words


def test_reach_out_words_name_people_then_the_professional():
    assert reach_out_words(["Ana", "Ben"], "Dr Okafor") == " to Ana or Ben, or to Dr Okafor"
    assert reach_out_words([], "Dr Okafor") == " to Dr Okafor"
    assert reach_out_words([], None) == ""


def test_every_sentence_is_calm():
    """No diagnosis, no alarm: the words the feature shows, read in one place."""
    text = " ".join(str(value) for name, value in vars(help_words).items() if name.isupper())
    alarming = r"\b(danger|dangerous|urgent|warning!|emergency!|suicidal|depress\w*|disorder|diagnos\w*|symptom\w*|at risk|alarm\w*)\b"
    assert not re.search(alarming, text, re.IGNORECASE)
    assert "!" not in text.replace("(!)", "").replace("! get help", "").replace("! then p", "")
