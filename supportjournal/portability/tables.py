"""The tables that travel between devices, each with its key and its modification-time column.

Export and import are driven by this list alone: a table added to the schema travels once it has
a line here (parents before the tables that point at them, so an import meets no missing parent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from supportjournal.store import rows


@dataclass(frozen=True)
class Table:
    """One table as export and import see it."""

    name: str
    key: tuple[str, ...] = ("id",)
    """The columns that name a record the same on every device."""
    modified: str = "updated_at"
    """The column holding when the record last changed; the newer copy wins an import."""
    text: str | None = None
    """A column of free writing: when both copies changed it, both texts are kept, never one dropped."""
    noun: str = ""
    """What a record is, in a report ("members"); the table's name when empty."""
    readable: Callable[[dict[str, Any]], object] | None = None
    """Reads a row as the app will (``store.rows``): an imported row it cannot read is refused."""

    @property
    def label(self) -> str:
        return self.noun or self.name.replace("_", " ")


TABLES: tuple[Table, ...] = (
    Table("members", readable=rows.member),
    Table("asks", readable=rows.ask),
    Table("checkins", noun="check-ins", readable=rows.checkin),
    Table("interactions", noun="contacts and ledger entries", readable=rows.interaction),
    Table("selfcare_items", noun="self-care activities", readable=rows.selfcare_item),
    Table("selfcare_marks", key=("item_id", "day"), noun="self-care marks", readable=rows.mark),
    Table("journal", key=("day",), text="body", noun="journal days", readable=rows.journal_entry),
    Table("plan_entries", noun="safety-plan lines"),
    Table("review_state", key=("member_id",), noun="review states"),
)
"""Every table that travels, parents first. Settings stay on each device (a theme is per screen)."""

BY_NAME = {table.name: table for table in TABLES}
