"""The review's card and the summary as rendered: every fact in its place, the hostile corpus shown as typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from supportjournal.domain.glyphs import cells, clipped
from supportjournal.domain.models import Balance, Member
from supportjournal.domain.review import NAME_CELLS, card_of
from supportjournal.domain.summary import summarize
from supportjournal.ui.widgets.review_card import card_content, summary_content
from tests.conftest import TODAY
from tests.hostile import CORPUS, assert_nothing_sent, expected


def hostile_card(text: str):
    member = Member(id="m", name=text, kind="friend", ring="inner", cadence="every week", supports=("listening",),
                    empathy=2, reliability=4)
    card = card_of(member, {"m": TODAY - timedelta(days=12)}, {"m": Balance("m", text, 9, 1, "friend")},
                   {"m": TODAY - timedelta(days=3)}, {}, TODAY)
    return replace(card, asks=((text, TODAY - timedelta(days=3)),))


def test_a_card_says_why_then_the_facts():
    card = hostile_card("Sam")
    text = card_content(card, TODAY, 2, 5, width=200).plain
    assert text == (
        "Weekly review · 2 of 5\n"
        "Sam  friend · inner\n"
        "\n"
        "• It's been 12 days since you were in touch with Sam; you hoped to be in touch every week.\n"
        "• You've given Sam a lot of support lately and had little back; it's fine to ask for something too.\n"
        "• You rated Sam's empathy 2 of 5. That's all right; it may help to count on them for what they do well "
        "and lean on others for the rest.\n"
        "\n"
        "Contact     last in touch 12 days ago; you wanted every week\n"
        "Support     in the last 90 days you gave 9 and received 1\n"
        "Told them   Sam (Tue 24 Nov)\n"
        "Fit         empathy 2 · reliability 4\n"
        "They give   listening"
    )


def test_wrapped_lines_hang_under_their_bullet_and_label():
    card = hostile_card("Sam")
    lines = card_content(card, TODAY, 2, 5, width=40).plain.splitlines()
    assert lines[3:6] == ["• It's been 12 days since you were in", "  touch with Sam; you hoped to be in", "  touch every week."]
    assert "Contact     last in touch 12 days ago;" in lines and "            you wanted every week" in lines
    assert all(cells(line) <= 40 for line in lines)


def test_a_card_with_nothing_left_to_do_and_nothing_noted():
    member = Member(id="k", name="Kim", kind="friend")
    card = card_of(member, {"k": TODAY}, {}, {"k": TODAY}, {}, TODAY)
    text = card_content(card, TODAY, 1, 1).plain
    assert "Nothing here needs you just now." in text
    assert "no support noted either way in the last 90 days" in text
    assert "Told them   nothing noted yet (t when you tell them)" in text
    assert "Fit         not rated yet (e to rate)" in text
    assert "They give   nothing noted yet (e to add)" in text


def test_every_hostile_text_shows_as_typed_on_a_card():
    for text in CORPUS:
        shown = card_content(hostile_card(text), TODAY, 1, 1, width=100_000).plain
        assert_nothing_sent(shown), repr(text)
        name_line = shown.splitlines()[1]
        assert name_line == f"{expected(text)}  friend · inner", repr(text)
        assert f"with {clipped(text, NAME_CELLS)};" in shown, repr(text)  # a sentence holds the name, cut short
        assert f"Told them   {expected(text)} (Tue 24 Nov)" in shown, repr(text)
        assert_nothing_sent(card_content(hostile_card(text), TODAY, 1, 1, width=40).plain), repr(text)  # wrapped too


def test_every_hostile_text_shows_as_typed_in_the_summary():
    for text in CORPUS:
        giver = Member(id="m", name=text, kind="friend", supports=("listening", "crisis"))
        summary = summarize([giver], {"m": Balance("m", text, 0, 8, "friend")}, 1, 1, 90)
        shown = summary_content(summary, width=100_000).plain
        assert_nothing_sent(shown), repr(text)
        assert f"listening          {expected(text)}\n" in shown, repr(text)
        assert f"• {clipped(text, NAME_CELLS)} gives 100% of the support" in shown, repr(text)
        assert_nothing_sent(summary_content(summary, width=40).plain), repr(text)


def test_the_summary_names_givers_then_counts_the_rest_and_praises_a_rounded_network():
    people = [Member(id=str(n), name=f"P{n}", kind="friend", supports=("listening",)) for n in range(6)]
    rounded = [
        *people,
        Member(id="b", name="Ben", kind="friend", supports=("advice", "practical help", "company", "crisis")),
        Member(id="d", name="Dr O", kind="professional", supports=("professional care",)),
        Member(id="g", name="Group", kind="support group"),
    ]
    text = summary_content(summarize(rounded, {}, 4, 3, 90), width=200).plain
    assert "listening          P0, P1, P2, P3 and 2 more\n" in text
    assert "crisis             Ben\n" in text
    assert "You were in touch with 4 people in the last 30 days, and 3 in the 30 before." in text
    assert text.endswith("Every kind of support has someone, and your network has professionals and groups as well "
                         "as people close to you.")
