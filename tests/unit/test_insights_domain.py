"""Insights on known data: associations and their rules, chart series with gaps, the calendar's day states, the words."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from supportjournal.domain.insights import associations as a
from supportjournal.domain.insights.heatmap import HEAT_GLYPHS, HEATMAP_WEEKS, calendar, day_cares, month_row
from supportjournal.domain.insights.series import DayMood, people_per_week, points, runs, unit_of
from supportjournal.domain.insights.words import association_sentence, care_words
from supportjournal.domain.models import Mark, SelfCareItem
from tests.conftest import TODAY
from tests.hostile import assert_nothing_sent, each_hostile_text, expected

START = date(2026, 9, 1)  # a Tuesday


def days(count: int, start: date = START) -> list[date]:
    return [start + timedelta(days=offset) for offset in range(count)]


def moods_for(values: list[float], start: date = START) -> dict[date, float]:
    return dict(zip(days(len(values), start), values))


class TestAssociations:
    def test_mood_on_days_with_contact_against_days_without(self):
        moods = moods_for([8, 7, 8, 7, 8, 7, 4, 5, 4, 5, 4, 5, 4])
        contacts = {day: frozenset({"ana"}) for day in days(6)}
        found = a.contact_association(moods, contacts)
        assert found == a.Association("contact", "", 7.5, 31 / 7, 6, 7)

    def test_fewer_than_five_days_on_either_side_says_nothing(self):
        moods = moods_for([9, 9, 9, 9, 2, 2, 2, 2, 2, 2, 2])
        assert a.MIN_DAYS_EACH_SIDE == 5
        four_days = {day: frozenset({"ana"}) for day in days(4)}
        assert a.contact_association(moods, four_days) is None
        five_days = {day: frozenset({"ana"}) for day in days(5)}  # 9,9,9,9,2 against six 2s
        assert a.contact_association(moods, five_days) is not None

    def test_a_small_difference_is_not_named(self):
        moods = moods_for([6.3, 6.4] * 3 + [6.0, 6.1] * 3)
        contacts = {day: frozenset({"ana"}) for day in days(6)}
        assert a.contact_association(moods, contacts) is None

    def test_a_difference_lost_in_the_ups_and_downs_is_noise(self):
        # Means 5.8 and 5.0, but the days swing from 1 to 10: not two standard errors apart.
        moods = moods_for([1, 10, 2, 9, 3, 10, 1, 9, 2, 8, 3, 7])
        contacts = {day: frozenset({"ana"}) for day in days(6)}
        assert a.contact_association(moods, contacts) is None

    def test_days_absent_from_moods_take_no_part(self):
        moods = moods_for([8] * 5 + [5] * 5)
        contacts = {day: frozenset({"ana"}) for day in days(5)}
        contacts[START - timedelta(days=3)] = frozenset({"ana"})  # contact, but no check-in that day
        assert a.contact_association(moods, contacts).days_with == 5

    def test_each_member_against_every_other_day(self):
        moods = moods_for([8, 8, 7, 8, 8, 5, 5, 4, 5, 5, 6, 5])
        contacts = {day: frozenset({"ana"}) for day in days(5)} | {
            day: frozenset({"ben"}) for day in days(5, START + timedelta(days=5))
        }
        found = {each.subject: each for each in a.member_associations(moods, contacts)}
        assert found["ana"].days_with == 5 and found["ana"].days_without == 7
        assert found["ana"].mean_with == pytest.approx(7.8)
        assert found["ben"].mean_with == pytest.approx(4.8) and found["ben"].difference < 0

    def test_activity_compares_done_days_with_due_days_not_done_rest_days_apart(self):
        item = SelfCareItem("walk", "Walk", "daily", starts_on=START)
        moods = moods_for([8, 8, 7, 8, 8, 4, 5, 4, 5, 4, 9, 9])
        marks = {day: "done" for day in days(5)} | {day: "skipped" for day in days(2, START + timedelta(days=10))}
        found = a.activity_associations(moods, [item], lambda _id, day: marks.get(day), TODAY)
        assert [(f.days_with, f.days_without, f.mean_with, f.mean_without) for f in found] == [
            (5, 5, pytest.approx(7.8), pytest.approx(4.4))
        ]

    def test_an_activity_not_due_on_a_day_is_not_counted_as_not_done(self):
        mondays = SelfCareItem("gym", "Gym", "mon", starts_on=START)
        moods = moods_for([5.0] * 70)  # ten weeks: ten Mondays, none done
        found = a.activity_associations(moods, [mondays], lambda _id, _day: None, TODAY)
        assert found == []  # nothing done: no "with" side at all

    def test_strongest_keeps_contact_first_and_at_most_a_few(self):
        contact = a.Association("contact", "", 7, 6, 10, 10)
        others = [a.Association("member", str(n), 5 + n / 10, 5, 10, 10) for n in range(10)]
        shown = a.strongest(contact, others)
        assert len(shown) == a.MAX_SHOWN and shown[0] is contact
        assert [each.subject for each in shown[1:]] == ["9", "8", "7"]
        assert a.strongest(None, []) == []


class TestSeries:
    def test_days_without_a_check_in_are_gaps_never_zeros(self):
        moods = [DayMood(day, 6.0, 5, 7, 2) for day in (START, START + timedelta(1), START + timedelta(4))]
        plotted = points(moods, "day")
        assert [p.mean for p in plotted] == [6.0, 6.0, 6.0]  # no point for the missing days
        lines = runs(plotted, "day")
        assert [[p.day for p in line] for line in lines] == [[START, START + timedelta(1)], [START + timedelta(4)]]
        assert (plotted[0].low, plotted[0].high) == (5, 7)

    def test_long_spans_are_weeks_then_months_each_day_once(self):
        assert unit_of(START, START + timedelta(days=364)) == "day"
        assert unit_of(START, START + timedelta(days=800)) == "week"
        assert unit_of(START, START + timedelta(days=3000)) == "month"
        monday = date(2026, 8, 31)
        moods = [DayMood(monday, 8.0, 6, 10, 3), DayMood(monday + timedelta(1), 4.0, 4, 4, 1),
                 DayMood(monday + timedelta(14), 5.0, 5, 5, 1)]
        weeks = points(moods, "week")
        assert [(p.day, p.mean, p.low, p.high, p.days) for p in weeks] == [
            (monday, 6.0, 4.0, 8.0, 2), (monday + timedelta(14), 5.0, 5.0, 5.0, 1)
        ]
        assert len(runs(weeks, "week")) == 2  # the week between had no check-in
        months = points(moods + [DayMood(date(2026, 10, 2), 7.0, 7, 7, 1)], "month")
        assert [p.day for p in months] == [date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1)]
        assert len(runs(months, "month")) == 1

    def test_people_per_week_counts_each_person_once_and_empty_weeks_as_zero(self):
        contacts = {START: frozenset({"ana", "ben"}), START + timedelta(1): frozenset({"ana"}),
                    START + timedelta(14): frozenset({"cy"})}
        weeks = people_per_week(contacts, START, START + timedelta(days=19))
        assert [w.people for w in weeks] == [2, 0, 1]
        assert weeks[0].week == date(2026, 8, 31)


class TestCalendar:
    def test_each_day_state(self):
        daily = SelfCareItem("walk", "Walk", "daily", starts_on=START)
        weekly = SelfCareItem("run", "Run", "3 times a week", starts_on=START)
        today = START + timedelta(days=6)
        marks = {
            ("walk", START): Mark("walk", START, "done"),
            ("run", START): Mark("run", START, "done"),
            ("walk", START + timedelta(1)): Mark("walk", START + timedelta(1), "skipped"),
            ("run", START + timedelta(3)): Mark("run", START + timedelta(3), "done"),
            ("walk", START + timedelta(4)): Mark("walk", START + timedelta(4), "skipped"),
        }
        cares = day_cares([daily, weekly], marks, START - timedelta(1), today + timedelta(1), today)
        states = [cares[day].state for day in sorted(cares)]
        assert states == ["off", "done", "rest", "missed", "some", "rest", "missed", "open", "future"]
        assert cares[START].done == ("Walk", "Run")
        assert cares[START + timedelta(3)].missed == ("Walk",)
        assert len(set(HEAT_GLYPHS.values())) == len(HEAT_GLYPHS)  # readable without colour

    def test_archived_activity_is_due_no_more(self):
        item = SelfCareItem("walk", "Walk", "daily", starts_on=START, archived_at=datetime.combine(START, datetime.min.time()))
        cares = day_cares([item], {}, START, START + timedelta(3), START + timedelta(5))
        assert [cares[day].state for day in sorted(cares)] == ["missed", "off", "off", "off"]

    def test_the_grid_is_a_year_of_weeks_ending_this_week(self):
        grid = calendar(TODAY)
        assert len(grid) == 7 and {len(row) for row in grid} == {HEATMAP_WEEKS}
        assert grid[0][0].weekday() == 0 and TODAY in [row[-1] for row in grid]
        assert month_row(grid[0]).split() == ["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                              "Oct", "Nov"]


class TestWords:
    def test_associations_are_worded_as_associations_with_their_days(self):
        names = {"ana": "Ana", "walk": "Walk outside"}
        member = a.Association("member", "ana", 7.1, 5.9, 24, 61)
        assert association_sentence(member, names) == (
            "On days you were in touch with Ana, your mood averaged 7.1; on other days, 5.9 (24 and 61 days)."
        )
        contact = a.Association("contact", "", 6.8, 5.1, 42, 31)
        assert association_sentence(contact, names) == (
            "On days you were in touch with someone, your mood averaged 6.8; on days you were not, 5.1 "
            "(42 and 31 days)."
        )
        activity = a.Association("activity", "walk", 7.0, 5.84, 40, 22)
        assert "you did Walk outside" in association_sentence(activity, names)
        for sentence in map(lambda x: association_sentence(x, names), (member, contact, activity)):
            assert not any(word in sentence.lower() for word in ("because", "makes you", "causes", "improves"))

    @each_hostile_text
    def test_hostile_names_and_titles_never_carry_control_characters(self, text):
        name = text
        sentence = association_sentence(a.Association("member", "x", 7, 5, 9, 9), {"x": name})
        care = care_words(day_cares([SelfCareItem("x", name, "daily", starts_on=START)], {}, START, START, TODAY)[START], TODAY)
        for words in (sentence, care):
            assert_nothing_sent(words, lines=False)
            assert expected(name)[:20] in words
