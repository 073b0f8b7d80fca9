"""Every sentence get help, the safety plan and the low-mood note show, in one place to read and review.

The tone is the article's: calm, kind, never a diagnosis, never alarming. Nothing here is shown in
red; nothing says "crisis" about the person, only about the lines they can call. The app and the
command line both take their words from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One part of the safety plan (Stanley and Brown's safety planning intervention)."""

    number: int
    title: str
    """As the plan's heading, in the person's voice."""
    prompt: str
    """One line of what goes in it, with an example."""
    members: bool = False
    """Its entries can be people or services from the network (type-ahead), or free text."""


STEPS: tuple[Step, ...] = (
    Step(1, "Warning signs", "Thoughts, feelings or situations that tell me a hard time may be starting."),
    Step(2, "Things I can do on my own to cope", "A walk, music, a shower, a film: what helps, even a little."),
    Step(3, "People and places that take my mind off things",
         "Someone to be with, or a place to go, without needing to talk about it.", members=True),
    Step(4, "People I can ask for help", "Who I can tell that I'm struggling.", members=True),
    Step(5, "Professionals and services I can contact", "A therapist, my doctor, a helpline, a clinic.",
         members=True),
    Step(6, "Making my surroundings safer", "What I can put away, hand to someone, or stay away from."),
    Step(7, "What matters most to me", "The people, plans and things worth living for."),
)
"""The plan's seven parts, in order; every one is optional."""
ASK_STEP = 4
"""The step whose people the low-mood note and get help name first."""
PROFESSIONAL_STEP = 5


@dataclass(frozen=True)
class CrisisLine:
    """A line to call or text, kept by the person and editable in the app."""

    name: str
    region: str = ""
    """Where it answers: "US", "UK and Ireland"."""
    contact: str = ""
    """How to reach it: "call or text 988"."""
    source: str = ""
    """Where the number comes from, so it can be checked."""


DEFAULT_CRISIS_LINES: tuple[CrisisLine, ...] = (
    CrisisLine("988 Suicide & Crisis Lifeline", "US", "call or text 988, any time", "988lifeline.org"),
    CrisisLine("Samaritans", "UK and Ireland", "call 116 123, free, any time", "samaritans.org"),
    CrisisLine("Find a Helpline", "other countries", "free, confidential lines by country at findahelpline.com",
               "findahelpline.com"),
    CrisisLine("Local emergency services", "wherever you are",
               "911 (US, Canada), 999 or 112 (UK, Ireland), 112 (EU)",
               "each country's emergency service"),
)
"""The list a new journal starts with; the person can change every line."""
CHECK_LOCAL = "Numbers differ by country and change now and then: check the one for where you are."

# Get help
GET_HELP_TITLE = "Get help"
GET_HELP_INTRO = "You don't have to go through this alone. These are people and services you can reach now."
PLAN_HEADING = "Your safety plan"
PLAN_PEOPLE_HEADING = "From your safety plan: people you can ask for help"
PLAN_SERVICES_HEADING = "From your safety plan: professionals and services"
PROFESSIONALS_HEADING = "Professionals in your network"
CRISIS_HEADING = "Crisis lines"
NO_PLAN_YET = "No safety plan yet. On a calmer day, p writes one: who to ask, what helps, what matters."
NO_CHANNELS = "no contact details yet: e in their details adds them"
NO_CRISIS_LINES = "No crisis lines kept. In the crisis lines (e), a adds one and D brings back the default list."
ARCHIVED_MARK = "archived"
NOT_A_MEMBER = "That line isn't someone in your network, so there is no contact to log; its details are here to use."

# The plan
PLAN_TITLE = "My safety plan"
PLAN_INTRO = ("Written on a calmer day, for a harder one. Every part is optional; each line is saved "
              "as you leave it (or press Enter).")
ADD_ENTRY = "add a line, Enter saves"
ADD_PERSON = "a name from your network (→ completes) or any text, Enter saves"
LINKED = "in your network"
ENTRY_REMOVED = "Removed from your plan. ctrl+z puts it back."
ENTRY_BACK = "Put back in your plan."
NOTHING_TO_RESTORE = "Nothing removed from the plan just now."
EMPTY_STEP = "—"
"""An empty step in the printed plan: room to write by hand."""
PRINTED_ON = "printed {day}"
PLAN_CLI_NONE = "No safety plan yet: open the app, press ! then p to write one."

# Crisis lines editor
LINES_TITLE = "Crisis lines"
LINES_INTRO = "The lines get help shows, in this order. Keep the ones that answer where you live."
LINE_REMOVED = "Removed {name}. u puts it back."
LINE_FORM_TITLE = "Crisis line"
LINE_SOURCE_HINT = "where the number comes from, so it can be checked"
DEFAULTS_QUESTION = "Bring back the default list of crisis lines?\n\nYour own lines are replaced by the four defaults."

# Archiving a member in the plan
IN_PLAN = "\n\nThey are in your safety plan ({steps}); they stay there, marked archived, until you change it."

# The low-mood note
LOW_MOOD_NOTE = "Your last few check-ins have been low. It might help to reach out{to}."
LOW_MOOD_NOBODY = "Your last few check-ins have been low. Get help (!) has people and lines you can reach."
LOW_MOOD_KEYS = "o log a contact · ! get help · d not today"
LOW_MOOD_HIDDEN = "The note is put away for today."
CLI_LOW_MOOD = "Your last few check-ins have been low; it might help to reach out{to}. supportjournal plan shows your plan."
CHOOSE_PERSON = "Who did you reach?"
CHOOSE_KEYS = "↑ ↓ Enter picks · Escape cancels"


def joined(names: list[str], last: str = "or") -> str:
    """``Ana``, ``Ana or Ben``, ``Ana, Ben or Mum``."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {last} {names[-1]}"


def reach_out_words(people: list[str], professional: str | None) -> str:
    """``to Ana, Ben or Mum, or to Dr Okafor``: who to reach, for the note and the CLI line ('' for nobody)."""
    parts = []
    if people:
        parts.append(f" to {joined(people)}")
    if professional:
        parts.append(f" to {professional}")
    return ", or".join(parts)


def step_words(numbers: list[int]) -> str:
    """``people I can ask for help`` or ``people and places…; people I can ask for help``, lower case."""
    titles = {step.number: step.title for step in STEPS}
    return "; ".join(titles[number][0].lower() + titles[number][1:] for number in numbers)
