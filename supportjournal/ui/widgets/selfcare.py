"""The self-care pane: the day's activities to tick, their streaks and a 7-day strip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.domain.models import Mark, SelfCareItem
from supportjournal.domain.days import day_title
from supportjournal.domain.selfcare import (
    STREAK_KEY,
    STRIP_DAYS,
    STRIP_LEGEND,
    split_for_day,
    streak_label,
    streak_words,
    strip,
)
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import NOTHING_CHANGED, reads, saves
from supportjournal.ui.render import clean, literal
from supportjournal.ui.widgets.grid_row import Cell, GridRow
from supportjournal.ui.widgets.in_place import Row, RowsList, update

BOXES = {"done": "[x]", "skipped": "[~]", None: "[ ]"}
EMPTY_TEXT = (
    "Small things you do to look after yourself, ticked off day by day.\n"
    "Press s for a starter set from the article, or a to add your own."
)
HEADER_ID = "-not-scheduled"
WIDE = 48
"""Pane width from which the 7-day strip is spaced out."""
LEGEND_SPLIT = 3
"""Where the strip's legend splits when the border is too short for it: the rest goes in the key."""


def pane_key(width: int) -> tuple[str, str]:
    """The strip's legend for the border and the key under the list, so every symbol and unit is explained.

    Args:
        width: The pane's width in cells, borders included.

    Returns:
        ``(border subtitle, key text)``; the key gets the strip symbols the border has no room for.
    """
    if width >= len(STRIP_LEGEND) + 6:
        return STRIP_LEGEND, STREAK_KEY
    items = STRIP_LEGEND.split("  ")
    units = STREAK_KEY if width - 4 >= len(STREAK_KEY) else STREAK_KEY.removeprefix("streak: ")
    return "  ".join(items[:LEGEND_SPLIT]), "  ".join(items[LEGEND_SPLIT:]) + "\n" + units


class SelfCarePane(JournalNode, Vertical, can_focus=True):  # empty, it hides its list and holds the keys itself
    """The day's self-care checklist; ``[`` and ``]`` move through the days to fill in a missed one."""

    BINDINGS = [
        Binding("space", "done", "Done", id="selfcare.toggle"),  # not "toggle": DOMNode has that action
        Binding("k", "skip", "Rest day", id="selfcare.skip"),
        Binding("n", "note", "Note", show=False, id="selfcare.note"),
        Binding("left_square_bracket", "day(-1)", "Prev day", key_display="[", id="selfcare.previous_day", show=False),
        Binding("right_square_bracket", "day(1)", "Next day", key_display="]", id="selfcare.next_day", show=False),
        Binding("a", "add", "Add", id="selfcare.add", show=False),
        Binding("e", "edit", "Edit", show=False, id="selfcare.edit"),
        Binding("x", "archive", "Archive", show=False, id="selfcare.archive"),
        Binding("u", "undo", "Undo archive", id="selfcare.undo", show=False),  # the archive notice names u
        Binding("A", "archived", "Archived", show=False, id="selfcare.archived"),
        Binding("K,shift+up", "move(-1)", "Move up", show=False, id="selfcare.move_up"),
        Binding("J,shift+down", "move(1)", "Move down", show=False, id="selfcare.move_down"),
        Binding("s", "starter", "Starter set", id="selfcare.starter"),  # only while the list is empty: it fits
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.day: date | None = None
        """The day in view; ``None`` until mounted, then never after today."""
        self._items: dict[str, SelfCareItem] = {}
        self._marks: dict[tuple[str, date], Mark] = {}
        self._streaks: dict[str, int] = {}
        self._undo: Callable[[], None] | None = None
        self._narrow = False
        """Below ``WIDE`` columns the strip drops its spaces, leaving room for titles."""

    def compose(self) -> ComposeResult:
        yield Static(EMPTY_TEXT, id="selfcare-empty", classes="empty")
        yield RowsList(id="selfcare-list")
        yield Static("", id="selfcare-detail")
        yield Static("", id="selfcare-key")

    def on_mount(self) -> None:
        self.day = self.journal.today
        self.watch(self.app, "revision", self._on_revision, init=False)
        self.reload()

    def focus(self, scroll_visible: bool = True) -> SelfCarePane:
        """Focusing the pane focuses its list."""
        self.query_one(OptionList).focus(scroll_visible)
        return self

    def focus_pane(self) -> None:
        """The home screen's ``2``/``3`` keys land here."""
        self.focus()

    def on_resize(self) -> None:
        if self.day is not None and (self.size.width < WIDE) != self._narrow:
            self.reload()
        self._show_key()

    def _show_key(self) -> None:
        """The strip's legend on the border and the rest of the key under the list, fitted to the width."""
        legend, key = pane_key(self.size.width)
        self.border_subtitle = None if self.has_class("-empty") else Content(legend)
        update(self.query_one("#selfcare-key", Static), Content(key))

    def _on_revision(self, _revision: int) -> None:
        self.reload()

    @property
    def today(self) -> date:
        return self.journal.today

    @reads
    def reload(self) -> None:
        """Read the day's items and marks (a bounded window) and show them, keeping the highlight."""
        today = self.today
        day = min(self.day or today, today)
        self.day = day
        db = self.journal.db
        items = store.list_items(db)
        self._items = {item.id: item for item in items}
        self._marks = store.marks_between(db, day - timedelta(days=STRIP_DAYS - 1), day)
        streaks = {item.id: store.item_streak(db, item, today) for item in items}
        self._streaks = streaks
        self.border_title = Content(f"Self-care · {day_title(day, today)}")
        self._narrow = self.size.width < WIDE
        self.set_class(not items, "-empty")
        self._show_key()

        option_list = self.query_one(RowsList)
        keep = option_list.highlighted_option.id if option_list.highlighted_option else None
        scheduled, others = split_for_day(items, day)
        rows = [self._row(item, streaks[item.id]) for item in scheduled]
        if others:
            words = "not scheduled today" if day == today else "not scheduled this day"
            rows.append((words, Option(Content.styled(words, "italic"), id=HEADER_ID, disabled=True)))
            rows += [self._row(item, streaks[item.id]) for item in others]
        option_list.show_rows(rows)
        self.refresh_bindings()
        if keep in self._items:
            option_list.highlighted = option_list.get_option_index(keep)
        elif scheduled or others:
            option_list.highlighted = 0 if scheduled else 1
        self._show_detail()

    def _row(self, item: SelfCareItem, streak: int) -> Row:
        """One activity: box, title (cut to fit), streak and strip; with the data it is drawn from."""
        assert self.day is not None
        mark = self._marks.get((item.id, self.day))
        status = mark.status if mark else None
        noted = bool(mark and mark.note)
        days = strip(item, self._marks, self.day, self.today)
        if self._narrow:
            days = days.replace(" ", "")
        label = streak_label(item, streak)
        title = literal(item.title)
        if status == "skipped":
            title += Content.styled(" (rest)", "italic")
        if noted:
            title += " ✎"
        row = GridRow(
            Cell(Content(BOXES.get(status, "[ ]")), width=3), Cell(title, ratio=1),
            Cell(Content(label), width=5, right=True), Cell(Content(days), width=len(days)),
        )
        return (item.title, status, noted, label, days), Option(row, id=item.id)

    def _current(self) -> SelfCareItem | None:
        option = self.query_one(OptionList).highlighted_option
        return self._items.get(option.id) if option and option.id else None

    def _show_detail(self) -> None:
        """Under the list: the highlighted activity's schedule and the day's note, if any."""
        detail = self.query_one("#selfcare-detail", Static)
        item = self._current()
        if item is None or self.day is None:
            update(detail, "")
            return
        mark = self._marks.get((item.id, self.day))
        streak = self._streaks.get(item.id, 0)
        kept = f"{streak_words(item, streak)} in a row" if streak else "no streak yet"
        text = Content.assemble(("schedule ", "italic"), item.schedule, " · ", ("streak ", "italic"), kept)
        if mark and mark.note:
            text = text + Content("\n✎ ") + literal(mark.note)
        update(detail, text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter toggles too, like space."""
        event.stop()
        self.action_done()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "starter":
            return not self._items
        if action in ("done", "skip", "note", "edit", "archive", "move"):
            return bool(self._items)
        if action == "undo":
            return self._undo is not None
        if action == "day" and parameters == (1,):
            return True if self.day is None or self.day < self.today else None
        return True

    def _written(self) -> None:
        self.journal.data_changed()
        self.refresh_bindings()

    @saves(NOTHING_CHANGED)
    def _set_status(self, status: str) -> None:
        item = self._current()
        if item is None or self.day is None:
            return
        mark = self._marks.get((item.id, self.day))
        new = None if mark and mark.status == status else status
        store.set_mark(self.journal.db, item.id, self.day, new, now=self.journal.clock())
        self._written()

    def action_done(self) -> None:
        self._set_status("done")

    def action_skip(self) -> None:
        self._set_status("skipped")

    def action_day(self, step: int) -> None:
        assert self.day is not None
        self.day = min(self.day + timedelta(days=step), self.today)
        self.reload()
        self.refresh_bindings()

    @saves(NOTHING_CHANGED)
    def action_move(self, offset: int) -> None:
        item = self._current()
        if item is not None:
            store.move_item(self.journal.db, item.id, offset)
            self._written()

    @saves(NOTHING_CHANGED)
    def action_archive(self) -> None:
        item = self._current()
        if item is None:
            return
        db = self.journal.db
        store.archive_item(db, item.id, now=self.journal.clock())
        self._undo = lambda: store.restore_item(db, item.id)
        self.notify(
            f"Archived {clean(item.title)}. Press u to bring it back, or find it later under A.",
            title="Self-care",
            markup=False,
        )
        self._written()

    @saves(NOTHING_CHANGED)
    def action_undo(self) -> None:
        if self._undo is not None:
            self._undo()
            self._undo = None
            self._written()

    def action_archived(self) -> None:
        from supportjournal.ui.screens.archived import SELFCARE, ArchivedScreen

        self.app.push_screen(ArchivedScreen(SELFCARE))

    def action_add(self) -> None:
        from supportjournal.ui.screens.selfcare_form import SelfCareForm

        self.app.push_screen(SelfCareForm(starts_on=self.today), self._form_closed)

    def action_edit(self) -> None:
        from supportjournal.ui.screens.selfcare_form import SelfCareForm

        item = self._current()
        if item is not None:
            self.app.push_screen(SelfCareForm(item, starts_on=self.today), self._form_closed)

    def action_note(self) -> None:
        from supportjournal.ui.screens.selfcare_form import MarkNoteForm

        item = self._current()
        if item is not None and self.day is not None:
            mark = self._marks.get((item.id, self.day))
            self.app.push_screen(MarkNoteForm(item, self.day, mark, day_title(self.day, self.today)), self._form_closed)

    def action_starter(self) -> None:
        from supportjournal.ui.screens.selfcare_starter import StarterForm

        self.app.push_screen(StarterForm(starts_on=self.today), self._form_closed)

    def _form_closed(self, saved: bool | None) -> None:
        if saved:  # the form announced its own write (whoever writes, announces)
            self.refresh_bindings()
