"""Writing to the terminal: user text made safe, dates in words, aligned columns and JSON."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import click

from supportjournal.domain.text import json_escaped, visible


def shown(text: str | None, *, keep_lines: bool = False) -> str:
    """User text as it may reach a terminal: control characters shown, never sent (``visible``)."""
    return visible(text, keep_lines=keep_lines)


def day_words(day: date, today: date) -> str:
    """``today``, ``yesterday``, or ``Mon 23 Nov`` (with the year when it is not this year)."""
    offset = (today - day).days
    if offset == 0:
        return "today"
    if offset == 1:
        return "yesterday"
    return day.strftime("%a %d %b" if day.year == today.year else "%a %d %b %Y")


def on_day(day: date, today: date) -> str:
    """``today``, ``yesterday`` or ``on Mon 23 Nov``, to end a sentence."""
    words = day_words(day, today)
    return words if words in ("today", "yesterday") else f"on {words}"


def moment_words(moment: datetime, today: date) -> str:
    """``21:00 yesterday``, ``08:15 today``, ``21:00 on Mon 23 Nov``."""
    return f"{moment:%H:%M} {on_day(moment.date(), today)}"


def width(text: str) -> int:
    """Terminal cells ``text`` takes: wide characters (CJK, most emoji) take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


def table(rows: Iterable[Sequence[str]], indent: str = "") -> None:
    """Echo rows as left-aligned columns; a column empty in every row is left out."""
    rows = [list(row) for row in rows]
    if not rows:
        return
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell + " " * (column - width(cell)) for cell, column in zip(row, widths) if column]
        click.echo((indent + "  ".join(cells)).rstrip())


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def jsonable(record: Any) -> Any:
    """Dataclasses, lists and dicts as plain JSON values, with dates as ISO text."""
    return json.loads(json.dumps(record, default=_plain))


def echo_json(data: Any) -> None:
    """Echo data as indented JSON; user text is kept exactly, its control characters as escapes."""
    click.echo(json_escaped(json.dumps(jsonable(data), ensure_ascii=False, indent=2)))
