"""The eco-map: "You" at the centre and the support network on rings, laid out in terminal cells.

Pure layout, no Textual or Rich. ``layout(entries, width, height)`` returns a ``MapLayout``: a grid
of ``MapCell`` (a character and a semantic style tag) that a widget only has to paint, plus where
each member's label landed so clicks can be mapped back to members.

People (family, friends, colleagues) sit on three concentric rings by closeness: inner, close,
wider. Professionals, support groups and online communities sit on their own unlined outer band
("around"). Rings are ellipses about twice as wide as tall, because terminal cells are twice as
tall as wide. Labels never overlap: they shorten (first word, then fewer letters, always ending
in "…") where crowded, and whoever still does not fit is counted as "+N more" beside their ring's name.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from supportjournal.domain.ecomap_canvas import Canvas, Piece, round_away
from supportjournal.domain.ecomap_labels import (
    FLOW_MARKERS,
    HIGHLIGHT_MARKER,
    KIND_MARKERS,
    STATUS_MARKERS,
    label_variants,
    legend,
    legend_height,
    plain,
)
from supportjournal.domain.glyphs import CellWidth, cells

__all__ = [
    "AROUND_KINDS",
    "BANDS",
    "EMPTY_HINT",
    "FLOW_MARKERS",
    "HIGHLIGHT_MARKER",
    "KIND_MARKERS",
    "STATUS_MARKERS",
    "MapCell",
    "MapEntry",
    "MapLayout",
    "Placement",
    "layout",
]

AROUND_KINDS = ("professional", "support group", "online community")
"""Kinds placed on the outer band rather than on a ring of closeness."""
BANDS = ("inner", "close", "wider", "around")
"""Rings from the centre out; ``around`` holds professionals, groups and communities."""
EMPTY_HINT = ("Your support system, closest at the centre.", "Press a to add someone who supports you.")
"""What an empty map says beside "You" (wrapped to ``HINT_WIDTH``), or under it where the map is narrow."""
HINT_WIDTH = 44
"""The widest the hint's lines get, so it reads as a short paragraph."""

_RING_SCALE = {"inner": 0.3, "close": 0.55, "wider": 0.79}
_RING_SCALE_NO_AROUND = {"inner": 0.36, "close": 0.67, "wider": 0.98}
_STAGGER = {"inner": 0.0, "close": 0.5, "wider": 0.25, "around": 0.75}
"""Where each ring's first member sits, in steps, so neighbouring rings' labels do not line up."""
_STATUS_RANK = {"overdue": 0, "due": 1}
_KIND_ORDER = {kind: index for index, kind in enumerate(KIND_MARKERS)}
_YOU = "( You )"
_NUDGES = [(rows, k) for rows in (0, 1, -1) for k in (0, 1, -1, 2, -2, 3, -3)]
"""Where to try a label: rows off its ring, then steps along it."""


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
    cell_width: CellWidth = cells,
) -> MapLayout:
    """Lay out the eco-map.

    Args:
        entries: The members to draw.
        width: Cells across; anything from 0 up.
        height: Rows; anything from 0 up.
        highlighted_id: The member to show highlighted (and to keep visible when crowded).
        cell_width: Width in cells of one grapheme cluster (wcwidth's, as everywhere else).

    Returns:
        The grid of cells and where each member landed.
    """
    width, height = max(0, width), max(0, height)
    entries = sorted(entries, key=_angular_order)
    if not entries or width < 30 or height < 10:
        return _compact(entries, width, height)
    frame = _Frame(entries, width, height)
    labels = {
        e.id: label_variants(e.name, e.kind, e.status, e.flow, e.band == "around", cell_width) for e in entries
    }
    reserve = {band for band, members in frame.members.items() if len(members) > frame.capacity(band)}
    while True:  # another pass keeps room for "+N more" beside the names of rings that overflowed
        drawing = _Drawing(frame, labels, reserve)
        hidden = drawing.place_all(first=None)
        if highlighted_id in hidden:
            drawing = _Drawing(frame, labels, reserve)
            hidden = drawing.place_all(first=highlighted_id)
        overflowing = {entry.band for entry in entries if entry.id in hidden}
        if overflowing <= reserve:
            break
        reserve |= overflowing
    drawing.finish(hidden, highlighted_id)
    counts = ((band, sum(e.id in hidden for e in frame.members[band])) for band in BANDS)
    return _to_layout(drawing.canvas, tuple((band, count) for band, count in counts if count))


def _angular_order(entry: MapEntry) -> tuple:
    """Members of a kind sit together around their ring, by name."""
    return (_KIND_ORDER.get(entry.kind, len(_KIND_ORDER)), entry.name.casefold(), entry.id)


class _Frame:
    """What every placement pass shares: the rings, "You", and where each member may go."""

    def __init__(self, entries: list[MapEntry], width: int, height: int) -> None:
        self.legend_rows = legend_height(width - 2, height)
        self.legend_row = height - self.legend_rows
        """The first row of the legend; the rings take the rows above it."""
        self.cx, self.cy = width // 2, self.legend_row // 2
        self.members = {band: [entry for entry in entries if entry.band == band] for band in BANDS}
        self.radii = _radii(width, self.legend_row, bool(self.members["around"]))
        self.canvas = Canvas(width, height)
        for band in BANDS[:3]:
            self.canvas.ring(self.cx, self.cy, *self.radii[band])
        you = _YOU if self.radii["inner"][0] >= 5 else "You"
        self.canvas.claim(self.cx - len(you) // 2, self.cy, plain(you, "you"))
        self.spots: dict[str, list[tuple[int, int, float]]] = {}
        """Member id -> candidate ``(x, y, cos)`` points for its label, best first."""
        for band, members in self.members.items():
            step = 2 * math.pi / max(1, len(members))
            start = -math.pi / 2 + step * (0.5 + _STAGGER[band]) if len(members) > 1 else -math.pi / 5
            for index, entry in enumerate(members):
                self.spots[entry.id] = self._spots(band, start + step * index, step)

    def _spots(self, band: str, angle: float, step: float) -> list[tuple[int, int, float]]:
        rx, ry = self.radii[band]
        nudge = min(step / 6, math.pi / 15)
        spots: dict[tuple[int, int], float] = {}
        for rows, k in _NUDGES:
            scale = 1 + rows / max(ry, 1)
            theta = angle + k * nudge
            cos = math.cos(theta)
            spot = (self.cx + round_away(rx * scale * cos), self.cy + round_away(ry * scale * math.sin(theta)))
            if 0 <= spot[1] < self.legend_row:
                spots.setdefault(spot, cos)
        return [(x, y, cos) for (x, y), cos in spots.items()]

    def capacity(self, band: str) -> int:
        """A rough count of labels the band holds, to keep room for "+N more" from the first pass."""
        return int(4 * self.radii[band][1] + 4)


def _radii(width: int, rows: int, has_around: bool) -> dict[str, tuple[float, float]]:
    """Ellipse radii per band: rings about twice as wide as tall, leaving room for outer labels.

    The outer band is not drawn, so it simply takes the whole pane.
    """
    ry_max = (rows - 1) / 2
    rx_max = width / 2 - min(9, width // 6)
    ry = ry_max if has_around else ry_max - 1  # the wider ring's labels need a row outside it
    aspect = min(2.3, max(1.6, rx_max / ry))
    rx, ry = (ry * aspect, ry) if rx_max / ry > aspect else (rx_max, rx_max / aspect)
    scale = _RING_SCALE if has_around else _RING_SCALE_NO_AROUND
    radii = {band: (rx * scale[band], ry * scale[band]) for band in BANDS[:3]}
    radii["around"] = (max(rx, rx_max), ry_max)
    return radii


class _Drawing:
    """One placement pass on a copy of the frame's canvas."""

    def __init__(self, frame: _Frame, labels: dict[str, list[list[Piece]]], reserve: set[str]) -> None:
        self.frame = frame
        self.labels = labels
        self.canvas = frame.canvas.copy()
        self.label_slots: dict[str, tuple[int, int, int, str]] = {}
        """Band -> ``(x, row, size, name)`` of its label, room for "+N more" included where reserved."""
        for band in BANDS:
            self._ring_label(band, band in reserve)

    def _ring_label(self, band: str, with_more: bool) -> None:
        """The ring's name on its edge (wider and inner on top, close below), and room for "+N more"."""
        frame = self.frame
        rx, ry = frame.radii[band]
        name = "" if band == "around" or len(band) + 2 > rx else band
        more = f"+{len(frame.members[band])} more" if with_more else ""
        top, bottom = frame.cy - round_away(ry), frame.cy + round_away(ry)
        rows = (bottom, top) if band in ("close", "around") else (top, bottom)
        for text in dict.fromkeys(filter(None, (" ".join(filter(None, (name, more))), more, name))):
            for row in rows:
                x = frame.cx - len(text) // 2
                if row < frame.legend_row and self.canvas.fits(x, row, len(text)):
                    self.canvas.claim(x, row, plain(text, "ring-label"))
                    self.label_slots[band] = (x, row, len(text), name if text.startswith(name) else "")
                    return

    def place_all(self, first: str | None) -> set[str]:
        """Place every member, ring by ring from the centre out; return the ids that did not fit.

        Within a ring, ``first`` goes first, then the overdue, then the due, then everyone else.
        """
        hidden: set[str] = set()
        for members in self.frame.members.values():
            order = sorted(
                members, key=lambda e: (e.id != first, _STATUS_RANK.get(e.status, 2), _angular_order(e))
            )
            hidden.update(entry.id for entry in order if not self._place(entry.id))
        return hidden

    def _place(self, member_id: str) -> bool:
        """Try the label from fullest to shortest at each of its spots; claim the first that fits."""
        spots = self.frame.spots[member_id]
        for pieces in self.labels[member_id]:
            size = sum(piece[1] for piece in pieces)
            for px, py, cos in spots:
                x = px if cos > 0.3 else px - size + 1 if cos < -0.3 else px - size // 2
                if self.canvas.fits(x, py, size):
                    self.canvas.claim(x, py, pieces, member_id=member_id)
                    return True
        return False

    def finish(self, hidden: set[str], highlighted_id: str | None) -> None:
        """Write the "+N more" counts, mark the highlighted member and draw the legend."""
        unshown = 0
        for band in BANDS:
            count = sum(entry.id in hidden for entry in self.frame.members[band])
            x, row, size, name = self.label_slots.get(band, (0, 0, 0, ""))
            text = " ".join(filter(None, (name, f"+{count} more" if count else "")))
            if len(text) > size:
                unshown += count
                text = name
            self.canvas.write(x, row, plain(" " * size, ""))
            pieces = plain(name, "ring-label") + plain(text[len(name) :], "more")
            self.canvas.write(x + (size - len(text)) // 2, row, pieces)
        if highlighted_id in self.canvas.placements:
            self.canvas.retag(highlighted_id, "highlight")
            beside = self.canvas.free_beside(highlighted_id)
            if beside is not None:
                row = self.canvas.placements[highlighted_id][1]
                self.canvas.write(beside, row, plain(HIGHLIGHT_MARKER, "highlight"))
        lines = legend(self.canvas.width - 2, unshown, self.frame.legend_rows)
        for offset, pieces in enumerate(lines):
            self.canvas.write((self.canvas.width - len(pieces)) // 2, self.frame.legend_row + offset, pieces)


def _compact(entries: list[MapEntry], width: int, height: int) -> MapLayout:
    """Too small for rings, or nobody yet: "You" in the middle, the hint beside it (or a count under it)."""
    canvas = Canvas(width, height)
    you = _YOU if width >= len(_YOU) else "You"
    if not entries and _hint_beside(canvas, you):
        return _to_layout(canvas, ())
    block: list[list[Piece]] = [plain(you, "you")]
    if entries:
        block.append(plain(f"+{len(entries)} more", "more"))
    else:
        block.append([])
        hint = " ".join(EMPTY_HINT)
        lines = [hint] if len(hint) <= width - 2 else [ln for part in EMPTY_HINT for ln in _wrap(part, width - 2)]
        block.extend(plain(line, "hint") for line in lines)
    top = max(0, (height - len(block)) // 2)
    for offset, line in enumerate(block[: max(0, height - top)]):
        if len(line) <= width:
            canvas.write((width - len(line)) // 2, top + offset, line)
    return _to_layout(canvas, (("all", len(entries)),) if entries else ())


def _hint_beside(canvas: Canvas, you: str) -> bool:
    """Write "You" with the empty map's hint to its right, the pair centred; ``False`` if it does not fit."""
    room = min(canvas.width - len(you) - 4, HINT_WIDTH)
    lines = _wrap(" ".join(EMPTY_HINT), room) if room >= 16 else []
    if not lines or len(lines) > canvas.height:
        return False
    size = max(map(len, lines))
    left = (canvas.width - len(you) - 2 - size) // 2
    top = (canvas.height - len(lines)) // 2
    canvas.write(left, top, plain(you, "you"))
    for offset, line in enumerate(lines):
        canvas.write(left + len(you) + 2, top + offset, plain(line, "hint"))
    return True


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
