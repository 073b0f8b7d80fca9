"""The sample network: who is in it, how often you are in touch, and which way support flows."""

from __future__ import annotations

from dataclasses import dataclass

from supportjournal.domain.models import Channel

MIX_BALANCED = (0.3, 0.3, 0.3, 0.1)
"""Chances of ``(gave, received, both, none)`` in one contact."""


@dataclass(frozen=True)
class Person:
    """One member of the sample network, with how the generated history treats them."""

    name: str
    kind: str
    ring: str
    supports: tuple[str, ...]
    fit: tuple[int | None, int | None, int | None]
    """Empathy, reliability, availability."""
    channels: tuple[Channel, ...] = ()
    cadence: str | None = None
    link: str | None = None
    notes: str = ""
    per_week: float = 0.5
    """How often you are in touch, on average."""
    mix: tuple[float, float, float, float] = MIX_BALANCED
    ways: tuple[str, ...] = ("message",)
    """Interaction channels, most usual first."""
    last_seen: int = 3
    """Days before today of the latest contact, chosen so the cadence is ok, due or overdue."""
    every: int = 0
    """For fixed appointments: contact exactly every this many days (counting back from last_seen)."""
    weekday: int | None = None
    """For a fixed appointment: its weekday (0 = Monday); last_seen is then the latest one before today."""
    at_hour: int = 0
    """For fixed appointments: the hour they happen."""
    joined: float = 0.0
    """When they joined the network, as a share of the demo span (0 = the first day)."""
    archived: int = 0
    """For an archived member: archived this many days before today."""
    asks: tuple[tuple[str, int, str], ...] = ()
    """``(need, days before today, note)``: what you have asked them for."""


PEOPLE: tuple[Person, ...] = (
    Person(
        "Mum", "family", "inner", ("listening", "practical help", "company"), (5, 5, 4),
        (Channel("phone", "07700 900412"),), "every week",
        notes="Sunday calls. Always asks whether I'm eating properly. Brings soup uninvited.",
        per_week=1.6, mix=(0.01, 0.9, 0.01, 0.08), ways=("call", "in person", "message"), last_seen=2,
        asks=(("Just listen, don't fix it", 200, "She tried. Mostly managed."),),
    ),
    Person(
        "Ana", "friend", "inner", ("listening", "company", "advice"), (5, 4, 4),
        (Channel("phone", "07700 900233"), Channel("email", "ana.r@example.org")), "every week",
        notes="Known her since uni. Walks on Saturdays. Tells me the truth, kindly.",
        per_week=1.8, ways=("message", "in person", "call"), last_seen=0,
        asks=(("Listening when work gets heavy", 300, "Said she'd rather know than guess."),),
    ),
    Person(
        "Tomás", "family", "inner", ("practical help", "company", "advice"), (4, 5, 3),
        (Channel("phone", "07700 900871"),), "every 2 weeks",
        notes="My brother. Not a talker, but turns up with a drill when needed.",
        per_week=0.6, mix=(0.3, 0.35, 0.25, 0.1), ways=("message", "in person", "call"), last_seen=13,
        asks=(("Come with me to the GP appointment", 150, ""),),
    ),
    Person(
        "Ben", "friend", "inner", ("listening", "company", "crisis"), (5, 4, 5),
        (Channel("phone", "07700 900118"),), "every 10 days",
        notes="Said I can call any time, even at 3am. Meant it.",
        per_week=1.1, ways=("message", "call", "in person"), last_seen=4,
        asks=(("Check in on me if I go quiet for a week", 240, "Agreed a code word: 'kettle'."),),
    ),
    Person(
        "Zoë", "friend", "close", ("listening", "company"), (4, 3, 3),
        (Channel("handle", "@zoe.draws"),), "every 2 weeks",
        notes="Board-game nights. We both find phone calls hard, so we send voice notes.",
        per_week=0.6, ways=("message", "in person"), last_seen=20,
    ),
    Person(
        "Jonas", "friend", "close", ("company",), (3, 2, 2),
        (Channel("phone", "07700 900560"),), "every week",
        notes="Going through a divorce. I'm glad to be there; it's a lot some weeks.",
        per_week=1.4, mix=(0.92, 0.01, 0.01, 0.06), ways=("call", "message", "in person"), last_seen=3,
        asks=(("Can we sometimes talk about something else?", 60, "He laughed, then said sorry."),),
    ),
    Person(
        "Priya", "friend", "close", ("advice", "listening"), (4, 4, 3),
        (Channel("email", "priya.n@example.net"),), "every 2 weeks",
        notes="Has been through burnout herself. Good on work boundaries.",
        per_week=0.5, ways=("video", "message"), last_seen=9,
        asks=(("Advice on asking for reduced hours", 120, ""),),
    ),
    Person(
        "Sam [work]", "colleague", "close", ("practical help", "advice"), (3, 4, 4),
        (Channel("email", "sam@work.example"),), "every week",
        notes="Sits opposite. The one person at work who knows about therapy.",
        per_week=1.5, ways=("in person", "message"), last_seen=19,
        asks=(("Cover my Friday stand-up when I have therapy", 280, "No questions asked."),),
    ),
    Person(
        "Dr Okafor", "professional", "close", ("professional care", "listening", "advice"), (5, 5, 3),
        (Channel("phone", "020 7946 0321"), Channel("email", "reception@okafor-therapy.example")),
        "every 2 weeks", notes="Therapist. Thursdays 17:30, fortnightly. Cancellation: 48 hours.",
        mix=(0.0, 0.85, 0.1, 0.05), ways=("in person", "video"), every=14, weekday=3, at_hour=17,
        asks=(("A plan for the winter dip", 90, "Light box, earlier nights, tell Ben."),),
    ),
    Person(
        "Tuesday peer group", "support group", "close", ("listening", "company"), (4, 4, 5),
        (Channel("address", "Community hall, room 2, 19:30"),), "every week",
        notes="Small group, run by volunteers. No need to speak; tea is terrible, people are not.",
        mix=(0.1, 0.35, 0.45, 0.1), ways=("in person",), every=7, weekday=1, at_hour=19,
        joined=0.15,
    ),
    Person(
        "Nana Rosa", "family", "close", ("listening", "company"), (5, 3, 4),
        (Channel("phone", "01632 960555"),), "every month",
        notes="Hard of hearing: call in the afternoon, speak slowly. Loves hearing about the garden.",
        per_week=0.3, mix=(0.45, 0.2, 0.3, 0.05), ways=("call", "in person"), last_seen=40,
    ),
    Person(
        "Hiroshi", "colleague", "close", ("company", "practical help"), (4, 4, 4),
        (Channel("handle", "hiroshi on the work chat"),), "every week",
        notes="Lunch walks round the block. Doesn't ask, just notices.",
        per_week=1.3, ways=("in person", "message"), last_seen=6,
    ),
    Person(
        "Li Wei", "friend", "close", ("advice", "practical help"), (3, 4, 4),
        (Channel("phone", "07700 900347"),), "every 3 weeks",
        notes="Climbing partner. Great at spreadsheets and at untangling landlords.",
        per_week=0.4, ways=("in person", "message"), last_seen=10,
    ),
    Person(
        "Mia", "friend", "wider", ("company",), (3, 3, 2),
        (Channel("handle", "@mia_k"),), "every month",
        notes="Lives in Leeds now. We pick up where we left off.",
        per_week=0.25, ways=("video", "message"), last_seen=33,
    ),
    Person(
        "Quiet Minds forum", "online community", "wider", ("listening", "advice"), (4, 3, 5),
        (Channel("handle", "lowtide"),), "every week", link="https://forum.quietminds.example/",
        notes="Moderated forum. The 'small wins' thread is the good one. Don't read at night.",
        per_week=1.0, mix=(0.35, 0.35, 0.2, 0.1), ways=("online",), last_seen=2, joined=0.3,
    ),
    Person(
        "Night Owls chat", "online community", "wider", ("listening", "company"), (3, 2, 5),
        (Channel("handle", "lowtide#2231"),), "every 2 weeks", link="https://chat.nightowls.example/invite",
        notes="Late-night peer chat. Helpful on bad nights; set a timer.",
        per_week=0.4, ways=("online",), last_seen=26, joined=0.55,
    ),
    Person(
        "Dr Lindqvist", "professional", "wider", ("professional care", "advice"), (3, 4, 2),
        (Channel("phone", "0113 496 0800"),), None,
        notes="GP. Medication reviews. Book online at 8am or not at all.",
        per_week=0.05, mix=(0.0, 0.9, 0.0, 0.1), ways=("in person", "call"), last_seen=70,
    ),
    Person(
        "Siobhán", "colleague", "wider", ("advice",), (4, 4, 2),
        (Channel("email", "siobhan.m@example.com"),), "every month",
        notes="Former manager, now mentor. Coffee once a month; brings hard questions.",
        per_week=0.25, mix=(0.15, 0.45, 0.3, 0.1), ways=("in person", "video"), last_seen=12,
    ),
    Person(
        "Aunt Leila", "family", "wider", ("listening",), (4, 3, 3),
        (Channel("phone", "01632 960912"),), "every 2 months",
        notes="Sends postcards. Talks about her own anxiety openly, which helps.",
        per_week=0.12, ways=("call", "message"), last_seen=45,
    ),
    Person(
        "Kwame", "friend", "wider", ("company", "listening"), (4, 3, 3),
        (Channel("phone", "07700 900904"),), "every month",
        notes="Old flatmate. Reconnecting after a few years; football on Sundays.",
        per_week=0.3, ways=("message", "in person"), last_seen=29, joined=0.4,
    ),
    Person(
        "Yusuf", "friend", "wider", ("practical help",), (3, 4, 5),
        (Channel("address", "flat 4, next door"),), None,
        notes="Neighbour. Has a key. Feeds the cat when I'm away.",
        per_week=0.5, mix=(0.35, 0.4, 0.15, 0.1), ways=("in person",), last_seen=5,
    ),
    Person(
        "Inès", "colleague", "wider", ("advice",), (3, 3, 3),
        (Channel("email", "ines.b@work.example"),), None,
        notes="From the other team. Runs the mental-health first-aider rota.",
        per_week=0.2, ways=("message", "in person"), last_seen=16,
    ),
    Person(
        "Oskar", "friend", "wider", ("company",), (3, 2, 3),
        (Channel("handle", "@oskar.on.bikes"),), "every month",
        notes="Cycling friend. Drifted a bit; worth a message.",
        per_week=0.25, ways=("message", "in person"), last_seen=50,
    ),
    Person(
        "Marta", "friend", "close", ("listening", "company"), (5, 3, 3),
        (Channel("phone", "07700 900789"),), "every 2 weeks",
        notes="Met at the peer group. Texts on Tuesday mornings: 'going tonight?'",
        per_week=0.6, ways=("message", "in person"), last_seen=8, joined=0.25,
    ),
    Person(
        "Kai", "colleague", "wider", ("company",), (3, 3, 2),
        (Channel("email", "kai@work.example"),), "every month",
        notes="Moved to Glasgow for a new job. Archived for now; still on good terms.",
        per_week=0.7, ways=("in person", "message"), last_seen=150, archived=120,
    ),
)
"""Everyone in the sample network (the last one archived)."""

SAM = "Sam [work]"
ONE_SIDED_GIVE = "Jonas"
ONE_SIDED_RECEIVE = "Mum"
