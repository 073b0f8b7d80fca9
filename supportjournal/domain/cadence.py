"""Contact cadences ("every 7 days", "weekly", "monthly") and contact status by cadence."""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from supportjournal.domain.days import NO_CONTACT, ago_words
from supportjournal.domain.models import ContactStatus

_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_WORDS = {
    "daily": (1, "day"),
    "weekly": (1, "week"),
    "fortnightly": (2, "week"),
    "biweekly": (2, "week"),
    "monthly": (1, "month"),
    "quarterly": (3, "month"),
    "yearly": (1, "year"),
}
_EVERY = re.compile(r"^(?:every\s+)?(?:(\d+|a|an|one|other)\s*)?(day|week|month|year)s?$")


class CadenceError(ValueError):
    """A cadence we cannot read."""


def parse_cadence(text: str | None) -> tuple[int, str] | None:
    """Read a cadence.

    Args:
        text: "daily", "weekly", "fortnightly", "monthly", "every 10 days", "every 2 weeks",
            "3 months"; empty or "none" means no cadence.

    Returns:
        ``(count, unit)`` with unit one of day/week/month/year, or ``None`` for no cadence.

    Raises:
        CadenceError: The text is not a cadence.
    """
    words = " ".join((text or "").lower().split())
    if words in ("", "none", "never", "-"):
        return None
    if words in _WORDS:
        return _WORDS[words]
    match = _EVERY.match(words)
    if not match:
        raise CadenceError(f"unknown cadence {text!r}: try 'weekly', 'every 10 days' or 'monthly'")
    count_word, unit = match.groups()
    if count_word in (None, "a", "an", "one"):
        count = 1
    elif count_word == "other":
        count = 2
    else:
        count = int(count_word)
    if not 1 <= count <= 999:
        raise CadenceError(f"cadence {text!r} is out of range")
    return count, unit


def format_cadence(cadence: tuple[int, str] | None) -> str | None:
    """The canonical words for a cadence: ``every 7 days``, ``every week``."""
    if cadence is None:
        return None
    count, unit = cadence
    return f"every {unit}" if count == 1 else f"every {count} {_UNITS[unit]}"


def normalize_cadence(text: str | None) -> str | None:
    """Parse and re-format, so the database only holds canonical cadences."""
    return format_cadence(parse_cadence(text))


def cadence_delta(text: str) -> relativedelta:
    parsed = parse_cadence(text)
    if parsed is None:
        raise CadenceError("no cadence")
    count, unit = parsed
    # Spelled out: relativedelta's first positional parameter is a date, so **{unit: count} can't be typed.
    if unit == "month":
        return relativedelta(months=count)
    if unit == "year":
        return relativedelta(years=count)
    return relativedelta(days=count * (7 if unit == "week" else 1))


def contact_status(cadence: str | None, last_contact: date | None, today: date) -> ContactStatus:
    """How contact with a member stands, by the cadence they were given.

    Contact is *due* on the day the cadence comes round (and the day before, unless that is the
    day of the contact), *overdue* after it.
    Someone with a cadence and no contact yet is due. Any interaction counts as contact.

    Args:
        cadence: The member's cadence in words, or ``None``.
        last_contact: The day of the latest interaction, if any.
        today: The day to judge from.
    """
    days_since = (today - last_contact).days if last_contact else None
    last_words = f"last in touch {ago_words(days_since)}" if days_since is not None else NO_CONTACT
    if not cadence:
        return ContactStatus("none", last_contact, days_since=days_since, words=last_words)
    wanted = f"you wanted {cadence}"
    if last_contact is None:
        return ContactStatus("due", None, today, None, 0, cadence, f"{last_words}; {wanted}")
    due_on = last_contact + cadence_delta(cadence)
    if today > due_on:
        overdue = (today - due_on).days
        state = "overdue"
    else:
        overdue = 0
        # In touch today is never due, even when the cadence is a day.
        state = "due" if (due_on - today).days <= 1 and last_contact < today else "ok"
    return ContactStatus(
        state, last_contact, due_on, days_since, overdue, cadence, f"{last_words}; {wanted}"
    )
