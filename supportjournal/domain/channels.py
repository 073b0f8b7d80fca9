"""Contact channels as one line of text: "phone: 0123 456; email: ana@example.org"."""

from __future__ import annotations

from collections.abc import Iterable

from supportjournal.domain.models import Channel


def parse_channels(text: str) -> list[tuple[str, str]]:
    """Read "kind: value; kind: value"; a part without a kind gets the kind "contact"."""
    channels = []
    for part in text.split(";"):
        kind, colon, value = part.partition(":")
        if not colon:
            kind, value = "contact", kind
        elif kind.strip().lower() in ("http", "https"):
            kind, value = "link", part  # a bare URL, not "kind: value"
        if value.strip():
            channels.append((kind.strip() or "contact", value.strip()))
    return channels


def format_channels(channels: Iterable[Channel]) -> str:
    """The text ``parse_channels`` reads back."""
    return "; ".join(f"{channel.kind}: {channel.value}" for channel in channels)
