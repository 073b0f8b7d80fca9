"""The ``supportjournal`` command. The app (and Textual) is imported only when the app is asked for."""

from __future__ import annotations

import click

from supportjournal import __version__


@click.group(invoke_without_command=True)
@click.option("--db", "db_path", type=click.Path(dir_okay=False), help="The journal file.")
@click.option("--demo", is_flag=True, help="Open the app on generated sample data in a temporary file.")
@click.version_option(__version__, prog_name="supportjournal")
@click.pass_context
def main(ctx: click.Context, db_path: str | None, demo: bool) -> None:
    """Support Journal: tend the support system that keeps you well."""
    if ctx.invoked_subcommand is not None:
        return
    from supportjournal.paths import resolve_db_path
    from supportjournal.store import open_db
    from supportjournal.ui.app import SupportJournalApp

    db = open_db(resolve_db_path(db_path))
    SupportJournalApp(db, demo=demo).run()
