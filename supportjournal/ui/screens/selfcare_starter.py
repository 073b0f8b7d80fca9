"""The first-run offer: a starter set of self-care activities to accept, edit or skip."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Checkbox, Input, Static

from supportjournal import store
from supportjournal.domain import validation as v
from supportjournal.domain.selfcare import STARTER_SET
from supportjournal.ui.forms import FormScreen
from supportjournal.ui.widgets.text_fields import SafeInput
from supportjournal.ui.widgets.tick_list import TickBox


class StarterForm(FormScreen[bool]):
    """The article's self-care ideas, each tickable and editable, added together on save."""

    form_title = "A starter set for self-care"
    focus_first = "#use-0"

    def __init__(self, *, starts_on: date) -> None:
        super().__init__(classes="selfcare-starter")
        self.starts_on = starts_on

    def compose_fields(self) -> ComposeResult:
        yield Static(
            "Ideas from the article: joy, less stress, moving, rest, reaching out. "
            "Untick any you don't want (space), change the words or how often.",
            classes="form-text",
        )
        for index, (title, schedule) in enumerate(STARTER_SET):
            with Horizontal(classes="starter-row"):
                yield TickBox(value=True, id=f"use-{index}", compact=True)
                yield SafeInput(title, id=f"title-{index}", compact=True, classes="starter-title")
                yield SafeInput(schedule, id=f"schedule-{index}", compact=True, classes="starter-schedule")
            yield Static("", id=f"error-title-{index}", classes="form-error")
            yield Static("", id=f"error-schedule-{index}", classes="form-error")

    def save(self) -> bool:
        checks = v.Checks()
        chosen: list[tuple[str | None, str | None]] = []
        for index in range(len(STARTER_SET)):
            if not self.query_one(f"#use-{index}", Checkbox).value:
                continue
            # Each row's messages sit under that row; nothing is added until all are good.
            title = self.query_one(f"#title-{index}", Input).value
            schedule = self.query_one(f"#schedule-{index}", Input).value
            chosen.append((
                checks.run(v.clean_name, title, "title", field=f"title-{index}"),
                checks.run(v.clean_schedule, schedule, field=f"schedule-{index}"),
            ))
        checks.done()
        if not chosen:
            raise v.ValidationError("form", "Nothing ticked: tick an idea, or press Escape to skip.")
        journal = self.journal
        with store.transaction(journal.db):
            # The whole set or none of it: a failure part-way leaves nothing to tidy up.
            for clean_title, clean_schedule in chosen:
                store.add_item(journal.db, str(clean_title), str(clean_schedule), starts_on=self.starts_on, now=journal.clock())
        return True
