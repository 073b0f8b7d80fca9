"""The journal's pure helpers: a day's mood and its bar."""

from __future__ import annotations

import pytest

from supportjournal.domain.journal import MOOD_BARS, PROMPTS, day_mood, mood_bar


@pytest.mark.parametrize(
    ("moods", "expected"),
    [([], None), ([7], 7), ([3, 6], 5), ([5, 6, 6], 6), ([1, 1, 2], 1), ([10, 10], 10)],
)
def test_day_mood_is_the_mean_rounded_half_up(moods, expected):
    assert day_mood(moods) == expected


def test_mood_bars_rise_with_mood_from_lowest_to_highest():
    bars = [mood_bar(mood) for mood in range(1, 11)]
    assert bars[0] == MOOD_BARS[0] and bars[-1] == MOOD_BARS[-1]
    assert [MOOD_BARS.index(bar) for bar in bars] == sorted(MOOD_BARS.index(bar) for bar in bars)


def test_the_prompts_are_the_articles_four_questions():
    assert PROMPTS == (
        "Who supported you today?",
        "What did you need today that you did not ask for?",
        "What did you do for yourself today?",
        "Who could you reach out to this week?",
    )
