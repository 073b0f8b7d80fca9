"""jrnl's JSON (``jrnl --format json``) into journal days: a day's entries join in time order.

Each entry becomes its title (with `` *`` when starred, as jrnl marks it in its own text) and then
its body. Tags are kept as the words they are in the text (``@work``); a tag listed for an entry
but missing from its text is added on a last line, so none is lost.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from supportjournal.domain.text import visible
from supportjournal.portability.days import add_to_day
from supportjournal.portability.jobs import Job, Progress, Ticker, no_progress
from supportjournal.portability.report import FormatError, Report

_DAY, _TIME = "%Y-%m-%d", "%H:%M"


def _field(entry: dict[str, Any], name: str, kind: type, where: str) -> Any:
    value = entry.get(name, kind())
    if not isinstance(value, kind):
        raise FormatError(f"{where}: {name} should be {kind.__name__}, not {type(value).__name__}; nothing was imported")
    return value


def _entry(entry: Any, where: str) -> tuple[date, str, str]:
    """``(day, time, text)`` of one jrnl entry."""
    if not isinstance(entry, dict):
        raise FormatError(f"{where}: an entry must be an object; nothing was imported")
    title, body = _field(entry, "title", str, where), _field(entry, "body", str, where)
    day_text, time_text = _field(entry, "date", str, where), _field(entry, "time", str, where)
    try:
        day = datetime.strptime(day_text, _DAY).date()
        datetime.strptime(time_text, _TIME)
    except ValueError:
        raise FormatError(
            f"{where}: date {visible(day_text)!r} and time {visible(time_text)!r} should look like "
            "2026-11-27 and 21:30; nothing was imported"
        ) from None
    tags = [tag for tag in _field(entry, "tags", list, where) if isinstance(tag, str)]
    starred = entry.get("starred") is True
    text = title.strip() + (" *" if starred else "")
    if body.strip():
        text += "\n" + body.strip("\n")
    missing = [tag for tag in tags if tag.casefold() not in text.casefold()]
    if missing:
        text += "\n" + " ".join(missing)
    return day, time_text, text


def read_jrnl(text: str) -> dict[date, list[str]]:
    """The entries' texts by day, each day's in time order.

    Raises:
        FormatError: Not jrnl's JSON, or an entry that is not whole (named by its number).
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})") from None
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        hint = " (for a Support Journal export, use --format json)" if isinstance(document, dict) and "tables" in document else ""
        raise FormatError(f"this is not jrnl's JSON: it has no list of entries{hint}")
    found: dict[date, list[tuple[str, int, str]]] = defaultdict(list)
    for number, entry in enumerate(document["entries"], start=1):
        day, time, body = _entry(entry, f"entry {number}")
        found[day].append((time, number, body))
    return {day: [body for _, _, body in sorted(entries)] for day, entries in sorted(found.items())}


def import_jrnl(text: str, now: datetime, progress: Progress = no_progress) -> Job:
    """The job that joins jrnl's entries into the journal's days."""
    days = read_jrnl(text)
    tick = Ticker(len(days), progress)

    def job(db: Database, report: Report) -> None:
        counts = report.of("journal days")
        for day, texts in days.items():
            add_to_day(db, day, "\n\n".join(texts), now, counts, f"the entries of {day.isoformat()}")
            tick()

    return job
