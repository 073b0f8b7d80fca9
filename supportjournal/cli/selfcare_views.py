"""How self-care items read on the command line: schedule, today's mark and streak."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from supportjournal import store
from supportjournal.cli.output import jsonable, shown
from supportjournal.domain.models import SelfCareItem
from supportjournal.domain.schedule import parse_schedule
from supportjournal.domain.selfcare import streak_unit, streak_words


@dataclass(frozen=True)
class ItemDay:
    """A self-care item as it stands on one day."""

    item: SelfCareItem
    scheduled: bool
    """Whether the item's schedule falls on the day."""
    status: str
    """``done``, ``skipped`` or ``open``."""
    streak: int

    @property
    def on_list(self) -> bool:
        """Whether the day's list shows it: scheduled that day, or marked anyway."""
        return self.scheduled or self.status != "open"

    def as_json(self) -> dict[str, Any]:
        unit = streak_unit(self.item)
        state = {"scheduled": self.scheduled, "status": self.status, "streak": self.streak, "streak_unit": unit}
        return {**jsonable(self.item), **state}

    def row(self) -> list[str]:
        box = {"done": "[x]", "skipped": "[~]", "open": "[ ]"}[self.status]
        return [box, shown(self.item.title), self.item.schedule, f"streak {streak_words(self.item, self.streak)}"]


def items_on(db: store.Queries, items: Iterable[SelfCareItem], day: date) -> list[ItemDay]:
    """Each item's schedule, mark and streak on ``day``; one query for the marks."""
    marks = store.marks_between(db, day, day)
    return [
        ItemDay(
            item,
            parse_schedule(item.schedule).occurs_on(day, item.starts_on),
            mark.status if (mark := marks.get((item.id, day))) else "open",
            store.item_streak(db, item, day),
        )
        for item in items
    ]
