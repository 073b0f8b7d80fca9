"""The ``supportjournal`` command. The app (and Textual) is imported only when the app is asked for.

Each command's module is imported only when that command runs or the help lists them all, so a
check-in loads none of the others (nor what they import: sqlite-utils, dateutil, the formats).
"""

from __future__ import annotations

import click

from supportjournal.cli.session import JournalGroup, Session, db_option, version_option

COMMANDS = {
    "checkin": "supportjournal.cli.checkin:checkin",
    "member": "supportjournal.cli.members:member",
    "selfcare": "supportjournal.cli.selfcare:selfcare",
    "today": "supportjournal.cli.today:today",
    "review": "supportjournal.cli.review:review",
    "summary": "supportjournal.cli.summary:summary",
    "plan": "supportjournal.cli.plan:plan",
    "doctor": "supportjournal.cli.maintenance:doctor",
    "demo": "supportjournal.cli.maintenance:demo",
    "export": "supportjournal.cli.portability:export",
    "import": "supportjournal.cli.portability:import_",
    "backup": "supportjournal.cli.backups:backup",
    "restore": "supportjournal.cli.backups:restore_",
    "encrypt": "supportjournal.cli.encryption:encrypt",
    "decrypt": "supportjournal.cli.encryption:decrypt",
    "passphrase": "supportjournal.cli.encryption:passphrase",
    "unlock": "supportjournal.cli.encryption:unlock",
    "lock": "supportjournal.cli.encryption:lock",
}
"""Every command by name, as ``module:attribute``."""

MAIN_HELP = """Support Journal: tend the support system that keeps you well.

With no command, opens the full-screen app. The commands below do the same jobs from the shell,
without starting the app. Your journal is one private file on your own disk: --db PATH, else
$SUPPORTJOURNAL_DB, else your user data folder. Nothing is ever sent anywhere.

\b
Examples:
  supportjournal                                  open the app
  supportjournal --demo                           the app on sample data; your journal is untouched
  supportjournal checkin --mood 7 --received ana  how you feel, and who helped
  supportjournal member add Ana --kind friend --ring inner --cadence weekly
  supportjournal selfcare done walk
  supportjournal today
  supportjournal summary -o summary.md             a summary to share with a therapist
  supportjournal plan                             your safety plan, to print
  supportjournal review                           the summary of your network, and who needs attention
  supportjournal encrypt --remember               encrypt the journal; this computer keeps the key
  supportjournal --db ~/work.db member list --json
"""


@click.group(
    cls=JournalGroup,
    lazy_commands=COMMANDS,
    invoke_without_command=True,
    help=MAIN_HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@db_option
@click.option("--demo", "demo_mode", is_flag=True, help="Open the app on sample data in a temporary file.")
@click.option("--years", type=click.IntRange(1, 30), help="With --demo: years of sample history (default 1).")
@click.option("--seed", type=int, help="With --demo: the random seed (default 0).")
@version_option
@click.pass_context
def main(ctx: click.Context, demo_mode: bool, years: int | None, seed: int | None) -> None:
    session = ctx.ensure_object(Session)
    ctx.call_on_close(session.close)
    if (years is not None or seed is not None) and not demo_mode:
        raise click.UsageError("--years and --seed go with --demo")
    if demo_mode and ctx.invoked_subcommand is not None:
        raise click.UsageError("--demo opens the app; it does not go with a command")
    if ctx.invoked_subcommand is not None:
        return
    # Imported here: opening the app loads Textual, which no command needs.
    from supportjournal.cli.launch import demo_journal, open_app, own_journal

    if demo_mode:
        with demo_journal(years=years or 1, seed=seed or 0, now=session.now()) as demo_db:
            open_app(demo_db, demo=True)
    elif (db := own_journal(session)) is not None:
        open_app(db)

__all__ = ["main"]
