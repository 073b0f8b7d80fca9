"""The summary in words, as Markdown or plain text: the document a person hands to a therapist or doctor."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from supportjournal.domain.days import day_label
from supportjournal.domain.glyphs import cells as cell_width
from supportjournal.domain.insights.summary import Summary, percent, table_rows
from supportjournal.domain.insights.words import mood_number
from supportjournal.domain.text import visible

TITLE = "Support Journal summary"
LEFT_OUT = (
    "Journal text, notes and names are left out of this summary; "
    "supportjournal summary --with-names --with-notes includes them."
)
NAMES_LEFT_OUT = "Names are left out (--with-names includes them)."
NOTES_LEFT_OUT = "Journal text and notes are left out (--with-notes includes them)."
NOT_A_DIAGNOSIS = "Written by the person from their own daily check-ins; it is a record, not an assessment."


@dataclass(frozen=True)
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class Quoted:
    """Private text as written (a journal entry is Markdown of its own), under a line saying what and when."""

    title: str
    text: str


Block = str | Table | list[str] | Quoted
"""A paragraph, a table, a bulleted list, or quoted private text."""


def _mood(summary: Summary) -> Iterator[Block]:
    if summary.mean is None:
        yield "No check-ins in this period."
        return
    yield (
        f"Average mood {mood_number(summary.mean)} (1 to 10, each day counted once); "
        f"lowest single check-in {summary.low}."
    )
    header, rows = table_rows(summary)
    yield Table(header, rows)


def _regularity(summary: Summary) -> Iterator[Block]:
    gap = summary.longest_gap
    yield (
        f"{summary.checkins} check-ins on {summary.checkin_days} of {summary.days} days "
        f"({percent(summary.checkin_days, summary.days)}); "
        f"the longest stretch without one was {gap} day{'' if gap == 1 else 's'}."
    )


def _selfcare(summary: Summary) -> Iterator[Block]:
    if not summary.kept:
        yield "No self-care activities in this period."
        return
    rows = []
    for kept in summary.kept:
        due = f"{kept.due}" if kept.due is not None else "any day"
        kept_share = "-" if kept.kept is None or kept.due is None else percent(kept.kept, kept.due - kept.rested_when_due)
        rows.append((visible(kept.title), kept.schedule, str(kept.done), due, kept_share, str(kept.rested)))
    yield Table(("activity", "schedule", "days done", "days due", "kept", "rest days"), rows)
    yield "Kept: of the days an activity was due, those it was done; rest days are left out of it."


def _people(summary: Summary, with_names: bool) -> Iterator[Block]:
    total = len(summary.people_days)
    weeks = [week.people for week in summary.weeks]
    average = sum(weeks) / len(weeks) if weeks else 0
    yield (
        f"In touch with {total} {'person' if total == 1 else 'people'} in all, "
        f"{average:.1f} different people a week on average (per week in the table above)."
    )
    if summary.people_by_kind:
        yield "By kind: " + ", ".join(f"{kind} {count}" for kind, count in summary.people_by_kind.items()) + "."
    if with_names and summary.people_days:
        yield [f"{visible(name)}: {days} day{'' if days == 1 else 's'}" for name, days in summary.people_days]


def _coverage(summary: Summary, with_names: bool) -> Iterator[Block]:
    lines = []
    for cover in summary.covers:
        if not cover.covered:
            lines.append(f"{cover.support}: nobody yet")
        elif with_names:
            lines.append(f"{cover.support}: " + ", ".join(visible(m.name) for m in cover.givers))
        else:
            count = len(cover.givers)
            lines.append(f"{cover.support}: {count} {'person or group' if count == 1 else 'people or groups'}")
    yield "Who gives each kind of support, in the network as it is today:"
    yield lines


def _notes(summary: Summary) -> Iterator[Block]:
    if not summary.notes:
        yield "No journal text or notes in this period."
    for note in summary.notes:
        yield Quoted(f"{day_label(note.day, year=True)}, {note.what}", visible(note.text, keep_lines=True).strip())


def blocks(summary: Summary, *, with_names: bool, with_notes: bool) -> Iterator[tuple[str, list[Block]]]:
    """The summary's sections, each a heading and its blocks."""
    yield "Mood", list(_mood(summary))
    yield "Check-ins", list(_regularity(summary))
    yield "Self-care", list(_selfcare(summary))
    yield "People", list(_people(summary, with_names))
    yield "Support system", list(_coverage(summary, with_names))
    if with_notes:
        yield "Journal and notes", list(_notes(summary))


def _period(summary: Summary) -> str:
    return (
        f"{day_label(summary.first, year=True)} to {day_label(summary.last, year=True)} "
        f"({summary.days} day{'' if summary.days == 1 else 's'})"
    )


def _left_out(with_names: bool, with_notes: bool) -> list[str]:
    if not with_names and not with_notes:
        return [LEFT_OUT]
    return [words for words, given in ((NAMES_LEFT_OUT, with_names), (NOTES_LEFT_OUT, with_notes)) if not given]


def _markdown_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def markdown(summary: Summary, *, with_names: bool = False, with_notes: bool = False) -> str:
    """The summary as Markdown: headings, pipe tables, lists."""
    out = [f"# {TITLE}", "", _period(summary), "", NOT_A_DIAGNOSIS, *(f"\n{line}" for line in _left_out(with_names, with_notes))]
    for heading, section in blocks(summary, with_names=with_names, with_notes=with_notes):
        out += ["", f"## {heading}"]
        for block in section:
            out.append("")
            if isinstance(block, Table):
                out.append("| " + " | ".join(block.header) + " |")
                out.append("|" + "|".join(" --- " for _ in block.header) + "|")
                out += ["| " + " | ".join(_markdown_cell(cell) for cell in row) + " |" for row in block.rows]
            elif isinstance(block, list):
                out += [f"- {_markdown_cell(line)}" for line in block]
            elif isinstance(block, Quoted):
                out += [f"**{block.title}**", ""] + [f"> {line}".rstrip() for line in block.text.splitlines()]
            else:
                out.append(block)
    return "\n".join(out) + "\n"


def _aligned(table: Table) -> list[str]:
    rows = [table.header, *table.rows]
    widths = [max(cell_width(row[i]) for row in rows) for i in range(len(table.header))]
    return [
        "  ".join(cell + " " * (width - cell_width(cell)) for cell, width in zip(row, widths)).rstrip()
        for row in rows
    ]


def text(summary: Summary, *, with_names: bool = False, with_notes: bool = False) -> str:
    """The summary as plain text: underlined headings, aligned columns."""
    out = [TITLE, "=" * len(TITLE), _period(summary), "", NOT_A_DIAGNOSIS, *_left_out(with_names, with_notes)]
    for heading, section in blocks(summary, with_names=with_names, with_notes=with_notes):
        out += ["", heading, "-" * len(heading)]
        for index, block in enumerate(section):
            if index:
                out.append("")
            if isinstance(block, Table):
                out += ["  " + line for line in _aligned(block)]
            elif isinstance(block, list):
                out += [f"  · {line}" for line in block]
            elif isinstance(block, Quoted):
                out += [f"{block.title}:"] + [f"    {line}".rstrip() for line in block.text.splitlines()]
            else:
                out.append(block)
    return "\n".join(out) + "\n"


def render(summary: Summary, fmt: str = "markdown", *, with_names: bool = False, with_notes: bool = False) -> str:
    """The summary in ``fmt`` (``markdown`` or ``text``)."""
    writer = markdown if fmt == "markdown" else text
    return writer(summary, with_names=with_names, with_notes=with_notes)
