"""The journal: one entry a day, saved as you write, beside the day's check-ins and prompts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList, TextArea

from supportjournal import store
from supportjournal.domain.text import visible
from supportjournal.domain.days import day_label
from supportjournal.domain.journal import keep_both
from supportjournal.domain.models import JournalEntry
from supportjournal.domain.validation import ValidationError
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import NOTHING_CHANGED, reading, reads, saves, saving
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader
from supportjournal.ui.widgets.journal_days import DayList
from supportjournal.ui.widgets.journal_search import JournalSearch
from supportjournal.ui.widgets.journal_side import DayCheckins, PromptList
from supportjournal.ui.widgets.text_area import SafeTextArea

AUTOSAVE_SECONDS = 1.0
"""Quiet time after the last keystroke before the entry is saved."""
RETRY_SECONDS = 5.0
"""After a failed save, the wait before the entry (still in the editor) is saved again."""
KEPT_IN_EDITOR = (
    "What you wrote is still in the editor, which stays open until it is saved; "
    "it is saved on its own as soon as it can be."
)
NARROW = 100
"""Below this many columns the side panes get narrower."""
PLACEHOLDER = "Write about the day. Markdown works; it saves as you go."
DAYS = Binding.Group("Day")
"""The day keys share one place in the footer."""
PROMPTS_HIDDEN = "journal.prompts_hidden"
"""Setting: the reflection prompts are hidden."""


class JournalScreen(JournalNode, LaidOutOnce, Screen[None]):
    """Write today's entry (or any past day's); nothing typed is ever lost."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="journal.back", tooltip="Back: out of the editor, then home"),
        # [ and ] type into the editor, so the day keys that work while writing come after them; the
        # footer shows the first key the focused widget does not take. Two pairs, because terminals
        # eat one or the other (GNOME Terminal keeps ctrl+page up/down for its tabs).
        Binding(
            "left_square_bracket,ctrl+pageup,alt+left", "day(-1)", "Prev day", id="journal.prev_day",
            group=DAYS, tooltip="Previous day ([ outside the editor)",
        ),
        Binding(
            "right_square_bracket,ctrl+pagedown,alt+right", "day(1)", "Next day", id="journal.next_day",
            group=DAYS, tooltip="Next day, never past today (] outside the editor)",
        ),
        Binding(
            "ctrl+f,slash", "search", "Search", id="journal.search",
            tooltip="Search every entry (/ too, outside the editor)",
        ),
        Binding(
            "ctrl+r", "preview", "Preview", id="journal.preview",
            tooltip="Show the entry rendered as Markdown",
        ),
        Binding(
            "ctrl+t", "prompts", "Prompts", id="journal.prompts", show=False,
            tooltip="Show or hide the reflection prompts",
        ),
        Binding("q", "home", "Home", show=False, id="journal.home"),
        Binding("j", "app.journal", show=False),  # already here: keep it out of the footer
    ]

    AUTO_FOCUS = ""
    """``on_mount`` focuses the editor; Textual's first focus (the day list) only moved the focus twice."""

    day: var[date] = var(date.min, init=False)
    """The day whose entry is open."""
    searching: var[bool] = var(False, init=False)
    """The search box and its results are shown instead of the editor."""
    previewing: var[bool] = var(False, init=False)
    """The entry is shown rendered as Markdown instead of the editor."""

    def __init__(self, day: date | None = None) -> None:
        super().__init__()
        self._first_day = day
        self._saved = ""
        """The entry's text as it is in the database."""
        self._autosave: Timer | None = None
        """The pending autosave, or the retry after a failed save."""
        self._failing = False
        """The last save failed: the text is unsaved, a retry is pending, the person has been told."""
        self._editor = SafeTextArea(
            id="journal-editor", soft_wrap=True, tab_behavior="focus", placeholder=PLACEHOLDER
        )
        self._main = Vertical(id="journal-main")
        self._days = DayList(id="journal-days")

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Horizontal(id="journal-body"):
            yield self._days
            with self._main:
                yield JournalSearch(id="journal-search")
                yield self._editor
                yield VerticalScroll(id="journal-view", can_focus=True)  # the Markdown comes with the first preview
            with Vertical(id="journal-side"):
                yield DayCheckins(id="journal-checkins")
                yield PromptList(id="journal-prompts")
        yield KeysFooter()

    async def on_mount(self) -> None:
        self.query_one("#journal-days").border_title = "Days"
        self.query_one("#journal-checkins").border_title = "Check-ins"
        self.query_one("#journal-prompts").border_title = "Prompts"
        self.on_resize()
        with reading(self):
            hidden = bool(store.get_setting(self.journal.db, PROMPTS_HIDDEN, False))
            self.query_one(PromptList).display = not hidden
        self.journal.flush_callbacks.append(self.save)
        self.watch(self.app, "revision", self._data_changed, init=False)
        day = self._first_day or self.journal.today
        entry = None
        with reading(self):
            entry = store.get_entry(self.journal.db, day)
        # Even unread, the day opens: what is typed is saved by compare-and-set, which keeps both texts.
        self._show_day(day, entry)
        self._days.reload(self.journal.today, self.day)
        self.set_focus(self._editor)  # now, not after the first frame: the footer shows the editor's keys at once
        await self.query_one(KeysFooter).keys_now()

    def on_resize(self) -> None:
        self.set_class(self.app.size.width < NARROW, "-narrow")

    # -- the open day ----------------------------------------------------------------------

    def _show_day(self, day: date, entry: JournalEntry | None) -> None:
        """Open ``day`` with its ``entry`` (``None``: nothing written yet, or it couldn't be read)."""
        self.day = day
        self._show_text(entry.body if entry else "")
        when = "today" if day == self.journal.today else "yesterday" if day == self.journal.today - timedelta(1) else ""
        main = self._main
        main.border_title = day_label(day, year=True) + (f" · {when}" if when else "")
        main.border_subtitle = "saved" if entry else ""
        self._show_checkins()
        self._days.show_day(day)

    def _show_text(self, text: str) -> None:
        """Put the stored text in the editor, as saved."""
        self._saved = text
        editor = self._editor
        editor.load_text(text)
        editor.move_cursor(editor.document.end)
        if self.previewing:
            self._render_preview()

    @reads
    def _show_checkins(self) -> None:
        checkins = store.checkins_on(self.journal.db, self.day)
        self.query_one(DayCheckins).show_day(self.day, checkins, self.journal.today)

    @reads
    def _data_changed(self) -> None:
        """Something was written (here, or in another window): show it, never over unsaved text."""
        self._show_checkins()
        self._days.reload(self.journal.today, self.day)
        if self._editor.text != self._saved:
            return  # being edited: the save compares and keeps both texts if they differ
        entry = store.get_entry(self.journal.db, self.day)
        if (entry.body if entry else "") != self._saved:
            self._show_text(entry.body if entry else "")
            self._status("changed in another window")

    def open_day(self, day: date) -> None:
        """Save the open entry, then open ``day``'s (never a day after today).

        Stays on the open day if its text can't be saved or the other day can't be read, so unsaved
        text is never replaced.
        """
        day = min(day, self.journal.today)
        if not self.save(loud=True):
            return
        with reading(self) as read:
            entry = store.get_entry(self.journal.db, day)
        if not read.failed:
            self._show_day(day, entry)

    def action_day(self, step: int) -> None:
        self.open_day(self.day + timedelta(days=step))

    @on(OptionList.OptionSelected, "#journal-days")
    def _open_listed(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open_day(date.fromisoformat(event.option.id))
            self._editor.focus()

    # -- saving ----------------------------------------------------------------------------

    @on(TextArea.Changed, "#journal-editor")
    def _typed(self) -> None:
        if self._editor.text == self._saved:
            return
        self._status("writing…")
        if self._autosave is not None:
            self._autosave.stop()
        self._autosave = self.set_timer(AUTOSAVE_SECONDS, self.save)

    def save(self, *, loud: bool = False) -> bool:
        """Write the open entry if it changed since it was last saved; True when nothing is left unsaved.

        Never over a newer text from another window: the store writes only if the entry is still
        what this editor loaded, and when it is not, both texts are kept (``keep_both``) and the
        person is told. When the file can't be written, the text stays in the editor and is saved
        again after ``RETRY_SECONDS``. Safe to call while the screen is being torn down (on exit
        and on signals).

        Args:
            loud: Say that saving failed even if the last try already said so (the person asked to
                leave or to change day, and stays).
        """
        if self._autosave is not None:
            self._autosave.stop()
            self._autosave = None
        text = self._editor.text
        if text == self._saved:
            return True
        now = self.journal.clock()
        with saving(self, KEPT_IN_EDITOR, notice=loud or not self._failing) as attempt:
            try:
                written = self._write(text, now)
            except ValidationError as error:
                self._status("not saved")
                self.app.notify(str(error), title="Journal not saved", severity="error", markup=False)
                return False
        if attempt.failed:
            self._status("not saved")
            self._failing = True
            if self.is_attached and not self.journal.exiting:
                self._autosave = self.set_timer(RETRY_SECONDS, self.save)
            return False
        was_empty = not self._saved
        if written == text:
            self._saved = text
        else:
            self._show_text(written)
        self._status(f"saved {now:%H:%M}")
        if self._failing:
            self._failing = False
            self.app.notify("Saved: the journal entry is written now.", title="Journal", markup=False)
        if was_empty != (not written) and self._days.is_attached:
            self._days.reload(self.journal.today, self.day)
        return True

    def _write(self, text: str, now: datetime) -> str:
        """Save ``text`` over what this editor loaded; if another window changed it since, save both."""
        try:
            store.save_entry(self.journal.db, self.day, text, now=now, expected=self._saved)
            return text
        except store.EntryChanged as changed:
            both = keep_both(changed.body, text, now)
            store.save_entry(self.journal.db, self.day, both, now=now, expected=changed.body)
            self.app.notify(
                "This day was also written in another window. Both texts are kept: "
                "the other one first, then yours below a marked line.",
                title="Journal", severity="warning", timeout=12, markup=False,
            )
            return both

    def _status(self, words: str) -> None:
        if self._main.is_attached:
            self._main.border_subtitle = words

    def on_screen_suspend(self) -> None:
        self.save()

    def on_unmount(self) -> None:
        self.save()
        if self.save in self.journal.flush_callbacks:
            self.journal.flush_callbacks.remove(self.save)

    # -- leaving ---------------------------------------------------------------------------

    def action_back(self) -> None:
        """Step back: out of search or preview, out of the editor, then home."""
        if self.searching:
            self.searching = False
        elif self.previewing:
            self.previewing = False
        elif isinstance(self.focused, TextArea):
            self._days.focus()
        else:
            self.action_home()

    def action_home(self) -> None:
        if self.save(loud=True):
            self.dismiss()

    # -- search, preview, prompts ----------------------------------------------------------

    def action_search(self) -> None:
        self.previewing = False
        self.searching = True
        self.query_one(JournalSearch).start()

    def watch_searching(self, searching: bool) -> None:
        self.set_class(searching, "-searching")
        if not searching:
            self._focus_editor_or_view()

    @on(JournalSearch.DayChosen)
    def _open_found(self, event: JournalSearch.DayChosen) -> None:
        self.searching = False
        self.open_day(event.day)
        self._focus_editor_or_view()

    def action_preview(self) -> None:
        self.searching = False
        self.previewing = not self.previewing

    def watch_previewing(self, previewing: bool) -> None:
        self.set_class(previewing, "-previewing")
        if previewing:
            self._render_preview()
        self._focus_editor_or_view()

    def _render_preview(self) -> None:
        # Imported and made on the first preview, not with the screen: importing markdown-it made the first
        # opening of the journal slower, and most days are written, not previewed.
        from textual.widgets import Markdown

        # visible(): Markdown draws control characters as they are.
        text = visible(self._editor.text, keep_lines=True) or "*Nothing written on this day yet.*"
        view = self.query_one("#journal-view")
        shown = view.query(Markdown)
        if shown:
            shown.first().update(text)
        else:
            view.mount(Markdown(text, open_links=False))

    def _focus_editor_or_view(self) -> None:
        target: Widget = self.query_one("#journal-view" if self.previewing else "#journal-editor")
        target.focus()

    @saves(NOTHING_CHANGED)
    def action_prompts(self) -> None:
        prompts = self.query_one(PromptList)
        store.set_setting(self.journal.db, PROMPTS_HIDDEN, prompts.display)
        prompts.display = not prompts.display
        if not prompts.display and self.focused is prompts:
            self._editor.focus()

    @on(OptionList.OptionSelected, "#journal-prompts")
    def _insert_prompt(self, event: OptionList.OptionSelected) -> None:
        """Add the prompt to the end of the entry, ready to answer."""
        self.previewing = False
        editor = self._editor
        text = editor.text
        newlines = len(text) - len(text.rstrip("\n"))
        gap = "\n" * (2 - min(2, newlines)) if text.strip() else ""
        editor.insert(f"{gap}**{PromptList.prompt_of(event.option)}**\n\n", editor.document.end)
        editor.move_cursor(editor.document.end)
        editor.focus()
