"""The weekly review: one member at a time, most urgent first, ending with the summary of the support system."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from supportjournal import store
from supportjournal.domain import review_words as words
from supportjournal.domain.glyphs import clipped
from supportjournal.domain.models import Member
from supportjournal.domain.review import NAME_CELLS
from supportjournal.ui import member_actions
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reading, reads, saving
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.screens.review_forms import SnoozeScreen, ToldScreen
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader
from supportjournal.ui.widgets.review_card import card_content, summary_content

CARD_KEYS = ("log", "told", "edit", "snooze")
"""Actions on the member in view: no member is in view on the summary."""
REVIEW_CSS = """
#review-body {
    padding: 1 2;
    height: 1fr;
    scrollbar-gutter: stable;
    scrollbar-size-vertical: 1;
}
"""
TEXT_INSET = 5
"""Cells of the screen's width the text does not get: the padding either side and the scrollbar's gutter."""


def text_width(node: JournalNode) -> int:
    """The cells the card or summary wraps in: known from the terminal's width before any layout."""
    return node.app.size.width - TEXT_INSET


class ReviewPage(JournalNode, LaidOutOnce, Screen[None]):
    """A page of the review: the header, one scrolling text, the footer."""

    DEFAULT_CSS = REVIEW_CSS

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="review-body"):
            yield Static("", id="review-text")
        yield KeysFooter()


class SummaryScreen(ReviewPage):
    """The support system at a glance: coverage, the trend, and what could help."""

    BINDINGS = [Binding("escape", "back", "Back", id="summary.back")]

    def on_mount(self) -> None:
        self.watch(self.app, "revision", self.reload)

    @reads
    def reload(self, _revision: int = 0) -> None:
        summary = store.support_summary(self.journal.db, self.journal.today)
        self.query_one("#review-text", Static).update(summary_content(summary, width=text_width(self)))

    def on_resize(self) -> None:
        self.reload()

    def action_back(self) -> None:
        self.dismiss()


class ReviewScreen(ReviewPage):
    """Steps through the members who need attention; after the last card, the summary.

    Leaving halfway remembers the place: the same week, ``r`` opens the review there again.
    """

    BINDINGS = [
        Binding("escape", "leave", "Leave", id="review.leave", tooltip="Leave the review; it resumes here this week"),
        Binding("l", "log", "Log", id="review.log", tooltip="Log a contact with them"),
        Binding("t", "told", "Told", id="review.told", tooltip="I told them what I need"),
        Binding("e", "edit", "Edit", id="review.edit", tooltip="Edit them"),
        Binding("z", "snooze", "Snooze", id="review.snooze", tooltip="Out of the review for a week, or until a day"),
        Binding("n", "move(1)", "Next", id="review.next", tooltip="The next card (after the last, the summary)"),
        Binding("p", "move(-1)", "Prev", id="review.previous", tooltip="The previous card"),
        Binding("s", "summary", "Summary", id="review.summary", show=False, tooltip="Skip to the summary"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        """The members in this review, in order."""
        self.at = 0
        """The card in view; ``len(ids)`` is the summary."""
        self.shown: str | None = ""
        """The member whose card is in view (``None``: the summary); another one is shown from its top."""

    def on_mount(self) -> None:
        with reading(self):
            self.ids, self.at, resumed = store.review_order(self.journal.db, self.journal.today)
            if resumed:
                self.notify(words.RESUMED, timeout=3, markup=False)
        self.watch(self.app, "revision", self.show)

    @property
    def member_id(self) -> str | None:
        return self.ids[self.at] if self.at < len(self.ids) else None

    @reads
    def show(self, _revision: int = 0) -> None:
        """The card in view as it stands now (after a contact logged or a need told, it says so), or the summary."""
        db, today = self.journal.db, self.journal.today
        text = self.query_one("#review-text", Static)
        while (member_id := self.member_id) is not None:
            card = store.review_card(db, member_id, today)
            if card is not None:
                text.update(card_content(card, today, self.at + 1, len(self.ids), text_width(self)))
                break
            self.ids.remove(member_id)  # archived meanwhile
        else:
            lead = words.END_OF_REVIEW if self.ids else words.NOBODY
            text.update(summary_content(store.support_summary(db, today), lead, text_width(self)))
        if self.shown != self.member_id:  # the same card read again (a write elsewhere) keeps its scroll
            self.shown = self.member_id
            self.query_one("#review-body").scroll_home(animate=False)
        self.refresh_bindings()

    def on_resize(self) -> None:
        self.show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in CARD_KEYS or action == "summary":
            return self.member_id is not None
        if action == "move":
            step = parameters[0] if parameters else 1
            return self.at > 0 if step == -1 else self.member_id is not None
        return True

    def _save_place(self, today: date, moved_past: str | None = None) -> None:
        with saving(self, words.NOT_SAVED_PLACE):
            if moved_past:
                store.mark_reviewed(self.journal.db, moved_past, today, progress=(self.ids, self.at))
            else:
                store.save_progress(self.journal.db, today, self.ids, self.at)

    def action_move(self, step: int) -> None:
        moved_past = self.member_id if step > 0 else None
        self.at = max(0, min(len(self.ids), self.at + step))
        self._save_place(self.journal.today, moved_past)
        self.show()

    def action_summary(self) -> None:
        self.at = len(self.ids)
        self._save_place(self.journal.today)
        self.show()

    def action_leave(self) -> None:
        self._save_place(self.journal.today)
        self.dismiss()

    def action_log(self) -> None:
        member_actions.log_contact(self, self.member_id)

    def action_edit(self) -> None:
        member_actions.edit_member(self, self.member_id)

    def action_told(self) -> None:
        member = self._member()
        if member is not None:
            self.app.push_screen(ToldScreen(member))

    def action_snooze(self) -> None:
        member = self._member()
        if member is None:
            return

        def snoozed(until: date | None) -> None:
            if until is None or member.id not in self.ids:
                return
            self.ids.remove(member.id)
            self._save_place(self.journal.today)
            self.show()
            name = clipped(member.name, NAME_CELLS)
            self.notify(words.snoozed(name, until, self.journal.today), timeout=4, markup=False)

        self.app.push_screen(SnoozeScreen(member), snoozed)

    def _member(self) -> Member | None:
        member = None
        with reading(self):
            member = store.get_member(self.journal.db, self.member_id or "")
        return member
