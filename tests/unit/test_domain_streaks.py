"""Self-care streaks by schedule (skips are rest days) and the check-in streak."""

from __future__ import annotations

from datetime import date, timedelta

from supportjournal.domain.schedule import parse_schedule
from supportjournal.domain.streaks import checkin_streak, selfcare_streak

TODAY = date(2026, 11, 27)  # a Friday
LONG_AGO = date(2026, 1, 1)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def streak(schedule: str, marks: dict[date, str], starts_on: date = LONG_AGO, today: date = TODAY) -> int:
    return selfcare_streak(parse_schedule(schedule), marks, today, starts_on)


def done(*days_ago: int) -> dict[date, str]:
    return {ago(n): "done" for n in days_ago}


def test_a_chain_of_done_days():
    assert streak("daily", done(0, 1, 2, 3)) == 4
    assert streak("daily", {}) == 0


def test_today_pending_does_not_break_it():
    assert streak("daily", done(1, 2, 3)) == 3


def test_a_miss_breaks_it():
    assert streak("daily", done(0, 1, 3, 4, 5)) == 2
    assert streak("daily", done(2, 3)) == 0  # yesterday missed


def test_a_skip_does_not_break_it_and_does_not_count():
    marks = {**done(0, 1, 3, 4), ago(2): "skipped"}
    assert streak("daily", marks) == 4
    marks[ago(0)] = "skipped"
    assert streak("daily", marks) == 3


def test_nothing_before_the_start_breaks_it():
    assert streak("daily", done(0, 1, 2), starts_on=ago(2)) == 3


def test_fixed_days_ignore_the_days_between():
    # Mon 23, Wed 25, Fri 27 Nov; Mon 16, Wed 18, Fri 20.
    assert streak("mon,wed,fri", done(0, 2, 4, 7, 9, 11)) == 6
    assert streak("mon,wed,fri", done(2, 4, 7, 9)) == 4  # Friday (today) pending
    assert streak("mon,wed,fri", done(0, 4, 7)) == 1  # Wed 25 missed
    assert streak("weekdays", done(0, 1, 2, 3, 4, 7)) == 6  # the weekend is not scheduled
    assert streak("weekends", done(5, 6, 12, 13)) == 4


def test_every_n_days_from_its_start():
    starts_on = date(2026, 11, 1)  # every 3 days: 1, 4, ..., 19, 22, 25, 28
    marks = {date(2026, 11, d): "done" for d in (16, 19, 22, 25)}
    assert streak("every 3 days", marks, starts_on) == 4
    marks[date(2026, 11, 26)] = "done"  # an extra day off schedule changes nothing
    assert streak("every 3 days", marks, starts_on) == 4
    del marks[date(2026, 11, 19)]
    assert streak("every 3 days", marks, starts_on) == 2
    marks[date(2026, 11, 19)] = "skipped"
    assert streak("every 3 days", marks, starts_on) == 3


def test_a_long_streak_crosses_windows():
    marks = {ago(n): "done" for n in range(300)}
    assert streak("daily", marks, starts_on=ago(299)) == 300
    assert streak("daily", marks, starts_on=ago(400)) == 300


def test_the_streak_reads_only_as_far_back_as_it_goes():
    asked = []

    class Recording(dict):
        def get(self, day, default=None):
            asked.append(day)
            return super().get(day, default)

    assert streak("daily", Recording(done(0, 1, 2)), starts_on=date(1990, 1, 1)) == 3
    assert min(asked) == ago(3)


def week_of(monday: date, *weekday_numbers: int, status: str = "done") -> dict[date, str]:
    return {monday + timedelta(days=n): status for n in weekday_numbers}


THIS_MONDAY = date(2026, 11, 23)
LAST_MONDAY = THIS_MONDAY - timedelta(days=7)
TWO_AGO = THIS_MONDAY - timedelta(days=14)


def test_weekly_quota():
    marks = {**week_of(THIS_MONDAY, 0, 2, 4), **week_of(LAST_MONDAY, 1, 5, 6), **week_of(TWO_AGO, 0, 1, 2)}
    assert streak("3 times a week", marks) == 3
    assert streak("2 times a week", marks) == 3


def test_weekly_quota_in_progress_does_not_break_it():
    marks = {**week_of(THIS_MONDAY, 0), **week_of(LAST_MONDAY, 1, 5, 6), **week_of(TWO_AGO, 0, 1, 2)}
    assert streak("3 times a week", marks) == 2


def test_weekly_quota_missed_breaks_it():
    marks = {**week_of(THIS_MONDAY, 0, 1, 2), **week_of(LAST_MONDAY, 1, 5), **week_of(TWO_AGO, 0, 1, 2)}
    assert streak("3 times a week", marks) == 1


def test_a_week_of_rest_does_not_break_the_weekly_quota():
    rest = week_of(LAST_MONDAY, *range(7), status="skipped")
    marks = {**week_of(THIS_MONDAY, 0, 1, 2), **rest, **week_of(TWO_AGO, 0, 1, 2)}
    assert streak("3 times a week", marks) == 2


def test_skipped_days_make_up_the_weekly_quota_without_counting():
    short = {**week_of(LAST_MONDAY, 0, 1), **week_of(LAST_MONDAY, 4, status="skipped")}
    marks = {**week_of(THIS_MONDAY, 0, 1, 2), **short, **week_of(TWO_AGO, 0, 1, 2)}
    assert streak("3 times a week", marks) == 2
    del marks[LAST_MONDAY + timedelta(days=1)]  # one done and one skipped: short of three
    assert streak("3 times a week", marks) == 1


def test_checkin_streak_counts_from_today():
    assert checkin_streak([ago(0), ago(1), ago(2), ago(4)], TODAY) == 3


def test_checkin_streak_counts_from_yesterday_when_today_is_empty():
    assert checkin_streak([ago(1), ago(2), ago(4)], TODAY) == 2


def test_checkin_streak_broken():
    assert checkin_streak([ago(2), ago(3)], TODAY) == 0
    assert checkin_streak([], TODAY) == 0


def test_checkin_streak_ignores_future_days_and_reads_lazily():
    read = []

    def days():
        for day in [TODAY + timedelta(days=1), ago(0), ago(1), ago(5), ago(6), ago(7)]:
            read.append(day)
            yield day

    assert checkin_streak(days(), TODAY) == 2
    assert ago(6) not in read
