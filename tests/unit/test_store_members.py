"""Members and asks: add, edit, archive, restore, find by name, last contact."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from supportjournal import store
from supportjournal.domain.channels import format_channels, parse_channels
from supportjournal.domain.models import Channel
from supportjournal.domain.validation import ValidationError
from tests.conftest import HOSTILE_TEXT, NOW, TODAY


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_add_member_with_every_field(db):
    member = store.add_member(
        db, "  Sam   [work] ", "Colleague", ring="inner", supports=["advice", "Listening"],
        empathy=4, reliability="5", availability=None,
        channels=[Channel("phone", " 0123 "), ("email", "sam@example.org"), ("x", "  ")],
        cadence="weekly", link="https://example.org", notes="met at work", now=NOW,
    )
    assert member.name == "Sam [work]"
    assert member.kind == "colleague"
    assert member.supports == ("listening", "advice")
    assert (member.empathy, member.reliability, member.availability) == (4, 5, None)
    assert member.channels == (Channel("phone", "0123"), Channel("email", "sam@example.org"))
    assert member.cadence == "every week"
    assert member.created_at == NOW and not member.archived
    assert store.get_member(db, member.id) == member
    assert member.fit == 4.5


def test_ids_are_stable_strings(db):
    ana = store.add_member(db, "Ana", "friend")
    assert isinstance(ana.id, str) and len(ana.id) == 32
    assert store.get_member(db, ana.id).id == ana.id
    assert store.get_member(db, "nope") is None


def test_hostile_names_are_stored_as_they_are(db):
    for name in HOSTILE_TEXT:
        member = store.add_member(db, name, "friend")
        assert store.get_member(db, member.id).name == name
        assert store.resolve_member(db, name).id == member.id


BAD_NEW_MEMBERS = [
    ({"name": "   "}, "name"),
    ({"name": ""}, "name"),
    ({"empathy": 6}, "empathy"),
    ({"reliability": 0}, "reliability"),
    ({"availability": "lots"}, "availability"),
    ({"cadence": "now and then"}, "cadence"),
    ({"kind": "pet"}, "kind"),
    ({"ring": "outer"}, "ring"),
    ({"supports": ["money"]}, "supports"),
    ({"name": "x" * 201}, "name"),
]


def test_add_member_validation_names_the_field_and_writes_nothing(db):
    for fields, field in BAD_NEW_MEMBERS:
        with pytest.raises(ValidationError) as error:
            store.add_member(db, **{"name": "Ana", "kind": "friend", **fields})
        assert error.value.field == field, fields
        assert field in error.value.message
    assert count(db, "members") == 0


def test_update_member(db):
    ana = store.add_member(db, "Ana", "friend", now=NOW)
    later = NOW + timedelta(hours=1)
    changed = store.update_member(db, ana.id, ring="wider", cadence="every 10 days", empathy=None, now=later)
    assert (changed.ring, changed.cadence, changed.empathy) == ("wider", "every 10 days", None)
    assert changed.updated_at == later and changed.created_at == NOW
    assert changed.name == "Ana"


def test_update_member_validation_writes_nothing(db):
    ana = store.add_member(db, "Ana", "friend", now=NOW)
    bad = [({"name": ""}, "name"), ({"empathy": 6}, "empathy"), ({"cadence": "sometimes"}, "cadence"),
           ({"kind": "robot"}, "kind"), ({"favourite_colour": "blue"}, "favourite_colour")]
    for changes, field in bad:
        with pytest.raises(ValidationError) as error:
            store.update_member(db, ana.id, **changes)
        assert error.value.field == field
    assert store.get_member(db, ana.id) == ana


def test_update_unknown_member(db):
    with pytest.raises(store.StoreError):
        store.update_member(db, "nope", name="X")


def test_archive_and_restore(db):
    ana = store.add_member(db, "Ana", "friend")
    ben = store.add_member(db, "ben", "family")
    archived = store.archive_member(db, ana.id, now=NOW)
    assert archived.archived_at == NOW
    assert [m.name for m in store.list_members(db)] == ["ben"]
    assert [m.name for m in store.list_members(db, archived=True)] == ["Ana"]
    restored = store.restore_member(db, ana.id)
    assert not restored.archived
    assert [m.id for m in store.list_members(db)] == [ana.id, ben.id]  # by name, any case
    with pytest.raises(store.StoreError):
        store.archive_member(db, "nope")


@pytest.fixture
def network(db):
    names = ["Sam [work]", "Samira", "Ben", "Bea", "Mum"]
    return {name: store.add_member(db, name, "friend") for name in names}


def test_resolve_member(db, network):
    typed_and_meant = [("Ben", "Ben"), ("ben", "Ben"), ("BEN", "Ben"), ("  mum ", "Mum"), ("samir", "Samira"),
                       ("sam [", "Sam [work]"), ("sam [work]", "Sam [work]"), ("m", "Mum")]
    for typed, meant in typed_and_meant:
        assert store.resolve_member(db, typed).name == meant, typed


def test_exact_name_wins_over_prefix(db, network):
    sam = store.add_member(db, "Sam", "friend")
    assert store.resolve_member(db, "sam").id == sam.id
    assert [m.name for m in store.find_members(db, "sam")] == ["Sam"]


def test_ambiguous_name_lists_candidates(db, network):
    with pytest.raises(store.MemberLookupError) as error:
        store.resolve_member(db, "b")
    assert sorted(m.name for m in error.value.candidates) == ["Bea", "Ben"]
    assert "Bea" in str(error.value) and "Ben" in str(error.value)
    with pytest.raises(store.MemberLookupError) as error:
        store.resolve_member(db, "sam")
    assert sorted(m.name for m in error.value.candidates) == ["Sam [work]", "Samira"]


def test_unknown_name_lists_members(db, network):
    with pytest.raises(store.MemberLookupError) as error:
        store.resolve_member(db, "Zed")
    assert error.value.candidates == []
    assert "Zed" in str(error.value) and "Mum" in str(error.value)
    with pytest.raises(store.MemberLookupError):
        store.resolve_member(db, "")


def test_archived_members_are_not_found(db, network):
    store.archive_member(db, network["Ben"].id)
    assert store.resolve_member(db, "b").name == "Bea"
    assert store.find_members(db, "ben") == []


def test_unknown_name_in_an_empty_network(db):
    with pytest.raises(store.MemberLookupError, match="add one"):
        store.resolve_member(db, "Ana")


def test_asks(db):
    ana = store.add_member(db, "Ana", "friend")
    store.add_ask(db, ana.id, "listening", date(2026, 10, 1))
    store.add_ask(db, ana.id, " a  shoulder ", date(2026, 11, 1), "she said yes")
    asks = store.list_asks(db, ana.id)
    assert [(a.need, a.asked_on, a.note) for a in asks] == [
        ("a shoulder", date(2026, 11, 1), "she said yes"), ("listening", date(2026, 10, 1), ""),
    ]
    with pytest.raises(ValidationError) as error:
        store.add_ask(db, ana.id, "  ", TODAY)
    assert error.value.field == "need"
    assert len(store.list_asks(db, ana.id)) == 2
    with pytest.raises(store.StoreError):
        store.add_ask(db, "nobody", "advice", TODAY)
    assert count(db, "asks") == 2


def test_last_contacts(db):
    ana = store.add_member(db, "Ana", "friend")
    ben = store.add_member(db, "Ben", "friend")
    store.add_member(db, "Cy", "friend")
    gone = store.add_member(db, "Dee", "friend")
    store.log_interaction(db, ana.id, NOW - timedelta(days=5), now=NOW)
    latest = store.log_interaction(db, ana.id, NOW - timedelta(days=2), now=NOW)
    store.log_interaction(db, ana.id, NOW - timedelta(days=9), now=NOW)
    store.log_interaction(db, ben.id, NOW - timedelta(days=3), now=NOW)
    store.log_interaction(db, gone.id, NOW, now=NOW)
    store.archive_member(db, gone.id)
    assert store.last_contacts(db) == {ana.id: TODAY - timedelta(days=2), ben.id: TODAY - timedelta(days=3)}
    store.archive_interaction(db, latest.id)  # archived interactions don't count
    assert store.last_contacts(db)[ana.id] == TODAY - timedelta(days=5)


def test_a_channel_typed_without_a_kind_stays_as_typed(db):
    typed = "phone; 0123 456; email: ana@example.org; https://ana.example"
    member = store.add_member(db, "Ana", "friend", channels=[Channel(*part) for part in parse_channels(typed)])
    assert member.channels == (Channel("", "phone"), Channel("", "0123 456"), Channel("email", "ana@example.org"),
                               Channel("link", "https://ana.example"))
    shown = format_channels(store.get_member(db, member.id).channels)
    assert shown == "phone; 0123 456; email: ana@example.org; link: https://ana.example"
    assert [Channel(*part) for part in parse_channels(shown)] == list(member.channels)
