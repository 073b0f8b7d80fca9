"""Writing to the terminal: user text made safe, aligned columns (cells by wcwidth) and JSON."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import click

from supportjournal.domain.text import json_escaped, visible


def shown(text: str | None, *, keep_lines: bool = False) -> str:
    """User text as it may reach a terminal: control characters shown, never sent (``visible``)."""
    return visible(text, keep_lines=keep_lines)


def table(rows: Iterable[Sequence[str]], indent: str = "") -> None:
    """Echo rows as left-aligned columns; a column empty in every row is left out."""
    # Imported here: wcwidth's tables cost more than the rest of a check-in, which prints no table.
    from supportjournal.domain.glyphs import cells

    rows = [list(row) for row in rows]
    if not rows:
        return
    widths = [max(cells(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        padded = [cell + " " * (column - cells(cell)) for cell, column in zip(row, widths) if column]
        click.echo((indent + "  ".join(padded)).rstrip())


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
