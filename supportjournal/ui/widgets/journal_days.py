"""The list of journal days, newest first, each with its mood at a glance; read a page at a time."""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.domain.days import day_label
from supportjournal.domain.journal import day_mood, mood_bar
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reading, reads
from supportjournal.ui.widgets.steady_scrollbars import SteadyScrollbars

PAGE = 60
"""Days read per query: the list never loads the whole journal at once."""


def day_prompt(day: date, moods: list[int]) -> Content:
    """One row: the day, and its mood as a bar and a number (a dot without a check-in)."""
    mood = day_mood(moods)
    if mood is None:
        return Content.assemble(f"{day_label(day):<10} ", ("  ·", "$foreground-muted"))
    return Content.assemble(f"{day_label(day):<10} ", (mood_bar(mood), "$accent"), f"{mood:>2}")


class DayList(JournalNode, SteadyScrollbars, OptionList):
    """Journal days with an entry, newest first, plus today; more are read as you scroll down."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.days: list[date] = []
        """The days listed, newest first."""
        self._complete = False

    @reads
    def reload(self, today: date, current: date | None = None) -> None:
        """Read again the days already listed (at least a page), keeping the highlight.

        Args:
            today: Always listed first, written or not.
            current: The open day, highlighted when listed.
        """
        db = self.journal.db
        wanted = max(PAGE, len(self.days))
        found = store.entry_days(db, before=today, limit=wanted)
        self._complete = len(found) < wanted
        self.days = []
        self.clear_options()
        self._add([today, *found])
        self.show_day(current or today)

    def _more(self) -> bool:
        """Read the next page of days; False when there is none, or it can't be read now."""
        if self._complete or not self.days:
            return False
        with reading(self) as read:
            found = store.entry_days(self.journal.db, before=self.days[-1], limit=PAGE)
            self._complete = len(found) < PAGE
            self._add(found)
        return not read.failed

    def _add(self, days: list[date]) -> None:
        if not days:
            return
        moods = store.moods_between(self.journal.db, days[-1], days[0])
        options: list[Option] = []
        previous = self.days[-1] if self.days else None
        for day in days:
            if previous is not None and previous.year != day.year:
                year = Content.styled(f"── {day.year} ──", "$foreground-muted")
                options.append(Option(year, disabled=True))
            options.append(Option(day_prompt(day, moods.get(day, [])), id=day.isoformat()))
            previous = day
        self.days.extend(days)
        self.add_options(options)

    def show_day(self, day: date) -> None:
        """Highlight ``day`` if it is listed (reading further pages while it is older than the list)."""
        while self.days and day < self.days[-1] and self._more():
            pass
        if day in self.days:
            self.highlighted = self.get_option_index(day.isoformat())

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if highlighted is not None and highlighted >= self.option_count - 5:
            self._more()
