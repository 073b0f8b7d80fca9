"""Letting go of closed screens' drawings, which Textual 8 keeps (Textualize/textual#6665).

``StylesCache.get_inner_outer`` is an ``lru_cache`` (1,024 entries) on a method, so its key holds the styles
cache of every widget drawn lately, and with it every line the widget last drew. A closed screen's widgets
stayed alive that way: each opening and closing of the journal left about 8,600 objects for the garbage
collector to walk, so a full collection grew from 20 ms to 130 ms over 24 openings, and one of them landed
in the middle of a key now and then (the slow openings of the journal, the member editor, insights).
"""

from __future__ import annotations

from textual._styles_cache import StylesCache  # private, hence this module: Textual is pinned (pyproject)
from textual.screen import Screen


def release_closed_screens(_screen: Screen[object] | None = None) -> None:
    """Empty the cache that holds closed widgets; what it held is two styles per colour pair, made again at once.

    Called each time the screen changes (``App.screen_change_signal``): a screen closes, or one opens over it.
    """
    StylesCache.get_inner_outer.cache_clear()
