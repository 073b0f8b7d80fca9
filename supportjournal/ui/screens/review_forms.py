"""The review's two small forms: "I told them what I need" and snoozing someone out of the review."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.widgets import Input

from supportjournal import store
from supportjournal.domain import review_words as words
from supportjournal.domain import validation as v
from supportjournal.domain.models import Member
from supportjournal.domain.review import snooze_until
from supportjournal.ui.forms import FormScreen, field
from supportjournal.ui.render import styled
from supportjournal.ui.screens.log_contact import AskScreen
from supportjournal.ui.widgets.text_fields import SafeInput


class ToldScreen(AskScreen):
    """What you told a member you need, and when (an ask, as the member's details note it with ``k``)."""

    def __init__(self, member: Member) -> None:
        super().__init__(member)
        self.form_title = styled(words.TOLD_TITLE, name=member.name)


def _until(typed: str, today: date) -> date:
    try:
        return snooze_until(typed, today)
    except ValueError as error:
        raise v.ValidationError("until", str(error)) from None


class SnoozeScreen(FormScreen[date | None]):
    """Leave a member out of the review until a day: a week unless another is typed."""

    focus_first = "#until"
    save_label = "Snooze (ctrl+s)"
    cancel_result = None

    def __init__(self, member: Member) -> None:
        super().__init__()
        self.member = member
        self.form_title = styled(words.SNOOZE_TITLE, name=member.name)

    def compose_fields(self) -> ComposeResult:
        yield field("Until", "until", SafeInput(placeholder="a week from today", id="until"), words.SNOOZE_HINT)

    def save(self) -> date | None:
        checks = v.Checks()
        until = checks.run(_until, self.query_one("#until", Input).value, self.journal.today)
        checks.done()
        assert until is not None
        store.snooze_member(self.journal.db, self.member.id, until, self.journal.today, now=self.journal.clock())
        return until
