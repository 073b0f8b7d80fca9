"""User text as data, never markup: every name, note and entry reaches a widget through here.

Textual parses plain strings as content markup, so ``[/`` in a name would crash a label and
``[b]x`` would style it. These helpers build ``Content`` (for Textual widgets) and Rich ``Text``
(for ``DataTable`` cells and ``Tree`` labels) that show exactly what was typed.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from supportjournal.domain.text import visible


def clean(text: str) -> str:
    """One line of user text with control characters shown, never sent (``␛``, ``␤``, ``�``)."""
    return visible(text)


def literal(text: str, *, lines: bool = False) -> Content:
    """User text for a Textual widget, shown exactly as typed.

    Args:
        text: A name, note or entry as typed.
        lines: Keep line breaks (for notes shown as a block); else they show as ``␤``.
    """
    return Content(visible(text, keep_lines=True) if lines else clean(text))


def rich_literal(text: str, style: str = "") -> Text:
    """User text for a Rich-rendered cell (``DataTable``, ``Tree``), shown exactly as typed."""
    return Text(clean(text), style=style)


def styled(template: str, **values: str) -> Content:
    """Markup written by us around user text: ``styled("[b]$name[/b]", name=member.name)``.

    The values are substituted as plain text and never parsed.
    """
    return Content.from_markup(template, **{key: clean(value) for key, value in values.items()})
