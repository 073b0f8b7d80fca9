"""A grid of terminal cells that labels claim without overlapping, and rings drawn in braille dots."""

from __future__ import annotations

import math

Piece = tuple[str, int, str]
"""A grapheme cluster, the cells it takes, and its style tag."""

_FREE, _PAD, _TAKEN = 0, 1, 2
_BRAILLE_BITS = ((0x01, 0x08), (0x02, 0x10), (0x04, 0x20), (0x40, 0x80))


class Canvas:
    """Cells with an owner each: free (ring lines may sit there), padding beside a label, or taken."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.chars = [[" "] * width for _ in range(height)]
        self.tags = [[""] * width for _ in range(height)]
        self.owner = [[_FREE] * width for _ in range(height)]
        self.placements: dict[str, tuple[int, int, int, str]] = {}
        """Member id -> ``(x, y, width, text)`` of its label."""

    def copy(self) -> Canvas:
        """An independent copy, to try another placement on the same rings."""
        twin = Canvas(0, 0)
        twin.width, twin.height = self.width, self.height
        twin.chars = [row[:] for row in self.chars]
        twin.tags = [row[:] for row in self.tags]
        twin.owner = [row[:] for row in self.owner]
        twin.placements = dict(self.placements)
        return twin

    def fits(self, x: int, y: int, size: int) -> bool:
        """Whether ``size`` cells from ``(x, y)`` are free, with no label touching either end."""
        if not (0 <= y < self.height and 0 <= x and x + size <= self.width and size > 0):
            return False
        row = self.owner[y]
        if any(row[i] != _FREE for i in range(x, x + size)):
            return False
        return (x == 0 or row[x - 1] != _TAKEN) and (x + size == self.width or row[x + size] != _TAKEN)

    def claim(self, x: int, y: int, pieces: list[Piece], member_id: str | None = None) -> None:
        """Write a label where ``fits`` said it fits, and blank one cell of padding either side."""
        self.write(x, y, pieces, owner=_TAKEN)
        size = sum(piece[1] for piece in pieces)
        for pad in (x - 1, x + size):
            if 0 <= pad < self.width and self.owner[y][pad] == _FREE:
                self.owner[y][pad] = _PAD
                self.chars[y][pad], self.tags[y][pad] = " ", ""
        if member_id is not None:
            self.placements[member_id] = (x, y, size, "".join(piece[0] for piece in pieces))

    def write(self, x: int, y: int, pieces: list[Piece], owner: int | None = None) -> None:
        """Write pieces from ``(x, y)``; a wide piece leaves ``""`` in the cells it covers."""
        if not 0 <= y < self.height:
            return
        for char, size, tag in pieces:
            for offset in range(size):
                if 0 <= x + offset < self.width:
                    self.chars[y][x + offset] = char if offset == 0 else ""
                    self.tags[y][x + offset] = tag
                    if owner is not None:
                        self.owner[y][x + offset] = owner
            x += size

    def retag(self, member_id: str, tag: str) -> None:
        """Give every cell of a member's label one tag."""
        x, y, size, _ = self.placements[member_id]
        for i in range(x, x + size):
            self.tags[y][i] = tag

    def free_beside(self, member_id: str) -> int | None:
        """A padding cell next to the member's label, one not touching another label if possible."""
        x, y, size, _ = self.placements[member_id]
        row = self.owner[y]
        sides = ((x - 1, -1), (x + size, 1))
        beside = [(i, i + step) for i, step in sides if 0 <= i < self.width and row[i] != _TAKEN]
        for i, further in beside:
            if not 0 <= further < self.width or row[further] != _TAKEN:
                return i
        return beside[0][0] if beside else None

    def ring(self, cx: int, cy: int, rx: float, ry: float) -> None:
        """Draw an ellipse in braille dots (2 x 4 dots a cell, so curves stay smooth) on free cells."""
        dots: dict[tuple[int, int], int] = {}
        samples = max(32, int(40 * (rx + ry)))
        for i in range(samples):
            t = 2 * math.pi * i / samples
            dx = math.floor(2 * cx + 1 + 2 * rx * math.cos(t))
            dy = math.floor(4 * cy + 2 + 4 * ry * math.sin(t))
            cell = (dx // 2, dy // 4)
            dots[cell] = dots.get(cell, 0) | _BRAILLE_BITS[dy % 4][dx % 2]
        for (x, y), bits in dots.items():
            if 0 <= y < self.height and 0 <= x < self.width and self.owner[y][x] == _FREE:
                self.chars[y][x], self.tags[y][x] = chr(0x2800 + bits), "ring-line"

    def grid(self) -> list[list[tuple[str, str]]]:
        """Every cell as ``(char, tag)``."""
        return [list(zip(chars, tags)) for chars, tags in zip(self.chars, self.tags)]


def round_away(value: float) -> int:
    """Round half away from zero, so shapes stay symmetric about their centre."""
    return int(math.copysign(math.floor(abs(value) + 0.5), value))
