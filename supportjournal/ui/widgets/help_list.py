"""What get help lists, in order: the plan's people and services, the network's professionals, the crisis lines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from supportjournal.domain import help_words as words
from supportjournal.domain.channels import channel_text
from supportjournal.domain.help_words import ASK_STEP, PROFESSIONAL_STEP, CrisisLine
from supportjournal.domain.models import Member
from supportjournal.domain.safety_plan import PROFESSIONAL, PlanEntry
from supportjournal.ui.render import literal

MUTED = "$foreground-muted"
INDENT = "    "


def person_content(member: Member) -> Content:
    """A member with every way to reach them, one per line, read from their record as it is now."""
    archived = f" · {words.ARCHIVED_MARK}" if member.archived else ""
    lines = [Content.assemble(literal(member.name).stylize("bold"), (f"  {member.kind}{archived}", MUTED))]
    ways = [channel_text(channel) for channel in member.channels] + ([member.link] if member.link else [])
    lines += [Content.assemble(INDENT, literal(way)) for way in ways] or [Content.styled(INDENT + words.NO_CHANNELS, MUTED)]
    return Content("\n").join(lines)


def entry_content(entry: PlanEntry) -> Content:
    """A line of the plan: the member in full, or the person's own words."""
    return person_content(entry.member) if entry.member is not None else literal(entry.text)


def crisis_content(line: CrisisLine) -> Content:
    """``Samaritans  UK and Ireland`` over how to reach it and, muted, where the number comes from."""
    head = Content.assemble(literal(line.name).stylize("bold"), ("  ", ""), literal(line.region).stylize(MUTED))
    parts = [head]
    if line.contact:
        parts.append(Content.assemble(INDENT, literal(line.contact)))
    if line.source:
        parts.append(Content.assemble((INDENT + "source: ", MUTED), literal(line.source).stylize(MUTED)))
    return Content("\n").join(parts)


def heading(text: str) -> Option:
    """A section's heading: not selectable, so the arrows pass over it."""
    return Option(Content.styled(text, "bold $primary"), disabled=True)


@dataclass(frozen=True)
class HelpItem:
    """One selectable row of get help: the member it is (``None`` for text or a crisis line), and how it reads."""

    member: Member | None
    content: Content


def help_items(entries: Iterable[PlanEntry], members: Iterable[Member], lines: Iterable[CrisisLine]) -> list[HelpItem | str]:
    """Get help's rows in order; a ``str`` is a section heading.

    The plan's people to ask and its services come first, then professionals of the network not
    already listed, then the crisis lines with the note to check the local number.
    """
    entries = list(entries)
    rows: list[HelpItem | str] = []
    listed: set[str] = set()
    for step, title in ((ASK_STEP, words.PLAN_PEOPLE_HEADING), (PROFESSIONAL_STEP, words.PLAN_SERVICES_HEADING)):
        in_step = [entry for entry in entries if entry.step == step]
        if in_step:
            rows.append(title)
            rows += [HelpItem(entry.member, entry_content(entry)) for entry in in_step]
            listed.update(entry.member.id for entry in in_step if entry.member is not None)
    if not entries:
        rows += [words.PLAN_HEADING, HelpItem(None, Content.styled(words.NO_PLAN_YET, MUTED))]
    professionals = [m for m in members if m.kind == PROFESSIONAL and m.id not in listed and not m.archived]
    if professionals:
        rows.append(words.PROFESSIONALS_HEADING)
        rows += [HelpItem(member, person_content(member)) for member in professionals]
    rows.append(words.CRISIS_HEADING)
    rows += [HelpItem(None, crisis_content(line)) for line in lines] or [HelpItem(None, Content.styled(words.NO_CRISIS_LINES, MUTED))]
    rows.append(HelpItem(None, Content.styled(words.CHECK_LOCAL, MUTED)))
    return rows


class HelpList(OptionList):
    """Get help's one list: headings pass by, every person, service and line can be highlighted."""

    DEFAULT_CSS = """
    HelpList {
        height: 1fr;
        border: none;
        padding: 0 1;
        background: $background;
        &:focus { border: none; }
        & > .option-list--option-disabled { color: $primary; }
    }
    """

    def show(self, rows: list[HelpItem | str]) -> None:
        """Replace the rows, keeping the highlight where it was when it can."""
        highlighted = self.highlighted
        self.members: dict[str, Member] = {}
        """Option ids of rows that are a member of the network, and who."""
        options: list[Option | None] = []
        for index, row in enumerate(rows):
            if isinstance(row, str):
                options += [None, heading(row)] if options else [heading(row)]
                continue
            option_id = f"row-{index}"
            if row.member is not None:
                self.members[option_id] = row.member
            options.append(Option(row.content, id=option_id))
        self.set_options(options)
        enabled = [i for i, option in enumerate(self.options) if not option.disabled]
        if enabled:
            self.highlighted = highlighted if highlighted in enabled else enabled[0]

    @property
    def member(self) -> Member | None:
        """The highlighted member, or ``None`` when the row is text or a crisis line."""
        option = self.highlighted_option
        return self.members.get(option.id or "") if option is not None else None
