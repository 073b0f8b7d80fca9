"""``supportjournal checkin``: a mood and who you were in touch with, in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import click

from supportjournal import store
from supportjournal.cli.output import shown
from supportjournal.cli.session import Session, journal_command
from supportjournal.domain.dates import parse_when
from supportjournal.domain.days import moment_words
from supportjournal.domain.directions import DIRECTION_WORDS
from supportjournal.domain.validation import clean_mood

if TYPE_CHECKING:
    from supportjournal.domain.models import CheckIn, Member

CHECKIN_HELP = """Record how you feel and who you were in touch with.

Names match members in any case, or by the start of the name when only one member fits.
A name given to both --gave and --received means support went both ways; --with alone means
you were in touch without either side supporting the other.

\b
Examples:
  supportjournal checkin --mood 7
  supportjournal checkin --mood 4 --received ana --with "sam [work]" --note "long day"
  supportjournal checkin --mood 6 --gave Ben --received Ben --when "yesterday 21:00"
"""


def contacts_from(
    db: store.Queries, with_: Iterable[str], gave: Iterable[str], received: Iterable[str]
) -> list[store.Contact]:
    """One contact per member named, with the direction the options give it.

    Raises:
        MemberLookupError: A name matches no active member, or several.
    """
    flows: dict[str, set[str]] = {}
    for names, flow in ((with_, ""), (gave, "gave"), (received, "received")):
        for name in names:
            flows.setdefault(store.resolve_member(db, name).id, set()).add(flow)
    return [store.Contact(member_id, _direction(each - {""})) for member_id, each in flows.items()]


def _direction(flows: set[str]) -> str:
    if len(flows) == 2:
        return "both"
    return next(iter(flows), "none")


def people_words(checkin: CheckIn) -> str:
    """``Ana (you gave), Sam [work]``: who the check-in was with, and which way support went."""
    return ", ".join(
        shown(each.member_name) + ("" if each.direction == "none" else f" ({DIRECTION_WORDS[each.direction]})")
        for each in checkin.interactions
    )


def confirmation(checkin: CheckIn, session: Session) -> str:
    """``Checked in: mood 7 at 21:00 yesterday, with Ana (you gave), Sam [work]``."""
    line = f"Checked in: mood {checkin.mood} at {moment_words(checkin.at, session.today)}"
    if checkin.interactions:
        line += f", with {people_words(checkin)}"
    return line + ("; note saved" if checkin.note else "")


@journal_command(help=CHECKIN_HELP, short_help="Record your mood and who you were in touch with.")
@click.option("--mood", metavar="N", help="How you feel, from 1 (very low) to 10 (very good).")
@click.option("--with", "with_", metavar="NAME", multiple=True, help="A member you were in touch with.")
@click.option("--gave", metavar="NAME", multiple=True, help="A member you gave support to.")
@click.option("--received", metavar="NAME", multiple=True, help="A member who supported you.")
@click.option("--note", default="", help="A line about how it went.")
@click.option(
    "--when", metavar="TEXT", help='When: "now" (default), "yesterday 21:00", "2026-11-20 18:30".'
)
def checkin(
    session: Session,
    mood: str | None,
    with_: tuple[str, ...],
    gave: tuple[str, ...],
    received: tuple[str, ...],
    note: str,
    when: str | None,
) -> None:
    if mood is None:
        raise click.ClickException("a check-in needs a mood: add --mood N, from 1 to 10")
    level = clean_mood(mood)
    now = session.now()
    at = parse_when(when, now) if when else now
    db = session.open_plain()
    contacts = contacts_from(db, with_, gave, received)
    saved = store.record_checkin(db, level, at, contacts=contacts, note=note, now=now)
    click.echo(confirmation(saved, session))
    if store.mood_is_low(db, session.today):  # only then are the plan and its words loaded
        click.echo(low_mood_line(*store.people_to_reach(db)))


def low_mood_line(people: list[Member], professional: Member | None) -> str:
    """The one calm line after a check-in that meets the low-mood rule, naming the same people as the app's note."""
    from supportjournal.domain.help_words import CLI_LOW_MOOD, reach_out_words

    return CLI_LOW_MOOD.format(to=reach_out_words([shown(m.name) for m in people],
                                                  shown(professional.name) if professional else None))
