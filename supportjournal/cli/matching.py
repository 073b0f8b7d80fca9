"""Finding the one record a typed name means: any case, whole name or a unique prefix."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import click

from supportjournal.cli.output import shown
from supportjournal.domain.names import named

T = TypeVar("T")


def match_one(candidates: Sequence[T], typed: str, name_of: Callable[[T], str], what: str) -> T:
    """The one candidate ``typed`` means by ``domain.names.named``, or a click error listing them.

    For lists the store does not resolve by name (self-care items, archived members).

    Args:
        candidates: The records to choose from.
        typed: What the person typed.
        name_of: The record's name.
        what: What the records are, for the message ("self-care item", "archived member").

    Raises:
        click.ClickException: No candidate or several, listing the candidates.
    """
    matches = named(candidates, typed, name_of)
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(shown(name_of(c)) for c in (matches or candidates))
    if matches:
        raise click.ClickException(f"{shown(typed)!r} could be {names}; type more of the name")
    hint = f"; there are: {names}" if names else f"; there is no {what} yet"
    raise click.ClickException(f"no {what} called {shown(typed)!r}{hint}")
