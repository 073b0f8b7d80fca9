"""Full-text search over every journal entry (SQLite FTS), with the matching words highlighted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.domain.days import day_label
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reads
from supportjournal.ui.render import clean
from supportjournal.ui.widgets.steady_scrollbars import SteadyScrollbars
from supportjournal.ui.widgets.text_fields import SafeInput

MATCH_STYLE = "bold reverse"
LINE_BREAKS = re.compile(r"[ \t]*\n\s*")
"""A snippet is shown on one line: paragraphs run on, one space apart."""
LIMIT = 50
"""Results shown at most, best first."""


def snippet_content(snippet: str) -> Content:
    """A search snippet as plain text, with the words between the store's markers highlighted.

    Args:
        snippet: Text from ``store.search_entries``; never read as markup.

    Returns:
        Content showing the snippet's text exactly, matches styled.
    """
    parts: list[str | tuple[str, str]] = []
    for number, piece in enumerate(LINE_BREAKS.sub(" ", snippet).split(store.HIGHLIGHT_START)):
        match, end, rest = piece.partition(store.HIGHLIGHT_END) if number else ("", "", piece)
        if end:
            parts.append((clean(match), MATCH_STYLE))
        elif match:
            rest = match  # a start marker without an end: show the text plainly
        if rest:
            parts.append(clean(rest))
    return Content.assemble(*parts)


def hit_prompt(hit: store.SearchHit) -> Content:
    return Content.assemble((day_label(hit.day, year=True), "bold $primary"), "\n", snippet_content(hit.snippet))


class ResultList(SteadyScrollbars, OptionList):
    """The days found, best first."""


class JournalSearch(JournalNode, Vertical):
    """A search box and its results; Enter on a result opens that day."""

    BINDINGS = [Binding("down", "results", show=False)]

    @dataclass
    class DayChosen(Message):
        """A search result was chosen."""

        day: date
        """The day to open."""

    def compose(self) -> ComposeResult:
        yield SafeInput(placeholder="search every entry", id="journal-search-input")
        yield Static(id="journal-search-status")
        yield ResultList(id="journal-results")

    def start(self) -> None:
        """Show the box, ready for typing (keeping the last search)."""
        search = self.query_one(Input)
        search.focus()
        search.select_all()

    @on(Input.Changed)
    @reads
    def _search(self, event: Input.Changed) -> None:
        hits = store.search_entries(self.journal.db, event.value, limit=LIMIT)
        results = self.query_one(OptionList)
        options: list[Option | None] = []
        for hit in hits:
            if options:
                options.append(None)  # a rule between results
            options.append(Option(hit_prompt(hit), id=hit.day.isoformat()))
        results.set_options(options)
        if hits:
            results.highlighted = 0
        status = self.query_one("#journal-search-status", Static)
        if not event.value.strip():
            status.update("Type words to find; Enter opens the day.")
        elif not hits:
            status.update("Nothing found.")
        else:
            more = "+" if len(hits) == LIMIT else ""
            status.update(f"{len(hits)}{more} day{'s' * (len(hits) != 1)} · best first")

    def action_results(self) -> None:
        results = self.query_one(OptionList)
        if results.option_count:
            results.focus()

    @on(Input.Submitted)
    def _open_best(self, event: Input.Submitted) -> None:
        event.stop()
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id:
            self.post_message(self.DayChosen(date.fromisoformat(option.id)))

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.DayChosen(date.fromisoformat(event.option.id)))
