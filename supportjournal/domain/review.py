"""The weekly review's rules: who needs attention and why, most urgent first; every threshold named here.

Pure functions over what the store reads in a few bounded queries (``store.review``); the sentences
are in ``review_words``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from supportjournal.domain import review_words as words
from supportjournal.domain.balance import one_sided
from supportjournal.domain.cadence import CadenceError, cadence_delta, contact_status
from supportjournal.domain.glyphs import clipped
from supportjournal.domain.models import RINGS, Balance, ContactStatus, Member
from supportjournal.domain.schedule import day_of_week

BALANCE_WINDOW_DAYS = 90
"""The window a card's balance (and the one-sided rule) looks at."""
TOLD_RINGS = ("inner", "close")
"""Rings whose members should know what you need; the wider ring is not asked about."""
TOLD_STALE_DAYS = 365
"""Told what you need longer ago than this, it may be worth saying again."""
LOW_FIT_AT_MOST = 2
"""A fit rating (empathy, reliability, availability; 1–5) at or below this is low."""
FIT_QUALITIES = ("empathy", "reliability", "availability")
REVIEW_STALE_DAYS = 90
"""Someone not looked at in a review for longer than this comes up, so nobody is forgotten."""
STALE_PER_REVIEW = 3
"""At most this many come up only for not having been looked at for a while; the rest in later weeks."""
SNOOZE_DAYS = 7
"""A snooze lasts a week unless another day is chosen."""
SNOOZE_MAX_DAYS = 366
"""A snooze longer than this is refused: the review is where people are not forgotten."""

NAME_CELLS = 40
"""A name in a sentence is cut to this many cells (the card's title shows it whole)."""

REASONS = ("overdue", "one-sided", "not told", "low fit", "not reviewed")
"""The reasons someone is on a card, most urgent first."""


@dataclass(frozen=True)
class ReviewState:
    """What the review remembers of one member."""

    reviewed_on: date | None = None
    """The last day their card was moved past or snoozed."""
    snoozed_until: date | None = None
    """They stay out of the review before this day."""


@dataclass(frozen=True)
class Reason:
    """Why someone is in the review: one of ``REASONS``, and the sentence that says so."""

    code: str
    words: str


@dataclass(frozen=True)
class Card:
    """One member in the review, with the facts the card shows."""

    member: Member
    reasons: tuple[Reason, ...]
    status: ContactStatus
    balance: Balance | None = None
    last_told: date | None = None
    reviewed_on: date | None = None
    asks: tuple[tuple[str, date], ...] = field(default=())
    """``(need, day)``: what you told them you need, latest first (filled in for the card in view)."""

    @property
    def rank(self) -> int:
        return min((REASONS.index(reason.code) for reason in self.reasons), default=len(REASONS))


def fit_low(member: Member) -> list[tuple[str, int]]:
    """The fit qualities rated at or below ``LOW_FIT_AT_MOST``, with their ratings."""
    ratings = ((quality, getattr(member, quality)) for quality in FIT_QUALITIES)
    return [(quality, value) for quality, value in ratings if value is not None and value <= LOW_FIT_AT_MOST]


def reasons_for(
    member: Member, status: ContactStatus, balance: Balance | None, last_told: date | None,
    reviewed_on: date | None, today: date,
) -> list[Reason]:
    """Every reason ``member`` needs attention today, most urgent first (none: they are fine).

    A member added or last reviewed more than ``REVIEW_STALE_DAYS`` ago, with no other reason, comes
    up so that nobody is forgotten.
    """
    found: list[Reason] = []
    name = clipped(member.name, NAME_CELLS)
    if status.state == "overdue" or (status.state == "due" and status.last_contact is None):
        found.append(Reason("overdue", words.overdue(name, status.days_since, status.cadence or "")))
    side = one_sided(balance) if balance else None
    if side:
        found.append(Reason("one-sided", words.gave_most(name) if side == "gave" else words.received_most(name)))
    if member.ring in TOLD_RINGS:
        if last_told is None:
            found.append(Reason("not told", words.never_told(name)))
        elif (today - last_told).days > TOLD_STALE_DAYS:
            found.append(Reason("not told", words.told_long_ago(name, last_told, today)))
    if low := fit_low(member):
        found.append(Reason("low fit", words.low_fit(name, low)))
    since = reviewed_on or (member.created_at.date() if member.created_at else today)
    # Only for someone with no other reason: a card already shows anyone with one.
    if not found and (today - since).days > REVIEW_STALE_DAYS:
        found.append(Reason("not reviewed", words.not_reviewed(name, reviewed_on, today)))
    return found


def _snoozed(state: ReviewState | None, today: date) -> bool:
    return state is not None and state.snoozed_until is not None and state.snoozed_until > today


def card_of(
    member: Member,
    last_contacts: Mapping[str, date],
    balances: Mapping[str, Balance],
    last_told: Mapping[str, date],
    states: Mapping[str, ReviewState],
    today: date,
) -> Card:
    """One member's card as it stands today; ``reasons`` is empty when nothing needs them."""
    state = states.get(member.id, ReviewState())
    status = contact_status(member.cadence, last_contacts.get(member.id), today)
    balance = balances.get(member.id)
    told = last_told.get(member.id)
    reasons = reasons_for(member, status, balance, told, state.reviewed_on, today)
    return Card(member, tuple(reasons), status, balance, told, state.reviewed_on)


def review_cards(
    members: Iterable[Member],
    last_contacts: Mapping[str, date],
    balances: Mapping[str, Balance],
    last_told: Mapping[str, date],
    states: Mapping[str, ReviewState],
    today: date,
) -> list[Card]:
    """Who needs attention, most urgent first: snoozed members left out, archived ones too.

    Order: by the most urgent reason (``REASONS``), the longest overdue first, then those with more
    reasons, the inner ring before the wider one, by name. Of those here only because no review has
    looked at them for a while, ``STALE_PER_REVIEW`` come up (the longest unseen first).

    Args:
        members: The network.
        last_contacts: ``member_id -> latest contact day``.
        balances: ``member_id -> Balance`` over ``BALANCE_WINDOW_DAYS``.
        last_told: ``member_id -> the latest day you told them what you need``.
        states: ``member_id -> ReviewState``.
        today: The day of the review.
    """
    cards = [
        card for member in members
        if not member.archived and not _snoozed(states.get(member.id), today)
        and (card := card_of(member, last_contacts, balances, last_told, states, today)).reasons
    ]
    cards.sort(key=lambda card: (
        card.rank, -card.status.days_overdue, -len(card.reasons), RINGS.index(card.member.ring),
        card.member.name.casefold(),
    ))
    only_stale = [card for card in cards if card.rank == REASONS.index("not reviewed")]
    only_stale.sort(key=lambda card: card.reviewed_on or date.min)
    dropped = {card.member.id for card in only_stale[STALE_PER_REVIEW:]}
    return [card for card in cards if card.member.id not in dropped]


_IN = re.compile(r"^(?:in|for)\s+")


def snooze_until(text: str, today: date) -> date:
    """The day a snoozed member comes back: "" is a week; "10 days", "in 2 weeks", "friday", "2026-12-24".

    Raises:
        ValueError: Unreadable, not after today, or more than ``SNOOZE_MAX_DAYS`` away.
    """
    typed = " ".join(text.lower().split())
    if not typed:
        until = today + timedelta(days=SNOOZE_DAYS)
    elif (weekday := day_of_week(typed.removeprefix("next ").strip())) is not None:
        until = today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    else:
        until = _duration_or_day(typed, today)
    if until <= today:
        raise ValueError(words.SNOOZE_PAST)
    if (until - today).days > SNOOZE_MAX_DAYS:
        raise ValueError(words.snooze_too_far(SNOOZE_MAX_DAYS))
    return until


def _duration_or_day(typed: str, today: date) -> date:
    try:
        return today + cadence_delta(_IN.sub("", typed))
    except CadenceError:
        pass
    try:
        return date.fromisoformat(typed)
    except ValueError:
        raise ValueError(f"cannot read {typed!r}; try 'in 10 days', 'friday' or a date like 2026-12-24") from None


def iso_week(day: date) -> str:
    """``2026-W48``: a review left halfway resumes within the same week."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def resume(cards: list[Card], saved_ids: list[str], at: int, active: set[str]) -> tuple[list[str], int]:
    """This week's review again, from where it stopped.

    The cards already looked at stay (``p`` goes back to them) while their member is active; of the
    rest, those who no longer need attention drop out, and anyone new comes at the end.

    Args:
        cards: Who needs attention now, most urgent first.
        saved_ids: The review's member ids as it was left.
        at: The index it stopped at.
        active: Ids of the active members.

    Returns:
        The member ids in order and the index of the card to show.
    """
    needing = {card.member.id for card in cards}
    seen = [member_id for member_id in saved_ids[:at] if member_id in active]
    ahead = [member_id for member_id in saved_ids[at:] if member_id in needing]
    shown = set(seen) | set(ahead)
    return seen + ahead + [card.member.id for card in cards if card.member.id not in shown], len(seen)
