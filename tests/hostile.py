"""The hostile-text corpus: names and notes that would break, restyle or take over a terminal."""

from __future__ import annotations

import unicodedata

import pytest

TITLE_OSC = "\x1b]2;pwned\x1b\\"
"""Sets the terminal window's title."""
CLIPBOARD_OSC = "\x1b]52;c;aGk=\x07"
"""Writes "hi" to the clipboard."""
NEVER_SENT = frozenset(
    map(chr, [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029,
              *range(0xD800, 0xE000)])
) - {"\n", "\t"}
"""What never reaches the terminal from user text, lines kept or not (without them, no ``\\n`` or ``\\t``): C0
controls, DEL, C1 controls, bidi embeddings, overrides and isolates, line and paragraph separators, lone surrogates."""
SENT_RAW = [b"\x1b]2;pwned", b"\x1b]52;c;aGk=", b"\x1b[31m", b"\xc2\x9b", b"\xe2\x80\xae"]
"""Bytes of the corpus's escape sequences, C1 CSI and right-to-left override, as a terminal would get them."""

CORPUS_CASES = [
    # markup, markdown and format strings
    ("markup-open", "[/"),
    ("markup-close", "[/]"),
    ("markup-bold", "[bold]x"),
    ("markup-upper", "[B]x"),
    ("markup-variable", "[$accent]x"),
    ("markup-action", "[@click=app.quit]x"),
    ("markup-link", "[link=file:///etc/passwd]x"),
    ("markup-mixed", "$name [/] [red]"),
    ("markup-escaped", "\\[bold]x"),
    ("markup-double", "[[x]] ]["),
    ("backslash", "a\\"),
    ("markdown", "# *not* _a_ `heading` [x](http://e.org)"),
    ("html", "<b>bold</b> &amp; <script>"),
    ("format", "%s %d {0} {name} %(x)s"),
    # emoji, joiners and marks
    ("emoji", "Zoë 🌱 🧠"),
    ("flags", "🇬🇧 🇯🇵 🏴󠁧󠁢󠁳󠁣󠁴󠁿"),
    ("family", "👨‍👩‍👧‍👦 family"),
    ("skin-tone", "👍🏽 👋🏿"),
    ("variation", "❤️ ☺︎ ✌️"),
    ("combining", "e\u0301 a\u0308 n\u0303"),
    ("zalgo", "Z\u0334\u0321\u0359a\u0337\u0353l\u0335\u0330g\u0336\u031do"),
    ("zero-width", "zero\u200bwidth\u200cnon\u200djoiner\u2060"),
    ("bom-soft-hyphen", "\ufeffBOM soft\u00adhyphen"),
    # right-to-left and wide scripts
    ("arabic", "مريم"),
    ("hebrew", "שלום עולם"),
    ("rtl-mixed", "Ana مرحبا 123 שלום"),
    ("rtl-marks", "abc\u200fdef\u200e\u061cghi"),
    ("cjk", "王小明"),
    ("fullwidth", "ｆｕｌｌ ｗｉｄｔｈ"),
    ("korean-japanese", "한국어 テスト"),
    # white space
    ("tab", "tab\there"),
    ("newline", "line one\nline two"),
    ("crlf", "crlf\r\nline"),
    ("carriage-return", "over\rwrite"),
    ("line-separators", "line\u2028separator\u2029paragraph"),
    ("spaces", "  leading and trailing  "),
    # escape sequences and other controls
    ("osc-title", TITLE_OSC),
    ("osc-clipboard", CLIPBOARD_OSC),
    ("osc-hyperlink", "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\"),
    ("ansi-colour", "\x1b[31mred\x1b[0m"),
    ("ansi-clear", "\x1b[2J\x1b[Hgone"),
    ("dcs", "\x1bP+q544e\x1b\\"),
    ("c0", "\x00nul\x01soh\x07bell\x08bs\x0bvt\x0cff"),
    ("del", "del\x7fete"),
    ("c1-csi", "\x9b31mc1"),
    ("c1-others", "\x85next\x9dosc\x90dcs\x9cst"),
    # bidirectional overrides and isolates
    ("bidi-override", "\u202eevil\u202c.txt"),
    ("bidi-isolates", "\u2066iso\u2069 \u2067rtl\u2069 \u2068fs\u2069"),
    ("bidi-embeddings", "\u202aLRE\u202bRLE\u202dLRO\u202c"),
    # length
    ("long-name", "x" * 120),
    ("ten-thousand", ("Zoë [b]x 🌱 مريم \x1b[31m\u202e\t" * 500)[:10_000]),
]
"""``(id, text)``: every string, named for test ids."""
CORPUS = [text for _, text in CORPUS_CASES]
CORPUS_IDS = [name for name, _ in CORPUS_CASES]

_BY_ID = dict(CORPUS_CASES)
HOSTILE_TEXT = [
    _BY_ID[name]
    for name in ("markup-open", "markup-bold", "markup-action", "backslash", "markup-upper",
                 "markup-mixed", "emoji", "arabic", "long-name")
]
"""The names the pilot tests type key by key (a slice of the corpus: markup, emoji, RTL, length)."""


def each_hostile_text(func):
    """Parametrize a test over the whole corpus, each string named."""
    return pytest.mark.parametrize("text", CORPUS, ids=CORPUS_IDS)(func)


BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def expected(text: str, *, keep_lines: bool = False) -> str:
    """What a terminal should show for ``text``, written out character by character from the rule.

    Independent of ``domain.text``: C0 controls show as their pictures (``U+2400 + n``), DEL as
    ``␡``, C1 controls and bidi overrides as ``�``; a line break is ``␤`` (or kept, with tabs,
    when the text keeps its lines); everything else is itself.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    shown = []
    for char in text:
        code = ord(char)
        if keep_lines and char in "\n\t":
            shown.append(char)
        elif char == "\n":
            shown.append("␤")
        elif code < 0x20:
            shown.append(chr(0x2400 + code))
        elif code == 0x7F:
            shown.append("␡")
        elif 0x80 <= code < 0xA0 or char in BIDI:
            shown.append("\N{REPLACEMENT CHARACTER}")
        else:
            shown.append(char)
    return "".join(shown)


def assert_nothing_sent(output: str, *, lines: bool = True) -> None:
    """No control character, C1 or bidi override in ``output``; newlines and tabs only if ``lines``."""
    allowed = "\n\t" if lines else ""
    raw = sorted({char for char in output if _sendable(char) and char not in allowed})
    assert not raw, f"raw control characters reached the output: {raw!r}"


def _sendable(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or char in BIDI or char in "\u2028\u2029"
