"""Which way support went, in words and arrows: one map for the app, the map and the CLI."""

from __future__ import annotations

from supportjournal.domain.models import DIRECTIONS

DIRECTION_WORDS = {"gave": "you gave", "received": "you received", "both": "both ways", "none": "in touch"}
"""A direction as a person reads it: "you gave" is support you gave them."""
DIRECTION_ARROWS = {"gave": "→", "received": "←", "both": "⇄"}
"""A direction as an arrow, you on the left: you → them, them → you; plain contact has none."""


def direction_choices(*, with_none: bool = True) -> list[tuple[str, str]]:
    """``(words, direction)`` pairs for a choice field, in ``DIRECTIONS`` order with "in touch" first."""
    choices = [(DIRECTION_WORDS[direction], direction) for direction in DIRECTIONS if direction != "none"]
    return [(DIRECTION_WORDS["none"], "none"), *choices] if with_none else choices
