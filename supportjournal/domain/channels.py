"""Contact channels as one line of text: "phone: 0123 456; email: ana@example.org"."""

from __future__ import annotations

from collections.abc import Iterable

from supportjournal.domain.models import Channel


def parse_channels(text: str) -> list[tuple[str, str]]:
    """Read "kind: value; kind: value"; a part without a kind keeps none ("phone" stays "phone")."""
    channels = []
    for part in text.split(";"):
        kind, colon, value = part.partition(":")
        if not colon:
            kind, value = "", kind
        elif kind.strip().lower() in ("http", "https"):
            kind, value = "link", part  # a bare URL, not "kind: value"
        if value.strip():
            channels.append((kind.strip(), value.strip()))
    return channels


def channel_text(channel: Channel) -> str:
    """``phone: 0123``, or the value alone for a channel typed without a kind."""
    return f"{channel.kind}: {channel.value}" if channel.kind else channel.value


def format_channels(channels: Iterable[Channel]) -> str:
    """The text ``parse_channels`` reads back."""
    return "; ".join(channel_text(channel) for channel in channels)
