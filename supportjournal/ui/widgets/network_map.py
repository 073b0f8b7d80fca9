"""The network map widget: paints the eco-map laid out by ``supportjournal.domain.ecomap``.

Public API (used by the home screen):

- ``NetworkMap(entries=(), highlighted=None, *, name=None, id=None, classes=None)``
- ``entries: reactive[tuple[MapEntry, ...]]``: the members to draw (``domain.ecomap.MapEntry``).
- ``highlighted: reactive[str | None]``: the id of the member to highlight, e.g. the list's selection.
- ``NetworkMap.MemberClicked(member_id)``: posted when a member's label is clicked.

Every cell of the layout carries a style tag; each tag maps to the component class
``network-map--<tag>``, styled in ``DEFAULT_CSS`` with theme variables. Names are painted as plain
segments, never parsed as markup, and kinds and states have symbols so nothing relies on colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from supportjournal.domain.ecomap import MapEntry, MapLayout, layout
from supportjournal.ui.render import literal

_TAGS = (
    "ring-line",
    "ring-label",
    "you",
    "kind-family",
    "kind-friend",
    "kind-colleague",
    "kind-professional",
    "kind-support-group",
    "kind-online-community",
    "name",
    "name-around",
    "flow",
    "due",
    "overdue",
    "highlight",
    "more",
    "legend",
    "hint",
)


class NetworkMap(Widget):
    """An eco-map of the support network: you at the centre, members on rings by closeness."""

    DEFAULT_CSS = """
    NetworkMap {
        height: 1fr;
        min-height: 5;
    }
    NetworkMap > .network-map--ring-line {
        color: $primary 50%;
    }
    NetworkMap > .network-map--ring-label {
        color: $primary;
        text-style: italic;
    }
    NetworkMap > .network-map--you {
        color: $accent;
        text-style: bold;
    }
    NetworkMap > .network-map--kind-family {
        color: $text-error;
    }
    NetworkMap > .network-map--kind-friend {
        color: $text-primary;
    }
    NetworkMap > .network-map--kind-colleague {
        color: $text-warning;
    }
    NetworkMap > .network-map--kind-professional {
        color: $text-success;
        text-style: bold;
    }
    NetworkMap > .network-map--kind-support-group, NetworkMap > .network-map--kind-online-community {
        color: $text-secondary;
        text-style: bold;
    }
    NetworkMap > .network-map--name {
        color: $foreground;
    }
    NetworkMap > .network-map--name-around {
        color: $foreground;
        text-style: italic;
    }
    NetworkMap > .network-map--flow {
        color: $foreground-muted;
    }
    NetworkMap > .network-map--due {
        color: $warning;
        text-style: bold;
    }
    NetworkMap > .network-map--overdue {
        color: $error;
        text-style: bold;
    }
    NetworkMap > .network-map--highlight {
        color: $primary;
        text-style: bold reverse;
    }
    NetworkMap > .network-map--more, NetworkMap > .network-map--legend {
        color: $foreground-muted;
    }
    NetworkMap > .network-map--hint {
        color: $text-muted;  /* as every empty pane's text (.empty) */
    }
    """

    COMPONENT_CLASSES = {f"network-map--{tag}" for tag in _TAGS}
    """One class per style tag of the layout, e.g. ``network-map--overdue``."""

    entries: reactive[tuple[MapEntry, ...]] = reactive(())
    """The members drawn on the map."""
    highlighted: reactive[str | None] = reactive(None)
    """The id of the member shown highlighted, or ``None``."""

    @dataclass
    class MemberClicked(Message):
        """A member's label on the map was clicked."""

        member_id: str
        """The id of the member whose label was clicked."""

    def __init__(
        self,
        entries: tuple[MapEntry, ...] = (),
        highlighted: str | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._cache: tuple[tuple, MapLayout] | None = None
        self._hovered: str | None = None
        self._styles: dict[str, Style] = {}
        """Each style tag's Rich style, for the lines being drawn (``render_lines``)."""
        self.set_reactive(NetworkMap.entries, tuple(entries))
        self.set_reactive(NetworkMap.highlighted, highlighted)

    @property
    def map_layout(self) -> MapLayout:
        """The layout for the current entries, highlight and size (recomputed only when they change)."""
        key = (self.entries, self.highlighted, self.size.width, self.size.height)
        if self._cache is None or self._cache[0] != key:
            drawn = layout(self.entries, self.size.width, self.size.height, self.highlighted)
            self._cache = (key, drawn)
        return self._cache[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return container.height

    def render_lines(self, crop: Region) -> list[Strip]:
        # The styles of the tags, worked out once for the lines drawn now: each one walks the widget's ancestors
        # (for the background), which per run of every line was a third of drawing the home screen's first frame.
        base = self.rich_style
        self._styles = {"": base} | {
            tag: self.get_component_rich_style(f"network-map--{tag}", default=base) for tag in _TAGS
        }
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        styles = self._styles
        base = styles[""]
        drawn = self.map_layout
        width = self.size.width
        if y >= drawn.height:
            return Strip.blank(width, base)
        segments = [Segment(text, styles.get(tag, base)) for text, tag in drawn.runs(y) if text]
        return Strip(segments).crop_extend(0, width, base)

    def on_click(self, event: events.Click) -> None:
        member_id = self._member_under(event)
        if member_id is not None:
            event.stop()
            self.post_message(self.MemberClicked(member_id))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Hovering a label shows the member's full name, however short the label had to be."""
        member_id = self._member_under(event)
        if member_id == self._hovered:
            return
        self._hovered = member_id
        names = {entry.id: entry.name for entry in self.entries}
        self.tooltip = literal(names[member_id]) if member_id in names else None

    def on_leave(self, event: events.Leave) -> None:
        self._hovered = None
        self.tooltip = None

    def _member_under(self, event: events.MouseEvent) -> str | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        return self.map_layout.member_at(offset.x, offset.y)
