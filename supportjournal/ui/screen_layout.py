"""A screen laid out once when it opens, not twice.

Textual 8 lays a screen out when it opens (``ScreenResume``), and that layout sends the screen a ``Resize`` of
the size it was just laid out at, which lays it out and draws it all again. For the journal that second pass
was a quarter of the key's CPU (140 -> 102 ms median).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from textual import events, messages
from textual._time import get_time
from textual.geometry import Region, Size
from textual.screen import Screen
from textual.widget import Widget

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


class SettledFirstLayout(_Base):
    """Put among a modal's Textual bases, before ``Screen``: ``class F(JournalNode, LaidOutOnce, SettledFirstLayout, ModalScreen)``.

    A screen's first layout gives every widget its size, and every widget mounted or given a size asks for a
    layout (Textual's rule for any widget whose size changes; the app asks once more when the screen has
    mounted). The second layout found every widget where the first put it, and drew the whole screen again,
    the dimmed screen behind a modal included: a tenth of opening the member editor. So the requests the first
    layout already answered are dropped: those made before it ended, and the app's one for the screen as
    mounted, while the screen has the widgets and size it was laid out with. Unless a scrollbar came or went in
    it: placing a scrollbar does take the second layout. Later requests (a widget's Resize handler, a field
    mounted, a terminal resized) are carried out as always.

    Textual also asks the screen to be drawn again at once after that first layout, which has just drawn it
    all: the dimmed screen behind was drawn twice (5 ms of the member editor's opening). That one is dropped
    too; the screen behind still shows its own changes (those come with the regions that changed).
    """

    _settled: tuple[float, Size, int] | None = None
    """When the first layout ended, at what size, with how many widgets; ``None`` before or if not settled."""
    _first_layout_done = False
    _mount_request_seen = False
    _just_drawn = False

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        if self._first_layout_done or scroll:
            super()._refresh_layout(size, scroll)
            return
        before = _scrollbars(self)
        super()._refresh_layout(size, scroll)
        if not self.size:
            return
        self._first_layout_done = True
        if _scrollbars(self) == before:
            self._settled = (get_time(), self.outer_size, _widget_count(self))
            self._just_drawn = True
            self._layout_required = False
            for widget in self.walk_children(Widget, with_self=True):
                for each in (widget, *widget._get_virtual_dom()):  # its scrollbars too
                    each._layout_required = False

    async def _on_layout(self, message: messages.Layout) -> None:
        if self._settled is not None and message.time <= self._settled[0]:
            message.stop()
            message.prevent_default()  # Screen's own handler would lay the screen out again

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False) -> Self:
        if self._just_drawn:
            self._just_drawn = False
            if repaint and not (regions or layout or recompose):
                return self
        settled = self._settled
        if layout and not regions and not recompose and settled is not None and not self._mount_request_seen:
            self._mount_request_seen = True
            if settled[1:] == (self.outer_size, _widget_count(self)):
                return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)


def _scrollbars(screen: Screen[Any]) -> list[tuple[bool, bool]]:
    """Which scrollbars each of the screen's widgets shows."""
    return [(w.show_vertical_scrollbar, w.show_horizontal_scrollbar) for w in screen.walk_children(Widget)]


def _widget_count(screen: Screen[Any]) -> int:
    return sum(1 for _ in screen.walk_children())
