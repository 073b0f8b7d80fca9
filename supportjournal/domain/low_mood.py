"""The low-mood rule: when recent check-ins show a sustained low mood. Pure logic, no I/O.

Every check-in asks it, so it stands apart from the safety plan and its words, which only a low mood needs
(``safety_plan.people_to_name`` says who the note then names).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

LOW_MOOD = 3
"""A check-in's mood at or below this counts as low (moods are 1 to 10)."""
RECENT_CHECKINS = 5
"""The rule looks at this many of the latest check-ins..."""
LOW_CHECKINS = 3
"""...and holds when at least this many of them are low..."""
WINDOW_DAYS = 7
"""...counting only check-ins from the last this many days (today included)."""


def window_start(today: date) -> date:
    """The first day whose check-ins the low-mood rule counts."""
    return today - timedelta(days=WINDOW_DAYS - 1)


def low_mood(moods_by_day: Mapping[date, Sequence[int]], today: date) -> bool:
    """True when recent check-ins show a sustained low mood.

    Of the latest ``RECENT_CHECKINS`` check-ins of the last ``WINDOW_DAYS`` days, at least
    ``LOW_CHECKINS`` have a mood of ``LOW_MOOD`` or below. One low evening is not a pattern;
    neither is a low week long past.

    Args:
        moods_by_day: Each day's moods in the order they were checked in (``store.moods_between``).
        today: The last day counted.
    """
    since = window_start(today)
    recent = [mood for day in sorted(moods_by_day) if since <= day <= today for mood in moods_by_day[day]]
    return sum(mood <= LOW_MOOD for mood in recent[-RECENT_CHECKINS:]) >= LOW_CHECKINS
