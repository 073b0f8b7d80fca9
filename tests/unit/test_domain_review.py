"""The review's rules on purpose-built members: each reason triggering and not, the order, snoozes, resuming."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from supportjournal.domain import review as r
from supportjournal.domain.models import Balance, ContactStatus, Member

TODAY = date(2026, 11, 27)  # a Friday
LONG_AGO = datetime(2025, 1, 1, 12)


def person(name: str, *, kind: str = "friend", ring: str = "close", cadence: str | None = None,
           fit: tuple[int | None, int | None, int | None] = (None, None, None), created: datetime = LONG_AGO,
           archived: bool = False) -> Member:
    return Member(
        id=name.lower(), name=name, kind=kind, ring=ring, cadence=cadence, empathy=fit[0], reliability=fit[1],
        availability=fit[2], created_at=created, archived_at=LONG_AGO if archived else None,
    )


def codes(member: Member, *, last: date | None = None, balance: Balance | None = None, told: date | None = TODAY,
          reviewed: date | None = TODAY) -> list[str]:
    cards = r.review_cards(
        [member], {member.id: last} if last else {}, {member.id: balance} if balance else {},
        {member.id: told} if told else {}, {member.id: r.ReviewState(reviewed)}, TODAY,
    )
    return [reason.code for card in cards for reason in card.reasons]


def test_overdue_by_cadence_and_not_before():
    weekly = person("Sam", cadence="every week")
    assert codes(weekly, last=TODAY - timedelta(days=8)) == ["overdue"]
    assert codes(weekly, last=TODAY - timedelta(days=7)) == []  # due today is not yet overdue
    assert codes(weekly) == ["overdue"]  # a cadence and no contact at all yet
    assert codes(person("Sam"), last=TODAY - timedelta(days=400)) == []  # no cadence, nothing is late


def test_overdue_sentence_names_the_days_and_the_cadence():
    card = r.review_cards([person("Sam", cadence="every week")], {"sam": TODAY - timedelta(days=12)}, {},
                          {"sam": TODAY}, {}, TODAY)[0]
    assert card.reasons[0].words == (
        "It's been 12 days since you were in touch with Sam; you hoped to be in touch every week."
    )


def test_one_sided_is_kind_aware():
    assert codes(person("Mum", kind="family"), balance=Balance("mum", "Mum", 0, 8, "family")) == ["one-sided"]
    assert codes(person("Jonas"), balance=Balance("jonas", "Jonas", 8, 1, "friend")) == ["one-sided"]
    # Care that is someone's job is never one-sided.
    assert codes(person("Dr O", kind="professional"), balance=Balance("dr o", "Dr O", 0, 8, "professional")) == []
    assert codes(person("Ana"), balance=Balance("ana", "Ana", 4, 4, "friend")) == []
    assert codes(person("Ana"), balance=Balance("ana", "Ana", 0, 3, "friend")) == []  # too quiet to call


def test_needs_never_told_or_told_long_ago_for_the_inner_and_close_rings_only():
    assert codes(person("Ana", ring="inner"), told=None) == ["not told"]
    assert codes(person("Ana", ring="close"), told=TODAY - timedelta(days=r.TOLD_STALE_DAYS + 1)) == ["not told"]
    assert codes(person("Ana", ring="close"), told=TODAY - timedelta(days=r.TOLD_STALE_DAYS)) == []
    assert codes(person("Mia", ring="wider"), told=None) == []


def test_low_fit_is_any_rating_at_two_or_below():
    assert codes(person("Jonas", fit=(3, 2, None))) == ["low fit"]
    assert codes(person("Jonas", fit=(1, 5, 5))) == ["low fit"]
    assert codes(person("Ana", fit=(3, 3, 3))) == []
    assert codes(person("New", fit=(None, None, None))) == []  # not rated is not low
    card = r.review_cards([person("Jonas", fit=(3, 2, 2))], {}, {}, {"jonas": TODAY}, {}, TODAY)[0]
    assert "reliability 2 of 5 and availability 2 of 5" in card.reasons[0].words


def test_not_reviewed_for_a_long_time_only_when_nothing_else_brings_them():
    stale = TODAY - timedelta(days=r.REVIEW_STALE_DAYS + 1)
    assert codes(person("Ana"), reviewed=stale) == ["not reviewed"]
    assert codes(person("Ana"), reviewed=TODAY - timedelta(days=r.REVIEW_STALE_DAYS)) == []
    assert codes(person("Ana"), reviewed=None) == ["not reviewed"]  # added long ago, never reviewed
    assert codes(person("New", created=datetime(2026, 11, 20)), reviewed=None) == []  # added last week
    assert codes(person("Ana", fit=(2, 4, 4)), reviewed=stale) == ["low fit"]


def test_most_urgent_first_and_only_a_few_who_are_merely_unseen():
    members = [
        person("Wider", ring="wider", fit=(2, 3, 3)),
        person("Inner", ring="inner", fit=(2, 3, 3)),
        person("Late", cadence="every week"),
        person("Later", cadence="every week"),
        person("Leaning"),
        *[person(f"Quiet {n}") for n in range(5)],
        person("Archived", cadence="every week", archived=True),
    ]
    last = {"late": TODAY - timedelta(days=9), "later": TODAY - timedelta(days=30)}
    balances = {"leaning": Balance("leaning", "Leaning", 9, 0, "friend")}
    told = {member.id: TODAY for member in members}
    states = {f"quiet {n}": r.ReviewState(TODAY - timedelta(days=100 + n)) for n in range(5)}
    cards = r.review_cards(members, last, balances, told, states, TODAY)
    names = [card.member.name for card in cards]
    assert names[:5] == ["Later", "Late", "Leaning", "Inner", "Wider"]
    # The longest unseen of the five, STALE_PER_REVIEW of them (by name among themselves).
    assert names[5:] == ["Quiet 2", "Quiet 3", "Quiet 4"]
    assert r.STALE_PER_REVIEW == 3


def test_a_snooze_is_respected_until_its_day():
    late = person("Late", cadence="every week")
    for until, shown in [(TODAY + timedelta(days=1), False), (TODAY, True), (TODAY - timedelta(days=3), True)]:
        cards = r.review_cards([late], {}, {}, {"late": TODAY}, {"late": r.ReviewState(snoozed_until=until)}, TODAY)
        assert bool(cards) is shown, until


def test_resume_keeps_who_was_seen_drops_who_is_fine_ahead_and_adds_who_is_new():
    b, d, e = (r.Card(person(name), (r.Reason("overdue", ""),), ContactStatus("overdue")) for name in "BDE")
    active = {"a", "b", "c", "d", "e"}
    # A was seen (and is fine now), B is in view, C ahead is fine now, D ahead still needs attention, E is new.
    ids, at = r.resume([e, d, b], ["a", "b", "c", "d"], 1, active)
    assert (ids, at) == (["a", "b", "d", "e"], 1)
    ids, at = r.resume([b], ["a", "b"], 1, active - {"a"})  # A archived since
    assert (ids, at) == (["b"], 0)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", TODAY + timedelta(days=7)),
        ("10 days", TODAY + timedelta(days=10)),
        ("in 2 weeks", TODAY + timedelta(days=14)),
        ("a month", date(2026, 12, 27)),
        ("friday", TODAY + timedelta(days=7)),  # today is a Friday: the next one
        ("next mon", date(2026, 11, 30)),
        ("2026-12-24", date(2026, 12, 24)),
    ],
)
def test_snooze_until(typed, expected):
    assert r.snooze_until(typed, TODAY) == expected


@pytest.mark.parametrize(("typed", "words"), [
    ("2026-11-27", "after today"), ("2026-01-01", "after today"), ("3 years", "within 366 days"), ("soonish", "cannot read"),
])
def test_snooze_until_refuses(typed, words):
    with pytest.raises(ValueError, match=words):
        r.snooze_until(typed, TODAY)


def test_iso_week():
    assert r.iso_week(TODAY) == "2026-W48"
    assert r.iso_week(date(2026, 11, 29)) == "2026-W48"  # Sunday ends the week
    assert r.iso_week(date(2026, 11, 30)) == "2026-W49"
