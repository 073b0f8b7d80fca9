"""Journal helpers: the article's reflection prompts, a day's mood in one glance, two windows' texts kept."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

PROMPTS = (
    "Who supported you today?",
    "What did you need today that you did not ask for?",
    "What did you do for yourself today?",
    "Who could you reach out to this week?",
)
"""Reflection prompts drawn from the article, offered beside the editor."""

MOOD_BARS = "▁▂▃▄▅▆▇█"


def day_mood(moods: Sequence[int]) -> int | None:
    """The mood of a day with several check-ins: their mean rounded half up, or ``None`` without any.

    Args:
        moods: The day's moods, each 1–10.

    Returns:
        A whole mood from 1 to 10, or ``None``.
    """
    if not moods:
        return None
    return max(1, min(10, int(sum(moods) / len(moods) + 0.5)))


def mood_bar(mood: int) -> str:
    """One block character whose height follows a 1–10 mood."""
    return MOOD_BARS[(mood - 1) * len(MOOD_BARS) // 10]


def keep_both(stored: str, mine: str, when: datetime) -> str:
    """One text holding both versions of a day written in two windows at once; nothing is dropped.

    The stored (newer) text comes first, then this window's whole text under a marked line, for the
    person to tidy up. A plain join, not a merge: a clever merge could lose a sentence silently.

    Args:
        stored: The entry as another window saved it.
        mine: This window's text, which was about to be saved.
        when: When the two met, for the marked line.
    """
    if not stored.strip() or not mine.strip():
        return stored if stored.strip() else mine
    marker = f"── also written in another window ({when:%H:%M}); both kept ──"
    return stored.rstrip("\n") + f"\n\n{marker}\n\n" + mine


def keep_both_devices(newer: str, older: str, older_when: datetime) -> str:
    """One text holding a day written apart on two devices: the newer text, then the older below a marked line.

    Symmetric by design: both devices importing each other's copy reach the same text, so they
    stay in step. Used only when neither text already holds the other.

    Args:
        newer: The text changed last.
        older: The other device's text.
        older_when: When the older text was last changed, for the marked line.
    """
    marker = f"── also written on another device ({older_when:%a %d %b %Y %H:%M}); both kept ──"
    return newer.rstrip("\n") + f"\n\n{marker}\n\n" + older
