"""Reciprocity: support given and received, per member, and when one side carries it all."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from supportjournal.domain.models import Balance

ONE_SIDED_MIN_TOTAL = 4
"""Below this much support either way, a relationship is too quiet to call one-sided."""
NEVER_ONE_SIDED_KINDS = ("professional",)
"""Kinds of member whose support is not owed back."""
ONE_SIDED_SHARE = 0.75
"""One side carrying at least this share of the support makes it one-sided."""


def points(direction: str, weight: int = 1) -> tuple[int, int]:
    """``(gave, received)`` points for one interaction."""
    gave = weight if direction in ("gave", "both") else 0
    received = weight if direction in ("received", "both") else 0
    return gave, received


def combine(first: str, second: str) -> str:
    """One direction for two of the same member: gave and received together make ``both``."""
    gave = any(points(direction)[0] for direction in (first, second))
    received = any(points(direction)[1] for direction in (first, second))
    return {(True, True): "both", (True, False): "gave", (False, True): "received"}.get(
        (gave, received), "none"
    )


def tally(
    rows: Iterable[tuple[str, str, str, int]], kinds: Mapping[str, str] | None = None
) -> dict[str, Balance]:
    """Add up support per member.

    Args:
        rows: ``(member_id, member_name, direction, weight)``; weight may already be a sum.
        kinds: ``member_id -> kind``, carried into each ``Balance``.

    Returns:
        ``member_id -> Balance``.
    """
    result: dict[str, Balance] = {}
    for member_id, name, direction, weight in rows:
        gave, received = points(direction, weight)
        current = result.get(member_id) or Balance(member_id, name, kind=(kinds or {}).get(member_id, ""))
        result[member_id] = replace(
            current, gave=current.gave + gave, received=current.received + received
        )
    return result


def flow(balance: Balance | None) -> str:
    """Which way support has mostly gone: ``gave``, ``received``, ``both`` or ``none``."""
    if balance is None or balance.total == 0:
        return "none"
    if balance.gave >= balance.total * ONE_SIDED_SHARE:
        return "gave"
    if balance.received >= balance.total * ONE_SIDED_SHARE:
        return "received"
    return "both"


def one_sided(balance: Balance) -> str | None:
    """``gave`` or ``received`` when one side carries the relationship, else ``None``.

    A professional's care is their work, not a debt, so it is never one-sided.
    """
    if balance.total < ONE_SIDED_MIN_TOTAL or balance.kind in NEVER_ONE_SIDED_KINDS:
        return None
    direction = flow(balance)
    return direction if direction in ("gave", "received") else None


def one_sided_message(balance: Balance) -> str | None:
    """A kind sentence about a one-sided relationship, or ``None`` when it is balanced."""
    side = one_sided(balance)
    if side == "gave":
        return (
            f"You've given a lot to {balance.member_name} lately; "
            "it's fine to ask for something back."
        )
    if side == "received":
        return (
            f"{balance.member_name} has been there for you a lot; maybe offer something back."
        )
    return None
