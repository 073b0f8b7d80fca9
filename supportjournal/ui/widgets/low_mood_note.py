"""The home screen's calm note when recent check-ins have been low: who to reach, and the keys to do it."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from supportjournal import store
from supportjournal.domain import help_words as words
from supportjournal.domain.models import Member
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reads
from supportjournal.ui.render import clean
from supportjournal.ui.widgets.in_place import update


def note_content(people: list[Member], professional: Member | None) -> Content:
    """The note's two lines: who might be good to reach, then its keys (names shown as typed)."""
    to = words.reach_out_words([clean(m.name) for m in people], clean(professional.name) if professional else None)
    sentence = words.LOW_MOOD_NOTE.format(to=to) if to else words.LOW_MOOD_NOBODY
    return Content.assemble(Content(sentence), "\n", (words.LOW_MOOD_KEYS, "$foreground-muted"))


class LowMoodNote(JournalNode, Static):
    """Shown on home while recent check-ins meet the low-mood rule, unless put away for today."""

    DEFAULT_CSS = """
    LowMoodNote {
        height: auto;
        margin: 0 1;
        padding: 0 1;
        border-left: outer $accent;
        background: $boost;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.people: list[Member] = []
        """Who the note names, best first (the professional last)."""
        self.display = False

    def on_mount(self) -> None:
        self.watch(self.app, "revision", self.reload)

    @reads
    def reload(self, _revision: int = 0) -> None:
        """Show the note if the rule holds today and it was not put away today; else hide it."""
        db, today = self.journal.db, self.journal.today
        named = None if store.low_mood_dismissed(db, today) else store.low_mood_people(db, today)
        shown = named is not None
        if named is not None:
            people, professional = named
            self.people = [*people, *([professional] if professional else [])]
            update(self, note_content(people, professional))
        if shown != self.display:
            self.display = shown
            self.screen.refresh_bindings()  # its keys show in the footer only while it is there
