"""How members read on the command line: the list, one member in full, and both as JSON."""

from __future__ import annotations

import textwrap
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from supportjournal import store
from supportjournal.cli.output import echo_json, jsonable, shown, table
from supportjournal.domain.cadence import contact_status
from supportjournal.domain.channels import channel_text
from supportjournal.domain.days import NO_CONTACT, moment_words, on_day
from supportjournal.domain.directions import DIRECTION_WORDS
from supportjournal.domain.models import ContactStatus, Member

if TYPE_CHECKING:
    from sqlite_utils import Database

RECENT_CONTACTS = 10
"""How many of a member's latest interactions ``member show`` lists."""


def status_words(status: ContactStatus | None) -> str:
    """``overdue 5 d · last in touch 12 days ago; you wanted every week``."""
    if status is None:
        return "archived"
    if status.state == "overdue":
        return f"overdue {status.days_overdue} d · {status.words}"
    if status.state == "due":
        return f"due · {status.words}"
    return status.words


def member_json(member: Member, status: ContactStatus | None, **extra: Any) -> dict[str, Any]:
    """A member's fields, their contact status (``None`` when archived) and any ``extra``."""
    return {**jsonable(member), "contact": jsonable(status) if status else None, **jsonable(extra)}


def echo_members(db: Database, today: date, *, archived: bool, as_json: bool) -> None:
    """List active (or archived) members with kind, ring and contact status."""
    members = store.list_members(db, archived=archived)
    last = {} if archived else store.last_contacts(db)
    statuses = {
        m.id: None if archived else contact_status(m.cadence, last.get(m.id), today) for m in members
    }
    if as_json:
        echo_json([member_json(m, statuses[m.id]) for m in members])
    elif not members:
        click.echo(
            "No archived members."
            if archived
            else "No members yet: add one with  supportjournal member add NAME --kind friend"
        )
    else:
        table([shown(m.name), m.kind, m.ring, status_words(statuses[m.id])] for m in members)


def _fit(member: Member) -> str:
    ratings = {name: getattr(member, name) for name in ("empathy", "reliability", "availability")}
    return " · ".join(f"{name} {value}" for name, value in ratings.items() if value is not None)


def _details(member: Member, status: ContactStatus | None) -> list[tuple[str, str]]:
    rows = [
        ("kind", member.kind),
        ("ring", member.ring),
        ("supports", ", ".join(member.supports)),
        ("fit", _fit(member)),
        ("contact", status_words(status)),
        ("channels", " · ".join(shown(channel_text(c)) for c in member.channels)),
        ("link", shown(member.link)),
    ]
    return [(label, value) for label, value in rows if value]


def echo_member(db: Database, member: Member, today: date, *, as_json: bool) -> None:
    """Everything about one member: details, what you asked them for, recent contact."""
    asks = store.list_asks(db, member.id)
    recent = store.recent_interactions(db, member_id=member.id, limit=RECENT_CONTACTS)
    last = recent[0].day if recent else None
    status = None if member.archived_at else contact_status(member.cadence, last, today)
    if as_json:
        echo_json(member_json(member, status, asks=asks, recent_interactions=recent))
        return
    archived = f"  (archived {on_day(member.archived_at.date(), today)})" if member.archived_at else ""
    click.echo(shown(member.name) + archived)
    table(_details(member, status), indent="  ")
    if member.notes.strip():
        click.echo("Notes")
        click.echo(textwrap.indent(shown(member.notes, keep_lines=True).rstrip(), "  "))
    click.echo("Asked for" if asks else "Asked for: nothing noted yet (supportjournal member ask NAME NEED)")
    table(([shown(a.need), on_day(a.asked_on, today), shown(a.note)] for a in asks), indent="  ")
    click.echo("Recent contact" if recent else NO_CONTACT.capitalize())
    table(
        (
            [moment_words(i.at, today), DIRECTION_WORDS.get(i.direction, i.direction), shown(i.channel), shown(i.note)]
            for i in recent
        ),
        indent="  ",
    )
