"""Terminal cells for user text: grapheme clusters, their widths, truncation and initials."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from supportjournal.domain.text import visible

CellWidth = Callable[[str], int]
"""How many terminal cells a grapheme cluster takes (``rich.cells.cell_len`` in the UI)."""
Glyph = tuple[str, int]
"""One grapheme cluster and its width in cells (1 or more)."""

_ZWJ = "\u200d"


def east_asian_width(cluster: str) -> int:
    """The cells a cluster takes by Unicode's East Asian Width: 2 for wide and full-width, else 1."""
    return 2 if unicodedata.east_asian_width(cluster[0]) in ("W", "F") else 1


def _extends_cluster(char: str, category: str) -> bool:
    """Whether a character belongs to the glyph before it (accents, variation selectors, skin tones)."""
    return (
        category in ("Mn", "Me")
        or "\ufe00" <= char <= "\ufe0f"
        or "\U0001f3fb" <= char <= "\U0001f3ff"
        or "\U000e0020" <= char <= "\U000e007f"
    )


def _clusters(text: str) -> list[str]:
    """Split text into printable grapheme clusters; control characters show as ``visible`` shows them."""
    clusters: list[str] = []
    joining = False
    for char in unicodedata.normalize("NFC", visible(text)):
        category = unicodedata.category(char)
        if char == _ZWJ or _extends_cluster(char, category):
            if clusters:  # dropped when there is nothing to attach to
                clusters[-1] += char
                joining = char == _ZWJ
        elif category in ("Cf", "Co", "Cn"):
            continue  # zero-width marks, private and unassigned: their width in cells is unknown
        elif category == "Zs":
            clusters.append(" ")
            joining = False
        elif joining:
            clusters[-1] += char
            joining = False
        else:
            clusters.append(char)
    return clusters


def glyphs(text: str, cell_width: CellWidth = east_asian_width) -> list[Glyph]:
    """User text as glyphs that each take a known number of cells.

    Args:
        text: Any text a person typed.
        cell_width: Width of one grapheme cluster in cells.

    Returns:
        The clusters with their widths; a cluster the width function calls empty becomes ``�``.
    """
    result: list[Glyph] = []
    for cluster in _clusters(text):
        width = cell_width(cluster)
        result.append((cluster, width) if width > 0 else ("�", 1))
    return result


def width_of(text: list[Glyph]) -> int:
    """The cells a run of glyphs takes."""
    return sum(width for _, width in text)


def truncate(text: list[Glyph], cells: int) -> list[Glyph]:
    """Shorten glyphs to at most ``cells`` cells, ending with ``…`` when something was cut."""
    if width_of(text) <= cells:
        return text
    kept: list[Glyph] = []
    used = 0
    for glyph in text:
        if used + glyph[1] > cells - 1:
            break
        kept.append(glyph)
        used += glyph[1]
    while kept and kept[-1][0] == " ":
        kept.pop()
    return kept + [("…", 1)] if cells >= 1 else []


def words(text: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs split on spaces."""
    result: list[list[Glyph]] = [[]]
    for glyph in text:
        if glyph[0] == " ":
            if result[-1]:
                result.append([])
        else:
            result[-1].append(glyph)
    return [word for word in result if word]


def short_name(text: list[Glyph]) -> list[Glyph]:
    """The first word, with the next ones while it is under four cells ("Dr Okafor", "Li Wei", "Mum")."""
    parts = words(text)
    if not parts:
        return text
    short = parts[0]
    for word in parts[1:]:
        if width_of(short) >= 4:
            break
        short = short + [(" ", 1)] + word
    return short


def initials(text: list[Glyph]) -> list[Glyph]:
    """First letters of the first and last words ("Dr Okafor" -> "DO"), or two letters of one word."""
    parts = words(text)
    if not parts:
        return []
    if len(parts) == 1:
        return parts[0][:2]
    return [parts[0][0], parts[-1][0]]
