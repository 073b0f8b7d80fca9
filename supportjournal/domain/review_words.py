"""Every sentence the weekly review and the support-system summary show, in one place to read and reword.

The people reading these are often having a hard week: plain, calm words, no blame, never a diagnosis,
and suggestions drawn from the steps of "How to Build a Support System for Your Mental Health". Quality
over size: nothing here asks for more people for its own sake. Names arrive as typed; the app and the CLI
make them safe to show.
"""

from __future__ import annotations

from datetime import date

from supportjournal.domain.days import ago_words, day_words, on_day

# The review's cards.

def overdue(name: str, days_since: int | None, cadence: str) -> str:
    if days_since is None:
        return f"You haven't been in touch with {name} yet; you hoped to be in touch {cadence}."
    return f"It's been {days_since} days since you were in touch with {name}; you hoped to be in touch {cadence}."


def gave_most(name: str) -> str:
    return f"You've given {name} a lot of support lately and had little back; it's fine to ask for something too."


def received_most(name: str) -> str:
    return f"{name} has been there for you a lot lately; maybe there's something you could offer back."


def never_told(name: str) -> str:
    return f"You haven't noted telling {name} what you need from them. People can help best when they know how."


def told_long_ago(name: str, asked_on: date, today: date) -> str:
    return (f"You last told {name} what you need {on_day(asked_on, today)}. Needs change; "
            "it may be worth saying again.")


def low_fit(name: str, ratings: list[tuple[str, int]]) -> str:
    rated = " and ".join(f"{quality} {value} of 5" for quality, value in ratings)
    return (f"You rated {name}'s {rated}. That's all right; it may help to count on them for what they do "
            "well and lean on others for the rest.")


def not_reviewed(name: str, reviewed_on: date | None, today: date) -> str:
    if reviewed_on is None:
        return f"This is {name}'s first time in a review: a moment to think about how things are between you."
    return (f"{name} last came up in a review {on_day(reviewed_on, today)}: a moment to think about how "
            "things are between you.")


NOTHING_NOW = "Nothing here needs you just now."
"""A card whose reasons were all seen to while it was open (a contact logged, a need told)."""
NOBODY = "Nobody needs your attention this week."
"""The review with no cards: it goes straight to the summary."""
END_OF_REVIEW = "That's everyone for this week. Here is your support system as a whole."
"""Above the summary when the review reaches it."""
RESUMED = "Picking up where you left off this week."
NOT_SAVED_PLACE = "Your place in the review may not be kept; nothing else changed."


def card_position(position: int, total: int) -> str:
    return f"Weekly review · {position} of {total}"


def last_contact(days_since: int | None, cadence: str | None) -> str:
    contact = "no contact yet" if days_since is None else f"last in touch {ago_words(days_since)}"
    return f"{contact}; you wanted {cadence}" if cadence else contact


def balance_line(gave: int, received: int, window: int) -> str:
    if gave == received == 0:
        return f"no support noted either way in the last {window} days"
    return f"in the last {window} days you gave {gave} and received {received}"


def asked_line(need: str, asked_on: date, today: date) -> str:
    return f"{need} ({day_words(asked_on, today)})"


CONTACT, SUPPORT, TOLD, FIT, GIVES = "Contact", "Support", "Told them", "Fit", "They give"
"""The labels of a card's facts."""
TOLD_TITLE = "What you told $name you need"
SNOOZE_TITLE = "Leave $name out of the review until"
"""Form titles; ``$name`` is the member's name, put in as typed."""
NOT_TOLD_YET = "nothing noted yet (t when you tell them)"
NOT_RATED = "not rated yet (e to rate)"
NO_SUPPORT_NOTED = "nothing noted yet (e to add)"


def snoozed(name: str, until: date, today: date) -> str:
    return f"{name} will come back to the review {on_day(until, today)}."


def attention_title(count: int) -> str:
    return f"Who needs attention ({count})"


SNOOZE_HINT = "a week by default; or a date: in 10 days, 2 weeks, friday, 2026-12-24"
SNOOZE_PAST = "choose a day after today"


def snooze_too_far(days: int) -> str:
    return f"choose a day within {days} days"


# The summary.

SUMMARY_TITLE = "Your support system"
COVERAGE_TITLE = "Who gives each kind of support"
GAPS_TITLE = "What could help"
TREND_TITLE = "Keeping in touch"
NOBODY_GIVES = "nobody yet"


def trend(now: int, before: int, days: int) -> str:
    people = "person" if now == 1 else "people"
    return f"You were in touch with {now} {people} in the last {days} days, and {before} in the {days} before."


def praise_small(count: int) -> str:
    return (f"Your {count} people cover every kind of support. A few reliable people matter more than "
            "a large network: quality over size.")


PRAISE = "Every kind of support has someone, and your network has professionals and groups as well as people close to you."


SUPPORT_WORDS = {"crisis": "support in a crisis"}
"""A kind of support in a sentence, where its short name would read oddly."""


def _listed(supports: list[str]) -> str:
    named = [SUPPORT_WORDS.get(support, support) for support in supports]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}"


def uncovered_gap(supports: list[str]) -> str:
    return f"Nobody in your network is noted for {_listed(supports)} yet."


def uncovered_suggestion(supports: list[str]) -> str:
    if supports == ["crisis"]:
        return ("Ask one person you trust whether you may call them on a bad night, and keep a crisis line "
                "to hand. Telling them clearly is what lets them help.")
    if supports == ["professional care"]:
        return ("A therapist, counsellor or GP can offer guidance a network can't; it's worth considering "
                "when you need it.")
    return (f"If someone already offers {_listed(supports)}, note it in their details; or tell someone you "
            "trust what you need from them.")


NOTHING_NOTED = "You haven't noted yet what anyone in your network gives you."
NOTHING_NOTED_SUGGESTION = ("Note in each person's details what they offer: listening, advice, practical help, "
                            "company, professional care, support in a crisis. Then this summary can show what "
                            "is missing.")
EMPTY = "Your network is empty so far."
EMPTY_SUGGESTION = ("Start with the people who have already shown you care and understanding: family, a friend, "
                    "a colleague, a professional. Add them on the network pane (a).")
NO_PROFESSIONAL = "There's no professional in your network."
NO_PROFESSIONAL_SUGGESTION = ("A support system isn't a substitute for professional help. When you need it, a GP, "
                              "therapist or counsellor can help you through hard stretches.")
NO_GROUP = "There's no support group or online community in your network."
NO_GROUP_SUGGESTION = ("People who share similar experiences bring a different kind of belonging. A local peer "
                       "group or a moderated online forum on something that matters to you may be worth a look.")


def carrying(name: str, share: float, days: int) -> str:
    return f"{name} gives {share:.0%} of the support you've received in the last {days} days."


def carrying_suggestion(name: str) -> str:
    return (f"That's a lot resting on one person. Telling one more person you trust what you need would "
            f"share it out, and keep things good between you and {name}.")


FEWER_PEOPLE = "You've been in touch with fewer people lately than before."
FEWER_PEOPLE_SUGGESTION = ("When things are hard it's natural to pull back. A short message to someone in your "
                           "inner circle is enough to start.")
