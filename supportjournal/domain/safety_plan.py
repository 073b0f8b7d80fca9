"""The safety plan's entries and who the low-mood note names (the rule itself: ``low_mood.py``): pure logic, no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from supportjournal.domain.help_words import ASK_STEP, PROFESSIONAL_STEP, STEPS
from supportjournal.domain.models import GROUP_KINDS, Member

MAX_PEOPLE = 3
"""The note names at most this many people (and a professional besides)."""
PROFESSIONAL = "professional"
STEP_NUMBERS = tuple(step.number for step in STEPS)
MEMBER_STEPS = tuple(step.number for step in STEPS if step.members)


@dataclass(frozen=True)
class PlanEntry:
    """One line of the plan: free text, or a member of the network (steps 3 to 5) read live."""

    id: str
    step: int
    position: int = 0
    text: str = ""
    member: Member | None = None
    """The linked member as they are now (so their channels are current), or ``None`` for free text."""

    @property
    def words(self) -> str:
        """What the line says: the member's name, or the text."""
        return self.member.name if self.member is not None else self.text


def by_step(entries: Iterable[PlanEntry]) -> dict[int, list[PlanEntry]]:
    """Entries grouped under every step number (empty steps included), each in its order."""
    grouped: dict[int, list[PlanEntry]] = {number: [] for number in STEP_NUMBERS}
    for entry in sorted(entries, key=lambda each: (each.step, each.position)):
        grouped[entry.step].append(entry)
    return grouped


def _closeness(member: Member, last_contact: Mapping[str, date]) -> tuple[float, float]:
    """Sort key: better fit first, then the most recent contact (unrated fit counts as middling)."""
    contact = last_contact.get(member.id)
    return (-(member.fit or 3.0), -(contact.toordinal() if contact else 0))


def people_to_name(
    members: Iterable[Member], plan: Iterable[PlanEntry], last_contact: Mapping[str, date]
) -> tuple[list[Member], Member | None]:
    """Who the low-mood note names: one to ``MAX_PEOPLE`` people, and a professional if there is one.

    People come from the inner ring first, then the plan's people to ask for help; within each, by
    fit and then recent contact. With neither, the close ring stands in. Groups and communities are
    not people to call; professionals get their own place: the plan's first, else the best fit.

    Args:
        members: Active members.
        plan: The plan's entries (their members are read live).
        last_contact: The latest contact day per member id.
    """
    active = {member.id: member for member in members if not member.archived}
    entries = list(plan)
    asked = [e.member.id for e in entries if e.step == ASK_STEP and e.member and e.member.id in active]
    services = [e.member.id for e in entries if e.step == PROFESSIONAL_STEP and e.member and e.member.id in active]

    def ranked(ids: Iterable[str]) -> list[Member]:
        return sorted((active[i] for i in dict.fromkeys(ids)), key=lambda m: _closeness(m, last_contact))

    people_like = [m for m in active.values() if m.kind != PROFESSIONAL and m.kind not in GROUP_KINDS]
    inner = ranked(m.id for m in people_like if m.ring == "inner")
    from_plan = ranked(i for i in asked if active[i].kind != PROFESSIONAL and active[i] not in inner)
    people = inner + from_plan or ranked(m.id for m in people_like if m.ring == "close")
    in_plan = [active[i] for i in services if active[i].kind == PROFESSIONAL]
    professional = in_plan[0] if in_plan else next(iter(ranked(m.id for m in active.values() if m.kind == PROFESSIONAL)), None)
    return people[:MAX_PEOPLE], professional
