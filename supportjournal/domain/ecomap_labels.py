"""The eco-map's words and symbols: member labels from fullest to shortest, and the legend."""

from __future__ import annotations

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
    """A member's label from fullest to shortest: "♥ Grandma Rose ←!", "♥ Grandma ←!", "♥Grand…←!", "♥GR←!".

    The short name is the first word, or more while that is very short ("Dr Okafor", "Li Wei").

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
        label(g.truncate(short, 10), True),
        label(g.truncate(short, 6), False),
        label(g.initials(text), False),
    ]
    return [variant for index, variant in enumerate(variants) if variant not in variants[:index]]


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


def legend(width: int, unshown: int = 0) -> list[Piece]:
    """The fullest one-line legend that fits in ``width`` cells, with a count of members not drawn.

    Returns:
        The pieces, or ``[]`` when not even the shortest legend fits.
    """
    extra = plain(f"  +{unshown} not shown", "more") if unshown else []
    for groups, gap, group_gap in _LEGENDS:
        pieces: list[Piece] = []
        for group in groups:
            if pieces:
                pieces += plain(group_gap, "legend")
            for index, (symbol, tag, word) in enumerate(group):
                pieces += plain(gap if index else "", "legend") + [(symbol, 1, tag)] + plain(" " + word, "legend")
        if len(pieces) + len(extra) <= width:
            return pieces + extra
    return extra[2:] if len(extra) - 2 <= width else []
