"""The crisis lines get help shows: add, change, remove (u puts back) and reorder, each change kept at once."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.domain import help_words as words
from supportjournal.domain.help_words import CrisisLine
from supportjournal.ui.context import JournalNode
from supportjournal.ui.forms import FormScreen, field
from supportjournal.ui.guard import NOTHING_CHANGED, reads, saving
from supportjournal.ui.render import literal
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.screens.confirm import ConfirmScreen
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader
from supportjournal.ui.widgets.help_list import crisis_content
from supportjournal.ui.widgets.text_fields import SafeInput


class CrisisLineForm(FormScreen[CrisisLine | None]):
    """One crisis line's fields; it closes with the line as typed (the list screen keeps it)."""

    cancel_result = None
    writes = False  # the list screen writes the whole list, and announces it
    focus_first = "#name"

    def __init__(self, line: CrisisLine | None = None) -> None:
        super().__init__()
        self.line = line or CrisisLine("")
        self.form_title = words.LINE_FORM_TITLE if line is None else literal(line.name)

    def compose_fields(self) -> ComposeResult:
        line = self.line
        yield field("Name", "name", SafeInput(line.name, id="name", placeholder="Lifeline"))
        yield field("Where it answers", "region", SafeInput(line.region, id="region", placeholder="Australia"))
        yield field("How to reach it", "contact", SafeInput(line.contact, id="contact", placeholder="call 13 11 14"))
        yield field("Source", "source", SafeInput(line.source, id="source", placeholder="lifeline.org.au"),
                    words.LINE_SOURCE_HINT)

    def save(self) -> CrisisLine:
        values = {name: self.query_one(f"#{name}", Input).value for name in ("name", "region", "contact", "source")}
        return store.clean_crisis_line(**values)


class CrisisLinesScreen(JournalNode, LaidOutOnce, Screen[None]):
    """The person's crisis lines, in the order get help shows them."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="lines.back"),
        Binding("a", "add", "Add", id="lines.add", tooltip="Add a crisis line"),
        Binding("e", "edit", "Edit", id="lines.edit", tooltip="Change the highlighted line"),
        Binding("x,delete", "remove", "Remove", id="lines.remove", tooltip="Remove the highlighted line (u puts it back)"),
        Binding("u", "undo", "Put back", id="lines.undo", show=False, tooltip="Put back the line removed last"),
        Binding("K,shift+up", "move(-1)", "Move up", id="lines.up", show=False),
        Binding("J,shift+down", "move(1)", "Move down", id="lines.down", show=False),
        Binding("D", "defaults", "Default list", id="lines.defaults", show=False,
                tooltip="Bring back the default list (asks first)"),
    ]
    DEFAULT_CSS = """
    #lines-intro { padding: 0 2; margin: 1 0; color: $foreground-muted; }
    #lines-list { height: 1fr; border: none; padding: 0 1; background: $background; }
    #lines-list:focus { border: none; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[CrisisLine] = []
        """The lines as kept, in order."""
        self.removed: list[tuple[int, CrisisLine]] = []
        """Lines removed while the screen is open, with where they stood; u puts the last back."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        intro = Content.assemble((words.LINES_TITLE, "bold $primary"), "\n", words.LINES_INTRO, "\n", words.CHECK_LOCAL)
        yield Static(intro, id="lines-intro")
        yield OptionList(id="lines-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(OptionList).focus()

    @reads
    def reload(self, highlight: int | None = None) -> None:
        self.lines = store.crisis_lines(self.journal.db)
        self.show(highlight)

    def show(self, highlight: int | None = None) -> None:
        listing = self.query_one(OptionList)
        index = listing.highlighted if highlight is None else highlight
        listing.set_options(Option(crisis_content(line)) for line in self.lines)
        if not self.lines:
            listing.add_option(Option(Content.styled(words.NO_CRISIS_LINES, "$foreground-muted"), disabled=True))
        elif index is not None:
            listing.highlighted = max(0, min(index, len(self.lines) - 1))

    def keep(self, lines: list[CrisisLine], highlight: int | None = None) -> bool:
        """Write the whole list; on success show it, else leave it as it was (the guard says why)."""
        with saving(self, NOTHING_CHANGED):
            store.set_crisis_lines(self.journal.db, lines)
            self.lines = lines
            self.journal.data_changed()
            self.show(highlight)
            return True
        return False

    def _index(self) -> int | None:
        index = self.query_one(OptionList).highlighted
        return index if index is not None and index < len(self.lines) else None

    def action_back(self) -> None:
        self.dismiss()

    def action_add(self) -> None:
        def added(line: CrisisLine | None) -> None:
            if line is not None:
                self.keep([*self.lines, line], len(self.lines))

        self.app.push_screen(CrisisLineForm(), added)

    def action_edit(self) -> None:
        index = self._index()
        if index is None:
            return

        def edited(line: CrisisLine | None) -> None:
            if line is not None:
                self.keep([*self.lines[:index], line, *self.lines[index + 1:]], index)

        self.app.push_screen(CrisisLineForm(self.lines[index]), edited)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    def action_remove(self) -> None:
        index = self._index()
        if index is not None:
            line = self.lines[index]
            if self.keep(self.lines[:index] + self.lines[index + 1:], index):
                self.removed.append((index, line))
                self.notify(words.LINE_REMOVED.format(name=literal(line.name).plain), timeout=5, markup=False)

    def action_undo(self) -> None:
        if self.removed:
            index, line = self.removed[-1]
            if self.keep([*self.lines[:index], line, *self.lines[index:]], index):
                self.removed.pop()

    def action_move(self, step: int) -> None:
        index = self._index()
        if index is None:
            return
        target = max(0, min(len(self.lines) - 1, index + step))
        lines = list(self.lines)
        lines.insert(target, lines.pop(index))
        self.keep(lines, target)

    def action_defaults(self) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                with saving(self, NOTHING_CHANGED):
                    store.set_crisis_lines(self.journal.db, None)
                    self.journal.data_changed()
                    self.reload(0)

        self.app.push_screen(ConfirmScreen(Content(words.DEFAULTS_QUESTION), yes="Bring back"), answered)
