"""The words of the sample data: check-in notes, contact notes and self-care notes."""

from __future__ import annotations

CHECKIN_NOTES = {
    "low": (
        "Heavy day.",
        "Couldn't face the shop. Ordered in.",
        "Anxious, chest tight most of the afternoon.",
        "Slept badly again.",
        "Everything felt far away.",
        "Cancelled plans. Regret it a bit.",
        "Cried on the bus. Then felt a bit better, weirdly.",
        "Stayed in bed till 11.",
    ),
    "mid": (
        "Okay. Tired.",
        "Work was a lot; the evening was better.",
        "Fine, mostly.",
        "A bit flat, nothing wrong exactly.",
        "Rain all day.",
        "Meetings back to back.",
        "Ate lunch outside for once.",
    ),
    "high": (
        "Good day. Sun out.",
        "Laughed properly today.",
        "Got the thing done I'd been dreading.",
        "Felt like myself.",
        "Slept eight hours!",
        "Lighter. Not sure why; not questioning it.",
        "Said no to something and the world didn't end.",
    ),
}
"""Short check-in notes by mood band."""

CONTACT_NOTES = {
    ("gave", "listening"): (
        "Listened to {name} for an hour. Mostly just listened.",
        "{name} needed to talk it through; I let them.",
        "Long call with {name} about how things really are.",
    ),
    ("gave", "practical help"): (
        "Helped {name} move a wardrobe.",
        "Picked up {name}'s prescription.",
        "Sat with {name} while they filled in the forms.",
    ),
    ("gave", "company"): (
        "Kept {name} company over dinner.",
        "Film night at {name}'s.",
        "Went round to {name}'s so they weren't alone tonight.",
    ),
    ("gave", "advice"): (
        "Helped {name} draft the email to their landlord.",
        "Told {name} what helped me with sleep.",
    ),
    ("received", "listening"): (
        "{name} listened while I went round in circles.",
        "Told {name} how the week really was. Felt lighter.",
        "{name} didn't try to fix it. Exactly right.",
    ),
    ("received", "practical help"): (
        "{name} dropped off soup.",
        "{name} sorted the boiler people for me.",
        "{name} drove me to the appointment.",
    ),
    ("received", "company"): (
        "Walk with {name}. Didn't talk much; didn't need to.",
        "Coffee with {name}.",
        "{name} came over and we cooked.",
    ),
    ("received", "advice"): (
        "{name} helped me plan the conversation with my manager.",
        "{name}: 'write it down, then decide.'",
        "Asked {name} what they'd do. Useful.",
    ),
    ("received", "professional care"): (
        "Session with {name}: worked on the evening spiral.",
        "{name} suggested a worry window at 6pm.",
        "Session: talked about asking for help earlier.",
    ),
    ("received", "crisis"): (
        "Called {name} at a bad moment. They stayed on the line.",
        "{name} came round when I couldn't settle.",
    ),
    ("both", ""): (
        "Swapped bad weeks with {name}. Both felt better.",
        "Good long chat with {name}, both ways.",
        "Walk and talk with {name}.",
    ),
    ("none", ""): (
        "Quick hello with {name}.",
        "Sent {name} a photo of the cat.",
        "Caught {name} in the corridor, two minutes.",
    ),
}
"""Contact notes by ``(direction, support)``; ``(direction, "")`` is the fallback."""

GROUP_NOTES = {
    "support group": (
        "Went to group. Listened more than I talked.",
        "Shared at group tonight. People nodded.",
        "Group: someone said exactly what I've been feeling.",
        "Stayed for tea after group.",
    ),
    "online community": (
        "Posted a small win on {name}.",
        "Replied to a newcomer on {name}.",
        "Read the small-wins thread on {name}; it helped.",
    ),
}
"""Notes for groups and communities, where a person's name would read oddly."""

MARK_NOTES = {
    "done": (
        "Went the long way round the park.",
        "Only ten minutes, but it counts.",
        "With music.",
        "Felt good after.",
    ),
    "skipped": (
        "Rest day.",
        "Ill; stayed in.",
        "Raining sideways.",
        "Away at Mum's.",
        "Sore knee.",
    ),
}
"""Occasional notes on self-care marks."""


def contact_note(direction: str, support: str, kind: str) -> tuple[str, ...]:
    """The notes that fit one contact."""
    if kind in GROUP_NOTES:
        return GROUP_NOTES[kind]
    return CONTACT_NOTES.get((direction, support)) or CONTACT_NOTES.get((direction, ""), ())


def mood_band(mood: float) -> str:
    """``low``, ``mid`` or ``high``."""
    return "low" if mood < 5 else "high" if mood >= 7 else "mid"
