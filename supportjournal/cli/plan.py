"""``supportjournal plan``: the safety plan with everyone's contact details, to print or keep on a phone."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import click

from supportjournal import store
from supportjournal.cli.output import shown
from supportjournal.cli.session import Session, journal_command
from supportjournal.domain import help_words as words
from supportjournal.domain.channels import format_channels
from supportjournal.domain.days import day_label
from supportjournal.domain.help_words import CrisisLine
from supportjournal.domain.safety_plan import PlanEntry, by_step

PLAN_HELP = """Print your safety plan, with the contact details of the people in it.

The plan is written in the app (! for get help, then p). The people in it are members of your
network, so their numbers here are always the ones in their details.

\b
Examples:
  supportjournal plan
  supportjournal plan --format markdown > plan.md
"""


def entry_line(entry: PlanEntry) -> str:
    """``Ana — phone: 0770…; email: ana@…``, or the line's text; control characters shown, never sent."""
    line = shown(entry.words)
    member = entry.member
    if member is not None:
        details = format_channels(member.channels) or (member.link or "")
        if details:
            line += f" — {shown(details)}"
    return line


def crisis_line_text(line: CrisisLine) -> str:
    """``Samaritans (UK and Ireland): call 116 123 (source: samaritans.org)``."""
    text = shown(line.name) + (f" ({shown(line.region)})" if line.region else "")
    text += f": {shown(line.contact)}" if line.contact else ""
    return text + (f" (source: {shown(line.source)})" if line.source else "")


def plan_lines(entries: Iterable[PlanEntry], crisis: Iterable[CrisisLine], today: date, *, markdown: bool) -> list[str]:
    """The printed plan, line by line: every step (an empty one as a dash, room to write), then the crisis lines."""
    entries = list(entries)
    title, step_head, bullet = ("# ", "## ", "- ") if markdown else ("", "", "  - ")
    lines = [f"{title}{words.PLAN_TITLE} ({words.PRINTED_ON.format(day=day_label(today, year=True))})", ""]
    if not entries:
        lines += [words.PLAN_CLI_NONE, ""]
    for step in words.STEPS:
        lines.append(f"{step_head}{step.number}. {step.title}")
        if markdown:
            lines.append("")
        lines += [bullet + entry_line(entry) for entry in by_step(entries)[step.number]] or [bullet + words.EMPTY_STEP]
        lines.append("")
    lines.append(f"{step_head}{words.CRISIS_HEADING}")
    if markdown:
        lines.append("")
    lines += [bullet + crisis_line_text(line) for line in crisis]
    return [*lines, "", words.CHECK_LOCAL]


@journal_command(help=PLAN_HELP, short_help="Print your safety plan, with contact details.")
@click.option("--format", "form", type=click.Choice(["text", "markdown"]), default="text", show_default=True,
              help="Plain text, or Markdown.")
def plan(session: Session, form: str) -> None:
    db = session.open_plain(write=False)
    for line in plan_lines(store.plan_entries(db), store.crisis_lines(db), session.today, markdown=form == "markdown"):
        click.echo(line)
