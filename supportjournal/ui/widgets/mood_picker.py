"""A calm row of the ten moods: digits pick one at once (``0`` is 10), arrows move along."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

MOODS = range(1, 11)
START = 5
"""Where the arrows begin when no mood is picked yet."""


class MoodPicker(Widget, can_focus=True):
    """Mood from 1 to 10, picked with a digit or the arrow keys."""

    DEFAULT_CSS = """
    MoodPicker {
        height: 1;
        width: 40;
    }
    MoodPicker:focus {
        background: $boost;
    }
    """

    BINDINGS = [
        Binding("left,down", "step(-1)", "Lower mood", show=False, id="mood.lower"),
        Binding("right,up", "step(1)", "Higher mood", show=False, id="mood.higher"),
    ]

    mood: reactive[int | None] = reactive(None)
    """The picked mood, or ``None`` before one is picked."""

    def render(self) -> Content:
        parts: list[str | tuple[str, str]] = []
        for value in MOODS:
            cell = f"{value:^4}"
            parts.append((cell, "reverse bold") if value == self.mood else cell)
        return Content.assemble(*parts)

    def action_step(self, delta: int) -> None:
        if self.mood is None:
            self.mood = START
        else:
            self.mood = max(1, min(10, self.mood + delta))

    def on_key(self, event: events.Key) -> None:
        if event.character is not None and event.character.isdigit() and event.character.isascii():
            event.stop()
            event.prevent_default()
            self.mood = int(event.character) or 10

    def on_click(self, event: events.Click) -> None:
        index = event.x // 4
        if 0 <= index < 10:
            self.mood = index + 1
