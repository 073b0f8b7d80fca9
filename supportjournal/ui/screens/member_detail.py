"""One member in full: every field that holds something, contact in words, and one history of contacts and support."""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from supportjournal import store
from supportjournal.store import Queries
from supportjournal.domain.cadence import contact_status
from supportjournal.domain.channels import channel_text
from supportjournal.domain.days import day_label
from supportjournal.domain.directions import DIRECTION_WORDS
from supportjournal.domain.models import Interaction, Member
from supportjournal.ui import member_actions
from supportjournal.ui.context import JournalNode
from supportjournal.ui.guard import reads
from supportjournal.ui.render import literal
from supportjournal.ui.screen_layout import LaidOutOnce
from supportjournal.ui.screens.member_form import RING_WORDS
from supportjournal.ui.widgets.footer import KeysFooter
from supportjournal.ui.widgets.header import AppHeader

HISTORY_LIMIT = 20
"""Rows of history shown per section; the detail never loads a whole history."""
LEDGER_WINDOW_DAYS = 90
MUTED = "$foreground-muted"


def rating_dots(value: int | None) -> Content:
    """``●●●○○ 3/5``, or "not rated"; the number is there for screen readers and NO_COLOR."""
    if value is None:
        return Content.styled("not rated", MUTED)
    return Content.assemble(("●" * value, "$accent"), ("○" * (5 - value), MUTED), f" {value}/5")


def interaction_line(item: Interaction) -> Content:
    """A history row: day, channel, direction, support, note."""
    parts: list[Content | str | tuple[str, str]] = [(day_label(item.day, year=True).ljust(17), MUTED)]
    parts.append(DIRECTION_WORDS.get(item.direction, item.direction))
    if item.weight > 1:
        parts.append(f" ×{item.weight}")
    for extra in (item.support, item.channel):
        if extra:
            parts.append((f" · {extra}", MUTED))
    if item.note:
        parts.extend([(" — ", MUTED), literal(item.note)])
    return Content.assemble(*parts)


def member_sections(member: Member, db: Queries, today: date) -> list[tuple[str, Content]]:
    """The detail as (heading, body) pairs: each field once, and only the fields that hold something.

    The cadence is in the contact line ("you wanted every month"), and ledger entries are in the one
    history under the tally, so nothing is shown twice; an empty field has no heading.
    """
    last = store.last_contacts(db).get(member.id)
    status = contact_status(member.cadence, last, today)
    status_line = Content(status.words)
    if status.state == "overdue":
        status_line = Content.assemble(("overdue: ", "$error bold"), status.words)
    elif status.state == "due":
        status_line = Content.assemble(("due: ", "$warning bold"), status.words)
    rated = [name for name in ("empathy", "reliability", "availability") if getattr(member, name) is not None]
    fit = Content("\n").join(Content.assemble(f"{name:<13}", rating_dots(getattr(member, name))) for name in rated)
    channels = Content("\n").join(literal(channel_text(c)) for c in member.channels)
    asked = Content("\n").join(
        Content.assemble((day_label(a.asked_on, year=True).ljust(17), MUTED), literal(a.need),
                         Content.assemble((" — ", MUTED), literal(a.note)) if a.note else "")
        for a in store.list_asks(db, member.id)[:HISTORY_LIMIT]
    )
    recent = store.recent_interactions(db, member_id=member.id, limit=HISTORY_LIMIT)
    balance = store.balances(db, since=today - timedelta(days=LEDGER_WINDOW_DAYS)).get(member.id)
    tally = [
        Content.styled(f"support in the last {LEDGER_WINDOW_DAYS} days: you gave {balance.gave}, "
                       f"you received {balance.received}", MUTED)
    ] if balance else []
    sections = [
        ("Contact", status_line),
        ("Support they give", Content(", ".join(member.supports))),
        ("How well they fit", fit),
        ("Ways to reach them", channels),
        ("Link", literal(member.link) if member.link else Content()),
        ("What you asked them for", asked),
        ("Notes", literal(member.notes, lines=True) if member.notes else Content()),
        ("Contacts and support", Content("\n").join([*tally, *map(interaction_line, recent)])),
    ]
    return [(heading, body) for heading, body in sections if body.plain.strip()]


class MemberDetailScreen(JournalNode, LaidOutOnce, Screen[None]):
    """A member in full; Escape goes back to the network."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="detail.back"),
        Binding("e", "edit", "Edit", id="detail.edit"),
        Binding("l", "log", "Log contact", id="detail.log"),
        Binding("k", "ask", "Asked for…", id="detail.ask", tooltip="Note what you asked them for"),
        Binding("x", "archive", "Archive", id="detail.archive"),
    ]

    def __init__(self, member_id: str) -> None:
        super().__init__()
        self.member_id = member_id
        """The member shown."""

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="member-detail"):
            yield Static("", id="detail-title")
            yield Static("", id="detail-body")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "revision", self.reload)

    @reads
    def reload(self, _revision: int = 0) -> None:
        """Read the member again and show every field."""
        member = store.get_member(self.journal.db, self.member_id)
        if member is None:
            self.dismiss()
            return
        archived = "  ·  archived" if member.archived else ""
        title = Content.assemble(
            literal(member.name).stylize("bold"),
            (f"  {member.kind} · {RING_WORDS[member.ring]}{archived}", MUTED),
        )
        self.query_one("#detail-title", Static).update(title)
        body = Content("\n\n").join(
            Content.assemble((heading, "bold $primary"), "\n", text)
            for heading, text in member_sections(member, self.journal.db, self.journal.today)
        )
        self.query_one("#detail-body", Static).update(body)

    def action_back(self) -> None:
        self.dismiss()

    def action_edit(self) -> None:
        member_actions.edit_member(self, self.member_id)

    def action_log(self) -> None:
        member_actions.log_contact(self, self.member_id)

    def action_ask(self) -> None:
        member_actions.note_ask(self, self.member_id)

    def action_archive(self) -> None:
        member_actions.archive_member(self, self.member_id, then=self.dismiss)
