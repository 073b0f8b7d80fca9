"""User text made safe to reach a terminal: control characters shown visibly, never sent."""

from __future__ import annotations

import re

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
"""Stands for a character that must not be sent and has no picture: C1 controls, bidi overrides."""
NEWLINE = "\N{SYMBOL FOR NEWLINE}"
"""``␤``: a line break in text shown on one line."""
BIDI_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
"""Embeddings, overrides and isolates: they reorder what follows them on screen ("Trojan Source").

The marks U+200E, U+200F and U+061C only nudge neutral characters and are kept: right-to-left
text uses them.
"""

_C0 = {code: chr(0x2400 + code) for code in range(0x20)}  # control pictures: ESC is ␛, TAB ␉
_UNSENDABLE = (
    {0x7F: "\N{SYMBOL FOR DELETE}"}
    | {code: REPLACEMENT for code in range(0x80, 0xA0)}  # C1: no pictures exist
    | {ord(char): REPLACEMENT for char in BIDI_CONTROLS}
)
_SURROGATES = "[\ud800-\udfff]"
"""Lone surrogates cannot be encoded: each shows as ``REPLACEMENT`` too (a pattern, not 2,048 table entries
that every command would build before its first line of work). Both patterns here are compiled by ``re`` when
first used, and kept: text that is all printable, as nearly all is, never needs them."""
_ONE_LINE = _C0 | _UNSENDABLE
_KEEPING_LINES = {code: shown for code, shown in _ONE_LINE.items() if chr(code) not in "\n\t"}
_LINE_BREAK = "\r\n|[\r\n\u2028\u2029]"
_EDITING = {code: shown for code, shown in _ONE_LINE.items() if code != ord("\t")} | {
    ord(char): NEWLINE for char in "\n\u2028\u2029"
}
_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in [*_UNSENDABLE, 0x2028, 0x2029]}  # JSON escapes C0 itself


def visible(
    text: str | None, *, keep_lines: bool = False, newline: str = NEWLINE, editing: bool = False
) -> str:
    """Text as typed, with every character that could drive the terminal shown instead of sent.

    C0 controls become their control pictures (ESC shows as ``␛``), DEL ``␡``, C1 controls,
    bidi overrides and isolates (and lone surrogates) ``�``. Everything else is kept: emoji,
    joiners, variation selectors, combining marks, right-to-left letters. ``visible`` of its
    own result changes nothing.

    Args:
        text: A name, note, title or path as typed.
        keep_lines: Keep line breaks (as ``\\n``) and tabs, for text shown as a block.
        newline: What a line break (``\\n``, ``\\r\\n``, ``\\r``, U+2028, U+2029) becomes when
            lines are not kept.
        editing: One character for each character, tabs kept (``\\r\\n`` is ``␍␤``): for a
            line in an editor, where the cursor stands on a character by its index.
    """
    text = text or ""
    if text.isprintable():
        return text
    text = re.sub(_SURROGATES, REPLACEMENT, text)  # one for one, as the tables below
    if editing:
        return text.translate(_EDITING)
    text = re.sub(_LINE_BREAK, "\n" if keep_lines else newline, text)
    return text.translate(_KEEPING_LINES if keep_lines else _ONE_LINE)


def json_escaped(text: str) -> str:
    """JSON already dumped, with DEL, C1, bidi overrides, line separators and lone surrogates escaped.

    ``json.dumps`` escapes C0 controls but writes these as they are. They occur only inside
    its strings, so ``\\uXXXX`` escapes keep the data exact and the JSON valid.
    """
    return re.sub(_SURROGATES, lambda surrogate: f"\\u{ord(surrogate[0]):04x}", text.translate(_JSON_ESCAPES))
