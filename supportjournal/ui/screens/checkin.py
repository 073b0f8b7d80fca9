"""The quick check-in: mood, who you were in touch with and which way support went, a note."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from supportjournal import store
from supportjournal.domain.days import day_label
from supportjournal.domain.directions import DIRECTION_WORDS
from supportjournal.domain.models import DIRECTIONS, CheckIn, Member
from supportjournal.domain.names import suggested
from supportjournal.domain.validation import Checks, ValidationError, clean_note
from supportjournal.ui.forms import FormScreen, field, show_errors
from supportjournal.ui.guard import reading
from supportjournal.ui.render import literal, styled
from supportjournal.ui.widgets.mood_picker import MoodPicker
from supportjournal.ui.widgets.text_fields import SafeInput

MAX_MATCHES = 20
FIELDS = ("checkin-mood", "checkin-who", "checkin-note")
"""What Tab moves between, in order; the chosen names are reached with the arrows, never by Tab."""
WHO_KEYS = "↑↓ pick a chosen name · ctrl+t which way support went · Backspace in an empty box removes it"


def matching(members: list[Member], text: str) -> list[Member]:
    """Members whose name starts with ``text``, then those with a word or part that does.

    Args:
        members: The candidates, in display order.
        text: What was typed (any case).

    Returns:
        At most ``MAX_MATCHES`` members, best matches first.
    """
    return suggested(members, text, lambda member: member.name, MAX_MATCHES)


class NameBox(SafeInput):
    """The type-ahead for names; Backspace with nothing typed asks to remove the highlighted chosen name."""

    class EmptyBackspace(Message):
        """Backspace was pressed in the empty name box."""

    def action_delete_left(self) -> None:
        if self.value:
            super().action_delete_left()
        else:
            self.post_message(self.EmptyBackspace())


class CheckInScreen(FormScreen[CheckIn | None]):
    """Record how you feel and who you were in touch with, in a handful of keys.

    Tab, and the keys that change which way support went, are priority bindings: they act the
    moment they arrive, so keys typed in one burst (over a slow ssh link) land in the field they
    were meant for rather than the one focused before.
    """

    BINDINGS = [
        Binding("enter", "save", "Save", id="checkin.save", show=False),
        Binding("tab", "next_field(1)", "Next field", show=False, priority=True),
        Binding("shift+tab", "next_field(-1)", "Previous field", show=False, priority=True),
        Binding("ctrl+t", "which_way", "Which way support went", id="checkin.direction", priority=True),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
    ]
    save_label = "Save (Enter)"
    cancel_result = None
    focus_first = "#checkin-mood"

    def __init__(self) -> None:
        super().__init__()
        self.members: dict[str, Member] = {}
        """Active members by id, read once when the modal opens."""
        self.chosen: dict[str, str] = {}
        """Chosen member ids and which way support went, in the order they were chosen."""

    def compose_fields(self) -> ComposeResult:
        dim = "  [dim]$hint[/dim]"
        yield field(styled("How are you feeling?" + dim, hint="(1–10; 0 is 10)"), "checkin-mood", MoodPicker(id="checkin-mood"))
        # The chosen names are shown, not focused: Tab goes on to the note, and typing never changes them.
        chosen = OptionList(id="checkin-chosen")
        chosen.can_focus = False
        who = (NameBox(placeholder="type a name, Enter adds", id="checkin-who"), OptionList(id="checkin-matches"), chosen)
        yield field(styled("Who were you in touch with?" + dim, hint="(optional)"), "checkin-who", who, WHO_KEYS)
        yield field(styled("Note" + dim, hint="(optional)"), "checkin-note", SafeInput(placeholder="one line", id="checkin-note"))

    def on_mount(self) -> None:
        # (FormScreen.on_mount runs too, after this: Textual calls each class's handler.)
        now = self.journal.clock()
        self.query_one(".form").border_title = f"Check-in · {day_label(now.date())}, {now:%H:%M}"
        with reading(self):  # unread, the check-in still takes a mood and a note
            self.members = {member.id: member for member in store.list_members(self.journal.db)}
        self.query_one("#checkin-matches").display = False
        self.query_one("#checkin-chosen").display = False

    # -- moving about ----------------------------------------------------------------------

    def action_next_field(self, step: int) -> None:
        focused = self.focused.id if self.focused else None
        index = FIELDS.index(focused) if focused in FIELDS else -step
        self.set_focus(self.query_one(f"#{FIELDS[(index + step) % len(FIELDS)]}"))

    def action_move(self, step: int) -> None:
        """Up and down: through the matches while a name is typed, else through the chosen names."""
        if self.focused is not self.query_one("#checkin-who") and self.focused is not self.query_one("#checkin-note"):
            return
        matches = self.query_one("#checkin-matches", OptionList)
        target = matches if matches.display else self.query_one("#checkin-chosen", OptionList)
        target.action_cursor_down() if step > 0 else target.action_cursor_up()

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
            show_errors(self, {})
        else:
            unknown = "no member by that name" if self.members else "no members yet: add them from home (a)"
            show_errors(self, {"checkin-who": unknown})

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the name box adds the highlighted match (or saves, with nothing typed); in the note it saves."""
        event.stop()
        event.prevent_default()  # instead of the form's own handler, which always saves
        matches = self.query_one("#checkin-matches", OptionList)
        # The box as it is now, not as it was when Enter was pressed: a second Enter typed before
        # the first was handled finds the name already added and the box empty, and saves.
        if event.input.id == "checkin-who" and event.input.value.strip():
            option = matches.highlighted_option if matches.display else None
            if option is not None:
                self.choose(option.id or "")
            return
        self.action_save()

    @on(OptionList.OptionSelected, "#checkin-matches")
    def _clicked_match(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.choose(event.option.id or "")

    @on(OptionList.OptionSelected, "#checkin-chosen")
    def _clicked_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a click only picks the name; the keys in the hint change it

    @on(NameBox.EmptyBackspace)
    def _remove_highlighted(self) -> None:
        option = self.query_one("#checkin-chosen", OptionList).highlighted_option
        if option is not None:
            self.chosen.pop(option.id or "", None)
            self._show_chosen()

    def choose(self, member_id: str) -> None:
        """Add a member to the check-in and clear the type-ahead for the next name."""
        self.chosen.setdefault(member_id, "none")
        self._show_chosen(highlight=member_id)
        self.query_one("#checkin-who", Input).clear()

    def action_which_way(self) -> None:
        """The highlighted chosen name: in touch → you gave → you received → both ways → in touch."""
        option = self.query_one("#checkin-chosen", OptionList).highlighted_option
        if option is not None and option.id in self.chosen:
            current = self.chosen[option.id]
            self.chosen[option.id] = DIRECTIONS[(DIRECTIONS.index(current) + 1) % len(DIRECTIONS)]
            self._show_chosen(highlight=option.id)

    def _show_chosen(self, highlight: str | None = None) -> None:
        chosen = self.query_one("#checkin-chosen", OptionList)
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

    def save(self) -> CheckIn:
        mood = self.query_one(MoodPicker).mood
        note = self.query_one("#checkin-note", Input).value
        checks = Checks()
        if mood is None:
            checks.errors.append(ValidationError("checkin-mood", "pick a mood: a digit 1–9, or 0 for 10"))
        checks.run(clean_note, note, field="checkin-note")
        checks.done()
        assert mood is not None
        now = self.journal.clock()
        contacts = [store.Contact(mid, how) for mid, how in self.chosen.items()]
        try:
            checkin = store.record_checkin(self.journal.db, mood, now, contacts=contacts, note=note, now=now)
        except ValidationError as error:
            raise ValidationError(f"checkin-{error.field}" if error.field in ("mood", "note") else "checkin-who", error.message) from None
        except store.StoreError as error:  # someone chosen was archived meanwhile
            raise ValidationError("checkin-who", str(error)) from None
        self.app.notify(self._confirmation(checkin), title="Checked in", markup=False)
        return checkin

    def _confirmation(self, checkin: CheckIn) -> str:
        names = [self.members[mid].name for mid in self.chosen if mid in self.members]
        if not names:
            return f"Mood {checkin.mood}."
        together = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f"Mood {checkin.mood}, in touch with {together}."
