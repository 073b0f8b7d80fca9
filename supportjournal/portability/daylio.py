"""Daylio's CSV export into check-ins, self-care marks and journal days.

Daylio writes ``full_date,date,weekday,time,mood,activities,note_title,note`` (older versions
``year,date,weekday,time,mood,activities,note``, with a date like ``18 May``), newest first, the
activities of an entry joined by `` | ``. Each row becomes a check-in at its moment with its mood;
an activity named like one of your self-care activities marks it done that day, the others are
kept as ``#tags`` in the check-in's note; the note itself goes into that day's journal entry.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlite_utils import Database

from supportjournal.domain.text import visible
from supportjournal.portability.days import add_to_day
from supportjournal.portability.jobs import Job, Progress, Ticker, no_progress
from supportjournal.portability.report import Counts, FormatError, Report
from supportjournal.store import rows
from supportjournal.store.selfcare import set_mark

DAYLIO_MOODS = {"awful": 1, "bad": 3, "meh": 6, "good": 8, "rad": 10}
"""Daylio's five default moods on the 1–10 scale: evenly spread from 1 to 10, rounded half up
(1, 3.25, 5.5, 7.75, 10). Moods of one's own are mapped with ``--mood NAME=N``."""
NEW_COLUMNS = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
OLD_COLUMNS = ["year", "date", "weekday", "time", "mood", "activities", "note"]
ACTIVITY_SEPARATOR = " | "
_TIMES = ("%H:%M", "%I:%M %p")
_OLD_DATES = ("%Y %d %B", "%Y %B %d", "%Y %d %b", "%Y %b %d")
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_IDS = uuid.UUID("0f9b1c7e-5d2a-4f43-8e61-3c7d9a2b4e58")
"""The namespace of check-in ids made from a row: the same row, the same id, so it is never added twice."""


@dataclass(frozen=True)
class Entry:
    """One Daylio row."""

    at: datetime
    mood: int
    activities: tuple[str, ...]
    note: str


def parse_mood_option(values: tuple[str, ...] | list[str]) -> dict[str, int]:
    """``("blissful=9", …)`` as ``{"blissful": 9}``.

    Raises:
        FormatError: Not ``NAME=N`` with N from 1 to 10.
    """
    moods = {}
    for value in values:
        name, _, number = value.rpartition("=")
        if not name.strip() or not number.strip().isdigit() or not 1 <= int(number) <= 10:
            raise FormatError(f"--mood {visible(value)!r} should look like NAME=N with N from 1 to 10, e.g. blissful=9")
        moods[name.strip().casefold()] = int(number)
    return moods


def _moment(row: dict[str, str], old: bool, where: str) -> datetime:
    clock = row["time"].strip().upper()
    moment: time | None = None
    for form in _TIMES:
        try:
            moment = datetime.strptime(clock, form).time()
            break
        except ValueError:
            continue
    day: date | None = None
    texts = [f"{row['year'].strip()} {row['date'].strip()}"] if old else [row["full_date"].strip()]
    for form in _OLD_DATES if old else ("%Y-%m-%d",):
        try:
            day = datetime.strptime(texts[0], form).date()
            break
        except ValueError:
            continue
    if day is None or moment is None:
        raise FormatError(f"{where}: the date or time {visible(texts[0])!r} {visible(row['time'])!r} is not one Daylio writes; nothing was imported")
    return datetime.combine(day, moment)


def read_daylio(text: str, moods: dict[str, int]) -> list[Entry]:
    """Daylio's rows, oldest first.

    Raises:
        FormatError: Other columns than Daylio's, or a row that breaks (named by its line).
    """
    scale = DAYLIO_MOODS | moods
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [column.strip().lstrip("\ufeff") for column in next(reader, [])]
    if header not in (NEW_COLUMNS, OLD_COLUMNS):
        raise FormatError("line 1: not Daylio's CSV (its first line is " + ",".join(NEW_COLUMNS) + ")")
    old = header == OLD_COLUMNS
    entries = []
    line = 1
    for values in reader:
        where = f"line {line + 1}"
        line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            raise FormatError(f"{where}: {len(values)} columns where Daylio writes {len(header)}; nothing was imported")
        row = dict(zip(header, values))
        mood = scale.get(row["mood"].strip().casefold())
        if mood is None:
            raise FormatError(
                f"{where}: the mood {visible(row['mood'])!r} is not one of Daylio's five ({', '.join(DAYLIO_MOODS)}); "
                f"map it to 1-10 with --mood '{visible(row['mood'].strip())}=N' (in the app: moods of your own)"
            )
        activities = tuple(a.strip() for a in row["activities"].split(ACTIVITY_SEPARATOR.strip()) if a.strip())
        note = "\n".join(part for part in (row.get("note_title", "").strip(), row["note"].strip()) if part)
        entries.append(Entry(_moment(row, old, where), mood, activities, _LINE_BREAK.sub("\n", note)))
    return sorted(entries, key=lambda entry: entry.at)


def _checkin_row(entry: Entry, tags: list[str], now: datetime) -> dict[str, Any]:
    key = f"{entry.at.isoformat()}|{entry.mood}|{'|'.join(entry.activities)}|{entry.note}"
    moment = rows.stamp(now)
    return {
        "id": uuid.uuid5(_IDS, key).hex, "at": rows.stamp(entry.at), "day": entry.at.date().isoformat(),
        "mood": entry.mood, "note": " ".join("#" + "-".join(tag.split()) for tag in tags),
        "created_at": moment, "updated_at": moment, "archived_at": None,
    }


def import_daylio(text: str, now: datetime, moods: dict[str, int], progress: Progress = no_progress) -> Job:
    """The job that adds Daylio's entries as check-ins, self-care marks and journal text."""
    entries = read_daylio(text, moods)
    tick = Ticker(len(entries), progress)

    def job(db: Database, report: Report) -> None:
        checkins, marks, days = report.of("check-ins"), report.of("self-care marks"), report.of("journal days")
        items = {
            row["title"].casefold(): row["id"]
            for row in db.query("SELECT id, title FROM selfcare_items WHERE archived_at IS NULL")
        }
        for number, entry in enumerate(entries, start=1):
            tags = [a for a in entry.activities if a.casefold() not in items]
            row = _checkin_row(entry, tags, now)
            if db.table("checkins").count_where("id = ?", [row["id"]]):
                checkins.unchanged += 1
            else:
                db.table("checkins").insert(row)
                checkins.added += 1
            for activity in entry.activities:
                if (item_id := items.get(activity.casefold())) is not None:
                    _mark_done(db, item_id, entry.at.date(), now, marks)
            add_to_day(db, entry.at.date(), entry.note, now, days, f"the note of {entry.at:%Y-%m-%d %H:%M}")
            tick()

    return job


def _mark_done(db: Database, item_id: str, day: date, now: datetime, counts: Counts) -> None:
    key = [item_id, day.isoformat()]
    if db.execute("SELECT 1 FROM selfcare_marks WHERE item_id = ? AND day = ?", key).fetchone():
        counts.unchanged += 1  # a mark of one's own (done or skipped) stays as it is
        return
    set_mark(db, item_id, day, "done", now=now)  # the store's rule: a day before the activity began now counts
    counts.added += 1
