"""The ledger entry form: support you gave or received, with whom, what kind, how much, when."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from textual.app import ComposeResult
from textual.widgets import Input, Select

from supportjournal import store
from supportjournal.domain import validation as v
from supportjournal.domain.dates import WhenError, parse_day
from supportjournal.domain.directions import direction_choices
from supportjournal.domain.models import SUPPORTS, Interaction, Member
from supportjournal.domain.names import named
from supportjournal.ui.forms import FormScreen, field
from supportjournal.ui.widgets.text_fields import NameSuggester, SafeInput

TITLES = {"gave": "Support you gave", "received": "Support you received", "both": "Support both ways"}


class LedgerForm(FormScreen[bool]):
    """Record a ledger entry, or edit one; the member is typed with suggestions from the network."""

    def __init__(
        self,
        direction: str,
        *,
        members: list[Member],
        member: Member | None = None,
        entry: Interaction | None = None,
    ) -> None:
        super().__init__(classes="ledger-form")
        self.direction = entry.direction if entry else direction
        self.members = members
        self.entry = entry
        """The entry being edited, or ``None`` for a new one."""
        self.member_name = entry.member_name if entry else (member.name if member else "")
        self.form_title = ("Edit: " if entry else "") + TITLES.get(self.direction, "Support")
        # Start where typing helps: the name for a new entry, the amount when editing.
        self.focus_first = "#weight" if entry else "#member"

    def compose_fields(self) -> ComposeResult:
        names = [member.name for member in self.members]
        entry = self.entry
        yield field(
            "Who with? (→ takes the suggestion)", "member",
            # An entry stays with its member; to move it, delete it and record it again.
            SafeInput(self.member_name, id="member", placeholder="start typing a name", disabled=entry is not None,
                  suggester=NameSuggester(names)),
        )
        yield field(
            "Which way?", "direction",
            Select(direction_choices(with_none=False), value=self.direction, allow_blank=False, id="direction", compact=True),
        )
        yield field(
            "Kind of support", "support",
            Select([(kind, kind) for kind in SUPPORTS], value=entry.support if entry and entry.support else Select.NULL,
                   prompt="any kind", id="support", compact=True),
        )
        yield field(
            "How much? 1 a little · 2 some · 3 a lot", "weight",
            SafeInput(str(entry.weight if entry else 1), id="weight", max_length=3),
        )
        yield field("Note (optional)", "note", SafeInput(entry.note if entry else "", id="note"))
        yield field(
            "When?", "day",
            SafeInput(entry.day.isoformat() if entry else "today", id="day", placeholder="today, yesterday, 2026-11-20, fri"),
        )

    def _member(self, typed: str) -> Member:
        if not typed.strip():
            raise v.ValidationError("member", "Type who this was with.")
        matches = named(self.members, typed, lambda member: member.name)
        if not matches:
            raise v.ValidationError("member", "No one in your network by that name; add them on the map first.")
        if len(matches) > 1:
            raise v.ValidationError("member", f"That could be {', '.join(m.name for m in matches[:5])}; type more of the name.")
        return matches[0]

    def _day(self, typed: str, today: date) -> date:
        try:
            return parse_day(typed or "today", today)
        except WhenError as error:
            if "future" in str(error):
                raise v.ValidationError("day", "That day hasn't happened yet; pick today or earlier.") from None
            raise v.ValidationError("day", "Try today, yesterday, a weekday like fri, or YYYY-MM-DD.") from None

    def save(self) -> bool:
        journal = self.journal
        now: datetime = journal.clock()
        checks = v.Checks()
        member = checks.run(self._member, self.query_one("#member", Input).value) if self.entry is None else None
        support = self.query_one("#support", Select).value
        fields: dict[str, Any] = dict(  # each checked, and checks.done() raises before any is used
            direction=str(self.query_one("#direction", Select).value),
            support="" if support is Select.NULL else str(support),
            weight=checks.run(v.clean_weight, self.query_one("#weight", Input).value.strip()),
            note=checks.run(v.clean_note, self.query_one("#note", Input).value),
        )
        day = checks.run(self._day, self.query_one("#day", Input).value, now.date())
        checks.done()
        assert day is not None
        db = journal.db
        if self.entry is None:
            at = now if day == now.date() else datetime.combine(day, time(12, 0))
            assert member is not None
            store.log_interaction(db, member.id, at.replace(microsecond=0), now=now, **fields)
            return True
        at = self.entry.at if day == self.entry.day else datetime.combine(day, time(12, 0))
        store.update_interaction(db, self.entry.id, at=at, **fields)
        return True
