"""The member list: one row per member, keyed by id, those needing attention first."""

from __future__ import annotations

from datetime import date

from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from supportjournal.domain.attention import matches, next_order, short_status, sort_members
from supportjournal.domain.days import NO_CONTACT
from supportjournal.domain.ecomap import STATUS_MARKERS
from supportjournal.domain.models import ContactStatus, Member
from supportjournal.ui.messages import MemberHighlighted, MemberOpened
from supportjournal.ui.render import literal
from supportjournal.ui.widgets.in_place import Row, RowsList, content_key

SHORT_KIND = {
    "family": "family",
    "friend": "friend",
    "colleague": "colleague",
    "professional": "professional",
    "support group": "group",
    "online community": "online",
}
"""Kinds in a word, so the column stays narrow."""
_MARKS = {
    "overdue": (STATUS_MARKERS["overdue"], "$error bold"),
    "due": (STATUS_MARKERS["due"], "$warning bold"),
}
_KIND_WIDTH = 12
_STATUS_WIDTH = 14


def member_row(member: Member, status: ContactStatus | None, today: date, width: int) -> Content:
    """One list row, exactly ``width`` cells: mark, name, kind, contact in words."""
    state = status.state if status else "none"
    mark, mark_style = _MARKS.get(state, (" ", ""))
    words = short_status(status, today) if status else NO_CONTACT
    status_style = {"overdue": "$error", "due": "$warning"}.get(state, "$foreground-muted")
    show_kind = width >= 44
    name_width = max(4, width - 2 - (_KIND_WIDTH + 1 if show_kind else 0) - _STATUS_WIDTH - 1)
    parts: list[Content | tuple[str, str] | str] = [(mark, mark_style), " "]
    parts.append(literal(member.name).truncate(name_width, ellipsis=True, pad=True))
    if show_kind:
        parts.append(" ")
        parts.append((SHORT_KIND.get(member.kind, member.kind).ljust(_KIND_WIDTH), "$foreground-muted"))
    parts.append(" ")
    parts.append(Content.styled(words, status_style).truncate(_STATUS_WIDTH, ellipsis=True))
    return Content.assemble(*parts)


class MemberList(RowsList):
    """Members sorted by who needs attention; ``s`` changes the order."""

    BINDINGS = [
        Binding("enter", "select", "Open", id="members.open", tooltip="Open the selected member", show=False),
        Binding("s", "cycle_sort", "Sort", id="members.sort", tooltip="Sort by attention, ring or name", show=False),
    ]

    order: reactive[str] = reactive("attention", init=False)
    """``attention``, ``ring`` or ``name``."""
    filter_text: reactive[str] = reactive("", init=False)
    """The filter typed after ``/``: words of a name, kind or support."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._members: list[Member] = []
        self._statuses: dict[str, ContactStatus] = {}
        self._today = date.today()
        self._shown: list[Member] = []

    @property
    def member_id(self) -> str | None:
        """The id of the member under the cursor."""
        option = self.highlighted_option
        return option.id if option is not None else None

    @property
    def shown_ids(self) -> list[str]:
        """The ids of the rows, in order (for tests and the review)."""
        return [member.id for member in self._shown]

    def show_members(self, members: list[Member], statuses: dict[str, ContactStatus], today: date) -> None:
        """Show these members, keeping the cursor on the same member where possible."""
        self._members = members
        self._statuses = statuses
        self._today = today
        self._rebuild()

    def select_member(self, member_id: str) -> None:
        """Move the cursor to a member, if shown."""
        try:
            self.highlighted = self.get_option_index(member_id)
        except OptionDoesNotExist:
            pass  # filtered out of the list

    def action_cycle_sort(self) -> None:
        """The next order; the pane's border says which, in place: a toast per press stacked up over the rows."""
        self.order = next_order(self.order)

    def watch_order(self) -> None:
        self._rebuild()

    def watch_filter_text(self) -> None:
        self._rebuild()

    def on_resize(self) -> None:
        self._rebuild()

    def _row_width(self) -> int:
        return max(20, self.scrollable_content_region.width - 1)

    def _rebuild(self) -> None:
        keep = self.member_id
        chosen = [m for m in self._members if matches(m, self.filter_text)] if self.filter_text else self._members
        self._shown = sort_members(chosen, self._statuses, self.order)
        width = self._row_width()
        rows: list[Row] = []
        for m in self._shown:
            prompt = member_row(m, self._statuses.get(m.id), self._today, width)
            rows.append((content_key(prompt), Option(prompt, id=m.id)))
        if not rows and self.filter_text:
            nobody = Content.assemble(("  nobody matches ", "$foreground-muted"), literal(self.filter_text))
            rows.append((content_key(nobody), Option(nobody, disabled=True)))
        self.show_rows(rows)
        if keep is not None and any(m.id == keep for m in self._shown):
            self.highlighted = self.get_option_index(keep)
        elif self._shown:
            self.highlighted = 0
        self.post_message(MemberHighlighted(self.member_id))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(MemberHighlighted(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(MemberOpened(event.option.id))
