"""Which records a typed name means: the one rule the CLI, the store and every form share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def folded(text: str) -> str:
    """A name as compared: runs of whitespace made one space, ends trimmed, case folded."""
    return " ".join(text.split()).casefold()


def named(candidates: Iterable[T], typed: str, name_of: Callable[[T], str]) -> list[T]:
    """The candidates a typed name means: those called exactly that, else those it begins.

    Case and spacing never matter ("  sam  [WORK]" is "Sam [work]"); nothing typed means nobody.
    One result is a match; several mean "type more of the name".

    Args:
        candidates: The records to choose from, in the order to list them.
        typed: What the person typed.
        name_of: The record's name.
    """
    wanted = folded(typed)
    if not wanted:
        return []
    names = [(candidate, folded(name_of(candidate))) for candidate in candidates]
    return [c for c, name in names if name == wanted] or [c for c, name in names if name.startswith(wanted)]


def suggested(candidates: Iterable[T], typed: str, name_of: Callable[[T], str], limit: int) -> list[T]:
    """Type-ahead: names that begin with the text, then a later word that does, then any part.

    Args:
        candidates: The records, in display order (kept within each rank).
        typed: What has been typed so far.
        name_of: The record's name.
        limit: At most this many.
    """
    wanted = folded(typed)
    if not wanted:
        return []
    ranks: tuple[list[T], list[T], list[T]] = ([], [], [])
    for candidate in candidates:
        name = folded(name_of(candidate))
        if name.startswith(wanted):
            ranks[0].append(candidate)
        elif f" {wanted}" in f" {name}":
            ranks[1].append(candidate)
        elif wanted in name:
            ranks[2].append(candidate)
    return [*ranks[0], *ranks[1], *ranks[2]][:limit]


def has_words(fields: Iterable[str], query: str) -> bool:
    """A filter: True when every word of ``query`` is part of one of the fields (any case)."""
    haystack = folded(" ".join(fields))
    return all(word in haystack for word in folded(query).split())
