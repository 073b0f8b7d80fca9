"""Checking what a person typed before anything is written; errors name the field."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from supportjournal.domain.models import (
    CHANNELS,
    DIRECTIONS,
    KINDS,
    RINGS,
    SUPPORTS,
    Channel,
)

MAX_NAME = 200
MAX_NOTE = 20_000
T = TypeVar("T")


class ValidationError(ValueError):
    """Bad input for one field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        """The field the message belongs next to."""
        self.message = message


class ValidationErrors(ValidationError):
    """Bad input in several fields at once: a form shows every message, the CLI one line of them all."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors[0].field, "; ".join(error.message for error in errors))
        self.errors = errors
        """Each field's error, in the order the fields were checked."""

    @property
    def by_field(self) -> dict[str, str]:
        """The first message for each field."""
        messages: dict[str, str] = {}
        for error in self.errors:
            messages.setdefault(error.field, error.message)
        return messages


class Checks:
    """Run every check of a form before giving up, so all its errors are known at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, clean: Callable[..., T], *args: Any, field: str = "") -> T | None:
        """``clean(*args)``, or ``None`` with its error kept for ``done`` (filed under ``field`` if given)."""
        try:
            return clean(*args)
        except ValidationErrors as errors:
            self.errors.extend(errors.errors)
        except ValidationError as error:
            self.errors.append(ValidationError(field, error.message) if field else error)
        return None

    def done(self) -> None:
        """Raise every error kept, as one ``ValidationErrors``; nothing if all passed."""
        if self.errors:
            raise ValidationErrors(self.errors)


def clean_each(cleaners: Mapping[str, Callable[[Any], Any]], values: Mapping[str, Any]) -> dict[str, Any]:
    """Clean each value with its field's cleaner.

    Raises:
        ValidationErrors: Naming every bad field, not just the first.
    """
    checks = Checks()
    cleaned = {key: checks.run(cleaners[key], value) for key, value in values.items()}
    checks.done()
    return cleaned


def _choice(field: str, value: str, choices: Iterable[str]) -> str:
    choices = tuple(choices)
    word = " ".join(str(value).lower().replace("_", " ").replace("-", " ").split())
    matches = [choice for choice in choices if choice == word] or [
        choice for choice in choices if word and choice.startswith(word)
    ]
    if len(matches) != 1:
        raise ValidationError(field, f"{field} must be one of: {', '.join(choices)}")
    return matches[0]


def clean_name(value: str, field: str = "name") -> str:
    name = " ".join(value.split()) if value else ""
    if not name:
        raise ValidationError(field, f"{field} can't be empty")
    if "\0" in name:  # SQLite's checks read text only up to a NUL: "\0Ana" would be empty there
        raise ValidationError(field, f"{field} can't hold a NUL character")
    if len(name) > MAX_NAME:
        raise ValidationError(field, f"{field} is too long (at most {MAX_NAME} characters)")
    return name


def clean_kind(value: str) -> str:
    return _choice("kind", value, KINDS)


def clean_ring(value: str) -> str:
    return _choice("ring", value, RINGS)


def clean_direction(value: str) -> str:
    return _choice("direction", value, DIRECTIONS)


def clean_channel_kind(value: str) -> str:
    return _choice("channel", value, CHANNELS) if value else ""


def clean_support(value: str) -> str:
    """One kind of support ("" for none), as an interaction records it."""
    return _choice("support", value, SUPPORTS) if value and value.strip() else ""


def clean_supports(values: Iterable[str]) -> tuple[str, ...]:
    cleaned = {_choice("supports", value, SUPPORTS) for value in values if value.strip()}
    return tuple(support for support in SUPPORTS if support in cleaned)


def clean_rating(field: str, value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        rating = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, f"{field} must be a whole number from 1 to 5") from None
    if not 1 <= rating <= 5:
        raise ValidationError(field, f"{field} must be from 1 to 5")
    return rating


def clean_weight(value: int | str | None) -> int:
    if value is None or value == "":
        return 1
    try:
        weight = int(value)
    except (TypeError, ValueError):
        raise ValidationError("weight", "weight must be 1, 2 or 3") from None
    if not 1 <= weight <= 3:
        raise ValidationError("weight", "weight must be 1, 2 or 3")
    return weight


def clean_mood(value: int | str | None) -> int:
    try:
        mood = int("" if value is None else value)  # no mood fails like any other non-number
    except (TypeError, ValueError):
        raise ValidationError("mood", "mood must be a whole number from 1 to 10") from None
    if not 1 <= mood <= 10:
        raise ValidationError("mood", "mood must be from 1 to 10")
    return mood


def clean_cadence(value: str | None) -> str | None:
    # Imported here, as in clean_schedule: they load dateutil, which a check-in (mood, names, a note) never needs.
    from supportjournal.domain.cadence import CadenceError, normalize_cadence

    try:
        return normalize_cadence(value)
    except CadenceError as error:
        raise ValidationError("cadence", str(error)) from None


def clean_schedule(value: str | None) -> str:
    from supportjournal.domain.schedule import ScheduleError, parse_schedule

    try:
        return parse_schedule(value).text
    except ScheduleError as error:
        raise ValidationError("schedule", str(error)) from None


def clean_note(value: str | None, field: str = "note") -> str:
    note = value or ""
    if len(note) > MAX_NOTE:
        raise ValidationError(field, f"{field} is too long (at most {MAX_NOTE} characters)")
    return note


def clean_channels(values: Iterable[Channel | tuple[str, str]]) -> tuple[Channel, ...]:
    channels = []
    for value in values:
        kind, text = (value.kind, value.value) if isinstance(value, Channel) else value
        if text.strip():
            channels.append(Channel(kind.strip(), text.strip()))  # no kind stays none: "phone" is not "contact: phone"
    return tuple(channels)
