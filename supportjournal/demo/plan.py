"""The sample safety plan: a short one, written a month ago, naming members of the sample network."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from supportjournal.demo.ids import new_id, stamp

PLAN: tuple[tuple[int, str], ...] = (
    (1, "Not answering messages for days"),
    (1, "Sleeping badly, skipping meals"),
    (2, "Ten minutes' walk round the park, even in the rain"),
    (2, "Headphones, the slow playlist, a hot shower"),
    (3, "@Ana"),
    (3, "The library café on Hill Street"),
    (4, "@Ben"),
    (4, "@Mum"),
    (5, "@Dr Okafor"),
    (5, "Out-of-hours GP: 111"),
    (6, "Yusuf keeps the spare medication; ask him week by week"),
    (7, "Tomás's kids, and being their favourite uncle"),
    (7, "The garden with Nana Rosa in spring"),
)
"""``(step, line)``; a line starting with ``@`` names a member."""
WRITTEN_DAYS_AGO = 30


def plan(seed: int, members: list[dict[str, Any]], today: date) -> list[dict[str, Any]]:
    """The plan's rows; its ids come from their own generator, so the rest of the sample is as before."""
    rng = random.Random(f"safety plan {seed}")
    ids = {member["name"]: member["id"] for member in members}
    written = stamp(today - timedelta(days=WRITTEN_DAYS_AGO), 21, 15)
    rows: list[dict[str, Any]] = []
    for step, line in PLAN:
        position = sum(1 for row in rows if row["step"] == step)
        member_id = ids[line[1:]] if line.startswith("@") else None
        rows.append({"id": new_id(rng), "step": step, "position": position, "text": "" if member_id else line,
                     "member_id": member_id, "created_at": written, "updated_at": written, "archived_at": None})
    return rows
