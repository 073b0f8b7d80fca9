"""Beside the journal editor: the day's check-ins and moods, and the reflection prompts."""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from supportjournal.domain.directions import DIRECTION_WORDS
from supportjournal.domain.journal import PROMPTS, mood_bar
from supportjournal.domain.models import CheckIn
from supportjournal.ui.render import literal
from supportjournal.ui.widgets.steady_scrollbars import SteadyScrollbars

def checkins_content(checkins: list[CheckIn], *, is_today: bool) -> Content:
    """The day's check-ins: time and mood, who you were in touch with, the note.

    Args:
        checkins: The day's check-ins, oldest first.
        is_today: Whether to suggest checking in when there is none.

    Returns:
        Content with every name and note shown exactly as typed.
    """
    if not checkins:
        hint = "\n\nEsc, then c, to check in." if is_today else ""
        return Content.styled(f"No check-in on this day.{hint}", "$foreground-muted")
    lines: list[Content] = []
    for checkin in checkins:
        lines.append(
            Content.assemble(
                (f"{checkin.at:%H:%M}  ", "$foreground-muted"),
                (mood_bar(checkin.mood), "$accent"),
                (f" mood {checkin.mood}", "bold"),
            )
        )
        for contact in checkin.interactions:
            how = DIRECTION_WORDS.get(contact.direction, "")
            lines.append(
                Content.assemble(
                    "  ", literal(contact.member_name), (f"  {how}" if how else "", "italic $foreground-muted")
                )
            )
        if checkin.note:
            lines.append(Content.assemble("  ", literal(checkin.note).stylize("italic")))
    return Content("\n").join(lines)


class DayCheckins(Static):
    """The check-ins and moods of the open day."""

    def show_day(self, day: date, checkins: list[CheckIn], today: date) -> None:
        self.update(checkins_content(checkins, is_today=day == today))


class PromptList(SteadyScrollbars, OptionList):
    """The article's reflection prompts; Enter puts one into the entry."""

    def on_mount(self) -> None:
        self.set_options(Option(Content(prompt), id=f"prompt-{n}") for n, prompt in enumerate(PROMPTS))
        self.highlighted = 0

    @staticmethod
    def prompt_of(option: Option) -> str:
        return PROMPTS[int((option.id or "prompt-0").removeprefix("prompt-"))]
