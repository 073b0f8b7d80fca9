"""The whole hostile corpus through every pure function that renders user text: shown as typed, never sent."""

from __future__ import annotations

import ast
import json
import unicodedata
from datetime import timedelta
from pathlib import Path

from supportjournal.cli.checkin import confirmation, people_words
from supportjournal.cli.member_views import _details
from supportjournal.cli.output import echo_json, shown, table
from supportjournal.cli.selfcare_views import ItemDay
from supportjournal.cli.session import Session
from supportjournal.cli.today import _checkin_row
from supportjournal.domain import glyphs
from supportjournal.domain.ecomap import MapEntry, layout
from supportjournal.domain.ecomap_labels import label_variants
from supportjournal.domain.models import Channel, CheckIn, Interaction, Member, SelfCareItem
from supportjournal.domain.text import json_escaped, visible
from supportjournal.ui import render
from supportjournal.ui.screens.member_detail import interaction_line
from supportjournal.ui.widgets.member_list import member_row
from tests.conftest import NOW, TODAY, fixed_clock
from tests.hostile import CORPUS, NEVER_SENT, assert_nothing_sent, each_hostile_text, expected

UI = Path(__file__).parents[2] / "supportjournal" / "ui"


def printing(text: str) -> str:
    """The characters that print (letters, marks, numbers, symbols, punctuation), composed."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if unicodedata.category(c)[0] in "LMNPS")


def test_the_corpus_covers_what_the_issue_lists():
    assert len(CORPUS) >= 40
    joined = "".join(CORPUS)
    for needle in ("[/", "[/]", "[bold]x", "[$accent]x", "[@click=app.quit]x", "[link=file:///etc/passwd]x",
                   "\u200d", "\u0301", "\U0001f1ec", "\t", "\n", "\x1b]2;", "\x1b]52;", "\x1b[31m", "\x9b", "\x85",
                   "\u202e", "\u2066", "مريم", "王"):
        assert needle in joined, needle
    assert any(text.endswith("\\") for text in CORPUS)
    assert max(map(len, CORPUS)) == 10_000


@each_hostile_text
def test_visible_shows_every_control_and_keeps_everything_else(text):
    assert visible(text) == expected(text)
    assert visible(text, keep_lines=True) == expected(text, keep_lines=True)
    assert not set(visible(text)) & (NEVER_SENT | {"\n", "\t"})
    assert visible(visible(text)) == visible(text)


@each_hostile_text
def test_an_editor_shows_one_character_for_each(text):
    drawn = visible(text, editing=True)
    assert drawn == "".join({"\t": "\t", "\r": "␍"}.get(char) or expected(char) for char in text)
    assert_nothing_sent(drawn.replace("\t", ""), lines=False)


@each_hostile_text
def test_json_keeps_the_text_exactly_and_sends_no_control(text, capsys):
    assert json.loads(json_escaped(json.dumps([text], ensure_ascii=False))) == [text]
    echo_json({"name": text, "notes": [text]})
    out = capsys.readouterr().out
    assert json.loads(out) == {"name": text, "notes": [text]}
    assert_nothing_sent(out)


@each_hostile_text
def test_the_ui_helpers_show_the_text_as_typed(text):
    assert render.clean(text) == expected(text)
    assert render.literal(text).plain == expected(text)
    assert render.literal(text, lines=True).plain == expected(text, keep_lines=True)
    assert render.rich_literal(text, "bold").plain == expected(text)
    assert render.styled("[b]$name[/b] and $other", name=text, other="[i]").plain == f"{expected(text)} and [i]"


@each_hostile_text
def test_the_ui_rows_show_the_text_as_typed(text):
    member = Member("m1", text, "friend")
    row = member_row(member, None, TODAY, 60 + len(text) * 2).plain
    assert row.startswith(f"  {expected(text)}") and "no contact yet" in row
    line = interaction_line(Interaction("i1", "m1", NOW, "gave", "call", note=text)).plain
    assert line.endswith(f" — {expected(text)}")


@each_hostile_text
def test_the_map_draws_the_text_as_typed(text):
    clusters = "".join(cluster for cluster, _ in glyphs.glyphs(text))
    assert_nothing_sent(clusters, lines=False)
    assert printing(clusters) == printing(expected(text))
    for variant in label_variants(text, "friend", "overdue", "both", False, glyphs.cells):
        assert_nothing_sent("".join(piece for piece, _, _ in variant), lines=False)
    drawn = layout([MapEntry("x", text, "friend", "inner")], 80, 24)
    [placement] = drawn.placements
    assert_nothing_sent(drawn.text())
    assert printing(expected(text)).startswith(printing(placement.text.removesuffix("…"))[1:])


@each_hostile_text
def test_the_command_line_shows_the_text_as_typed(text, capsys):
    assert shown(text) == expected(text)
    assert shown(text, keep_lines=True) == expected(text, keep_lines=True)
    table([[shown(text), "friend"], ["Ana", "family"]])
    out = capsys.readouterr().out
    assert_nothing_sent(out)
    assert out.startswith(expected(text))


@each_hostile_text
def test_the_command_line_views_show_the_text_as_typed(text):
    item = SelfCareItem("s1", text)
    assert ItemDay(item, True, "done", 3).row() == ["[x]", expected(text), "daily", "streak 3 days"]
    together = Interaction("i1", "m1", NOW, "gave", member_name=text)
    checkin = CheckIn("c1", NOW - timedelta(hours=1), 6, note=text, interactions=(together,))
    assert people_words(checkin) == f"{expected(text)} (you gave)"
    assert confirmation(checkin, Session(clock=fixed_clock)).startswith("Checked in: mood 6 at 18:30 today, with ")
    assert _checkin_row(checkin) == ["18:30", "mood 6", f"with {expected(text)} (you gave)", expected(text)]
    member = Member("m1", text, "friend", channels=(Channel(text, text),), link=text)
    details = dict(_details(member, None))
    assert details["channels"] == f"{expected(text)}: {expected(text)}" and details["link"] == expected(text)


def test_lone_surrogates_from_undecodable_bytes_show_as_replacement_characters():
    text = b"Ana \xff\xfe".decode("utf-8", "surrogateescape")
    assert visible(text) == "Ana ��"
    assert json.loads(json_escaped(json.dumps(text, ensure_ascii=False))) == text
    visible(text).encode("utf-8")  # can be written at all


def test_every_text_field_in_the_app_draws_through_the_safe_widgets():
    """A textual ``Input`` or ``TextArea`` draws its value raw: the screens build the safe ones only."""
    raw = [
        f"{path.relative_to(UI)}:{node.lineno}"
        for path in UI.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("Input", "TextArea")
    ]
    assert raw == []
