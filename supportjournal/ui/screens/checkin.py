"""The quick check-in: mood, who you were in touch with and which way support went, a note."""

from __future__ import annotations

from sqlite_utils import Database
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.domain.days import day_label
from supportjournal.domain.directions import DIRECTION_WORDS
from supportjournal.domain.models import DIRECTIONS, CheckIn, Member
from supportjournal.domain.names import suggested
from supportjournal.domain.validation import ValidationError
from supportjournal.ui.guard import reading, saves
from supportjournal.ui.render import literal, styled
from supportjournal.ui.widgets.mood_picker import MoodPicker
from supportjournal.ui.widgets.text_fields import SafeInput

MAX_MATCHES = 20


def matching(members: list[Member], text: str) -> list[Member]:
    """Members whose name starts with ``text``, then those with a word or part that does.

    Args:
        members: The candidates, in display order.
        text: What was typed (any case).

    Returns:
        At most ``MAX_MATCHES`` members, best matches first.
    """
    return suggested(members, text, lambda member: member.name, MAX_MATCHES)


class ChosenList(OptionList):
    """The members chosen for this check-in; keys set which way support went."""

    BINDINGS = [
        Binding("space,d", "cycle", "Gave / received / both", show=False, id="checkin.cycle"),
        Binding("g", "direct('gave')", "You supported them", show=False, id="checkin.gave"),
        Binding("r", "direct('received')", "They supported you", show=False, id="checkin.received"),
        Binding("b", "direct('both')", "Support both ways", show=False, id="checkin.both"),
        Binding("n", "direct('none')", "Just in touch", show=False, id="checkin.neither"),
        Binding("delete,backspace,x", "drop", "Remove", show=False, id="checkin.remove"),
    ]

    def action_cycle(self) -> None:
        screen = self.screen
        if isinstance(screen, CheckInScreen) and (option := self.highlighted_option):
            current = screen.chosen[option.id or ""]
            screen.set_direction(option.id or "", DIRECTIONS[(DIRECTIONS.index(current) + 1) % 4])

    def action_direct(self, direction: str) -> None:
        screen = self.screen
        if isinstance(screen, CheckInScreen) and (option := self.highlighted_option):
            screen.set_direction(option.id or "", direction)

    def action_drop(self) -> None:
        screen = self.screen
        if isinstance(screen, CheckInScreen) and (option := self.highlighted_option):
            screen.drop(option.id or "")


class CheckInScreen(ModalScreen[CheckIn | None]):
    """Record how you feel and who you were in touch with, in a handful of keys."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="checkin.cancel", tooltip="Cancel; nothing is written"),
        Binding("enter", "save", "Save", id="checkin.save"),
        Binding("down", "matches('down')", show=False),
        Binding("up", "matches('up')", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.members: dict[str, Member] = {}
        """Active members by id, read once when the modal opens."""
        self.chosen: dict[str, str] = {}
        """Chosen member ids and which way support went, in the order they were chosen."""

    def compose(self) -> ComposeResult:
        with Vertical(id="checkin"):
            yield Label("How are you feeling?  [dim](1–10; 0 is 10)[/dim]", classes="checkin-label")
            yield MoodPicker(id="checkin-mood")
            yield Static(id="checkin-mood-error", classes="checkin-error")
            yield Label("Who were you in touch with?  [dim](optional)[/dim]", classes="checkin-label")
            yield SafeInput(placeholder="type a name, Enter adds", id="checkin-who")
            yield OptionList(id="checkin-matches")
            yield ChosenList(id="checkin-chosen")
            yield Static(id="checkin-who-error", classes="checkin-error")
            yield Label("Note  [dim](optional)[/dim]", classes="checkin-label")
            yield SafeInput(placeholder="one line", id="checkin-note")
            yield Static(id="checkin-note-error", classes="checkin-error")
            yield Static(
                "[b]Enter[/b] save · [b]Tab[/b] next · [b]Esc[/b] cancel\n"
                "on a chosen name: [b]space[/b] gave/received/both · [b]x[/b] remove",
                id="checkin-keys",
            )

    def on_mount(self) -> None:
        now = self.app.clock()  # type: ignore[attr-defined]
        self.query_one("#checkin").border_title = f"Check-in · {day_label(now)}, {now:%H:%M}"
        with reading(self):  # unread, the check-in still takes a mood and a note
            self.members = {member.id: member for member in store.list_members(self._db)}
        for error in self.query(".checkin-error"):
            error.display = False
        self.query_one("#checkin-matches").display = False
        self.query_one("#checkin-chosen").display = False
        self.query_one(MoodPicker).focus()

    @property
    def _db(self) -> Database:
        return self.app.db  # type: ignore[attr-defined]

    # -- choosing members ------------------------------------------------------------------

    @on(Input.Changed, "#checkin-who")
    def _filter(self, event: Input.Changed) -> None:
        candidates = [m for m in self.members.values() if m.id not in self.chosen]
        found = matching(candidates, event.value)
        matches = self.query_one("#checkin-matches", OptionList)
        matches.set_options(Option(literal(m.name), id=m.id) for m in found)
        matches.display = bool(found)
        if found:
            matches.highlighted = 0
        if found or not event.value.strip():
            self._show_error("who", "")
        else:
            unknown = "no member by that name" if self.members else "no members yet: add them from home (a)"
            self._show_error("who", unknown)

    def action_matches(self, direction: str) -> None:
        if self.focused is not self.query_one("#checkin-who"):
            return
        matches = self.query_one("#checkin-matches", OptionList)
        if direction == "down":
            matches.action_cursor_down()
        else:
            matches.action_cursor_up()

    @on(Input.Submitted, "#checkin-who")
    def _add_or_save(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.action_save()
            return
        matches = self.query_one("#checkin-matches", OptionList)
        option = matches.highlighted_option if matches.display else None
        if option is not None:
            self.choose(option.id or "")

    @on(OptionList.OptionSelected, "#checkin-matches")
    def _clicked_match(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.choose(event.option.id or "")

    @on(OptionList.OptionSelected, "#checkin-chosen")
    def _enter_on_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_save()

    def choose(self, member_id: str) -> None:
        """Add a member to the check-in and clear the type-ahead for the next name."""
        self.chosen.setdefault(member_id, "none")
        self._show_chosen(highlight=member_id)
        who = self.query_one("#checkin-who", Input)
        who.clear()
        who.focus()

    def set_direction(self, member_id: str, direction: str) -> None:
        self.chosen[member_id] = direction
        self._show_chosen(highlight=member_id)

    def drop(self, member_id: str) -> None:
        self.chosen.pop(member_id, None)
        self._show_chosen()
        if not self.chosen:
            self.query_one("#checkin-who").focus()

    def _show_chosen(self, highlight: str | None = None) -> None:
        chosen = self.query_one(ChosenList)
        index = chosen.highlighted
        chosen.set_options(
            Option(styled("$name  [dim i]$how[/]", name=self.members[mid].name, how=DIRECTION_WORDS[how]), id=mid)
            for mid, how in self.chosen.items()
        )
        chosen.display = bool(self.chosen)
        if highlight is not None:
            chosen.highlighted = list(self.chosen).index(highlight)
        elif self.chosen:
            chosen.highlighted = min(index or 0, len(self.chosen) - 1)

    # -- saving ----------------------------------------------------------------------------

    @on(Input.Submitted, "#checkin-note")
    def _submit_note(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @saves()
    def action_save(self) -> None:
        for field in ("mood", "who", "note"):
            self._show_error(field, "")
        mood = self.query_one(MoodPicker).mood
        if mood is None:
            self._show_error("mood", "pick a mood: a digit 1–9, or 0 for 10")
            self.query_one(MoodPicker).focus()
            return
        now = self.app.clock()  # type: ignore[attr-defined]
        contacts = [store.Contact(mid, how) for mid, how in self.chosen.items()]
        note = self.query_one("#checkin-note", Input).value
        try:
            checkin = store.record_checkin(self._db, mood, now, contacts=contacts, note=note, now=now)
        except ValidationError as error:
            self._show_error(error.field if error.field in ("mood", "note") else "who", error.message)
            return
        except store.StoreError as error:
            self._show_error("who", str(error))
            return
        self.app.data_changed()  # type: ignore[attr-defined]
        self.app.notify(self._confirmation(checkin), title="Checked in", markup=False)
        self.dismiss(checkin)

    def _confirmation(self, checkin: CheckIn) -> str:
        names = [self.members[mid].name for mid in self.chosen if mid in self.members]
        if not names:
            return f"Mood {checkin.mood}."
        together = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f"Mood {checkin.mood}, in touch with {together}."

    def _show_error(self, field: str, message: str) -> None:
        error = self.query_one(f"#checkin-{field}-error", Static)
        error.update(literal(message))
        error.display = bool(message)

    def action_cancel(self) -> None:
        self.dismiss(None)
