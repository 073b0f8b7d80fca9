"""The one rule for what a typed name means, and the type-ahead ranking beside it."""

from __future__ import annotations

from supportjournal.domain.attention import matches
from supportjournal.domain.models import Member
from supportjournal.domain.names import folded, has_words, named, suggested


def same(name: str) -> str:
    return name


NETWORK = ["Sam", "Sam [work]", "Samira", "Ben Samuels", "Hussam", "Ana", "Anil", "Dr Okafor"]


def test_folded_ignores_case_and_spacing():
    assert folded("  Sam \t [WORK] ") == "sam [work]"
    assert folded("STRASSE") == folded("straße")


def test_an_exact_name_wins_over_longer_names_it_begins():
    assert named(NETWORK, "sam", same) == ["Sam"]
    assert named(NETWORK, " SAM   [work] ", same) == ["Sam [work]"]


def test_a_beginning_matches_every_name_it_begins():
    assert named(NETWORK, "sa", same) == ["Sam", "Sam [work]", "Samira"]
    assert named(NETWORK, "dr o", same) == ["Dr Okafor"]
    assert named(NETWORK, "an", same) == ["Ana", "Anil"]


def test_nothing_typed_or_a_middle_of_a_name_means_nobody():
    assert named(NETWORK, "   ", same) == []
    assert named(NETWORK, "okafor", same) == []
    assert named([], "ana", same) == []


def test_type_ahead_ranks_start_then_a_later_word_then_anywhere():
    assert suggested(NETWORK, "SAM", same, 10) == ["Sam", "Sam [work]", "Samira", "Ben Samuels", "Hussam"]
    assert suggested(NETWORK, "sam", same, 2) == ["Sam", "Sam [work]"]
    assert suggested(NETWORK, "", same, 10) == []


def test_the_list_filter_needs_every_word_somewhere():
    assert has_words(["Dr Okafor", "professional"], "okaf PRO")
    assert not has_words(["Dr Okafor", "professional"], "okaf friend")
    assert has_words(["Ana"], "  ")
    member = Member(id="1", name="Ana", kind="friend", supports=("listening",))
    assert matches(member, "LISTEN an") and not matches(member, "family")
