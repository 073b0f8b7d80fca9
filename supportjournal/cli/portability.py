"""``supportjournal export`` and ``import``: taking everything out, and bringing history in."""

from __future__ import annotations

import sys

import click

from supportjournal.cli.output import shown
from supportjournal.cli.passphrases import say_plain_text
from supportjournal.cli.progress import progress_bar
from supportjournal.cli.session import Session, journal_command
from supportjournal.domain.text import json_escaped
from supportjournal.portability.daylio import parse_mood_option
from supportjournal.portability.formats import EXPORTS, IMPORTS, Source, read_text, write_export
from supportjournal.portability.jobs import run_import

EXPORT_HELP = """Write the journal out in another format; to a file with -o, else to the screen.

\b
Formats:
""" + "\n".join(f"  {name:9} {export.what}" for name, export in EXPORTS.items()) + """

Files are written whole (a temporary file, then renamed) and readable only by you.

\b
Examples:
  supportjournal export --format json -o journal.json
  supportjournal export --format markdown > journal.md
"""

IMPORT_HELP = """Bring records in from a file; nothing is ever deleted or overwritten by an older copy.

\b
Formats:
""" + "\n".join(f"  {name:9} {each.what}" for name, each in IMPORTS.items()) + """

The import is one transaction: a file that breaks anywhere is refused, naming the record or
line, and nothing is written. --dry-run shows the counts the real import would report.

\b
Examples:
  supportjournal import other-laptop.json --format json --dry-run
  supportjournal import other-laptop.json --format json
  supportjournal import jrnl.json --format jrnl
  supportjournal import daylio_export.csv --format daylio --mood "blissful=9"
  supportjournal import contacts.vcf --format vcard
"""


@journal_command(help=EXPORT_HELP, short_help="Export the journal (json, csv, markdown, jrnl, vcard).")
@click.option("--format", "-f", "kind", type=click.Choice(list(EXPORTS)), required=True, help="The format.")
@click.option("--output", "-o", metavar="PATH", type=click.Path(), help="The file to write (else the screen).")
def export(session: Session, kind: str, output: str | None) -> None:
    db = session.open(create=False, write=False)
    say_plain_text(session.path, "export", output)
    with progress_bar("Exporting") as progress:
        exported = EXPORTS[kind].write(db, session.now(), progress)
    if isinstance(exported, dict) and output is None:
        raise click.UsageError("csv writes several files: name a new folder or a .zip with -o PATH")
    if output is None:
        text = str(exported)
        # Exact when piped; on a terminal, control characters in user text are shown, never sent.
        if sys.stdout.isatty():
            text = json_escaped(text) if kind == "json" else shown(text, keep_lines=True)
        click.echo(text, nl=False)
        return
    written = write_export(output, exported)
    click.echo(f"Wrote {shown(str(written))}", err=True)


@journal_command(name="import", help=IMPORT_HELP, short_help="Import records (json, jrnl, daylio, vcard).")
@click.argument("path", type=click.Path())
@click.option("--format", "-f", "kind", type=click.Choice(list(IMPORTS)), required=True, help="The file's format.")
@click.option("--dry-run", is_flag=True, help="Show what would be added, updated and skipped; write nothing.")
@click.option(
    "--mood", "moods", multiple=True, metavar="NAME=N",
    help="Daylio: a mood of your own on the 1-10 scale (default: awful=1 bad=3 meh=6 good=8 rad=10).",
)
def import_(session: Session, path: str, kind: str, dry_run: bool, moods: tuple[str, ...]) -> None:
    if moods and kind != "daylio":
        raise click.UsageError("--mood goes with --format daylio")
    mapping = parse_mood_option(moods)
    text = read_text(path)
    db = session.open()
    with progress_bar("Importing") as progress:
        report = run_import(db, IMPORTS[kind].job(Source(text, session.now(), mapping), progress), dry_run=dry_run)
    for line in report.lines():
        click.echo(shown(line))
