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
from supportjournal.ui.screens.form import FormScreen, form_field
from supportjournal.ui.widgets.text_fields import SafeInput

SCHEDULE_HINT = "daily · weekdays · mon,wed,fri · every 3 days · 3 times a week"


class SelfCareForm(FormScreen):
    """Add a self-care activity, or edit one's title and schedule."""

    def __init__(self, item: SelfCareItem | None = None, *, starts_on: date) -> None:
        super().__init__(classes="selfcare-form")
        self.item = item
        """The activity being edited, or ``None`` to add one."""
        self.starts_on = starts_on
        self.form_title = "Edit self-care activity" if item else "New self-care activity"

    def compose_fields(self) -> ComposeResult:
        yield form_field("What do you do for yourself?", "title", SafeInput(self.item.title if self.item else "", id="title", placeholder="e.g. Walk outside 20 min"))
        yield form_field("How often?", "schedule", SafeInput(self.item.schedule if self.item else "daily", id="schedule", placeholder=SCHEDULE_HINT))
        yield Static(SCHEDULE_HINT, id="schedule-hint", classes="form-hint")

    def on_input_changed(self, event: Input.Changed) -> None:
        """Read the schedule as it is typed, so the person sees what it will mean."""
        if event.input.id != "schedule":
            return
        hint = self.query_one("#schedule-hint", Static)
        try:
            hint.update(literal(f"means: {parse_schedule(event.value).text}"))
        except ScheduleError:
            hint.update(SCHEDULE_HINT)

    def save(self) -> None:
        title = self.query_one("#title", Input).value
        schedule = self.query_one("#schedule", Input).value
        # Check both before writing, so each field gets its own message and nothing is half-saved.
        v.clean_name(title, "title")
        v.clean_schedule(schedule)
        app = self.app
        if self.item is None:
            store.add_item(app.db, title, schedule, starts_on=self.starts_on, now=app.clock())  # type: ignore[attr-defined]
        else:
            store.update_item(app.db, self.item.id, title=title, schedule=schedule)  # type: ignore[attr-defined]


class MarkNoteForm(FormScreen):
    """A note on one activity's mark for one day; a day with no mark yet is marked done."""

    def __init__(self, item: SelfCareItem, day: date, mark: Mark | None, day_words: str) -> None:
        super().__init__(classes="selfcare-form")
        self.item = item
        self.day = day
        self.mark = mark
        self.form_title = f"Note · {day_words}"
        self.item_title = item.title

    def compose_fields(self) -> ComposeResult:
        yield Static(literal(self.item_title), classes="form-subject")
        yield form_field("Note", "note", SafeInput(self.mark.note if self.mark else "", id="note", placeholder="how it went, or why not"))
        if self.mark is None:
            yield Static("Saving a note marks this day done.", classes="form-hint")

    def save(self) -> None:
        note = v.clean_note(self.query_one("#note", Input).value)
        status = self.mark.status if self.mark else "done"
        app = self.app
        store.set_mark(app.db, self.item.id, self.day, status, note=note, now=app.clock())  # type: ignore[attr-defined]
