"""The journal as text to read or to take to jrnl: Markdown day by day, and jrnl's plain-text form."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime

from sqlite_utils import Database

from supportjournal.domain.days import day_label
from supportjournal.domain.directions import DIRECTION_WORDS
from supportjournal.domain.journal import day_mood
from supportjournal.portability.jobs import Progress, Ticker, no_progress

JRNL_TIME = "%Y-%m-%d %H:%M"
"""jrnl's default ``timeformat``: an entry starts with ``[2026-11-27 21:00] Title``."""
JRNL_EVENING = "21:00"
"""The time given to a journal day written on a later day (a day's entry has no time of its own)."""
_LOOKS_LIKE_JRNL_DATE = re.compile(r"^\s*\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}\]")


def _days(db: Database) -> Iterator[tuple[str, str, str, list[dict]]]:
    """``(day, body, created_at, check-ins)`` for every day with writing or a check-in, oldest first."""
    people: dict[str, list[str]] = defaultdict(list)
    for row in db.execute(
        """SELECT i.checkin_id, m.name, i.direction FROM interactions i JOIN members m ON m.id = i.member_id
           WHERE i.checkin_id IS NOT NULL AND i.archived_at IS NULL ORDER BY m.name COLLATE NOCASE"""
    ):
        people[row[0]].append(row[1] if row[2] == "none" else f"{row[1]} ({DIRECTION_WORDS[row[2]]})")
    checkins: dict[str, list[dict]] = defaultdict(list)
    for row in db.execute("SELECT id, day, at, mood, note FROM checkins WHERE archived_at IS NULL ORDER BY at"):
        checkins[row[1]].append({"at": row[2], "mood": row[3], "note": row[4], "with": people.get(row[0], [])})
    entries = {row[0]: (row[1], row[2]) for row in db.execute("SELECT day, body, created_at FROM journal WHERE body != ''")}
    for day in sorted(set(entries) | set(checkins)):
        body, created = entries.get(day, ("", ""))
        yield day, body, created, checkins.get(day, [])


def export_markdown(db: Database, now: datetime, progress: Progress = no_progress) -> str:
    """The journal as a readable archive: a heading per day, its mood and check-ins, then the writing."""
    days = list(_days(db))
    tick = Ticker(len(days), progress)
    parts = [f"# Support Journal\n\nExported {day_label(now.date(), year=True)} at {now:%H:%M}.\n"]
    for day, body, _, checkins in days:
        parts.append(f"\n## {day_label(datetime.fromisoformat(day).date(), year=True)}\n")
        mood = day_mood([each["mood"] for each in checkins])
        if mood is not None:
            parts.append(f"\nMood {mood}/10\n")
        if checkins:
            parts.append("\n" + "".join(_checkin_line(each) for each in checkins))
        if body:
            parts.append("\n" + _under_day_heading(body.rstrip("\n")) + "\n")
        tick()
    return "".join(parts)


def _under_day_heading(body: str) -> str:
    """The day's Markdown with its own headings two levels down, so they sit under the day's ``##``."""
    lines, fenced = [], False
    for line in body.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        lines.append("##" + line if not fenced and re.match(r"#{1,4} ", line) else line)
    return "\n".join(lines)


def _checkin_line(checkin: dict) -> str:
    said = [f"- {checkin['at'][11:16]} check-in, mood {checkin['mood']}"]
    if checkin["with"]:
        said.append("with " + ", ".join(checkin["with"]))
    line = ", ".join(said)
    if checkin["note"]:
        line += ": " + " ".join(checkin["note"].split())
    return line + "\n"


def export_jrnl(db: Database, now: datetime, progress: Progress = no_progress) -> str:
    """The journal in jrnl's plain-text form (what ``jrnl --import`` reads): one entry per day.

    The first line of a day is the entry's title, the rest its body. A line of the text that would
    look to jrnl like the start of a new entry gets one space in front, so it stays in its day.
    """
    rows = db.execute("SELECT day, body, created_at FROM journal WHERE body != '' ORDER BY day").fetchall()
    tick = Ticker(len(rows), progress)
    parts = []
    for day, body, created in rows:
        time = created[11:16] if created[:10] == day else JRNL_EVENING
        lines = [(" " + line if _LOOKS_LIKE_JRNL_DATE.match(line) else line) for line in body.strip("\n").split("\n")]
        parts.append(f"[{day} {time}] " + "\n".join(lines).strip() + "\n\n")
        tick()
    return "".join(parts)

