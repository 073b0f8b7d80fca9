"""Messages between the app's widgets: small dataclasses with past-tense names."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class MemberHighlighted(Message):
    """The selection in the member list moved."""

    member_id: str | None
    """The member now selected, or ``None`` when the list is empty."""


@dataclass
class MemberOpened(Message):
    """A member was chosen to be looked at in full."""

    member_id: str
    """The member to open."""
