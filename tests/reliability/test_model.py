"""The store against a model: random writes (and refusals) on a real file agree with plain dicts."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, multiple, precondition, rule

from supportjournal import store
from supportjournal.domain.models import DIRECTIONS, KINDS, RINGS
from supportjournal.domain.validation import ValidationError
from tests.conftest import HOSTILE_TEXT, NOW

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
"""Any text a person could type or paste (lone surrogates cannot be; the command line refuses them)."""
NAMES = st.one_of(st.sampled_from(HOSTILE_TEXT), TEXT).filter(
    lambda name: 0 < len(" ".join(name.split())) <= 200 and "\0" not in name
)
NOT_NAMES = st.sampled_from(["", " ", "\t\n", "\u3000", "\0", "\0Ana", "x" * 201])
"""Names that are no name (SQLite's checks end text at a NUL): refused, nothing written."""
SCHEDULES = st.sampled_from(
    [("daily", "daily"), ("Weekdays", "weekdays"), ("mon, wed, fri", "mon,wed,fri"), ("every 3 days",) * 2]
)
"""A schedule as typed, and as kept."""
DAYS = st.dates(min_value=NOW.date() - timedelta(days=30), max_value=NOW.date())
MOMENTS = st.builds(
    lambda day, minutes: datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes),
    DAYS, st.integers(0, 24 * 60 - 1),
)


def _name(typed: str) -> str:
    """A name as kept: runs of whitespace become one space, none at either end."""
    return " ".join(typed.split())


def _combined(first: str, second: str) -> str:
    flows = {first, second} - {"none"}
    return "both" if "both" in flows or flows == {"gave", "received"} else next(iter(flows), "none")


@dataclass
class Modelled:
    """A member or self-care item as the model keeps it: what matters, and whether it is archived."""

    fields: tuple
    archived: bool = False


@dataclass
class Model:
    members: dict[str, Modelled] = field(default_factory=dict)
    items: dict[str, Modelled] = field(default_factory=dict)
    checkins: dict[str, tuple[int, datetime, str]] = field(default_factory=dict)
    interactions: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    """id -> (member id, direction, check-in id); archived ones are left out."""
    archived_interactions: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    marks: dict[tuple[str, date], tuple[str, str]] = field(default_factory=dict)
    journal: dict[date, str] = field(default_factory=dict)
    asks: dict[str, list[tuple[str, date]]] = field(default_factory=dict)


class StoreMachine(RuleBasedStateMachine):
    members = Bundle("members")
    items = Bundle("items")
    interactions = Bundle("interactions")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="model-"))
        self.path = self.folder / "journal.db"
        self.db = store.open_db(self.path)
        self.model = Model()

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _active(self, member_id: str) -> bool:
        return not self.model.members[member_id].archived

    # Members

    @rule(target=members, name=NAMES, kind=st.sampled_from(KINDS), ring=st.sampled_from(RINGS), notes=TEXT)
    def add_member(self, name, kind, ring, notes):
        member = store.add_member(self.db, name, kind, ring=ring, notes=notes, now=NOW)
        self.model.members[member.id] = Modelled((_name(name), kind, ring, notes))
        return member.id

    @rule(name=NOT_NAMES, kind=st.sampled_from(KINDS))
    def add_a_member_without_a_name(self, name, kind):
        with pytest.raises(ValidationError):
            store.add_member(self.db, name, kind, now=NOW)

    @rule(member=members, name=NAMES, ring=st.sampled_from(RINGS), notes=TEXT)
    def update_member(self, member, name, ring, notes):
        store.update_member(self.db, member, name=name, ring=ring, notes=notes, now=NOW)
        kind = self.model.members[member].fields[1]
        self.model.members[member].fields = (_name(name), kind, ring, notes)

    @rule(member=members, rating=st.sampled_from([0, 6, "five"]))
    def update_with_a_bad_rating(self, member, rating):
        with pytest.raises(ValidationError):
            store.update_member(self.db, member, name="changed", empathy=rating, now=NOW)

    @rule(member=members)
    def archive_member(self, member):
        store.archive_member(self.db, member, now=NOW)
        self.model.members[member].archived = True

    @rule(member=members)
    def restore_member(self, member):
        store.restore_member(self.db, member)
        self.model.members[member].archived = False

    @rule(member=members, need=NAMES, day=DAYS)
    def add_ask(self, member, need, day):
        store.add_ask(self.db, member, need, day, now=NOW)
        self.model.asks.setdefault(member, []).append((_name(need), day))

    # Check-ins and contacts

    @rule(
        target=interactions,
        mood=st.integers(1, 10),
        at=MOMENTS,
        note=TEXT,
        contacts=st.lists(st.tuples(members, st.sampled_from(DIRECTIONS)), max_size=4),
    )
    def record_checkin(self, mood, at, note, contacts):
        given = [store.Contact(member, direction) for member, direction in contacts]
        if not all(self._active(member) for member, _ in contacts):
            with pytest.raises(store.StoreError):
                store.record_checkin(self.db, mood, at, contacts=given, note=note, now=NOW)
            return multiple()
        saved = store.record_checkin(self.db, mood, at, contacts=given, note=note, now=NOW)
        self.model.checkins[saved.id] = (mood, at, note)
        directions: dict[str, str] = {}
        for member, direction in contacts:
            directions[member] = _combined(directions.get(member, "none"), direction)
        by_member = {each.member_id: each.id for each in saved.interactions}
        assert set(by_member) == set(directions)
        for member, direction in directions.items():
            self.model.interactions[by_member[member]] = (member, direction, saved.id)
        return multiple(*by_member.values())

    @rule(mood=st.sampled_from([0, 11, -3]), at=MOMENTS)
    def record_a_bad_mood(self, mood, at):
        with pytest.raises(ValidationError):
            store.record_checkin(self.db, mood, at, now=NOW)

    @rule(target=interactions, member=members, at=MOMENTS, direction=st.sampled_from(DIRECTIONS), note=TEXT)
    def log_interaction(self, member, at, direction, note):
        if not self._active(member):
            with pytest.raises(store.StoreError):
                store.log_interaction(self.db, member, at, direction=direction, note=note, now=NOW)
            return multiple()
        logged = store.log_interaction(self.db, member, at, direction=direction, note=note, now=NOW)
        self.model.interactions[logged.id] = (member, direction, None)
        return logged.id

    @rule(interaction=interactions)
    def archive_interaction(self, interaction):
        store.archive_interaction(self.db, interaction, now=NOW)
        if interaction in self.model.interactions:
            self.model.archived_interactions[interaction] = self.model.interactions.pop(interaction)

    @rule(interaction=interactions)
    def restore_interaction(self, interaction):
        store.restore_interaction(self.db, interaction)
        if interaction in self.model.archived_interactions:
            self.model.interactions[interaction] = self.model.archived_interactions.pop(interaction)

    # Self-care

    @rule(target=items, title=NAMES, schedule=SCHEDULES)
    def add_item(self, title, schedule):
        typed, kept = schedule
        item = store.add_item(self.db, title, typed, now=NOW)
        self.model.items[item.id] = Modelled((_name(title), kept))
        return item.id

    @rule(title=NAMES, schedule=st.sampled_from(["sometimes", "every 0 days", "8 times a week"]))
    def add_an_item_with_a_bad_schedule(self, title, schedule):
        with pytest.raises(ValidationError):
            store.add_item(self.db, title, schedule, now=NOW)

    @rule(item=items, title=NAMES)
    def rename_item(self, item, title):
        store.update_item(self.db, item, title=title)
        self.model.items[item].fields = (_name(title), self.model.items[item].fields[1])

    @rule(item=items, title=NOT_NAMES)
    def rename_an_item_to_no_title(self, item, title):
        with pytest.raises(ValidationError):
            store.update_item(self.db, item, title=title)

    @rule(item=items)
    def archive_item(self, item):
        store.archive_item(self.db, item, now=NOW)
        self.model.items[item].archived = True

    @rule(item=items)
    def restore_item(self, item):
        store.restore_item(self.db, item)
        self.model.items[item].archived = False

    @rule(item=items, day=DAYS, status=st.sampled_from(["done", "skipped", None]), note=st.none() | TEXT)
    def set_mark(self, item, day, status, note):
        store.set_mark(self.db, item, day, status, note=note, now=NOW)
        key = (item, day)
        if status is None:
            self.model.marks.pop(key, None)
        else:
            kept = note if note is not None else self.model.marks.get(key, ("", ""))[1]
            self.model.marks[key] = (status, kept)

    # Journal

    @rule(day=DAYS, body=st.one_of(TEXT, st.sampled_from(HOSTILE_TEXT)))
    def save_entry(self, day, body):
        store.save_entry(self.db, day, body, now=NOW, expected=self.model.journal.get(day, ""))
        self.model.journal[day] = body

    @precondition(lambda self: self.model.journal)
    @rule(data=st.data(), stale=TEXT)
    def save_over_a_newer_entry(self, data, stale):
        day = data.draw(st.sampled_from(sorted(self.model.journal)))
        stored = self.model.journal[day]
        body = stored + " (from another window)"
        if stale in (stored, body):
            return
        with pytest.raises(store.EntryChanged):
            store.save_entry(self.db, day, body, now=NOW, expected=stale)

    # The app closed and opened again

    @rule()
    def reopen(self):
        self.db.close()
        self.db = store.open_db(self.path)

    # What must hold after every step

    @invariant()
    def no_transaction_is_left_open(self):
        assert not self.db.conn.in_transaction

    @invariant()
    def the_file_is_sound(self):
        assert [row[0] for row in self.db.execute("PRAGMA integrity_check")] == ["ok"]
        assert self.db.execute("PRAGMA foreign_key_check").fetchall() == []

    @invariant()
    def members_agree(self):
        for archived in (False, True):
            listed = store.list_members(self.db, archived=archived)
            stored = {m.id: (m.name, m.kind, m.ring, m.notes) for m in listed}
            modelled = {key: m.fields for key, m in self.model.members.items() if m.archived == archived}
            assert stored == modelled
        for member, asks in self.model.asks.items():
            stored_asks = sorted((ask.need, ask.asked_on) for ask in store.list_asks(self.db, member))
            assert stored_asks == sorted(asks)

    @invariant()
    def checkins_and_contacts_agree(self):
        rows = self.db["checkins"].rows
        stored = {row["id"]: (row["mood"], datetime.fromisoformat(row["at"]), row["note"]) for row in rows}
        assert stored == self.model.checkins
        shown = {
            each.id: (each.member_id, each.direction, each.checkin_id)
            for each in store.recent_interactions(self.db, limit=10_000)
        }
        assert shown == self.model.interactions
        for checkin_id in self.model.checkins:
            checkin = store.get_checkin(self.db, checkin_id)
            assert checkin is not None
            linked = {each.id for each in checkin.interactions}
            owned = {key for key, (_, _, owner) in self.model.interactions.items() if owner == checkin_id}
            assert linked == owned

    @invariant()
    def self_care_agrees(self):
        for archived in (False, True):
            listed = store.list_items(self.db, archived=archived)
            stored = {item.id: (item.title, item.schedule) for item in listed}
            assert stored == {key: i.fields for key, i in self.model.items.items() if i.archived == archived}
        marks = store.marks_between(self.db, date.min, date.max)
        assert {key: (mark.status, mark.note) for key, mark in marks.items()} == self.model.marks

    @invariant()
    def journal_agrees(self):
        for day, body in self.model.journal.items():
            assert store.get_entry(self.db, day).body == body
        written = sorted((day for day, body in self.model.journal.items() if body), reverse=True)
        assert store.entry_days(self.db, limit=1000) == written
        self.db.execute("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')")


StoreMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=20, deadline=None)
test_the_store_agrees_with_its_model = StoreMachine.TestCase
