"""``supportjournal doctor`` and ``supportjournal demo``: checking a journal, and writing a sample one."""

from __future__ import annotations

import click
from sqlite_utils import Database

from supportjournal import store
from supportjournal.cli.output import shown
from supportjournal.cli.session import Session, journal_command
from supportjournal.store.doctor import Finding, check, permissions, repair_search_index
from supportjournal.store.errors import DamagedFileError

DEMO_HELP = """Write a realistic sample journal into a new file, the same for the same seed.

About 25 members of every kind, YEARS of check-ins, contacts both ways, self-care with gaps and
rest days, and journal entries. It refuses to write into a journal that already holds anything.

With --encrypt PASSPHRASE the sample is an encrypted journal, to see the unlock screen.

\b
Examples:
  supportjournal demo --db /tmp/sample.db --years 2
  supportjournal --db /tmp/sample.db
  supportjournal demo --db /tmp/sealed.db --encrypt "sample passphrase"
"""


@journal_command(short_help="Check the journal file; exit 1 if anything is wrong.")
@click.option("--repair", is_flag=True, help="Rebuild the journal search index before checking.")
def doctor(session: Session, repair: bool) -> None:
    """Check the journal file's integrity, links, search index, schema and permissions.

    Prints one line per check and exits 1 if any check fails.
    """
    try:
        db = session.open(create=False, write=repair, upgrade=repair)
    except (DamagedFileError, store.LockedError) as error:  # still a report: the file's own line, and its permissions
        _report(session, [Finding(False, f"database file: {error.reason}"), *permissions(session.path)])
        return
    if repair:
        with store.transaction(db):
            repair_search_index(db)
    _report(session, check(db, session.path))


def _report(session: Session, findings: list[Finding]) -> None:
    for finding in findings:
        click.echo(f"{'ok' if finding.ok else 'PROBLEM':8}{shown(finding.message)}")  # may quote a file name
    problems = sum(not finding.ok for finding in findings)
    click.echo(f"{shown(str(session.path))}: " + (f"{problems} problem(s) found" if problems else "all checks passed"))
    if problems:
        click.get_current_context().exit(1)


def is_empty(db: Database) -> bool:
    """True when the journal holds no members, self-care items, check-ins or journal entries."""
    return not (
        store.list_members(db) or store.list_members(db, archived=True)
        or store.list_items(db) or store.list_items(db, archived=True)
        or next(store.checkin_days_descending(db), None)
        or store.entry_days(db, limit=1)
    )


@journal_command(help=DEMO_HELP, short_help="Write a sample journal into a new file.")
@click.option("--years", type=click.IntRange(1, 50), default=1, show_default=True, help="Years of history.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed: same seed, same journal.")
@click.option("--encrypt", "passphrase", metavar="PASSPHRASE", help="Encrypt the sample with this passphrase.")
def demo(session: Session, years: int, seed: int, passphrase: str | None) -> None:
    from supportjournal.demo import generate

    if not session.explicit:
        raise click.ClickException(
            "demo needs --db PATH: it writes sample data there, never into your own journal"
        )
    if passphrase == "":
        raise click.UsageError("an empty passphrase would not protect anything")
    db = session.open()
    if not is_empty(db):
        raise click.ClickException(
            f"{shown(str(session.path))} already holds a journal; demo data only goes into a new file"
        )
    made = generate(db, years=years, seed=seed, now=session.now())
    click.echo(
        f"Wrote a demo journal to {shown(str(session.path))}: {made.members} members, "
        f"{made.checkins} check-ins, {made.interactions} interactions, {made.marks} self-care marks, "
        f"{made.entries} journal entries"
    )
    if passphrase is not None:
        session.close()
        store.encrypt(session.path, passphrase)
        click.echo("It is encrypted: the app opens on its unlock screen, and commands ask for the passphrase.")
