"""The first-run offer: a starter set of self-care activities to accept, edit or skip."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Checkbox, Input, Static

from supportjournal import store
from supportjournal.domain import validation as v
from supportjournal.domain.selfcare import STARTER_SET
from supportjournal.ui.screens.form import FormScreen
from supportjournal.ui.widgets.text_fields import SafeInput


class StarterForm(FormScreen):
    """The article's self-care ideas, each tickable and editable, added together on save."""

    form_title = "A starter set for self-care"

    def __init__(self, *, starts_on: date) -> None:
        super().__init__(classes="selfcare-form selfcare-starter")
        self.starts_on = starts_on

    def compose_fields(self) -> ComposeResult:
        yield Static(
            "Ideas from the article: joy, less stress, moving, rest, reaching out. "
            "Untick any you don't want, change the words or how often; Escape skips.",
            classes="form-hint",
        )
        for index, (title, schedule) in enumerate(STARTER_SET):
            with Horizontal(classes="starter-row"):
                yield Checkbox(value=True, id=f"use-{index}", compact=True)
                yield SafeInput(title, id=f"title-{index}", compact=True, classes="starter-title")
                yield SafeInput(schedule, id=f"schedule-{index}", compact=True, classes="starter-schedule")
            yield Static("", id=f"error-{index}", classes="form-error")

    def save(self) -> None:
        chosen: list[tuple[str, str]] = []
        for index in range(len(STARTER_SET)):
            if not self.query_one(f"#use-{index}", Checkbox).value:
                continue
            title = self.query_one(f"#title-{index}", Input).value
            schedule = self.query_one(f"#schedule-{index}", Input).value
            try:
                chosen.append((v.clean_name(title, "title"), v.clean_schedule(schedule)))
            except v.ValidationError as error:
                # Each row's message sits under that row; nothing is added until all are good.
                raise v.ValidationError(str(index), error.message) from None
        if not chosen:
            raise v.ValidationError("form", "Nothing ticked: tick an idea, or press Escape to skip.")
        app = self.app
        with store.transaction(app.db):  # type: ignore[attr-defined]
            # The whole set or none of it: a failure part-way leaves nothing to tidy up.
            for title, schedule in chosen:
                store.add_item(app.db, title, schedule, starts_on=self.starts_on, now=app.clock())  # type: ignore[attr-defined]
