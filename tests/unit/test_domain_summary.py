"""The summary's rules on purpose-built networks: each gap triggering and not, and praise for quality over size."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from supportjournal.domain import summary as s
from supportjournal.domain.models import Balance, Member

EVERYTHING = ("listening", "advice", "practical help", "company", "professional care", "crisis")


def member(name: str, kind: str = "friend", supports: tuple[str, ...] = ("listening",)) -> Member:
    return Member(id=name.lower(), name=name, kind=kind, supports=supports)


ROUNDED = [
    member("Ana", supports=("listening", "advice", "company")),
    member("Ben", supports=("practical help", "crisis")),
    member("Dr O", "professional", ("professional care",)),
    member("Group", "support group", ("listening",)),
]
"""A small network with every kind of support, a professional and a group."""


def gaps(members: list[Member], balances: dict[str, Balance] | None = None, now: int = 5, before: int = 5) -> list[str]:
    return [gap.code for gap in s.summarize(members, balances or {}, now, before, 90).gaps]


def received(name: str, amount: int, kind: str = "friend") -> Balance:
    return Balance(name.lower(), name, 0, amount, kind)


def test_a_small_network_that_covers_every_need_is_praised_not_told_to_grow():
    summary = s.summarize(ROUNDED, {}, 3, 3, 90)
    assert summary.gaps == ()
    assert "quality over size" in summary.praise
    assert "4 people" in summary.praise
    bigger = ROUNDED + [member(f"Friend {n}") for n in range(s.SMALL_NETWORK)]
    praise = s.summarize(bigger, {}, 3, 3, 90).praise
    assert praise and "more" not in praise


def test_a_kind_of_support_nobody_gives_is_named_with_a_suggestion():
    network = [m for m in ROUNDED if m.name != "Ben"]
    summary = s.summarize(network, {}, 5, 5, 90)
    assert [gap.words for gap in summary.gaps] == [
        "Nobody in your network is noted for practical help yet.",
        "Nobody in your network is noted for support in a crisis yet.",
    ]
    assert summary.gaps[0].suggestion.startswith("If someone already offers practical help, note it")
    assert "crisis line" in summary.gaps[1].suggestion
    assert summary.praise == ""
    cover = {c.support: [g.name for g in c.givers] for c in summary.covers}
    assert cover["listening"] == ["Ana", "Group"] and cover["crisis"] == []


def test_everyday_kinds_nobody_gives_are_one_gap_and_nothing_noted_is_one_first_step():
    network = [member("Ana", supports=("listening",)), *ROUNDED[2:]]
    summary = s.summarize(network, {}, 5, 5, 90)
    assert [gap.words for gap in summary.gaps] == [
        "Nobody in your network is noted for advice, practical help or company yet.",
        "Nobody in your network is noted for support in a crisis yet.",
    ]
    unnoted = [member(m.name, m.kind, ()) for m in ROUNDED]
    assert gaps(unnoted) == ["nothing noted"]


def test_no_professional_is_one_gap_even_though_professional_care_is_uncovered_too():
    network = [m for m in ROUNDED if m.kind != "professional"]
    assert gaps(network) == ["no professional"]
    # A professional who is there, though nobody is marked for professional care: the care is the gap.
    marked_otherwise = [m for m in network] + [member("GP", "professional", ("advice",))]
    assert gaps(marked_otherwise) == ["uncovered"]


def test_no_group_or_community():
    network = [m for m in ROUNDED if m.kind != "support group"]
    assert gaps(network) == ["no group"]
    assert gaps(network + [member("Forum", "online community")]) == []


def test_one_member_giving_most_of_the_support_received():
    balances = {"ana": received("Ana", 6), "ben": received("Ben", 3)}
    summary = s.summarize(ROUNDED, balances, 5, 5, 90)
    assert [gap.code for gap in summary.gaps] == ["carrying"]
    assert summary.gaps[0].words == "Ana gives 67% of the support you've received in the last 90 days."
    assert "Ana" in summary.gaps[0].suggestion


def test_carrying_most_is_not_named_below_the_share_or_the_minimum():
    spread = {"ana": received("Ana", 4), "ben": received("Ben", 4), "cy": received("Cy", 2)}
    assert gaps(ROUNDED, spread) == []  # 40% at most: nobody carries most
    assert gaps(ROUNDED, {"ana": received("Ana", s.CARRYING_MIN_RECEIVED - 1)}) == []  # too little to judge
    assert gaps(ROUNDED, {"ana": received("Ana", 5), "ben": received("Ben", 5)}) == ["carrying"]  # half is most


def test_a_professional_carrying_most_is_not_a_gap():
    balances = {"dr o": received("Dr O", 12, "professional"), "ana": received("Ana", 2)}
    assert s.carrier(balances.values()) is not None  # they do carry most...
    assert gaps(ROUNDED, balances) == []  # ...and that is what they are there for


def test_the_trend_and_a_drop_in_people_in_touch():
    summary = s.summarize(ROUNDED, {}, 1, 8, 90)
    assert summary.trend == "You were in touch with 1 person in the last 30 days, and 8 in the 30 before."
    assert [gap.code for gap in summary.gaps] == ["fewer people"]
    assert gaps(ROUNDED, now=5, before=8) == []  # 5 of 8 is not a drop worth a word
    assert gaps(ROUNDED, now=0, before=2) == []  # too few before to call it a drop


def test_an_empty_network_gets_one_first_step():
    summary = s.summarize([], {}, 0, 0, 90)
    assert [gap.code for gap in summary.gaps] == ["empty"]
    assert summary.praise == ""


def test_archived_members_are_left_out():
    gone = [replace(m, archived_at=datetime(2026, 1, 1)) if m.kind == "professional" else m for m in ROUNDED]
    assert gaps(gone) == ["no professional"]
