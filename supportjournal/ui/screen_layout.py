"""A screen laid out once when it opens, not twice.

Textual 8 lays a screen out when it opens (``ScreenResume``), and that layout sends the screen a ``Resize`` of
the size it was just laid out at, which lays it out and draws it all again. For the journal that second pass
was a quarter of the key's CPU (140 -> 102 ms median).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events
from textual.screen import Screen

# A mixin, not a Screen subclass: another Screen class in the bases put Screen's own CSS after ModalScreen's,
# and a form drew nothing of the screen behind it.
if TYPE_CHECKING:
    _Base = Screen[Any]
else:
    _Base = object


class LaidOutOnce(_Base):
    """Put first among a screen's Textual bases: ``class S(JournalNode, LaidOutOnce, Screen[None])``.

    A ``Resize`` to the size every screen on the stack already has changes nothing, so Textual's own handler
    (and its second layout) is skipped; a real resize of the terminal differs from it and is handled as always.
    The screen's own ``on_resize`` still runs: it is called before this one.
    """

    async def _on_resize(self, event: events.Resize) -> None:
        size = event.size
        if size == self.outer_size and all(screen.outer_size == size for screen in self.app.screen_stack):
            event.stop()
            event.prevent_default()
