"""The eco-map layout: rings by closeness, the outer band, labels that never overlap, any size."""

from __future__ import annotations

import math
import re

import pytest

from supportjournal.domain.ecomap import (
    EMPTY_HINT,
    FLOW_MARKERS,
    HIGHLIGHT_MARKER,
    KIND_MARKERS,
    MapEntry,
    MapLayout,
    layout,
)
from supportjournal.domain.glyphs import cells as cells_of, glyphs

PERSONAL = ("family", "friend", "colleague")
AROUND = ("professional", "support group", "online community")
MEMBER_TAGS = {"name", "name-around", "flow", "due", "overdue", "highlight"} | {
    "kind-" + kind.replace(" ", "-") for kind in KIND_MARKERS
}
SIZES = [(100, 30), (48, 20), (58, 15), (44, 11), (30, 10), (200, 60), (80, 24)]
FIRST_NAMES = ["Ana", "Ben", "Mum", "Dr Okafor", "Tuesday group", "Priya Raman", "Lee", "Sam"]


def network(count: int) -> list[MapEntry]:
    """``count`` members of every kind, ring, status and flow, in a fixed mix."""
    kinds = PERSONAL * 3 + AROUND
    statuses = ("ok", "due", "overdue", "none")
    flows = ("gave", "received", "both", "none")
    return [
        MapEntry(
            id=f"m{i}",
            name=f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {i}",
            kind=kinds[i % len(kinds)],
            ring=("inner", "close", "wider")[i % 3],
            status=statuses[i % 4],
            flow=flows[(i // 4) % 4],
        )
        for i in range(count)
    ]


def centre(drawn: MapLayout) -> tuple[int, int]:
    (row,) = [y for y in range(drawn.height) if "You" in "".join(c.char for c in drawn.rows[y])]
    text = "".join(c.char for c in drawn.rows[row])
    return text.index("You") + 1, row


def distance(drawn: MapLayout, member_id: str) -> float:
    """How far a label's nearest cell is from "You", in circle terms (a cell is twice as tall as wide)."""
    cx, cy = centre(drawn)
    (placement,) = [p for p in drawn.placements if p.member_id == member_id]
    return min(math.hypot((x - cx) / 2, placement.y - cy) for x in range(placement.x, placement.x + placement.width))


def assert_sound(drawn: MapLayout, entries: list[MapEntry], width: int, height: int) -> None:
    """Every row is exactly ``width`` cells, labels keep a blank cell between them, nothing hides."""
    assert drawn.height == height and len(drawn.rows) == height
    for row in drawn.rows:
        assert len(row) == width
        x = 0
        while x < width:  # a wide glyph is followed by "" cells, and no "" cell stands alone
            assert row[x].char != ""
            size = cells_of(row[x].char)
            assert [cell.char for cell in row[x + 1 : x + size]] == [""] * (size - 1)
            x += size
    by_row: dict[int, list] = {}
    for placement in drawn.placements:
        by_row.setdefault(placement.y, []).append(placement)
        cells = drawn.rows[placement.y][placement.x : placement.x + placement.width]
        assert "".join(cell.char for cell in cells) == placement.text
        assert all(cell.tag in MEMBER_TAGS for cell in cells)
    for placements in by_row.values():
        placements.sort(key=lambda p: p.x)
        for left, right in zip(placements, placements[1:]):
            assert left.x + left.width < right.x, (left, right)
    placed = {p.member_id for p in drawn.placements}
    assert len(placed) == len(drawn.placements)
    assert len(placed) + sum(count for _, count in drawn.hidden) == len(entries)


@pytest.mark.parametrize("count", [1, 5, 40, 200])
@pytest.mark.parametrize("size", SIZES)
def test_labels_never_overlap_and_everyone_is_drawn_or_counted(count, size):
    entries = network(count)
    drawn = layout(entries, *size, highlighted_id="m0")
    assert_sound(drawn, entries, *size)


@pytest.mark.parametrize("size", [(100, 30), (48, 20)])
def test_forty_members_stay_legible(size):
    entries = network(40)
    drawn = layout(entries, *size)
    assert len(drawn.placements) >= 36
    with_names = [p for p in drawn.placements if any(ch.isalpha() for ch in p.text[1:])]
    assert len(with_names) == len(drawn.placements)


def test_crowded_rings_say_how_many_more():
    drawn = layout(network(200), 48, 20)
    text = drawn.text()
    assert drawn.hidden
    for band, count in drawn.hidden:
        assert f"+{count} more" in text, band


def test_rings_are_ordered_by_closeness_from_the_centre():
    entries = [
        MapEntry("a", "Ana", "friend", "inner"),
        MapEntry("b", "Ben", "friend", "close"),
        MapEntry("c", "Cy", "friend", "wider"),
        MapEntry("d", "Dr Okafor", "professional", "inner"),
    ]
    drawn = layout(entries, 100, 30)
    assert distance(drawn, "a") < distance(drawn, "b") < distance(drawn, "c") < distance(drawn, "d")


def test_professionals_groups_and_communities_sit_on_their_own_outer_band():
    entries = [MapEntry(f"p{i}", f"Person {i}", PERSONAL[i % 3], "wider") for i in range(6)]
    entries += [MapEntry(f"g{i}", f"Group {i}", AROUND[i % 3], "inner") for i in range(6)]
    drawn = layout(entries, 100, 30)
    outermost_person = max(distance(drawn, f"p{i}") for i in range(6))
    innermost_group = min(distance(drawn, f"g{i}") for i in range(6))
    assert innermost_group > outermost_person
    for placement in drawn.placements:
        tags = {cell.tag for cell in drawn.rows[placement.y][placement.x : placement.x + placement.width]}
        assert ("name-around" in tags) == placement.member_id.startswith("g")


def test_a_label_shows_kind_flow_and_status_as_symbols():
    entry = MapEntry("s", "Sam", "colleague", "close", status="overdue", flow="both")
    drawn = layout([entry], 60, 20)
    (placement,) = drawn.placements
    assert placement.text == "▲ Sam ⇄!"
    cells = drawn.rows[placement.y][placement.x : placement.x + placement.width]
    assert [cell.tag for cell in cells] == ["kind-colleague", "name", "name", "name", "name", "name", "flow", "overdue"]
    due = layout([MapEntry("d", "Dee", "family", "inner", status="due", flow="received")], 60, 20)
    assert due.placements[0].text == "♥ Dee ←·"


def test_the_legend_explains_the_symbols_that_fit():
    wide = layout(network(5), 160, 30).text().splitlines()[-1]
    for marker in (*KIND_MARKERS.values(), *FLOW_MARKERS.values(), "!", "·"):
        assert marker in wide
    assert "professional" in wide and "overdue" in wide
    narrow = layout(network(5), 48, 20).text().splitlines()[-1]
    assert "! overdue" in narrow and "· due" in narrow


@pytest.mark.parametrize("size", [(44, 15), (58, 15), (58, 11)])
def test_every_kind_symbol_is_explained_on_the_home_screens_map(size):
    """80x24 gives the map 44x15, 100x30 58x15 (two legend lines where one is too narrow)."""
    *_, kinds, marks = layout(network(30), *size).text().splitlines()
    for marker in KIND_MARKERS.values():
        assert re.search(f"{marker} ?[a-z]", kinds), marker
    assert "family" in kinds and "friend" in kinds and "online" in kinds
    assert "! overdue" in marks and "· due" in marks and "⇄ both" in marks


def test_a_short_map_keeps_one_legend_line_for_the_marks():
    last = layout(network(30), 44, 10).text().splitlines()[-1]
    assert "! overdue" in last and "♥" not in last


def test_crowded_labels_shorten_to_first_word_then_fewer_letters_with_an_ellipsis():
    entries = [MapEntry(f"m{i}", "Alexandra Nightingale", "friend", "close") for i in range(30)]
    texts = [p.text for p in layout(entries, 48, 20).placements]
    assert "● Alexandra…" in texts
    assert any(text in ("●Alexa…", "●Al…") for text in texts)
    assert set(texts) <= {"● Alexandra Nightin…", "● Alexandra…", "●Alexa…", "●Al…"}


@pytest.mark.parametrize("size", [(44, 15), (58, 15), (48, 20)])
def test_a_cut_name_always_ends_in_an_ellipsis(size):
    names = ["Night Owls chat", "Dr Lindqvist", "Tuesday peer group", "Aunt Leila", "Quiet Minds forum", "Sam"]
    entries = [
        MapEntry(f"m{i}", f"{names[i % len(names)]}", ("friend", "family", "professional")[i % 3], "close")
        for i in range(30)
    ]
    for placement in layout(entries, *size).placements:
        name = names[int(placement.member_id[1:]) % len(names)]
        shown = placement.text[1:].strip(" →←⇄!·")
        assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1])), placement.text


def test_short_names_keep_titles_and_short_first_names_whole():
    entries = [MapEntry(f"d{i}", f"Dr Lindqvist-Andersson {i}", "professional", "close") for i in range(24)]
    texts = {p.text for p in layout(entries, 48, 20).placements}
    assert "✚ Dr Lindqv…" in texts
    assert all(not text.startswith("✚ Dr ") or "Lind" in text for text in texts)
    assert texts & {"✚Dr Li…", "✚Dr…"}


def test_the_highlighted_member_is_tagged_and_marked():
    entries = network(12)
    drawn = layout(entries, 80, 24, highlighted_id="m4")
    (placement,) = [p for p in drawn.placements if p.member_id == "m4"]
    row = drawn.rows[placement.y]
    assert {cell.tag for cell in row[placement.x : placement.x + placement.width]} == {"highlight"}
    beside = [row[i] for i in (placement.x - 1, placement.x + placement.width) if 0 <= i < len(row)]
    assert any(cell.char == HIGHLIGHT_MARKER and cell.tag == "highlight" for cell in beside)
    assert sum(cell.tag == "highlight" for r in drawn.rows for cell in r) == placement.width + 1


def test_the_highlighted_member_is_drawn_even_in_a_crowd():
    entries = network(200)
    plain = layout(entries, 48, 20)
    shown = {p.member_id for p in plain.placements}
    hidden = next(entry.id for entry in entries if entry.id not in shown)
    drawn = layout(entries, 48, 20, highlighted_id=hidden)
    assert hidden in {p.member_id for p in drawn.placements}
    assert_sound(drawn, entries, 48, 20)


def test_highlighting_someone_already_drawn_moves_nobody():
    entries = network(25)
    plain = layout(entries, 58, 15)
    highlighted = layout(entries, 58, 15, highlighted_id=plain.placements[3].member_id)
    assert plain.placements == highlighted.placements


@pytest.mark.parametrize("size", [(0, 0), (1, 1), (3, 1), (10, 5), (5, 10), (29, 9), (30, 10), (12, 40)])
@pytest.mark.parametrize("count", [0, 1, 40, 200])
def test_tiny_sizes_do_not_break(size, count):
    entries = network(count)
    drawn = layout(entries, *size, highlighted_id="m1")
    assert_sound(drawn, entries, *size)
    if size[0] >= 3 and size[1] >= 1:
        assert "You" in drawn.text()


@pytest.mark.parametrize("size", [(44, 22), (58, 28), (120, 20)])
def test_the_empty_map_draws_you_with_the_hint_beside_it(size):
    drawn = layout([], *size)
    lines = drawn.text().splitlines()
    (you_row,) = [line for line in lines if "( You )" in line]
    assert re.search(r"\( You \)  [a-zA-Z]", you_row)
    assert " ".join(EMPTY_HINT) in " ".join(drawn.text().split())
    assert drawn.placements == () and drawn.hidden == ()


def test_a_narrow_empty_map_puts_the_hint_under_you():
    lines = [line.strip() for line in layout([], 20, 12).text().splitlines() if line.strip()]
    assert lines[0] == "( You )"
    assert " ".join(lines[1:]) == " ".join(EMPTY_HINT)


def test_wide_characters_take_two_cells_and_keep_rows_aligned():
    entries = [
        MapEntry("z", "Zoë 🌱 🧠", "friend", "inner"),
        MapEntry("c", "王小明", "family", "close"),
        MapEntry("r", "مريم", "friend", "wider"),
        MapEntry("f", "👨\u200d👩\u200d👧 family", "family", "close"),
    ]
    drawn = layout(entries, 60, 20)
    assert_sound(drawn, entries, 60, 20)
    texts = {p.member_id: p.text for p in drawn.placements}
    assert texts["c"] == "♥ 王小明" and texts["r"] == "● مريم"
    (chinese,) = [p for p in drawn.placements if p.member_id == "c"]
    assert chinese.width == 2 + 6
    cells = drawn.rows[chinese.y][chinese.x + 2 : chinese.x + 8]
    assert [cell.char for cell in cells] == ["王", "", "小", "", "明", ""]


def test_a_custom_cell_width_function_is_used():
    entries = [MapEntry("w", "ab", "friend", "inner")]
    drawn = layout(entries, 60, 20, cell_width=lambda cluster: 2 if cluster == "b" else 1)
    (placement,) = drawn.placements
    assert placement.width == 5
    assert [cell.char for cell in drawn.rows[placement.y][placement.x + 2 : placement.x + 5]] == ["a", "b", ""]


def test_control_and_bidi_characters_cannot_move_the_cursor():
    entries = [MapEntry("x", "Ev\x1b[2Je\u202e\nNight", "friend", "close")]
    drawn = layout(entries, 60, 20)
    (placement,) = drawn.placements
    assert placement.text == "● Ev␛[2Je�␤Night"  # ESC as its picture, the override as �
    assert all(ch.isprintable() for ch in drawn.text().replace("\n", ""))


def test_unknown_kinds_and_rings_are_still_drawn():
    entries = [MapEntry("u", "Una", "neighbour", "somewhere")]
    drawn = layout(entries, 60, 20)
    assert drawn.placements[0].text == "○ Una"


def test_clicks_map_back_to_members():
    drawn = layout(network(10), 80, 24)
    for placement in drawn.placements:
        assert drawn.member_at(placement.x, placement.y) == placement.member_id
        assert drawn.member_at(placement.x + placement.width - 1, placement.y) == placement.member_id
    assert drawn.member_at(*centre(drawn)) is None


def test_runs_cover_the_row_with_equal_tags_merged():
    drawn = layout(network(10), 80, 24)
    for y in range(drawn.height):
        runs = drawn.runs(y)
        assert "".join(text for text, _ in runs) == "".join(cell.char for cell in drawn.rows[y])
        assert all(a[1] != b[1] for a, b in zip(runs, runs[1:]))


def test_glyphs_keep_clusters_together():
    assert glyphs("e\u0301") == [("é", 1)]
    assert [g for g, _ in glyphs("👍🏽 ok")] == ["👍🏽", " ", "o", "k"]
