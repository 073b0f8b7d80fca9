"""Small parts of the check-in and journal: type-ahead ranking, search snippets as literal text."""

from __future__ import annotations

import pytest

from supportjournal import store
from supportjournal.domain.models import Member
from supportjournal.ui.screens.checkin import MAX_MATCHES, matching
from supportjournal.ui.widgets.journal_search import MATCH_STYLE, snippet_content
from tests.conftest import HOSTILE_TEXT

S, E = store.HIGHLIGHT_START, store.HIGHLIGHT_END


def members(*names: str) -> list[Member]:
    return [Member(id=str(n), name=name, kind="friend") for n, name in enumerate(names)]


def test_type_ahead_ranks_start_of_name_then_start_of_a_word_then_anywhere():
    found = matching(members("Sam", "Ben Samuels", "Hussam", "samira", "Ana"), "SAM")
    assert [m.name for m in found] == ["Sam", "samira", "Ben Samuels", "Hussam"]


def test_type_ahead_needs_some_text_and_stays_short():
    assert matching(members("Ana"), "   ") == []
    assert len(matching(members(*[f"Ana {n}" for n in range(50)]), "ana")) == MAX_MATCHES


def marked(content) -> list[str]:
    return [content.plain[span.start:span.end] for span in content.spans if span.style == MATCH_STYLE]


def test_snippet_marks_become_highlights_and_lines_run_on():
    content = snippet_content(f"a {S}walk{E} by the\n\n{S}river{E}…")
    assert content.plain == "a walk by the river…"
    assert marked(content) == ["walk", "river"]


def test_a_start_mark_without_an_end_shows_plainly():
    content = snippet_content(f"cut {S}off")
    assert content.plain == "cut off"
    assert marked(content) == []


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_snippets_show_hostile_text_exactly(text):
    content = snippet_content(f"{text} {S}word{E} {text}")
    assert content.plain == f"{text} word {text}"
    assert marked(content) == ["word"]
