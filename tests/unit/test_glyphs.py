"""One measure of cells (wcwidth) for CLI tables, map labels and cuts; a cut never splits a glyph."""

from __future__ import annotations

import pytest
import wcwidth
from hypothesis import given, settings
from hypothesis import strategies as st

from supportjournal.cli.output import table
from supportjournal.domain.glyphs import ONE_CELL_EACH, cells, clipped, glyphs, truncate, width_of
from tests.hostile import CORPUS, each_hostile_text

FAMILY = "👨\u200d👩\u200d👧"
FLAGS = "🇬🇧🇯🇵🇫🇷"
SCOTLAND = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"


@pytest.mark.parametrize(
    ("text", "width"),
    [("Ana", 3), ("王小明", 6), ("e\u0301", 1), ("👍🏽", 2), (FAMILY, 2), ("🇬🇧", 2), (SCOTLAND, 2),
     ("❤\ufe0f", 2), ("zero\u200bwidth", 9), ("tab\there", 8), ("\x1b[31m", 5)],
)
def test_cells(text, width):
    assert cells(text) == width


def test_text_measured_without_wcwidth_is_what_wcwidth_finds_one_cell_and_one_cluster_each():
    one_cell_each = [chr(code) for code in range(0x250) if ONE_CELL_EACH.fullmatch(chr(code))]
    assert len(one_cell_each) == 95 + 0x17F - 0xA0  # printable ASCII, Latin-1 and Extended-A, no soft hyphen
    for char in one_cell_each:
        assert wcwidth.width(char) == 1, repr(char)
        assert list(wcwidth.iter_graphemes(f"a{char}{char}a")) == ["a", char, char, "a"], repr(char)
    assert cells("Zoë Siobhán") == 11 and [g for g, _ in glyphs("Zoë")] == ["Z", "o", "ë"]


def test_clusters_stay_whole():
    assert [g for g, _ in glyphs(f"{FAMILY} {FLAGS}")] == [FAMILY, " ", "🇬🇧", "🇯🇵", "🇫🇷"]
    assert glyphs(SCOTLAND) == [(SCOTLAND, 2)]
    assert glyphs("e\u0301x") == [("é", 1), ("x", 1)]


@pytest.mark.parametrize(
    ("text", "room", "kept"),
    [
        (FAMILY * 3, 4, [FAMILY, "…"]),
        (FAMILY * 3, 2, ["…"]),
        (FLAGS, 5, ["🇬🇧", "🇯🇵", "…"]),
        (FLAGS, 4, ["🇬🇧", "…"]),
        ("👍🏽👋🏿 ok", 3, ["👍🏽", "…"]),
        ("王小明", 4, ["王", "…"]),
        (FLAGS, 6, ["🇬🇧", "🇯🇵", "🇫🇷"]),
    ],
)
def test_a_cut_never_splits_an_emoji_a_flag_or_a_family(text, room, kept):
    cut = truncate(glyphs(text), room)
    assert [g for g, _ in cut] == kept
    assert width_of(cut) <= room


def test_cli_columns_line_up_whatever_the_names(capsys):
    table([[FAMILY + " Fam", "x"], ["🇬🇧 Sam", "y"], ["王小明", "z"], ["Ana", "w"]])
    lines = capsys.readouterr().out.splitlines()
    assert {cells(line[:-1]) for line in lines} == {cells(FAMILY + " Fam") + 2}


@each_hostile_text
def test_the_map_and_the_cli_measure_alike(text):
    assert width_of(glyphs(text)) == cells(text)


_PIECES = ["a", "Z", " ", "\u200d", "\u200b", "\u0301", "\ufe0f", "\U0001f3fd", "👨", "👩", "🇬", "🇧", "中", "\t",
           "\x1b"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + CORPUS[:5]), max_size=10).map("".join), st.integers(0, 12))
def test_any_cut_fits_and_keeps_whole_glyphs(text, room):
    whole = glyphs(text)
    assert width_of(whole) == cells(text)
    cut = truncate(whole, room)
    assert width_of(cut) <= room
    kept = cut[:-1] if cut and cut[-1] == ("…", 1) and cut != whole else cut
    assert kept == whole[: len(kept)]


def test_clipped_cuts_a_name_to_its_cells_on_one_line():
    assert clipped("Sam", 10) == "Sam"
    assert clipped("王小明王小明", 5) == "王小…"
    assert clipped("line\nbreak", 20) == "line␤break"
