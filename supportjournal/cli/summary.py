"""``supportjournal summary``: a summary of a period to share with a therapist or doctor, private text left out."""

from __future__ import annotations

import click

from supportjournal import store
from supportjournal.cli.output import shown
from supportjournal.cli.passphrases import say_plain_text
from supportjournal.cli.session import Session, journal_command
from supportjournal.domain.insights.report import render
from supportjournal.domain.insights.summary import DEFAULT_SINCE, FORMATS, SINCE_HINT, parse_since, summarise

SUMMARY_HELP = f"""A summary of a period to share with a therapist or doctor.

Mood over the period (weekly means and lows), how regularly you checked in, the self-care you
kept, how many people you were in touch with each week, and which kinds of support your network
gives. Journal text, notes and names are left out unless you ask for them. With -o the file is
written whole (never half) and readable only by you.

\b
Examples:
  supportjournal summary
  supportjournal summary --since 6m --format text
  supportjournal summary --since 2026-09-01 --with-names -o ~/for-my-therapist.md
"""


@journal_command(help=SUMMARY_HELP, short_help="A summary to share with a therapist, private text left out.")
@click.option("--since", default=DEFAULT_SINCE, show_default=True, metavar="PERIOD", help=f"From when: {SINCE_HINT}.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True,
              help="Markdown (headings and tables) or plain text.")
@click.option("-o", "--output", metavar="PATH", type=click.Path(dir_okay=False), help="Write to this file (0600).")
@click.option("--with-names", is_flag=True, help="Name the people you were in touch with and who gives what.")
@click.option("--with-notes", is_flag=True, help="Add journal text and every note of the period.")
def summary(
    session: Session, since: str, fmt: str, output: str | None, with_names: bool, with_notes: bool
) -> None:
    today = session.today
    first = parse_since(since, today)
    db = session.open(write=False)
    if first is None:
        first = store.first_record_day(db) or today
    records = store.period_records(db, first, today)
    notes = store.private_notes(db, first, today) if with_notes else []
    text = render(summarise(records, today, notes), fmt, with_names=with_names, with_notes=with_notes)
    if output is None:
        click.echo(text, nl=False)
        return
    say_plain_text(session.path, "summary", output)
    written = store.write_private(output, text)
    click.echo(f"Wrote the summary to {shown(str(written))} (readable only by you).")
