"""Which kinds of support the network gives, and who gives each: shared by the review, insights and the summary."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from supportjournal.domain.models import RINGS, SUPPORTS, Member


@dataclass(frozen=True)
class Cover:
    """One kind of support and the active members who give it, inner ring first."""

    support: str
    givers: tuple[Member, ...] = ()

    @property
    def covered(self) -> bool:
        return bool(self.givers)


def coverage(members: Iterable[Member]) -> list[Cover]:
    """For each kind of support in ``SUPPORTS`` order, who gives it (archived members left out).

    Args:
        members: The network; each member's ``supports`` says what they give.
    """
    active = sorted(
        (member for member in members if not member.archived),
        key=lambda member: (RINGS.index(member.ring), member.name.casefold()),
    )
    return [Cover(support, tuple(m for m in active if support in m.supports)) for support in SUPPORTS]


def uncovered(covers: Iterable[Cover]) -> list[str]:
    """The kinds of support nobody gives, in ``SUPPORTS`` order."""
    return [cover.support for cover in covers if not cover.covered]
