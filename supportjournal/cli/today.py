"""``supportjournal today``: today's self-care, check-ins and moods, and who is due for contact."""

from __future__ import annotations

from datetime import date

import click

from supportjournal import store
from supportjournal.cli.checkin import people_words
from supportjournal.cli.member_views import member_json, status_words
from supportjournal.cli.output import echo_json, shown, table
from supportjournal.cli.selfcare import ADD_HINT
from supportjournal.cli.selfcare_views import items_on
from supportjournal.cli.session import Session, journal_command
from supportjournal.domain.cadence import contact_status
from supportjournal.domain.days import day_label
from supportjournal.domain.models import CheckIn, ContactStatus, Member

TODAY_HELP = """Today at a glance: self-care, check-ins and moods, and who is due for contact.

\b
Examples:
  supportjournal today
  supportjournal today --json | jq '.due[].name'
"""


def due_for_contact(db: store.Queries, today: date) -> list[tuple[Member, ContactStatus]]:
    """Active members whose contact is due or overdue by their cadence, most overdue first."""
    last = store.last_contacts(db)
    due = [
        (member, status)
        for member in store.list_members(db)
        if (status := contact_status(member.cadence, last.get(member.id), today)).state in ("due", "overdue")
    ]
    return sorted(
        due, key=lambda pair: (-pair[1].days_overdue, pair[1].state != "overdue", pair[0].name.casefold())
    )


def _checkin_row(checkin: CheckIn) -> list[str]:
    people = f"with {people_words(checkin)}" if checkin.interactions else ""
    return [f"{checkin.at:%H:%M}", f"mood {checkin.mood}", people, shown(checkin.note)]


@journal_command(help=TODAY_HELP, short_help="Today's self-care, check-ins and who is due for contact.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def today(session: Session, as_json: bool) -> None:
    db = session.open_plain(write=False)
    day = session.today
    items = items_on(db, store.list_items(db), day)
    shown_items = [each for each in items if each.on_list]
    resting = [each.item for each in items if not each.on_list]
    checkins = store.checkins_on(db, day)
    due = due_for_contact(db, day)
    if as_json:
        echo_json({
            "day": day,
            "selfcare": [each.as_json() for each in shown_items],
            "not_scheduled": resting,
            "checkins": checkins,
            "moods": [checkin.mood for checkin in checkins],
            "due": [member_json(member, status) for member, status in due],
        })
        return
    click.echo(f"Today, {day_label(day, year=True)}")
    click.echo("\nSelf-care" + ("" if items else f": nothing yet ({ADD_HINT})"))
    table((each.row() for each in shown_items), indent="  ")
    if resting:
        click.echo("  not today: " + ", ".join(f"{shown(item.title)} ({item.schedule})" for item in resting))
    click.echo("\nCheck-ins" + ("" if checkins else ": none yet (supportjournal checkin --mood N)"))
    table((_checkin_row(checkin) for checkin in checkins), indent="  ")
    click.echo("\nDue for contact" + ("" if due else ": nobody"))
    table(
        (["!" if status.state == "overdue" else "·", shown(member.name), member.kind, status_words(status)]
         for member, status in due),
        indent="  ",
    )

