"""Logging a contact with one member, and noting what you asked them for."""

from __future__ import annotations

from datetime import date, datetime

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Select

from supportjournal import store
from supportjournal.domain import validation as v
from supportjournal.domain.dates import WhenError, parse_day, parse_when
from supportjournal.domain.directions import direction_choices
from supportjournal.domain.models import CHANNELS, SUPPORTS, Member
from supportjournal.ui.forms import FormScreen, field
from supportjournal.ui.render import styled
from supportjournal.ui.widgets.text_fields import SafeInput

def _when(typed: str, now: datetime) -> datetime:
    try:
        return parse_when(typed, now)
    except WhenError as error:
        raise v.ValidationError("when", str(error)) from None


def _day(typed: str, today: date) -> date:
    try:
        return parse_day(typed, today)
    except WhenError as error:
        raise v.ValidationError("asked_on", str(error)) from None


class LogContactScreen(FormScreen[bool]):
    """Log a contact: today by default, how, and which way support went."""

    focus_first = "#when"

    def __init__(self, member: Member) -> None:
        super().__init__()
        self.member = member
        self.form_title = styled("In touch with $name", name=member.name)

    def compose_fields(self) -> ComposeResult:
        yield field("When", "when", SafeInput("today", id="when"), "today, yesterday 18:00, 3 days ago, 2026-11-20")
        with Horizontal(classes="form-row"):
            yield field("How", "channel", Select([(c, c) for c in CHANNELS], prompt="—", id="channel"))
            yield field("Support", "direction", Select(direction_choices(), value="none", allow_blank=False, id="direction"))
        with Horizontal(classes="form-row"):
            yield field("What kind", "support", Select([(s, s) for s in SUPPORTS], prompt="—", id="support"))
            yield field("Note", "note", SafeInput(id="note", placeholder="optional"))

    def _chosen(self, selector: str) -> str:
        value = self.query_one(selector, Select).value
        return "" if value is Select.NULL else str(value)

    def save(self) -> bool:
        now = self.journal.clock()
        checks = v.Checks()
        at = checks.run(_when, self.query_one("#when", Input).value, now)
        note = checks.run(v.clean_note, self.query_one("#note", Input).value)
        checks.done()
        assert at is not None
        store.log_interaction(
            self.journal.db,
            self.member.id,
            at,
            direction=self._chosen("#direction") or "none",
            channel=self._chosen("#channel"),
            support=self._chosen("#support"),
            note=note or "",
            now=now,
        )
        return True


class AskScreen(FormScreen[bool]):
    """Note what you asked a member for, and when: the article's "communicate your needs"."""

    focus_first = "#need"

    def __init__(self, member: Member) -> None:
        super().__init__()
        self.member = member
        self.form_title = styled("What you asked $name for", name=member.name)

    def compose_fields(self) -> ComposeResult:
        yield field("Need", "need", SafeInput(id="need", placeholder="to listen, a lift, advice about work…"))
        yield field("When", "asked_on", SafeInput("today", id="asked_on"))
        yield field("Note", "note", SafeInput(id="note", placeholder="optional"))

    def save(self) -> bool:
        checks = v.Checks()
        need = checks.run(v.clean_name, self.query_one("#need", Input).value, "need")
        day = checks.run(_day, self.query_one("#asked_on", Input).value, self.journal.today)
        note = checks.run(v.clean_note, self.query_one("#note", Input).value)
        checks.done()
        assert need is not None and day is not None
        store.add_ask(self.journal.db, self.member.id, need, day, note or "", now=self.journal.clock())
        return True
