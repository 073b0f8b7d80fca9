"""Write the summary for a therapist from the app: the period, the format, the file, and what private text goes in."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.widgets import Input, Select

from supportjournal import store
from supportjournal.domain import validation as v
from supportjournal.domain.insights.report import render
from supportjournal.domain.insights.summary import DEFAULT_SINCE, FORMATS, SINCE_HINT, parse_since, summarise
from supportjournal.ui.forms import FormScreen, field
from supportjournal.ui.widgets.text_fields import SafeInput
from supportjournal.ui.widgets.tick_list import TickList

SUFFIXES = {"markdown": ".md", "text": ".txt"}
PRIVATE_CHOICES = (("names of the people in touch and who gives what", "names"), ("journal text and notes", "notes"))


def default_path(day_text: str) -> str:
    """Where the summary goes unless the person says otherwise: their home folder, named by the day."""
    return str(Path("~") / f"supportjournal-summary-{day_text}.md")


def _path(typed: str) -> str:
    if not typed.strip():
        raise v.ValidationError("path", "name a file to write, such as ~/summary.md")
    return typed.strip()


class SummaryForm(FormScreen[Path | None]):
    """The summary's choices; saving writes the file (0600, whole or not at all) and says where."""

    form_title = "A summary to share with a therapist or doctor"
    save_label = "Write (ctrl+s)"
    cancel_result = None
    writes = False  # it writes a file, not the journal

    def compose_fields(self) -> ComposeResult:
        yield field("Period", "since", SafeInput(DEFAULT_SINCE, id="since"), hint=SINCE_HINT)
        yield field("Format", "format", Select([(f, f) for f in FORMATS], value="markdown", allow_blank=False, id="format"))
        yield field("File", "path", SafeInput(default_path(self.journal.today.isoformat()), id="path"),
                    hint="written readable only by you")
        yield field(
            "Also include (left out unless ticked; space ticks)", "private",
            TickList(*[(words, value, False) for words, value in PRIVATE_CHOICES], id="private", compact=True),
        )

    def on_select_changed(self, event: Select.Changed) -> None:
        """A new format changes the file's ending, if the name still has the other one."""
        path = self.query_one("#path", Input)
        for fmt, suffix in SUFFIXES.items():
            if fmt != event.value and path.value.endswith(suffix):
                path.value = path.value[: -len(suffix)] + SUFFIXES[str(event.value)]

    def save(self) -> Path | None:
        db, today = self.journal.db, self.journal.today
        checks = v.Checks()
        first = checks.run(parse_since, self.query_one("#since", Input).value, today)
        path = checks.run(_path, self.query_one("#path", Input).value)
        checks.done()
        assert path is not None
        first = first or store.first_record_day(db) or today
        ticked = set(self.query_one("#private", TickList).selected)
        fmt = str(self.query_one("#format", Select).value)
        notes = store.private_notes(db, first, today) if "notes" in ticked else []
        text = render(
            summarise(store.period_records(db, first, today), today, notes), fmt,
            with_names="names" in ticked, with_notes="notes" in ticked,
        )
        written = store.write_private(path, text)
        self.notify(f"Wrote the summary to {written} (readable only by you).", markup=False)
        return written
