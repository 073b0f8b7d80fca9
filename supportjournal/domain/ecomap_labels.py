"""The eco-map's words and symbols: member labels from fullest to shortest, and the legend."""

from __future__ import annotations

from collections.abc import Sequence

from supportjournal.domain import glyphs as g
from supportjournal.domain.directions import DIRECTION_ARROWS
from supportjournal.domain.ecomap_canvas import Piece
from supportjournal.domain.glyphs import CellWidth

KIND_MARKERS = {
    "family": "♥",
    "friend": "●",
    "colleague": "▲",
    "professional": "✚",
    "support group": "▣",
    "online community": "◎",
}
"""The symbol for each kind of member, so kinds read without colour."""
UNKNOWN_KIND_MARKER = "○"
STATUS_MARKERS = {"overdue": "!", "due": "·"}
"""Contact status by cadence; ``ok`` and ``none`` show nothing."""
FLOW_MARKERS = DIRECTION_ARROWS
"""Which way support has flowed lately: mostly you gave, mostly you received, both."""
HIGHLIGHT_MARKER = "▸"
"""Drawn beside the highlighted member, so the highlight shows without colour too."""


def kind_tag(kind: str) -> str:
    """The style tag of a kind's marker: ``kind-support-group``."""
    return "kind-" + kind.replace(" ", "-")


def plain(text: str, tag: str) -> list[Piece]:
    """Our own one-cell-per-character text as pieces."""
    return [(char, 1, tag) for char in text]


def label_variants(
    name: str, kind: str, status: str, flow: str, around: bool, cell_width: CellWidth
) -> list[list[Piece]]:
    """A member's label from fullest to shortest: "♥ Grandma Rose ←!", "♥ Grandma… ←!", "♥Gran…←!", "♥Gr…←!".

    The short name is the first word, or more while that is very short ("Dr Okafor", "Li Wei"); whatever
    is left out ends in "…", so a shortened name never passes for a whole one.

    Args:
        name: The name as typed.
        kind: The member's kind (sets the marker).
        status: Contact status: ``overdue`` and ``due`` add a mark.
        flow: Which way support flowed: ``gave``, ``received`` and ``both`` add an arrow.
        around: Whether the member sits on the outer band (their name gets its own tag).
        cell_width: Width in cells of one grapheme cluster.

    Returns:
        The distinct variants, each a list of pieces.
    """
    marker = [(KIND_MARKERS.get(kind, UNKNOWN_KIND_MARKER), 1, kind_tag(kind))]
    suffix: list[Piece] = []
    if flow in FLOW_MARKERS:
        suffix.append((FLOW_MARKERS[flow], 1, "flow"))
    if status in STATUS_MARKERS:
        suffix.append((STATUS_MARKERS[status], 1, status))
    name_tag = "name-around" if around else "name"
    text = g.glyphs(name, cell_width) or [("?", 1)]
    short = g.short_name(text)

    def label(shown: list[g.Glyph], spaced: bool) -> list[Piece]:
        gap: list[Piece] = [(" ", 1, name_tag)] if spaced else []
        return marker + gap + [(c, w, name_tag) for c, w in shown] + (gap + suffix if suffix else [])

    variants = [
        label(g.truncate(text, 18), True),
        label(_cut(text, short, 10), True),
        label(_cut(text, short, 6), False),
        label(_cut(text, short, 3), False),
    ]
    return [variant for index, variant in enumerate(variants) if variant not in variants[:index]]


def _cut(whole: list[g.Glyph], part: list[g.Glyph], cells: int) -> list[g.Glyph]:
    """``part`` of a name in at most ``cells`` cells, ending in "…" when any of ``whole`` is left out."""
    kept = g.truncate(part, cells)
    if part == whole or (kept and kept[-1][0] == "…"):
        return kept
    kept = g.truncate(part, cells - 1)
    return kept if kept and kept[-1][0] == "…" else kept + [("…", 1)]


_KINDS = [(marker, kind_tag(kind), kind) for kind, marker in KIND_MARKERS.items()]
_SHORT_WORDS = {"colleague": "work", "professional": "pro", "support group": "group", "online community": "online"}
_SHORT_KINDS = [(marker, tag, _SHORT_WORDS.get(word, word)) for marker, tag, word in _KINDS]
_STATUS = [("!", "overdue", "overdue"), ("·", "due", "due")]
_FLOW = [("→", "flow", "you gave"), ("←", "flow", "you received"), ("⇄", "flow", "both")]
_SHORT_FLOW = [("→", "flow", "gave"), ("←", "flow", "got"), ("⇄", "flow", "both")]
_LEGENDS = [  # (groups, gap between items, gap between groups), fullest first
    ([_KINDS, _STATUS, _FLOW], "  ", "   "),
    ([_KINDS, _STATUS, _SHORT_FLOW], " ", "  "),
    ([_SHORT_KINDS, _STATUS, _SHORT_FLOW], " ", "  "),
    ([_STATUS, _FLOW], "  ", "   "),
    ([_STATUS, _SHORT_FLOW], " ", "  "),
    ([_STATUS], " ", ""),
]
_WITH_KINDS = _LEGENDS[:3]
_KIND_LINES = [([_KINDS], "  ", ""), ([_KINDS], " ", ""), ([_SHORT_KINDS], " ", ""), ([_SHORT_KINDS], " ", "", "")]
_MARK_LINES = _LEGENDS[3:]
TWO_LINE_HEIGHT = 11
"""From this many rows a map too narrow for a one-line legend gives the kinds a line of their own."""


def _line(groups: list, gap: str, group_gap: str, joint: str = " ") -> list[Piece]:
    """Legend items ``symbol + joint + word``, ``gap`` apart, and groups of them ``group_gap`` apart."""
    pieces: list[Piece] = []
    for group in groups:
        if pieces:
            pieces += plain(group_gap, "legend")
        for index, (symbol, tag, word) in enumerate(group):
            pieces += plain(gap if index else "", "legend") + [(symbol, 1, tag)] + plain(joint + word, "legend")
    return pieces


def _fullest(lines: list, width: int, extra: Sequence[Piece] = ()) -> list[Piece]:
    """The first of ``lines`` that fits in ``width`` cells with ``extra`` after it, or ``[]``."""
    for spec in lines:
        pieces = _line(*spec)
        if len(pieces) + len(extra) <= width:
            return pieces + list(extra)
    return []


def legend_height(width: int, height: int) -> int:
    """Rows the legend takes: two when the kinds need a line of their own and the map is tall enough."""
    if height < TWO_LINE_HEIGHT or _fullest(_WITH_KINDS, width) or not _fullest(_KIND_LINES, width):
        return 1
    return 2


def legend(width: int, unshown: int = 0, rows: int = 1) -> list[list[Piece]]:
    """The fullest legend that fits in ``width`` cells and ``rows`` lines, with a count of members not drawn.

    Every kind symbol is explained wherever the kinds fit on a line (of their own when ``rows`` is 2);
    the marks for contact and direction come next, then the count.

    Returns:
        The lines of pieces; ``[]`` when not even the shortest legend fits.
    """
    extra = plain(f"  +{unshown} not shown", "more") if unshown else []
    if rows >= 2 and not _fullest(_WITH_KINDS, width, extra):
        kinds = _fullest(_KIND_LINES, width)
        marks = _fullest(_MARK_LINES, width, extra) or _fullest(_MARK_LINES, width)
        if kinds:
            return [kinds, marks] if marks else [kinds]
    line = _fullest(_LEGENDS, width, extra) or (extra[2:] if len(extra) - 2 <= width else [])
    return [line] if line else []
