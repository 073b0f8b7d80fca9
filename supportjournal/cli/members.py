"""``supportjournal member …``: add, list, show, edit, archive, restore, purge and ask."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click
from sqlite_utils import Database

from supportjournal import store
from supportjournal.cli.archiving import Archivable, add_archive_commands
from supportjournal.cli.matching import match_one
from supportjournal.cli.member_views import echo_member, echo_members
from supportjournal.cli.output import shown
from supportjournal.cli.session import Session, journal_command, journal_group
from supportjournal.domain.dates import parse_day
from supportjournal.domain.days import on_day
from supportjournal.domain.models import KINDS, RINGS, SUPPORTS, Channel, Member
from supportjournal.domain.validation import ValidationError

MEMBER_HELP = """The people, groups and professionals in your support network.

\b
Examples:
  supportjournal member add Ana --kind friend --ring inner --cadence weekly
  supportjournal member add "Dr Okafor" --kind professional --channel phone:020-7946-0000
  supportjournal member list
  supportjournal member edit ana --cadence "every 10 days" --empathy 5
  supportjournal member ask ana listening --on yesterday
"""

_FIELD_OPTIONS = (
    click.option("--ring", help=f"How close: {', '.join(RINGS)}."),
    click.option("--supports", metavar="LIST", help=f"Comma-separated: {', '.join(SUPPORTS)}."),
    click.option("--empathy", metavar="N", help="How well they understand you, 1-5."),
    click.option("--reliability", metavar="N", help="How much you can count on them, 1-5."),
    click.option("--availability", metavar="N", help="How easy they are to reach, 1-5."),
    click.option(
        "--cadence", metavar="TEXT", help='How often to be in touch: "weekly", "every 10 days", "none".'
    ),
    click.option(
        "--channel", "channels", metavar="KIND:VALUE", multiple=True,
        help="A way to reach them, e.g. phone:0123 or email:ana@example.org (repeat for more).",
    ),
    click.option("--link", metavar="URL", help="A web link (for a group or online community)."),
    click.option("--notes", metavar="TEXT", help="Anything worth remembering."),
)
_KIND_HELP = f"What they are: {', '.join(KINDS)}."


def member_fields(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options ``add`` and ``edit`` share."""
    for option in reversed(_FIELD_OPTIONS):
        func = option(func)
    return func


def parse_channel(text: str) -> tuple[str, str]:
    """``phone:0123`` to ``("phone", "0123")``; an empty value gives an empty channel (dropped).

    Raises:
        ValidationError: No ``kind:`` before the value.
    """
    kind, colon, value = text.partition(":")
    if not text.strip():
        return "", ""
    if not colon or not kind.strip() or not value.strip():
        raise ValidationError("channel", f"channel {text!r} should look like kind:value, e.g. phone:0123")
    return kind.strip(), value.strip()


def given_fields(options: dict[str, Any]) -> dict[str, Any]:
    """The member fields the options set (``None`` means not given), ready for the store."""
    fields = {key: value for key, value in options.items() if value is not None}
    if "supports" in fields:
        fields["supports"] = fields["supports"].split(",")
    if fields.get("channels") == ():
        del fields["channels"]
    elif "channels" in fields:
        fields["channels"] = [Channel(*parse_channel(text)) for text in fields["channels"]]
    return fields


def find_member(db: Database, name: str, archived: bool) -> Member:
    """The active member a name means (``store.resolve_member``), or the archived one."""
    if not archived:
        return store.resolve_member(db, name)
    return match_one(store.list_members(db, archived=True), name, lambda m: m.name, "archived member")


member = journal_group("member", MEMBER_HELP, "Add, list, show, edit and archive members.")


@journal_command(member, "add", help="Add a member to your network.")
@click.argument("name")
@click.option("--kind", required=True, help=_KIND_HELP)
@member_fields
def add(session: Session, name: str, kind: str, **options: Any) -> None:
    added = store.add_member(session.open(), name, kind, now=session.now(), **given_fields(options))
    click.echo(f"Added {shown(added.name)} ({added.kind}, {added.ring})")


@journal_command(member, "edit", help="Change a member's details; only the options given change.")
@click.argument("name")
@click.option("--name", "new_name", metavar="TEXT", help="A new name.")
@click.option("--kind", help=_KIND_HELP)
@member_fields
def edit(session: Session, name: str, new_name: str | None, **options: Any) -> None:
    db = session.open()
    fields = given_fields({"name": new_name, **options})
    if not fields:
        raise click.ClickException("nothing to change: give at least one option (see --help)")
    updated = store.update_member(db, store.resolve_member(db, name).id, now=session.now(), **fields)
    click.echo(f"Updated {shown(updated.name)}")


@journal_command(member, "list", help="List members with their kind, ring and whether contact is due.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--archived", is_flag=True, help="List archived members instead.")
def list_(session: Session, as_json: bool, archived: bool) -> None:
    echo_members(session.open(write=False), session.today, archived=archived, as_json=as_json)


@journal_command(member, "show", help="Show everything about one member: details, asks, recent contact.")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--archived", is_flag=True, help="Look among archived members.")
def show(session: Session, name: str, as_json: bool, archived: bool) -> None:
    db = session.open(write=False)
    echo_member(db, find_member(db, name, archived), session.today, as_json=as_json)


@journal_command(member, "ask", help="Note that you told a member what you need (e.g. listening).")
@click.argument("name")
@click.argument("need")
@click.option("--on", metavar="DAY", help='When you asked: "today" (default), "yesterday", "2026-11-20".')
@click.option("--note", default="", help="A line about it.")
def ask(session: Session, name: str, need: str, on: str | None, note: str) -> None:
    day = parse_day(on, session.today) if on else session.today
    db = session.open()
    who = store.resolve_member(db, name)
    saved = store.add_ask(db, who.id, need, day, note, now=session.now())
    click.echo(f"Noted: you asked {shown(who.name)} for {shown(saved.need)} {on_day(day, session.today)}")


add_archive_commands(
    member,
    Archivable(
        "member", "member", find_member, lambda m: m.name, store.archive_member, store.restore_member,
        store.purge_member, "their asks, contacts, ledger entries and safety plan lines",
    ),
)
