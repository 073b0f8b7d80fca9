"""Forms for self-care: add or edit an activity, and a note on one day's mark."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.widgets import Input, Static

from supportjournal import store
from supportjournal.domain import validation as v
from supportjournal.domain.models import Mark, SelfCareItem
from supportjournal.domain.schedule import ScheduleError, parse_schedule
from supportjournal.ui.render import literal
from supportjournal.ui.forms import FormScreen, field
from supportjournal.ui.widgets.text_fields import SafeInput

SCHEDULE_HINT = "daily · weekdays · mon,wed,fri · every 3 days · 3 times a week"


class SelfCareForm(FormScreen[bool]):
    """Add a self-care activity, or edit one's title and schedule."""

    def __init__(self, item: SelfCareItem | None = None, *, starts_on: date) -> None:
        super().__init__()
        self.item = item
        """The activity being edited, or ``None`` to add one."""
        self.starts_on = starts_on
        self.form_title = "Edit self-care activity" if item else "New self-care activity"

    def compose_fields(self) -> ComposeResult:
        item = self.item
        yield field("What do you do for yourself?", "title", SafeInput(item.title if item else "", id="title", placeholder="e.g. Walk outside 20 min"))
        schedule = SafeInput(item.schedule if item else "daily", id="schedule", placeholder=SCHEDULE_HINT)
        yield field("How often?", "schedule", schedule, SCHEDULE_HINT)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Read the schedule as it is typed, so the person sees what it will mean."""
        if event.input.id != "schedule":
            return
        hint = self.query_one("#field-schedule .form-hint", Static)
        try:
            hint.update(literal(f"means: {parse_schedule(event.value).text}"))
        except ScheduleError:
            hint.update(SCHEDULE_HINT)

    def save(self) -> bool:
        title = self.query_one("#title", Input).value
        schedule = self.query_one("#schedule", Input).value
        # Check both before writing, so each field gets its own message and nothing is half-saved.
        checks = v.Checks()
        checks.run(v.clean_name, title, "title")
        checks.run(v.clean_schedule, schedule)
        checks.done()
        journal = self.journal
        if self.item is None:
            store.add_item(journal.db, title, schedule, starts_on=self.starts_on, now=journal.clock())
        else:
            store.update_item(journal.db, self.item.id, title=title, schedule=schedule)
        return True


class MarkNoteForm(FormScreen[bool]):
    """A note on one activity's mark for one day; a day with no mark yet is marked done."""

    def __init__(self, item: SelfCareItem, day: date, mark: Mark | None, day_words: str) -> None:
        super().__init__()
        self.item = item
        self.day = day
        self.mark = mark
        self.form_title = f"Note · {day_words}"
        self.item_title = item.title

    def compose_fields(self) -> ComposeResult:
        yield Static(literal(self.item_title), classes="form-text")
        hint = "" if self.mark else "Saving a note marks this day done."
        yield field("Note", "note", SafeInput(self.mark.note if self.mark else "", id="note", placeholder="how it went, or why not"), hint)

    def save(self) -> bool:
        note = v.clean_note(self.query_one("#note", Input).value)
        status = self.mark.status if self.mark else "done"
        journal = self.journal
        store.set_mark(journal.db, self.item.id, self.day, status, note=note, now=journal.clock())
        return True
