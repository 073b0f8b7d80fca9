"""The records of a support system, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

KINDS = ("family", "friend", "colleague", "professional", "support group", "online community")
"""Kinds of member, in the order the app lists them."""
GROUP_KINDS = ("support group", "online community")
RINGS = ("inner", "close", "wider")
"""Closeness rings, innermost first."""
SUPPORTS = ("listening", "advice", "practical help", "company", "professional care", "crisis")
"""Kinds of support a member can give."""
DIRECTIONS = ("gave", "received", "both", "none")
"""Which way support flowed in one interaction."""
CHANNELS = ("in person", "call", "video", "message", "email", "online")
MARK_STATES = ("done", "skipped")


@dataclass(frozen=True)
class Channel:
    """One way to reach a member."""

    kind: str
    """Phone, email, handle, address..."""
    value: str


@dataclass(frozen=True)
class Member:
    """A person, group or professional in the support network."""

    id: str
    name: str
    kind: str
    ring: str = "close"
    supports: tuple[str, ...] = ()
    empathy: int | None = None
    reliability: int | None = None
    availability: int | None = None
    channels: tuple[Channel, ...] = ()
    cadence: str | None = None
    """Desired contact cadence in words, e.g. ``every 7 days``; ``None`` for no cadence."""
    link: str | None = None
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    archived_at: datetime | None = None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def fit(self) -> float | None:
        """The mean of the fit ratings that are set."""
        ratings = [r for r in (self.empathy, self.reliability, self.availability) if r is not None]
        return sum(ratings) / len(ratings) if ratings else None


@dataclass(frozen=True)
class Ask:
    """Something you asked a member for, and when: the article's "communicate your needs"."""

    id: str
    member_id: str
    need: str
    asked_on: date
    note: str = ""


@dataclass(frozen=True)
class Interaction:
    """A contact with a member, or a ledger entry of support given or received."""

    id: str
    member_id: str
    at: datetime
    direction: str = "none"
    channel: str = ""
    support: str = ""
    weight: int = 1
    note: str = ""
    checkin_id: str | None = None
    member_name: str = ""

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True)
class CheckIn:
    """A quick record of mood, with the interactions it logged."""

    id: str
    at: datetime
    mood: int
    note: str = ""
    interactions: tuple[Interaction, ...] = ()


@dataclass(frozen=True)
class SelfCareItem:
    """A self-care activity and its schedule."""

    id: str
    title: str
    schedule: str = "daily"
    starts_on: date | None = None
    position: int = 0
    archived_at: datetime | None = None


@dataclass(frozen=True)
class Mark:
    """What happened to a self-care item on one day."""

    item_id: str
    day: date
    status: str
    note: str = ""


@dataclass(frozen=True)
class JournalEntry:
    """The journal text for one day."""

    day: date
    body: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Balance:
    """Support given and received with one member over a window."""

    member_id: str
    member_name: str
    gave: int = 0
    received: int = 0
    kind: str = ""
    """The member's kind; care from a professional is never called one-sided."""

    @property
    def total(self) -> int:
        return self.gave + self.received


@dataclass
class ContactStatus:
    """Whether contact with a member is due, by their cadence."""

    state: str
    """``ok``, ``due``, ``overdue`` or ``none`` (no cadence set)."""
    last_contact: date | None = None
    due_on: date | None = None
    days_since: int | None = None
    days_overdue: int = 0
    cadence: str | None = None
    words: str = field(default="")
    """A plain sentence: "last in touch 12 days ago; you wanted every 7 days"."""
