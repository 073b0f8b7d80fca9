"""Adding or editing a member: every field, every error at once under its field, nothing half-saved."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Select, TextArea

from supportjournal import store
from supportjournal.domain.channels import format_channels, parse_channels
from supportjournal.domain.models import KINDS, RINGS, SUPPORTS, Member
from supportjournal.ui.forms import FormScreen, field
from supportjournal.ui.render import styled
from supportjournal.ui.widgets.choice import Choice
from supportjournal.ui.widgets.text_area import SafeTextArea
from supportjournal.ui.widgets.text_fields import SafeInput
from supportjournal.ui.widgets.tick_list import TickList

RING_WORDS = {"inner": "inner circle", "close": "close", "wider": "wider circle"}
RATINGS = ("empathy", "reliability", "availability")


def ring_choice(value: str) -> Select[str]:
    """How close someone is, in words; shared with the welcome's quick add."""
    return Choice([(RING_WORDS[r], r) for r in RINGS], value=value, allow_blank=False, id="ring")


class MemberForm(FormScreen[str | None]):
    """The member editor; closes with the member's id once saved, ``None`` if cancelled."""

    cancel_result = None
    focus_first = "#name"

    def __init__(self, member: Member | None = None, *, kind: str = "friend") -> None:
        super().__init__()
        self.member = member
        """The member being edited, or ``None`` to add one."""
        self.default_kind = kind
        self.form_title = styled("Edit $name", name=member.name) if member else "Add someone to your network"

    def compose_fields(self) -> ComposeResult:
        m = self.member
        yield field("Name", "name", SafeInput(m.name if m else "", id="name", placeholder="who is it?"))
        with Horizontal(classes="form-row"):
            kind = m.kind if m else self.default_kind
            yield field("Kind", "kind", Choice([(k, k) for k in KINDS], value=kind, allow_blank=False, id="kind"))
            yield field("Closeness", "ring", ring_choice(m.ring if m else "close"))
        ticked = set(m.supports) if m else set()
        # One SelectionList, not a checkbox per kind: the editor opens without a pause.
        supports = TickList(*[(s, s, s in ticked) for s in SUPPORTS], id="supports", compact=True)
        yield field("Support they give (space ticks)", "supports", supports)
        with Horizontal(classes="form-row"):
            for rating in RATINGS:
                value = getattr(m, rating) if m else None
                box = SafeInput("" if value is None else str(value), id=rating, placeholder="1–5", max_length=2)
                yield field(rating.capitalize(), rating, box)
        cadence = SafeInput((m.cadence or "") if m else "", id="cadence", placeholder="weekly, every 10 days, monthly…")
        yield field("How often to be in touch", "cadence", cadence, "empty: no reminder")
        channels = SafeInput(format_channels(m.channels) if m else "", id="channels", placeholder="phone: 0123; email: a@b.org")
        yield field("Ways to reach them", "channels", channels)
        yield field("Link (for online communities)", "link", SafeInput((m.link or "") if m else "", id="link"))
        yield field("Notes", "notes", SafeTextArea(m.notes if m else "", id="notes", soft_wrap=True))

    def values(self) -> dict[str, Any]:
        """What the form holds, as fields for the store."""
        fields: dict[str, Any] = {
            "name": self.query_one("#name", Input).value,
            "kind": self.query_one("#kind", Select).value,
            "ring": self.query_one("#ring", Select).value,
            "supports": self.query_one("#supports", TickList).selected,
            "cadence": self.query_one("#cadence", Input).value,
            "channels": parse_channels(self.query_one("#channels", Input).value),
            "link": self.query_one("#link", Input).value,
            "notes": self.query_one("#notes", TextArea).text,
        }
        for rating in RATINGS:
            fields[rating] = self.query_one(f"#{rating}", Input).value.strip()
        return fields

    def save(self) -> str:
        db = self.journal.db
        now = self.journal.clock()
        fields = self.values()
        # The store checks every field and names each bad one (ValidationErrors).
        if self.member is None:
            name, kind = fields.pop("name"), fields.pop("kind")
            return store.add_member(db, name, kind, now=now, **fields).id
        return store.update_member(db, self.member.id, now=now, **fields).id
