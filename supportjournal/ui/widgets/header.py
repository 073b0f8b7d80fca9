"""The header: the app's name, the date, today's mood and the check-in streak."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from supportjournal import store
from supportjournal.store import Queries
from supportjournal.domain.days import day_label
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reads
from supportjournal.ui.widgets.in_place import update


def mood_words(db: Queries, today: date) -> Content:
    """Today's latest mood and the check-in streak, or an invitation to check in."""
    moods = store.moods_between(db, today, today).get(today)  # in the order they were checked in
    streak = store.checkin_streak(db, today)
    parts: list[str | tuple[str, str]] = []
    if moods:
        parts.append(("mood ", "$foreground-muted"))
        parts.append((str(moods[-1]), "bold"))
        parts.append((" today", "$foreground-muted"))
    else:
        parts.append(("no check-in today yet", "$foreground-muted"))
    if streak:
        parts.append(("  ·  ", "$foreground-muted"))
        parts.append((f"{streak}-day", "bold"))
        parts.append((" streak", "$foreground-muted"))
    return Content.assemble(*parts)


class AppHeader(JournalNode, Horizontal):
    """One calm line at the top of a screen; reloads when the data changes."""

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Support Journal", "bold"), id="header-title")
        yield Static("", id="header-date")
        yield Static("", id="header-mood")

    def on_mount(self) -> None:
        self.watch(self.app, "revision", self.reload)

    @reads
    def reload(self, _revision: int = 0) -> None:
        """Show today's date, mood and streak as they are now."""
        journal = self.journal
        today = journal.today
        date_text = day_label(today, year=True)
        if journal.demo:
            date_text += "  ·  demo"
        update(self.query_one("#header-date", Static), date_text)
        update(self.query_one("#header-mood", Static), mood_words(journal.db, today))
