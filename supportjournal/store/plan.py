"""The safety plan, the crisis lines and the low-mood note's "not today", read and written in one transaction each."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from supportjournal.domain import validation as v
from supportjournal.domain.help_words import DEFAULT_CRISIS_LINES, CrisisLine
from supportjournal.domain.models import Member
from supportjournal.domain.safety_plan import MEMBER_STEPS, STEP_NUMBERS, PlanEntry, people_to_name
from supportjournal.store import rows
from supportjournal.store.checkins import mood_is_low
from supportjournal.store.db import StoreError, transaction
from supportjournal.store.members import get_member, last_contacts, list_members
from supportjournal.store.plain import Queries, exists, insert_row, update_row
from supportjournal.store.settings import get_setting, set_setting

CRISIS_LINES_SETTING = "crisis_lines"
"""The person's crisis lines as a JSON list; unset means the default list."""
LOW_MOOD_DISMISSED_SETTING = "low_mood_note_dismissed"
"""The day (ISO) the low-mood note was put away; it stays away for that day."""
MAX_LINE_FIELD = 300


def _clean_entry(step: int, text: str, member_id: str | None) -> tuple[str, str | None]:
    if step not in STEP_NUMBERS:
        raise v.ValidationError("step", f"the plan has steps 1 to {len(STEP_NUMBERS)}")
    if member_id is not None and step not in MEMBER_STEPS:
        raise v.ValidationError("step", "only steps 3, 4 and 5 hold people from your network")
    text = v.clean_note((text or "").strip(), "line")
    if "\0" in text:  # SQLite's checks read text only up to a NUL
        raise v.ValidationError("line", "a line can't hold a NUL character")
    if member_id is None and not text:
        raise v.ValidationError("line", "write something, or leave the line empty to take it out")
    return text, member_id


def _check_member(db: Queries, member_id: str | None) -> None:
    if member_id is not None and not exists(db, "members", "id = ?", [member_id]):
        raise StoreError("that member is no longer in the journal")


def add_plan_entry(
    db: Queries, step: int, text: str = "", *, member_id: str | None = None, now: datetime | None = None
) -> PlanEntry:
    """Add a line at the end of a step: free text, or a member (steps 3 to 5).

    Raises:
        ValidationError: No such step, a member outside steps 3 to 5, or an empty line.
        StoreError: The member is gone.
    """
    text, member_id = _clean_entry(step, text, member_id)
    moment = rows.stamp(now)
    record = {"id": rows.new_id(), "step": step, "text": text, "member_id": member_id,
              "created_at": moment, "updated_at": moment, "archived_at": None}
    with transaction(db):
        _check_member(db, member_id)
        (last,) = db.execute(
            "SELECT coalesce(max(position), -1) FROM plan_entries WHERE step = ? AND archived_at IS NULL", [step]
        ).fetchone()
        record["position"] = last + 1
        insert_row(db, "plan_entries", record)
    return _entry(db, record)


def update_plan_entry(
    db: Queries, entry_id: str, text: str = "", *, member_id: str | None = None, now: datetime | None = None
) -> PlanEntry:
    """Rewrite a line (its text, or the member it names).

    Raises:
        ValidationError: As ``add_plan_entry``.
        StoreError: No such line.
    """
    with transaction(db):
        row = _row(db, entry_id)
        text, member_id = _clean_entry(row["step"], text, member_id)
        _check_member(db, member_id)
        changes = {"text": text, "member_id": member_id, "updated_at": rows.stamp(now)}
        update_row(db, "plan_entries", entry_id, changes)
    return _entry(db, {**row, **changes})


def archive_plan_entry(db: Queries, entry_id: str, *, now: datetime | None = None) -> None:
    """Take a line out of the plan; it is kept, and ``restore_plan_entry`` puts it back."""
    with transaction(db):
        _row(db, entry_id)
        moment = rows.stamp(now)
        update_row(db, "plan_entries", entry_id, {"archived_at": moment, "updated_at": moment})


def restore_plan_entry(db: Queries, entry_id: str, *, now: datetime | None = None) -> PlanEntry:
    """Put a removed line back, at the end of its step."""
    with transaction(db):
        row = _row(db, entry_id)
        (last,) = db.execute(
            "SELECT coalesce(max(position), -1) FROM plan_entries WHERE step = ? AND archived_at IS NULL",
            [row["step"]],
        ).fetchone()
        changes = {"archived_at": None, "position": last + 1, "updated_at": rows.stamp(now)}
        update_row(db, "plan_entries", entry_id, changes)
    return _entry(db, {**row, **changes})


def move_plan_entry(db: Queries, entry_id: str, offset: int, *, now: datetime | None = None) -> None:
    """Move a line up (negative) or down (positive) within its step (each line's time moves, so the order travels)."""
    moment = rows.stamp(now)
    with transaction(db):
        step = _row(db, entry_id)["step"]
        ids = [row["id"] for row in db.query(
            "SELECT id FROM plan_entries WHERE step = ? AND archived_at IS NULL ORDER BY position", [step])]
        if entry_id not in ids:
            raise StoreError("that line is no longer in the plan")
        index = ids.index(entry_id)
        ids.insert(max(0, min(len(ids) - 1, index + offset)), ids.pop(index))
        for position, each in enumerate(ids):
            update_row(db, "plan_entries", each, {"position": position, "updated_at": moment})


def plan_entries(db: Queries) -> list[PlanEntry]:
    """Every line of the plan, by step and order, each member read as they are now."""
    query = "SELECT * FROM plan_entries WHERE archived_at IS NULL ORDER BY step, position"
    return [_entry(db, row) for row in db.query(query)]


def plan_steps_of(db: Queries, member_id: str) -> list[int]:
    """The steps of the plan that name a member (to say so before archiving them)."""
    query = "SELECT DISTINCT step FROM plan_entries WHERE member_id = ? AND archived_at IS NULL ORDER BY step"
    return [row["step"] for row in db.query(query, [member_id])]


def _row(db: Queries, entry_id: str) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM plan_entries WHERE id = ?", [entry_id]), None)
    if row is None:
        raise StoreError("that line is no longer in the plan")
    return row


def _entry(db: Queries, row: dict[str, Any]) -> PlanEntry:
    member = get_member(db, row["member_id"]) if row["member_id"] else None
    return PlanEntry(row["id"], row["step"], row["position"], row["text"], member)


# -- crisis lines ----------------------------------------------------------------------------


def clean_crisis_line(name: str, region: str = "", contact: str = "", source: str = "") -> CrisisLine:
    """A crisis line as typed, checked: a name and a way to reach it are needed.

    Raises:
        ValidationErrors: Naming every bad field.
    """
    checks = v.Checks()
    clean_name = checks.run(v.clean_name, name, "name")
    clean_contact = checks.run(v.clean_name, contact, "contact")
    for field, value in (("region", region), ("source", source)):
        if len(value.strip()) > MAX_LINE_FIELD:
            checks.errors.append(v.ValidationError(field, f"keep it under {MAX_LINE_FIELD} characters"))
    checks.done()
    assert clean_name is not None and clean_contact is not None
    return CrisisLine(clean_name, region.strip(), clean_contact, source.strip())


def crisis_lines(db: Queries) -> list[CrisisLine]:
    """The person's crisis lines in their order (the default list until they change it)."""
    kept = get_setting(db, CRISIS_LINES_SETTING)
    if not isinstance(kept, list):
        return list(DEFAULT_CRISIS_LINES)
    fields = ("name", "region", "contact", "source")
    return [CrisisLine(**{key: str(each.get(key, "")) for key in fields}) for each in kept if isinstance(each, dict)]


def set_crisis_lines(db: Queries, lines: list[CrisisLine] | None) -> None:
    """Keep this list of crisis lines (``None``: back to the default list)."""
    with transaction(db):
        if lines is None:
            db.execute("DELETE FROM settings WHERE key = ?", [CRISIS_LINES_SETTING])
        else:
            set_setting(db, CRISIS_LINES_SETTING, [asdict(line) for line in lines])


def low_mood_dismissed(db: Queries, today: date) -> bool:
    """True when the low-mood note was put away today."""
    return get_setting(db, LOW_MOOD_DISMISSED_SETTING) == today.isoformat()


def dismiss_low_mood(db: Queries, today: date) -> None:
    """Put the low-mood note away for the rest of ``today``."""
    set_setting(db, LOW_MOOD_DISMISSED_SETTING, today.isoformat())


def low_mood_people(db: Queries, today: date) -> tuple[list[Member], Member | None] | None:
    """Who to name when recent check-ins show a sustained low mood; ``None`` when they don't."""
    return people_to_reach(db) if mood_is_low(db, today) else None


def people_to_reach(db: Queries) -> tuple[list[Member], Member | None]:
    """Who the low-mood note names: up to three people, and a professional if there is one (``people_to_name``)."""
    return people_to_name(list_members(db), plan_entries(db), last_contacts(db))
