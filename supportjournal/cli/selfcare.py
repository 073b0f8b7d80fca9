"""``supportjournal selfcare …``: your self-care activities, their schedules and daily marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from supportjournal import store
from supportjournal.cli.archiving import Archivable, add_archive_commands
from supportjournal.cli.matching import match_one
from supportjournal.cli.output import echo_json, shown, table
from supportjournal.cli.selfcare_views import items_on
from supportjournal.cli.session import Session, journal_command, journal_group
from supportjournal.domain.dates import parse_day
from supportjournal.domain.days import on_day
from supportjournal.domain.models import SelfCareItem
from supportjournal.domain.selfcare import streak_words

if TYPE_CHECKING:
    from sqlite_utils import Database

SELFCARE_HELP = """Your own self-care activities: schedules, daily marks and streaks.

A skipped day is a rest day: it does not count, and it does not break the streak.
Titles match in any case, or by the start of the title when only one item fits.

\b
Examples:
  supportjournal selfcare add "Walk outside" --schedule daily
  supportjournal selfcare add Stretch --schedule mon,wed,fri
  supportjournal selfcare done walk
  supportjournal selfcare skip stretch --day yesterday
  supportjournal selfcare list
"""

ADD_HINT = 'supportjournal selfcare add "Walk outside"'
"""How to start, for empty lists."""
_DAY_HELP = 'The day: "today" (default), "yesterday", "2026-11-20". Not a future day.'


def find_item(db: Database, title: str, archived: bool) -> SelfCareItem:
    """The one active (or archived) item a typed title means."""
    noun = "archived self-care item" if archived else "self-care item"
    return match_one(store.list_items(db, archived=archived), title, lambda item: item.title, noun)


selfcare = journal_group("selfcare", SELFCARE_HELP, "Add, list and mark self-care activities.")


@journal_command(selfcare, "add", help="Add a self-care activity.")
@click.argument("title")
@click.option(
    "--schedule", default="daily", show_default=True,
    help='When: "daily", "weekdays", "weekends", "mon,wed,fri", "every 3 days", "3 times a week".',
)
def add(session: Session, title: str, schedule: str) -> None:
    item = store.add_item(session.open(), title, schedule, now=session.now())
    click.echo(f"Added {shown(item.title)} ({item.schedule})")


@journal_command(selfcare, "list", help="List activities with their schedule, today's mark and streak.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--archived", is_flag=True, help="List archived activities instead.")
def list_(session: Session, as_json: bool, archived: bool) -> None:
    db = session.open(write=False)
    days = items_on(db, store.list_items(db, archived=archived), session.today)
    if as_json:
        echo_json([each.as_json() for each in days])
    elif not days:
        click.echo("No archived activities." if archived else f"Nothing yet: {ADD_HINT}")
    else:
        table(each.row() for each in days)


_MARKS = (
    ("done", "done", "Mark an activity done for a day.", "done"),
    ("skip", "skipped", "Mark a rest day: it neither counts nor breaks the streak.", "skipped (rest day)"),
    ("clear", None, "Remove a day's mark.", "mark cleared"),
)


def _add_mark_command(name: str, status: str | None, help_text: str, outcome: str) -> None:
    @journal_command(selfcare, name, help=help_text)
    @click.argument("title")
    @click.option("--day", metavar="DAY", help=_DAY_HELP)
    def mark(session: Session, title: str, day: str | None) -> None:
        when = parse_day(day, session.today) if day else session.today
        db = session.open()
        item = find_item(db, title, False)
        store.set_mark(db, item.id, when, status, now=session.now())
        streak = store.item_streak(db, item, session.today)
        click.echo(f"{shown(item.title)}: {outcome} {on_day(when, session.today)}; streak {streak_words(item, streak)}")


for _mark in _MARKS:
    _add_mark_command(*_mark)

add_archive_commands(
    selfcare,
    Archivable(
        "self-care activity", "selfcare", find_item, lambda item: item.title,
        store.archive_item, store.restore_item, store.purge_item, "its daily marks",
    ),
)
