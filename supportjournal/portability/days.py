"""Adding text from another app to a journal day: kept whole, never twice, never over what is there."""

from __future__ import annotations

from datetime import date, datetime

from sqlite_utils import Database

from supportjournal.domain import validation as v
from supportjournal.portability.report import Counts, FormatError
from supportjournal.store.journal import get_entry, save_entry


def add_to_day(db: Database, day: date, text: str, now: datetime, counts: Counts, where: str) -> None:
    """Put ``text`` on ``day``'s entry: the whole entry if it has none, else below what is there.

    Text the day already holds (the same file imported again) is left alone and counted as such.
    """
    text = text.strip("\n")
    if not text:
        return
    entry = get_entry(db, day)
    body = entry.body if entry else ""
    if text in body:
        counts.unchanged += 1
        return
    try:
        save_entry(db, day, body.rstrip("\n") + "\n\n" + text if body.strip() else text, now=now)
    except v.ValidationError as error:
        raise FormatError(f"{where}: {error}; nothing was imported") from None
    if entry is None:
        counts.added += 1
    else:
        counts.updated += 1
