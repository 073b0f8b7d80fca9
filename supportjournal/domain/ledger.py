"""The reciprocity ledger's windows and its balance bar (gave ◀ │ ▶ received), as plain text."""

from __future__ import annotations

from datetime import date, timedelta

from supportjournal.domain.directions import DIRECTION_ARROWS
from supportjournal.domain.models import Balance

WINDOWS: tuple[int | None, ...] = (30, 90, 365, None)
"""The windows ``w`` cycles through, in days; ``None`` is all time."""
DEFAULT_WINDOW = 90
WINDOW_SETTING = "ledger_window"
"""The settings key that remembers the chosen window."""

BAR_FULL = "█"
ARROWS = DIRECTION_ARROWS
"""How an entry's direction reads in the recent list: you → them, them → you."""


def clean_window(value: object) -> int | None:
    """A stored window back to one of ``WINDOWS`` (anything else is the default)."""
    return value if value in WINDOWS else DEFAULT_WINDOW


def next_window(window: int | None) -> int | None:
    """The window after this one, wrapping round."""
    index = WINDOWS.index(window) if window in WINDOWS else WINDOWS.index(DEFAULT_WINDOW)
    return WINDOWS[(index + 1) % len(WINDOWS)]


def window_start(window: int | None, today: date) -> date | None:
    """The first day inside the window (today counts as one of its days); ``None`` for all time."""
    return None if window is None else today - timedelta(days=window - 1)


def window_label(window: int | None) -> str:
    return "all time" if window is None else f"last {window} days"


def bar(gave: int, received: int, scale: int, width: int = 8) -> str:
    """A balance bar: given support grows left of the centre, received support grows right.

    Args:
        gave: Support given in the window.
        received: Support received in the window.
        scale: The largest side in the table; it fills ``width`` cells.
        width: Cells on each side.

    Returns:
        ``width * 2 + 3`` characters, e.g. ``"  ██████◀│▶███     "``.
    """
    def cells(amount: int) -> int:
        if amount <= 0 or scale <= 0:
            return 0
        return max(1, round(width * min(amount, scale) / scale))

    left, right = cells(gave), cells(received)
    return f"{' ' * (width - left)}{BAR_FULL * left}◀│▶{BAR_FULL * right}{' ' * (width - right)}"


def scale_of(balances: list[Balance]) -> int:
    """The largest single side among the balances: what a full half-bar stands for."""
    return max((max(each.gave, each.received) for each in balances), default=0)
