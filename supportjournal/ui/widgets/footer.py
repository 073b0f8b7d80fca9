"""The footer of every full screen: Textual's, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # not exported by textual.widgets

Shown = tuple[tuple[Binding, bool, str], ...]


class KeysFooter(Footer):
    """Textual's ``Footer``, which removes and mounts all its keys again after every refresh of the bindings.

    A focus change, a resize or a screen pushed on the stack each refresh them: the home screen did so six or
    seven times while opening, and styling the nine keys each time was about a tenth of its start-up. Most of
    those refreshes change nothing the footer shows, so it rebuilds only when what it would show differs.
    """

    def __init__(self) -> None:
        super().__init__()
        self.shown: Shown | None = None
        """The keys (binding, enabled, tooltip) the footer last composed; None before its first keys."""

    def keys_to_show(self) -> Shown:
        """What ``Footer.compose`` shows: the bindings marked to show, then the command palette's key."""
        active = self.screen.active_bindings
        shown = [(binding, enabled, tooltip) for (_, binding, enabled, tooltip) in active.values() if binding.show]
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None and self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            shown.append((palette.binding, palette.enabled, palette.tooltip))
        return tuple(shown)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                # Born as compact as the footer: Textual's keys start compact and are then bound to the footer's
                # value, which restyled every key twice more each time the footer was built (the palette's key
                # is not bound, and stays compact).
                widget.set_reactive(FooterKey.compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        # Textual's footer recomposes after the next refresh: on opening that was after the first frame, and the
        # keys mounted then laid the whole screen out and drew it again. Next in the queue instead, the keys are
        # there for the first frame; ``recompose`` still does nothing when they have not changed.
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.call_next(self.recompose)

    async def keys_now(self) -> None:
        """Mount the screen's keys now (from its ``on_mount``, after its first focus), before its first frame.

        Otherwise the keys come after the first layout, from the signal of the screen's resume (or of a focus
        set later): the footer was built twice more, and the screen laid out and drawn two or three more times.
        """
        self._bindings_ready = True
        with self._context():  # as the footer, not the screen calling: each key binds to the footer's `compact`
            await self.recompose()

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        shown = self.keys_to_show()
        if shown == self.shown:
            return
        self.shown = shown
        await super().recompose()
