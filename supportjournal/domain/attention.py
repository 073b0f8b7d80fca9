"""Who needs attention first: ordering and filtering the member list."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from supportjournal.domain.days import NO_CONTACT
from supportjournal.domain.models import RINGS, ContactStatus, Member
from supportjournal.domain.names import has_words

SORT_ORDERS = ("attention", "ring", "name")
"""The orders the member list cycles through, in turn."""

_STATE_RANK = {"overdue": 0, "due": 1}


def next_order(order: str) -> str:
    """The sort order after ``order``, wrapping round."""
    return SORT_ORDERS[(SORT_ORDERS.index(order) + 1) % len(SORT_ORDERS)]


def _attention_key(member: Member, status: ContactStatus | None) -> tuple:
    state = status.state if status else "none"
    rank = _STATE_RANK.get(state, 2)
    # The longest overdue first; among the rest, the inner circle before the wider one.
    overdue = -(status.days_overdue if status else 0)
    return (rank, overdue, RINGS.index(member.ring), member.name.casefold())


def sort_members(
    members: Iterable[Member], statuses: Mapping[str, ContactStatus], order: str = "attention"
) -> list[Member]:
    """Members in the list's order.

    Args:
        members: The members to order.
        statuses: ``member_id -> ContactStatus``; a missing one counts as "no cadence".
        order: ``attention`` (overdue, then due, then the rest), ``ring`` or ``name``.
    """
    if order == "ring":
        return sorted(members, key=lambda m: (RINGS.index(m.ring), m.name.casefold()))
    if order == "name":
        return sorted(members, key=lambda m: m.name.casefold())
    return sorted(members, key=lambda m: _attention_key(m, statuses.get(m.id)))


def matches(member: Member, query: str) -> bool:
    """True when every word of ``query`` is in the member's name, kind or a support they give."""
    return has_words((member.name, member.kind, member.ring, *member.supports), query)


def short_status(status: ContactStatus, today: date) -> str:
    """A few words for a list row: "overdue 5 d", "due today", "3 d ago", "no contact yet"."""
    if status.state == "overdue":
        return f"overdue {status.days_overdue} d"
    if status.state == "due":
        if status.last_contact is None or status.due_on is None:  # a due date comes from a contact
            return NO_CONTACT  # the row's mark says it is due
        return "due today" if status.due_on <= today else "due tomorrow"
    if status.days_since is None:
        return NO_CONTACT
    if status.days_since == 0:
        return "in touch today"
    return f"{status.days_since} d ago"
