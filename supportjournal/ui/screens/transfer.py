"""Export and import from the app: a small form, then the job in a worker with a progress bar.

The job opens its own connection to the journal file in a worker thread (a SQLite connection must
not cross threads), so the screen stays responsive however long it takes. Closing the form while
the job runs is fine: its result then comes as a notice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from textual.app import ComposeResult
from textual.widgets import Checkbox, Input, ProgressBar, Select, Static

from supportjournal.portability.daylio import parse_mood_option
from supportjournal.portability.formats import EXPORTS, IMPORTS, Source, read_text, write_export
from supportjournal.portability.jobs import JOB_ERRORS, Progress, run_import
from supportjournal.portability.report import FormatError
from supportjournal.store import is_encrypted, open_db
from supportjournal.ui.forms import FormScreen, clear_errors, field, show_errors
from supportjournal.ui.render import literal
from supportjournal.ui.widgets.text_fields import SafeInput

Direction = Literal["export", "import"]
GUESSED_BY_ENDING = {".csv": "daylio", ".vcf": "vcard", ".vcard": "vcard"}
"""An import file's format from its ending, where the ending can only mean one of ours."""
DRY_RUN_LABEL = "Only show what would change (nothing is written)"
PLAIN_EXPORT = "Your journal is encrypted, but an export is plain text: anyone who can read the file can read it."


def default_export_path(kind: str, today: date) -> str:
    """``~/supportjournal-2026-11-27.json``: a new file in the home folder, named by the day."""
    return f"~/supportjournal-{today.isoformat()}{Path(EXPORTS[kind].file_name).suffix}"


def export_job(journal: Path, kind: str, target: str, now: datetime, progress: Progress) -> list[str]:
    """Write an export of the journal at ``journal`` (runs in a worker thread, on its own connection)."""
    db = open_db(journal, create=False, write=False)
    try:
        written = write_export(target, EXPORTS[kind].write(db, now, progress))
    finally:
        db.close()
    return [f"Written to {written}."]


def import_job(
    journal: Path, kind: str, source: str, dry_run: bool, moods: dict[str, int], now: datetime, progress: Progress
) -> list[str]:
    """Import a file into the journal at ``journal`` (a worker thread's own connection); the report's lines."""
    text = read_text(source)
    db = open_db(journal, create=False)
    try:
        lines = run_import(db, IMPORTS[kind].job(Source(text, now, moods), progress), dry_run=dry_run).lines()
    finally:
        db.close()
    return [*lines, "To import it, untick the box above and press ctrl+s."] if dry_run else lines


class TransferScreen(FormScreen[bool]):
    """Export the journal to a file, or import one into it."""

    DEFAULT_CSS = """
    TransferScreen #transfer-progress { display: none; margin: 1 0 0 0; }
    TransferScreen #transfer-progress.-shown { display: block; }
    TransferScreen #dry-run { margin: 1 0 0 0; }
    """

    cancel_label = "Close (Esc)"

    def __init__(self, direction: Direction, journal: Path) -> None:
        super().__init__()
        self.direction = direction
        self.journal_file = journal
        """The journal's file: the worker opens it again on its own connection."""
        self.form_title = "Export the journal" if direction == "export" else "Import into the journal"
        self.save_label = "Export (ctrl+s)" if direction == "export" else "Import (ctrl+s)"
        self.running = False
        """A job is under way; a second one waits for it."""

    def compose_fields(self) -> ComposeResult:
        formats = EXPORTS if self.direction == "export" else IMPORTS
        choices = [(f"{name}: {each.what}", name) for name, each in formats.items()]
        yield field("Format", "format", Select(choices, value="json", allow_blank=False, id="format"))
        if self.direction == "export":
            path = SafeInput(default_export_path("json", self.journal.today), id="path")
            yield field("Write to", "path", path, "a new file (csv: a new folder, or a name ending .zip)")
            if is_encrypted(self.journal_file):
                yield Static(PLAIN_EXPORT, id="plain-export", classes="form-text")
        else:
            yield field("File", "path", SafeInput("", id="path", placeholder="~/Downloads/daylio_export.csv"),
                        "json from another device, jrnl's JSON, Daylio's CSV or vCards")
            moods = SafeInput("", id="moods", placeholder="blissful=9, numb=2")
            yield field("Moods of your own (Daylio)", "moods", moods, "awful, bad, meh, good and rad are known already")
            yield Checkbox(DRY_RUN_LABEL, True, id="dry-run", compact=True)
        yield ProgressBar(id="transfer-progress", show_eta=False)
        yield Static("", id="transfer-result", classes="form-text")

    def on_select_changed(self, event: Select.Changed) -> None:
        """An export path still at its default follows the format's file ending."""
        if self.direction != "export" or event.select.id != "format":
            return
        path = self.query_one("#path", Input)
        defaults = {default_export_path(kind, self.journal.today) for kind in EXPORTS}
        if path.value in defaults:
            path.value = default_export_path(str(event.value), self.journal.today)

    def on_input_changed(self, event: Input.Changed) -> None:
        """A file to import ending in .csv or .vcf picks its format (a .json can be ours or jrnl's)."""
        if self.direction == "import" and event.input.id == "path":
            guess = GUESSED_BY_ENDING.get(Path(event.value.strip()).suffix.lower())
            if guess is not None:
                self.query_one("#format", Select).value = guess

    def action_save(self) -> None:
        """Check the fields, then run the job in a worker; the form stays open to show how it went."""
        if self.running:
            self.notify("Still working on the last one.", markup=False)
            return
        path = self.query_one("#path", Input).value.strip()
        kind = str(self.query_one("#format", Select).value)
        clear_errors(self)
        if not path:
            show_errors(self, {"path": "Name a file."})
            return
        now = self.journal.clock()
        if self.direction == "export":
            work: Callable[[Progress], list[str]] = lambda progress: export_job(self.journal_file, kind, path, now, progress)
        else:
            dry_run = self.query_one("#dry-run", Checkbox).value
            try:
                moods = parse_mood_option([m for m in self.query_one("#moods", Input).value.split(",") if m.strip()])
            except FormatError as error:
                show_errors(self, {"moods": str(error).replace("--mood ", "")})
                return
            work = lambda progress: import_job(self.journal_file, kind, path, dry_run, moods, now, progress)
        self._start(work)

    def _start(self, work: Callable[[Progress], list[str]]) -> None:
        self.running = True
        self.query_one("#transfer-result", Static).update("Working…")
        bar = self.query_one("#transfer-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.add_class("-shown")
        app = self.app

        def progress(done: int, total: int) -> None:
            app.call_from_thread(bar.update, total=total, progress=done)

        def run() -> None:
            try:
                lines, failed = work(progress), False
            except JOB_ERRORS as error:
                lines, failed = [f"Nothing was {'written' if self.direction == 'export' else 'imported'}: {error}"], True
            app.call_from_thread(self._finished, lines, failed)

        app.run_worker(run, thread=True, group="transfer", exit_on_error=False)

    def _finished(self, lines: list[str], failed: bool) -> None:
        self.running = False
        if self.direction == "import" and not failed:
            self.journal.data_changed()
        if not self.is_attached:
            self.app.notify("\n".join(lines), title=str(self.form_title), severity="warning" if failed else "information", markup=False)
            return
        self.query_one("#transfer-progress", ProgressBar).remove_class("-shown")
        self.query_one("#transfer-result", Static).update(literal("\n".join(lines), lines=True))
