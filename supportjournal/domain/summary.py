"""The support-system summary: who gives each kind of support, the gaps, the trend, a kind word for each gap.

Quality over size (the article's FAQ): a gap is a kind of support nobody gives or a kind of member
missing, never a head count; a small network that covers every need is praised.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from supportjournal.domain import review_words as words
from supportjournal.domain.balance import NEVER_ONE_SIDED_KINDS
from supportjournal.domain.coverage import Cover, coverage, uncovered
from supportjournal.domain.glyphs import clipped
from supportjournal.domain.models import GROUP_KINDS, Balance, Member
from supportjournal.domain.review import NAME_CELLS

TREND_DAYS = 30
"""The trend counts people in touch in the last this many days, against as many days before."""
CARRYING_SHARE = 0.5
"""One member giving at least this share of the support you receive is carrying most of it."""
CARRYING_MIN_RECEIVED = 6
"""Below this much support received in the window, nobody is said to carry most of it."""
FEWER_PEOPLE_SHARE = 0.6
"""In touch with fewer than this share of the people of the window before is a drop worth a word."""
FEWER_PEOPLE_MIN = 3
"""A drop is only named when at least this many people were in touch before."""
SMALL_NETWORK = 6
"""A network of at most this many active members that covers every need is praised as small."""


@dataclass(frozen=True)
class Gap:
    """Something missing from the support system, and one kind suggestion."""

    code: str
    """``empty``, ``nothing noted``, ``uncovered``, ``no professional``, ``no group``, ``carrying`` or
    ``fewer people``."""
    words: str
    suggestion: str


@dataclass(frozen=True)
class Summary:
    """The whole support system in a few facts."""

    covers: tuple[Cover, ...]
    gaps: tuple[Gap, ...]
    in_touch: int
    """Distinct people in touch in the last ``TREND_DAYS`` days."""
    in_touch_before: int
    """The same, in the ``TREND_DAYS`` days before those."""
    praise: str = ""
    """Said when there is no gap at all."""

    @property
    def trend(self) -> str:
        return words.trend(self.in_touch, self.in_touch_before, TREND_DAYS)


def carrier(balances: Iterable[Balance]) -> tuple[Balance, float] | None:
    """The member giving most of the support you receive, with their share, if one carries most of it."""
    received = [balance for balance in balances if balance.received > 0]
    total = sum(balance.received for balance in received)
    if total < CARRYING_MIN_RECEIVED:
        return None
    top = max(received, key=lambda balance: (balance.received, balance.member_name))
    share = top.received / total
    return (top, share) if share >= CARRYING_SHARE else None


SINGLED_OUT = ("professional care", "crisis")
"""Kinds of support named each on their own when nobody gives them, with a suggestion of their own."""


def _uncovered(covers: list[Cover], no_professional: bool) -> list[Gap]:
    """Kinds of support nobody gives: the everyday ones in one gap, each singled-out one in its own."""
    missing = uncovered(covers)
    if len(missing) == len(covers):  # nothing noted at all: one first step, not six gaps
        return [Gap("nothing noted", words.NOTHING_NOTED, words.NOTHING_NOTED_SUGGESTION)]
    everyday = [support for support in missing if support not in SINGLED_OUT]
    groups = [everyday] if everyday else []
    groups += [[support] for support in SINGLED_OUT if support in missing]
    return [
        Gap("uncovered", words.uncovered_gap(group), words.uncovered_suggestion(group))
        for group in groups
        if not (group == ["professional care"] and no_professional)  # "no professional" says it
    ]


def gaps_in(
    members: list[Member], covers: list[Cover], balances: Iterable[Balance], in_touch: int, before: int,
    window: int,
) -> list[Gap]:
    """Every gap, each with its suggestion, in the order the summary names them."""
    kinds = {member.kind for member in members}
    no_professional = "professional" not in kinds
    gaps = _uncovered(covers, no_professional)
    if no_professional:
        gaps.append(Gap("no professional", words.NO_PROFESSIONAL, words.NO_PROFESSIONAL_SUGGESTION))
    if not kinds & set(GROUP_KINDS):
        gaps.append(Gap("no group", words.NO_GROUP, words.NO_GROUP_SUGGESTION))
    carried = carrier(balances)
    # Care that is someone's job is what they are there for: a professional carrying most is no gap.
    if carried and carried[0].kind not in NEVER_ONE_SIDED_KINDS:
        top, share = carried
        name = clipped(top.member_name, NAME_CELLS)
        gaps.append(Gap("carrying", words.carrying(name, share, window), words.carrying_suggestion(name)))
    if before >= FEWER_PEOPLE_MIN and in_touch < before * FEWER_PEOPLE_SHARE:
        gaps.append(Gap("fewer people", words.FEWER_PEOPLE, words.FEWER_PEOPLE_SUGGESTION))
    return gaps


def summarize(
    members: Iterable[Member], balances: Mapping[str, Balance], in_touch: int, in_touch_before: int, window: int
) -> Summary:
    """The summary of the support system.

    Args:
        members: The network (archived members are left out).
        balances: ``member_id -> Balance`` over ``window`` days.
        in_touch: Distinct people in touch in the last ``TREND_DAYS`` days.
        in_touch_before: The same for the ``TREND_DAYS`` days before.
        window: The days ``balances`` covers, for the words.
    """
    active = [member for member in members if not member.archived]
    covers = coverage(active)
    if not active:  # one first step, not a list of everything missing
        return Summary(tuple(covers), (Gap("empty", words.EMPTY, words.EMPTY_SUGGESTION),), in_touch, in_touch_before)
    gaps = gaps_in(active, covers, balances.values(), in_touch, in_touch_before, window)
    praise = ""
    if not gaps:
        praise = words.praise_small(len(active)) if len(active) <= SMALL_NETWORK else words.PRAISE
    return Summary(tuple(covers), tuple(gaps), in_touch, in_touch_before, praise)
