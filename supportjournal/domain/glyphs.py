"""Terminal cells for user text: grapheme clusters, their widths, and truncation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from supportjournal.domain.text import visible

CellWidth = Callable[[str], int]
"""How many terminal cells a grapheme cluster takes (``cells``, by wcwidth, everywhere)."""
Glyph = tuple[str, int]
"""One grapheme cluster and its width in cells (1 or more)."""

_ZWJ = "\u200d"
ONE_CELL_EACH = re.compile(r"[\x20-\x7e\xa0-\xac\xae-\u017f]*")
"""Text of printable ASCII and Latin letters (Latin-1 and Latin Extended-A, less the soft hyphen): wcwidth
finds one grapheme cluster of one cell in each of these characters (tests/unit/test_glyphs.py asks it of every
one), so such text is measured without it. Importing wcwidth cost the app's start 15-20 ms, and the names and
labels it shows at start (the demo's Zoë and Siobhán too) are nearly always such text."""


def _shown(text: str) -> str:
    """Text as a terminal shows it (``visible``), composed (NFC): "e" and a combining accent are one "é"."""
    return unicodedata.normalize("NFC", visible(text))


def _clusters(shown: str) -> Iterator[str]:
    """The grapheme clusters of text already ``_shown``, by wcwidth.

    A cluster ending in a zero-width joiner takes the next one too, as wcwidth's and Rich's
    widths do ("n\u200dj" is one cell there), so a line of glyphs is as wide as they measure it.
    """
    if ONE_CELL_EACH.fullmatch(shown):
        yield from shown
        return
    from wcwidth import iter_graphemes  # start-up cost: see ONE_CELL_EACH

    joined = ""
    for cluster in iter_graphemes(shown):
        if joined and not joined.endswith(_ZWJ):
            yield joined
            joined = ""
        joined += cluster
    if joined:
        yield joined


def cells(text: str) -> int:
    """The cells ``text`` takes on a terminal (shown as ``visible`` shows it), by wcwidth.

    The one measure for CLI tables, map labels and truncation: wide characters, emoji, flags
    and ZWJ families take two cells, combining marks and joiners none.
    """
    shown = _shown(text)
    if ONE_CELL_EACH.fullmatch(shown):
        return len(shown)
    from wcwidth import width  # start-up cost: see ONE_CELL_EACH

    return sum(width(cluster) for cluster in _clusters(shown))


def glyphs(text: str, cell_width: CellWidth = cells) -> list[Glyph]:
    """User text as glyphs that each take a known number of cells; a cut never splits one.

    Args:
        text: Any text a person typed (control characters show as ``visible`` shows them).
        cell_width: Width of one grapheme cluster in cells.

    Returns:
        Its grapheme clusters (by wcwidth) with their widths; whitespace is a space per cell,
        and a cluster that takes no cell (a lone joiner or accent) is left out.
    """
    result: list[Glyph] = []
    for cluster in _clusters(_shown(text)):
        width = cell_width(cluster)
        if cluster.isspace():
            result.extend([(" ", 1)] * width)
        elif width > 0:
            result.append((cluster, width))
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


def clipped(text: str, cells: int) -> str:
    """User text shortened to at most ``cells`` cells (ending ``…`` when cut), on one line: for a name in a sentence."""
    return "".join(glyph for glyph, _ in truncate(glyphs(text), cells))
