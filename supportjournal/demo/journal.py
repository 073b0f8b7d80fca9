"""Journal entries for the sample: short Markdown that answers the article's prompts."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from supportjournal.demo.ids import stamp
from supportjournal.demo.life import Day
from supportjournal.demo.phrases import mood_band
from supportjournal.demo.roster import ONE_SIDED_GIVE, ONE_SIDED_RECEIVE

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
"""Spelled out here so an entry never depends on the machine's locale."""
OPENERS = {
    "low": (
        "Hard one today.",
        "Not much to say. Writing anyway, because I said I would.",
        "The fog is back.",
        "Everything took twice as long as it should.",
        "I kept meaning to text someone and didn't.",
    ),
    "mid": (
        "An ordinary day, which is fine.",
        "Tired but okay.",
        "Middling. Work ate most of it.",
        "Quiet day.",
        "Nothing much happened, and that was restful.",
    ),
    "high": (
        "A good one.",
        "Felt more like myself today.",
        "Lighter today. Writing it down so I remember these days exist.",
        "Sun, a walk, a proper lunch.",
        "Good energy. Didn't waste it on worrying.",
    ),
}
UNASKED = (
    "Someone to sit with me without talking. {friend} would have, if I'd asked.",
    "A hug, honestly.",
    "For someone to notice. Next time I'll say it out loud to {friend}.",
    "Nothing today, I think.",
    "Help with the washing-up mountain. {friend} offers every time and I never say yes.",
    "An hour where nobody needed anything from me.",
)
SMALL_THINGS = (
    "the cat asleep on my feet",
    "a decent coffee",
    "{friend}'s voice note",
    "light at five o'clock again",
    "clean sheets",
    "the bus driver who waited",
    "tomatoes finally ripening",
    "a song I'd forgotten about",
    "soup in the freezer",
    "nobody asked me for anything after six",
)
CARRYING = (
    f"{ONE_SIDED_RECEIVE} does so much. Offer to take her to the garden centre on Saturday.",
    f"I've been {ONE_SIDED_GIVE}'s whole support system lately. Suggest the Tuesday peer group to him?",
    "Feels fairly balanced at the moment.",
    f"Me, for {ONE_SIDED_GIVE}. I can care about him and still say I need a night off.",
)
TOMORROW = (
    "an early night.",
    "message {friend}.",
    "lunch away from the desk, no excuses.",
    "walk before work.",
    "tell {friend} how it's really going.",
)


def journal(
    rng: random.Random, days: list[Day], done: dict[str, list[str]], friends: list[str]
) -> list[dict[str, Any]]:
    """Entries on about a third of the days before today (more on hard days).

    Args:
        rng: The seeded generator.
        days: The sample's days, oldest first; the last is today, left for the person to write.
        done: Titles of self-care done, by ISO day.
        friends: Names to mention when nobody was in touch that day.
    """
    entries = []
    for record in days[:-1]:
        mood = record.mood
        chance = 0.2 if mood is None else 0.45 if record.low else 0.32
        if rng.random() >= chance:
            continue
        body = _entry(rng, record, done.get(record.day.isoformat(), []), rng.choice(friends))
        created = stamp(record.day, rng.randint(21, 22), rng.randrange(60))
        updated = created if rng.random() < 0.8 else stamp(record.day, 23, rng.randrange(60))
        entries.append(
            {"day": record.day.isoformat(), "body": body, "created_at": created, "updated_at": updated}
        )
    return entries


def _entry(rng: random.Random, record: Day, done: list[str], friend: str) -> str:
    mood = record.mood if record.mood is not None else 5.5
    received = _names(record, ("received", "both"))
    gave = _names(record, ("gave",))
    sections: list[Callable[[], str]] = []
    if received:
        sections.append(lambda: f"**Who supported you today?**\n\n{_and(received)}. " + _thanks(rng))
    if gave:
        sections.append(lambda: f"**Who did you support?**\n\n{_and(gave)}. " + _giving(rng))
    if done:
        sections.append(
            lambda: "## What I did for myself\n\n" + "\n".join(f"- {title}" for title in done)
        )
    sections += [
        lambda: "**What did you need that you did not ask for?**\n\n"
        + rng.choice(UNASKED).format(friend=friend),
        lambda: "## Three small things\n\n"
        + "\n".join(f"- {thing.format(friend=friend)}" for thing in rng.sample(SMALL_THINGS, 3)),
        lambda: "**Is anyone carrying too much, or am I?**\n\n" + rng.choice(CARRYING),
    ]
    parts = []
    if rng.random() < 0.25:
        day = record.day
        parts.append(f"# {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}")
    parts.append(rng.choice(OPENERS[mood_band(mood)]))
    # Prompts about the day's people come first: they are what the day was about.
    chosen = sorted(rng.sample(range(len(sections)), rng.randint(1, 3)))
    parts.extend(sections[index]() for index in chosen)
    if rng.random() < 0.3:
        parts.append("Tomorrow: " + rng.choice(TOMORROW).format(friend=friend))
    return "\n\n".join(parts) + "\n"


def _names(record: Day, directions: tuple[str, ...]) -> list[str]:
    names = []
    for person, row in record.contacts:
        if row["direction"] in directions and person.name not in names:
            names.append(person.name)
    return names


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _thanks(rng: random.Random) -> str:
    return rng.choice((
        "I didn't have to explain much.",
        "Grateful, and trying not to feel guilty about it.",
        "It helped more than I expected.",
        "Small things, but they added up.",
    ))


def _giving(rng: random.Random) -> str:
    return rng.choice((
        "Glad to. Also tired.",
        "It felt good to be useful.",
        "I want to be there, and I also need to pace myself.",
        "Nice to be on the other side of it for once.",
    ))
