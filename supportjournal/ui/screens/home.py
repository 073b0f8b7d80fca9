"""The home screen: the network map, today's self-care and the reciprocity ledger at once."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget

from supportjournal import store
from supportjournal.domain.help_words import CHOOSE_PERSON, LOW_MOOD_HIDDEN, LOW_MOOD_NOBODY
from supportjournal.ui import member_actions
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import NOTHING_CHANGED, saving
from supportjournal.ui.screens.choose_person import ChoosePersonScreen
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader
from supportjournal.ui.widgets.low_mood_note import LowMoodNote
from supportjournal.ui.widgets.ledger import LedgerPane
from supportjournal.ui.widgets.network_pane import NetworkPane
from supportjournal.ui.widgets.selfcare import SelfCarePane

PANES = ("network", "selfcare", "ledger")
"""The panes' ids, in the order of the keys 1, 2 and 3 and of Tab."""
NARROW_WIDTH = 96
"""Below this many columns the right-hand panes get narrower and the map shorter."""


class HomeScreen(JournalNode, Screen[None]):
    """The whole support system at a glance."""

    AUTO_FOCUS = "#members"
    """The member list (``action_focus_pane(0)``'s choice when it shows) takes the keyboard first: Textual's default
    focused the network pane and then ``on_mount`` moved it on, and each move restyled the pane's widgets twice over."""

    BINDINGS = [
        Binding("1", "focus_pane(0)", "Network", id="pane.network", show=False),
        Binding("2", "focus_pane(1)", "Self-care", id="pane.selfcare", show=False),
        Binding("3", "focus_pane(2)", "Reciprocity", id="pane.ledger", show=False),
        Binding("tab", "cycle_pane(1)", "Next pane", id="pane.next", show=False),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", id="pane.previous", show=False),
        # The app's keys, named again here (same ids) only to show them in this screen's footer.
        Binding("q", "app.quit", "Quit", id="quit"),
        Binding("c", "app.checkin", "Check-in", id="checkin"),
        Binding("j", "app.journal", "Journal", id="journal"),
        # Shown in the footer where it fits (the app's priority key does the work, before this one).
        Binding("exclamation_mark", "get_help", "Get help", id="get_help", priority=True),
        Binding("o", "reach_out", "Log a contact", id="note.reach", show=False, tooltip="Log a contact with someone the low-mood note names"),
        Binding("d", "dismiss_note", "Not today", id="note.dismiss", show=False, tooltip="Put the low-mood note away for today"),
    ]

    def compose(self) -> ComposeResult:
        self._fit(self.app.size)  # now, before the widgets are styled: a class set later restyles every one
        yield AppHeader()
        yield LowMoodNote(id="low-mood-note")
        with Horizontal(id="panes"):
            yield NetworkPane(id="network")
            with Vertical(id="right"):
                yield SelfCarePane(id="selfcare")
                yield LedgerPane(id="ledger")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.action_focus_pane(0)
        self.watch(self.app, "revision", self._data_changed, init=False)

    def _data_changed(self) -> None:
        # A pane that held the keyboard while empty hands it to its list once the list shows again.
        if self.focused is not None and self.focused.id in PANES:
            self.call_after_refresh(self.action_focus_pane, PANES.index(self.focused.id))

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size)
        self.refresh_bindings()

    def _fit(self, size: Size) -> None:
        self.set_class(size.width < NARROW_WIDTH, "-narrow")
        self.set_class(size.height < 28, "-short")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "get_help":
            return not self.has_class("-narrow")  # the footer is full at 80 columns; ? and the palette list it
        if action in ("reach_out", "dismiss_note"):
            return self.query_one(LowMoodNote).display
        return True

    async def action_get_help(self) -> None:
        await self.app.run_action("get_help")

    def action_reach_out(self) -> None:
        """Log a contact with someone the note names (asking whom, when it names several)."""
        people = self.query_one(LowMoodNote).people
        if len(people) == 1:
            member_actions.log_contact(self, people[0].id)
        elif people:
            self.app.push_screen(ChoosePersonScreen(CHOOSE_PERSON, people),
                                 lambda chosen: member_actions.log_contact(self, chosen) if chosen else None)
        else:
            self.app.notify(LOW_MOOD_NOBODY, markup=False)

    def action_dismiss_note(self) -> None:
        with saving(self, NOTHING_CHANGED):
            store.dismiss_low_mood(self.journal.db, self.journal.today)
            self.journal.data_changed()
            self.app.notify(LOW_MOOD_HIDDEN, timeout=3, markup=False)

    def pane_index(self, widget: Widget | None = None) -> int:
        """Which pane holds ``widget`` (by default the focused one); 0 when none does."""
        widget = widget or self.focused
        if widget is not None:
            for index, pane_id in enumerate(PANES):
                if any(node.id == pane_id for node in widget.ancestors_with_self):
                    return index
        return 0

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        # A list hidden as its pane empties (the last member archived) takes the focus with it;
        # give it to its pane, so the keys of the pane (A, a) still work.
        self.call_after_refresh(self._refocus, self.pane_index(event.widget))

    def _refocus(self, index: int) -> None:
        if self.is_current and self.focused is None:
            self.action_focus_pane(index)

    def pane_target(self, index: int) -> Widget | None:
        """The widget that takes the focus for a pane: its ``focus_target``, its first focusable, or itself.

        An empty pane hides its list, so the pane itself holds the keyboard and its keys (a, s, g…) work.
        """
        pane = self.query_one(f"#{PANES[index]}", Widget)
        chain = self.focus_chain  # only what is shown: a hidden list can't hold the keys
        target = getattr(pane, "focus_target", None)
        if isinstance(target, Widget) and target in chain:
            return target
        inside = next((widget for widget in chain if pane in widget.ancestors), None)
        return inside or (pane if pane.focusable else None)

    def action_focus_pane(self, index: int) -> None:
        """Put the keyboard in a pane (its main list, or its first focusable widget)."""
        target = self.pane_target(index)
        if target is not None:
            self.set_focus(target)  # not target.focus(): a pane's focus() goes to its list, hidden when empty

    def action_cycle_pane(self, step: int) -> None:
        """Move to the next (or previous) pane that can take the focus."""
        start = self.pane_index()
        for offset in range(1, len(PANES)):
            target = self.pane_target((start + step * offset) % len(PANES))
            if target is not None:
                self.set_focus(target)
                return
