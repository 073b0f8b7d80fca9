"""The journal's pure helpers: a day's mood and its bar, and two windows' texts kept together."""

from __future__ import annotations

import pytest

from supportjournal.domain.journal import MOOD_BARS, PROMPTS, day_mood, keep_both, mood_bar
from tests.conftest import NOW


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


def test_keep_both_keeps_every_character_of_both_texts_stored_first():
    stored, mine = "Their words.\n\n", "  indented mine\n[/] \x1b]2;x"
    both = keep_both(stored, mine, NOW)
    assert both.startswith("Their words.\n\n── also written in another window (19:30)")
    assert both.endswith("\n\n" + mine)


@pytest.mark.parametrize(("stored", "mine", "kept"), [("", "mine", "mine"), (" \n", "mine", "mine"), ("theirs", "", "theirs")])
def test_keep_both_with_one_side_empty_is_just_the_other(stored, mine, kept):
    assert keep_both(stored, mine, NOW) == kept
