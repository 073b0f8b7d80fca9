"""Journal helpers: the article's reflection prompts and a day's mood in one glance."""

from __future__ import annotations

from collections.abc import Sequence

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
