"""User text made safe to reach a terminal: control characters defused, everything else kept."""

from __future__ import annotations

import unicodedata

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"


def visible(text: str | None, *, keep_lines: bool = False, newline: str = " ") -> str:
    """Text as typed, except control characters that could move the cursor or change colours.

    Args:
        text: A name, note or title as typed.
        keep_lines: Keep newlines and tabs (for notes shown as a block).
        newline: What a line break becomes when lines are not kept.
    """
    text = text or ""
    if text.isprintable():
        return text
    return "".join(_visible_char(char, keep_lines, newline) for char in text)


def _visible_char(char: str, keep_lines: bool, newline: str) -> str:
    if char.isprintable() or (keep_lines and char in "\n\t"):
        return char
    if char in "\n\r":
        return newline
    return REPLACEMENT if unicodedata.category(char) == "Cc" else char
