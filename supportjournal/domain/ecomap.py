"""The eco-map: "You" at the centre and the support network on rings, laid out in terminal cells.

Pure layout, no Textual or Rich. ``layout(entries, width, height)`` returns a ``MapLayout``: a grid
of ``MapCell`` (a character and a semantic style tag) that a widget only has to paint, plus where
each member's label landed so clicks can be mapped back to members.

People (family, friends, colleagues) sit on three concentric rings by closeness: inner, close,
wider. Professionals, support groups and online communities sit on their own unlined outer band
("around"). Rings are ellipses twice as wide as tall, because terminal cells are twice as tall as
wide. Labels never overlap: they shorten (first word, then initials) where crowded, and what still
does not fit is counted as "+N more" on its ring.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from supportjournal.domain import glyphs as g
from supportjournal.domain.ecomap_canvas import Canvas, Piece, round_away
from supportjournal.domain.glyphs import CellWidth, east_asian_width

KIND_MARKERS = {
    "family": "♥",
    "friend": "●",
    "colleague": "▲",
    "professional": "✚",
    "support group": "▣",
    "online community": "◎",
}
"""The symbol for each kind of member, so kinds read without colour."""
STATUS_MARKERS = {"overdue": "!", "due": "·"}
"""Contact status by cadence; ``ok`` and ``none`` show nothing."""
FLOW_MARKERS = {"gave": "→", "received": "←", "both": "⇄"}
"""Which way support has flowed lately: mostly you gave, mostly you received, both."""
HIGHLIGHT_MARKER = "▸"
"""Drawn before the highlighted member, so the highlight shows without colour too."""
AROUND_KINDS = ("professional", "support group", "online community")
"""Kinds placed on the outer band rather than on a ring of closeness."""
BANDS = ("inner", "close", "wider", "around")
"""Rings from the centre out; ``around`` holds professionals, groups and communities."""
EMPTY_HINT = "Everyone who supports you, drawn around you by closeness. Press a to add someone who supports you."
"""What an empty map says."""

_RING_SCALE = {"inner": 0.3, "close": 0.55, "wider": 0.79, "around": 1.0}
_RING_SCALE_NO_AROUND = {"inner": 0.36, "close": 0.67, "wider": 0.98}
_STAGGER = {"inner": 0.0, "close": 0.5, "wider": 0.25, "around": 0.75}
_STATUS_RANK = {"overdue": 0, "due": 1}
_KIND_ORDER = {kind: index for index, kind in enumerate(KIND_MARKERS)}
_YOU = "( You )"


@dataclass(frozen=True)
class MapEntry:
    """One member as the map needs it."""

    id: str
    name: str
    kind: str
    ring: str = "close"
    """``inner``, ``close`` or ``wider``; ignored for professionals, groups and communities."""
    status: str = "none"
    """``ok``, ``due``, ``overdue`` or ``none``."""
    flow: str = "none"
    """``gave``, ``received``, ``both`` or ``none``: which way support has mostly flowed lately."""

    @property
    def band(self) -> str:
        """The ring the member is drawn on."""
        if self.kind in AROUND_KINDS:
            return "around"
        return self.ring if self.ring in BANDS[:3] else "wider"


@dataclass(frozen=True)
class MapCell:
    """One terminal cell of the map."""

    char: str
    """A grapheme cluster, or ``""`` for the right half of a wide character."""
    tag: str = ""
    """What the cell shows: ``ring-line``, ``you``, ``kind-family``, ``overdue``, ``highlight``..."""


@dataclass(frozen=True)
class Placement:
    """Where a member's label landed."""

    member_id: str
    x: int
    y: int
    width: int
    text: str


@dataclass(frozen=True)
class MapLayout:
    """The map drawn into ``height`` rows of ``width`` cells."""

    width: int
    height: int
    rows: tuple[tuple[MapCell, ...], ...]
    placements: tuple[Placement, ...]
    hidden: tuple[tuple[str, int], ...]
    """``(band, count)`` for members that did not fit and are counted as "+N more"."""

    def member_at(self, x: int, y: int) -> str | None:
        """The id of the member whose label covers cell ``(x, y)``, if any."""
        for placement in self.placements:
            if placement.y == y and placement.x <= x < placement.x + placement.width:
                return placement.member_id
        return None

    def runs(self, y: int) -> list[tuple[str, str]]:
        """Row ``y`` as ``(text, tag)`` runs of equal tag, ready to paint."""
        runs: list[tuple[str, str]] = []
        for cell in self.rows[y]:
            if runs and runs[-1][1] == cell.tag:
                runs[-1] = (runs[-1][0] + cell.char, cell.tag)
            else:
                runs.append((cell.char, cell.tag))
        return runs

    def text(self) -> str:
        """The map as plain text, one line per row."""
        return "\n".join("".join(cell.char for cell in row) for row in self.rows)


def layout(
    entries: tuple[MapEntry, ...] | list[MapEntry],
    width: int,
    height: int,
    highlighted_id: str | None = None,
    cell_width: CellWidth = east_asian_width,
) -> MapLayout:
    """Lay out the eco-map.

    Args:
        entries: The members to draw.
        width: Cells across; anything from 0 up.
        height: Rows; anything from 0 up.
        highlighted_id: The member to show highlighted (and to keep visible when crowded).
        cell_width: Width in cells of one grapheme cluster; pass ``rich.cells.cell_len`` in the UI.

    Returns:
        The grid of cells and where each member landed.
    """
    width, height = max(0, width), max(0, height)
    entries = sorted(entries, key=_angular_order)
    if not entries or width < 30 or height < 10:
        return _compact(entries, width, height, cell_width)
    labels = {entry.id: _label_variants(entry, cell_width) for entry in entries}
    reserve: set[str] = set()
    for _ in range(2):  # a second pass reserves room for "+N more" on the rings that overflowed
        drawing = _Drawing(entries, width, height, cell_width, labels, reserve)
        hidden_ids = drawing.place_all(first=())
        if highlighted_id in hidden_ids:
            drawing = _Drawing(entries, width, height, cell_width, labels, reserve)
            hidden_ids = drawing.place_all(first=(highlighted_id,))
        overflowing = {entry.band for entry in entries if entry.id in hidden_ids}
        if overflowing <= reserve:
            break
        reserve |= overflowing
    drawing.finish(hidden_ids, highlighted_id)
    return _to_layout(drawing.canvas, _hidden_counts(entries, hidden_ids))


def _angular_order(entry: MapEntry) -> tuple:
    return (_KIND_ORDER.get(entry.kind, len(_KIND_ORDER)), entry.name.casefold(), entry.id)


def _hidden_counts(entries: list[MapEntry], hidden_ids: set[str]) -> tuple[tuple[str, int], ...]:
    counts = {band: sum(1 for e in entries if e.band == band and e.id in hidden_ids) for band in BANDS}
    return tuple((band, count) for band, count in counts.items() if count)


def _label_variants(entry: MapEntry, cell_width: CellWidth) -> list[list[Piece]]:
    """The member's label from fullest to shortest: name, first word, short word, initials."""
    marker = [(KIND_MARKERS.get(entry.kind, "○"), 1, "kind-" + entry.kind.replace(" ", "-"))]
    suffix: list[Piece] = []
    if entry.flow in FLOW_MARKERS:
        suffix.append((FLOW_MARKERS[entry.flow], 1, "flow"))
    if entry.status in STATUS_MARKERS:
        suffix.append((STATUS_MARKERS[entry.status], 1, entry.status))
    name_tag = "name-around" if entry.band == "around" else "name"
    name = g.glyphs(entry.name, cell_width) or [("?", 1)]
    first = (g.words(name) or [name])[0]

    def label(text: list[g.Glyph], spaced: bool) -> list[Piece]:
        gap: list[Piece] = [(" ", 1, name_tag)] if spaced else []
        tail = gap + suffix if suffix else []
        return marker + gap + [(c, w, name_tag) for c, w in text] + tail

    variants = [
        label(g.truncate(name, 18), True),
        label(g.truncate(first, 10), True),
        label(g.truncate(first, 6), False),
        label(g.initials(name), False),
    ]
    unique: list[list[Piece]] = []
    for variant in variants:
        if variant not in unique:
            unique.append(variant)
    return unique


class _Drawing:
    """One attempt at placing everything on a fresh canvas."""

    def __init__(self, entries, width, height, cell_width, labels, reserve) -> None:
        self.entries: list[MapEntry] = entries
        self.labels: dict[str, list[list[Piece]]] = labels
        self.cell_width = cell_width
        self.legend_row = height - 1
        self.canvas = Canvas(width, height)
        self.cx, self.cy = width // 2, (height - 1) // 2
        has_around = any(entry.band == "around" for entry in entries)
        self.radii = self._radii(width, height - 1, has_around)
        for band in BANDS[:3]:
            self.canvas.dotted_ring(self.cx, self.cy, *self.radii[band])
        self.canvas.claim(self.cx - len(_YOU) // 2, self.cy, [(c, 1, "you") for c in _YOU])
        for band in BANDS[:3]:
            self._ring_label(band)
        self.more_slots: dict[str, tuple[int, int, int]] = {}
        for band in sorted(reserve, key=BANDS.index):
            self._reserve_more(band)

    def _radii(self, width: int, rows: int, has_around: bool) -> dict[str, tuple[float, float]]:
        """Ellipse radii per band: about twice as wide as tall, leaving room for outer labels."""
        ry = (rows - 1) / 2
        rx = width / 2 - min(9, width // 6)
        if not has_around:
            ry -= 1  # the wider ring's labels still need a row above and below
        aspect = min(2.3, max(1.7, rx / ry))
        if rx / ry > aspect:
            rx = ry * aspect
        else:
            ry = rx / aspect
        scale = _RING_SCALE if has_around else _RING_SCALE_NO_AROUND
        return {band: (rx * factor, ry * factor) for band, factor in scale.items()}

    def _ring_label(self, band: str) -> None:
        """The ring's name on its top edge ("╭── close ──╮"), or its bottom edge if the top is short."""
        rx, ry = self.radii[band]
        top, bottom = self.cy - round_away(ry), self.cy + round_away(ry)
        for row in (top, bottom):
            span = self.canvas.run_on_row(row, self.cx)
            for text in (f" {band} ", band):
                if span and span[1] - span[0] - 1 >= len(text):
                    self.canvas.claim(self.cx - len(text) // 2, row, [(c, 1, "ring-label") for c in text])
                    return

    def _reserve_more(self, band: str) -> None:
        """Keep room on the band's bottom edge for "+N more"."""
        most = sum(1 for entry in self.entries if entry.band == band)
        size = len(f"+{most} more")
        rx, ry = self.radii[band]
        for row in (self.cy + round_away(ry), self.cy + round_away(ry) - 1, self.cy - round_away(ry)):
            x = self.cx - size // 2
            if 0 <= row < self.legend_row and self.canvas.fits(x, row, size):
                self.canvas.claim(x, row, [(" ", 1, "")] * size)
                self.more_slots[band] = (x, row, size)
                return

    def place_all(self, first: tuple[str, ...]) -> set[str]:
        """Place every member, ring by ring from the centre out; return the ids that did not fit."""
        hidden: set[str] = set()
        for band in BANDS:
            members = [entry for entry in self.entries if entry.band == band]
            step = 2 * math.pi / max(1, len(members))
            start = -math.pi / 2 + step * (0.5 + _STAGGER[band]) if len(members) > 1 else -math.pi / 5
            angles = {entry.id: start + step * index for index, entry in enumerate(members)}
            order = sorted(
                members,
                key=lambda e: (e.id not in first, _STATUS_RANK.get(e.status, 2), _angular_order(e)),
            )
            for entry in order:
                if not self._place(entry, angles[entry.id], step):
                    hidden.add(entry.id)
        return hidden

    def _place(self, entry: MapEntry, angle: float, step: float) -> bool:
        """Try the label from fullest to shortest, at its angle and then nudged along the ring."""
        rx, ry = self.radii[entry.band]
        nudge = min(step / 6, math.pi / 15)
        tried: set[tuple[int, int, int]] = set()
        for pieces in self.labels[entry.id]:
            size = sum(piece[1] for piece in pieces)
            for k in (0, 1, -1, 2, -2, 3, -3):
                theta = angle + k * nudge
                cos = math.cos(theta)
                px = self.cx + round_away(rx * cos)
                py = self.cy + round_away(ry * math.sin(theta))
                x = px if cos > 0.3 else px - size + 1 if cos < -0.3 else px - size // 2
                if (x, py, size) in tried or py >= self.legend_row:
                    continue
                tried.add((x, py, size))
                if self.canvas.fits(x, py, size):
                    self.canvas.claim(x, py, pieces, member_id=entry.id)
                    return True
        return False

    def finish(self, hidden_ids: set[str], highlighted_id: str | None) -> None:
        """Write the "+N more" counts, mark the highlighted member and draw the legend."""
        unshown = 0
        for band in BANDS:
            count = sum(1 for entry in self.entries if entry.band == band and entry.id in hidden_ids)
            slot = self.more_slots.get(band)
            if count and slot:
                text = f"+{count} more"
                x, row, size = slot
                self.canvas.write(x + (size - len(text)) // 2, row, [(c, 1, "more") for c in text])
            else:
                unshown += count
        if highlighted_id in self.canvas.placements:
            self.canvas.retag(highlighted_id, "highlight")
            beside = self.canvas.free_beside(highlighted_id)
            if beside is not None:
                row = self.canvas.placements[highlighted_id][1]
                self.canvas.write(beside, row, [(HIGHLIGHT_MARKER, 1, "highlight")])
        _legend(self.canvas, self.legend_row, unshown)


def _compact(entries: list[MapEntry], width: int, height: int, cell_width: CellWidth) -> MapLayout:
    """Too small for rings, or nobody yet: "You" in the middle and one line under it."""
    canvas = Canvas(width, height)
    you = _YOU if width >= len(_YOU) else "You"
    block: list[list[Piece]] = [[(c, 1, "you") for c in you]]
    if entries:
        block.append([(c, 1, "more") for c in f"+{len(entries)} more"])
    else:
        block.append([])
        block.extend([(c, 1, "hint") for c in line] for line in _wrap(EMPTY_HINT, width - 2))
    top = max(0, (height - len(block)) // 2)
    for offset, line in enumerate(block[: max(0, height - top)]):
        if len(line) <= width:
            canvas.write((width - len(line)) // 2, top + offset, line)
    return _to_layout(canvas, (("all", len(entries)),) if entries else ())


def _wrap(text: str, width: int) -> list[str]:
    """Our own (ASCII) text wrapped at spaces to ``width`` cells."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _to_layout(canvas: Canvas, hidden: tuple[tuple[str, int], ...]) -> MapLayout:
    rows = tuple(tuple(MapCell(char, tag) for char, tag in row) for row in canvas.grid())
    placements = tuple(
        Placement(member_id, x, y, size, text) for member_id, (x, y, size, text) in canvas.placements.items()
    )
    return MapLayout(canvas.width, canvas.height, rows, placements, hidden)


_LEGEND_KINDS = [(marker, "kind-" + kind.replace(" ", "-"), kind) for kind, marker in KIND_MARKERS.items()]
_LEGEND_SHORT_KINDS = [
    (marker, tag, {"colleague": "work", "professional": "pro", "support group": "group", "online community": "online"}.get(word, word))
    for marker, tag, word in _LEGEND_KINDS
]
_LEGEND_STATUS = [("!", "overdue", "overdue"), ("·", "due", "due")]
_LEGEND_FLOW = [("→", "flow", "you gave"), ("←", "flow", "you received"), ("⇄", "flow", "both")]
_LEGEND_SHORT_FLOW = [("→", "flow", "gave"), ("←", "flow", "got"), ("⇄", "flow", "both")]
_LEGENDS = [
    ([_LEGEND_KINDS, _LEGEND_STATUS, _LEGEND_FLOW], "  ", "   "),
    ([_LEGEND_SHORT_KINDS, _LEGEND_STATUS, _LEGEND_SHORT_FLOW], " ", "  "),
    ([_LEGEND_STATUS, _LEGEND_FLOW], "  ", "   "),
    ([_LEGEND_STATUS, _LEGEND_SHORT_FLOW], " ", "  "),
    ([_LEGEND_STATUS], " ", ""),
]


def _legend(canvas: Canvas, row: int, unshown: int) -> None:
    """The fullest legend that fits on the bottom row, centred; and a count of who is not drawn."""
    extra = f"  +{unshown} not shown" if unshown else ""
    for groups, gap, group_gap in _LEGENDS:
        pieces: list[Piece] = []
        for group in groups:
            if pieces:
                pieces += [(c, 1, "legend") for c in group_gap]
            for index, (symbol, tag, word) in enumerate(group):
                pieces += [(c, 1, "legend") for c in (gap if index else "")]
                pieces += [(symbol, 1, tag)] + [(c, 1, "legend") for c in " " + word]
        pieces += [(c, 1, "more") for c in extra]
        if len(pieces) <= canvas.width - 2:
            canvas.write((canvas.width - len(pieces)) // 2, row, pieces)
            return
    if len(extra) - 2 <= canvas.width:
        canvas.write(0, row, [(c, 1, "more") for c in extra.strip()])
