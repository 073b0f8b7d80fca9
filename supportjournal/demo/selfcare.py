"""Self-care in the sample: six activities on different schedules, marks with gaps and rest days."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from supportjournal.demo.ids import new_id, stamp
from supportjournal.demo.phrases import MARK_NOTES
from supportjournal.domain.schedule import Schedule, parse_schedule


@dataclass(frozen=True)
class Habit:
    """One self-care activity and how faithfully it is kept."""

    title: str
    schedule: str
    done: float
    """Chance a scheduled day is done (less in a low stretch)."""
    skipped: float
    """Chance it is marked as a rest day instead."""
    run: int
    """The current streak: occurrences (weeks, for "N times a week") done before today."""
    starts: float = 0.0
    """When it was added, as a share of the sample span."""
    done_today: bool = False


HABITS = (
    Habit("Walk outside 20 min", "daily", 0.78, 0.05, 23, done_today=True),
    Habit("Lunch away from the desk", "weekdays", 0.6, 0.08, 4),
    Habit("Text someone I care about", "mon,wed,fri", 0.7, 0.05, 9, starts=0.1),
    Habit("Water the plants", "every 3 days", 0.85, 0.03, 2),
    Habit("Run or swim", "3 times a week", 0.7, 0.1, 3, starts=0.6),
    Habit("Plan the week ahead", "sun", 0.75, 0.1, 6),
)


def selfcare(
    rng: random.Random, first: date, today: date, low: set[date]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The self-care items and all their marks.

    Returns:
        ``(item rows, mark rows)``.
    """
    span = (today - first).days
    items, marks = [], []
    for position, habit in enumerate(HABITS):
        starts_on = first + timedelta(days=int(span * habit.starts))
        item_id = new_id(rng)
        items.append(
            {"id": item_id, "title": habit.title, "schedule": habit.schedule,
             "starts_on": starts_on.isoformat(), "position": position,
             "created_at": stamp(starts_on, 9, 5 * position), "archived_at": None}
        )
        schedule = parse_schedule(habit.schedule)
        if schedule.flexible:
            states = _weekly(rng, habit, schedule.per_week, starts_on, today, low)
        else:
            states = _fixed(rng, habit, schedule, starts_on, today, low)
        if habit.done_today:
            states[today] = "done"
        for day in sorted(states):
            marks.append(_mark(rng, item_id, day, states[day], today))
    return items, marks


def _fixed(
    rng: random.Random, habit: Habit, schedule: Schedule, starts_on: date, today: date, low: set[date]
) -> dict[date, str]:
    days = schedule.occurrences(starts_on, today - timedelta(days=1), starts_on)
    states = {day: state for day in days if (state := _state(rng, habit, day in low))}
    recent = days[::-1]
    # The current streak: `run` done, with a rest day inside a long one, then a gap that ends it.
    rest = rng.randrange(1, habit.run - 1) if habit.run > 4 else -1
    length = habit.run + (rest >= 0)
    for index, day in enumerate(recent[:length]):
        states[day] = "skipped" if index == rest else "done"
    if len(recent) > length:
        states.pop(recent[length], None)
    return states


def _weekly(
    rng: random.Random, habit: Habit, per_week: int, starts_on: date, today: date, low: set[date]
) -> dict[date, str]:
    """Any days will do: a target number a week, more in good weeks and fewer in hard ones."""
    states: dict[date, str] = {}
    this_week = today - timedelta(days=today.weekday())
    week = starts_on - timedelta(days=starts_on.weekday())
    while week <= this_week:
        weeks_ago = (this_week - week).days // 7
        days = [d for d in (week + timedelta(days=i) for i in range(7)) if starts_on <= d < today]
        if 1 <= weeks_ago <= habit.run:
            count = per_week + rng.choice((0, 0, 1))
        elif weeks_ago == habit.run + 1:
            count = 1
        else:
            keen = habit.done * (0.5 if any(day in low for day in days) else 1)
            count = sum(rng.random() < keen for _ in range(per_week + 1))
        chosen = rng.sample(days, min(count, len(days)))
        for day in days:
            if day in chosen:
                states[day] = "done"
            elif rng.random() < habit.skipped / 3:
                states[day] = "skipped"
        week += timedelta(days=7)
    return states


def _state(rng: random.Random, habit: Habit, low: bool) -> str | None:
    roll = rng.random()
    done = habit.done * (0.55 if low else 1)
    if roll < done:
        return "done"
    if roll < done + habit.skipped:
        return "skipped"
    return None


def _mark(rng: random.Random, item_id: str, day: date, status: str, today: date) -> dict[str, Any]:
    note = rng.choice(MARK_NOTES[status]) if rng.random() < (0.3 if status == "skipped" else 0.03) else ""
    hour, minute = (7, 50) if day == today else (rng.randint(18, 22), rng.randrange(60))
    return {
        "item_id": item_id, "day": day.isoformat(), "status": status, "note": note,
        "updated_at": stamp(day, hour, minute),
    }
