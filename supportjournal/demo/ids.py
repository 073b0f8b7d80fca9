"""Ids and timestamps for the sample data, drawn from the seeded generator, never the clock."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time


def new_id(rng: random.Random) -> str:
    """A version-4 style id drawn from ``rng``, so the same seed gives the same ids."""
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def stamp(day: date, hour: int, minute: int = 0) -> str:
    """A stored timestamp (ISO 8601, to the second) for a moment of ``day``."""
    return datetime.combine(day, time(hour, minute)).isoformat()
