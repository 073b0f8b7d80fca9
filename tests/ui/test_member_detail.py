"""Member detail sections: each field once, and no heading over an empty field (the pure section builder)."""

from __future__ import annotations

from datetime import timedelta

from supportjournal import store
from supportjournal.ui.screens.member_detail import member_sections
from tests.conftest import NOW, TODAY
from tests.ui.test_members import full_member


def headings(db, member) -> list[str]:
    return [heading for heading, _ in member_sections(store.get_member(db, member.id), db, TODAY)]


def test_a_member_with_nothing_noted_shows_only_the_contact_line(db):
    member = store.add_member(db, "Kim", "friend")
    [(heading, body)] = member_sections(member, db, TODAY)
    assert heading == "Contact" and body.plain == "no contact yet"


def test_every_filled_field_shows_once_and_the_ledger_is_not_listed_twice(db):
    member = full_member(db)
    store.log_interaction(db, member.id, NOW - timedelta(days=3), direction="gave", support="advice", note="once only")
    sections = member_sections(store.get_member(db, member.id), db, TODAY)
    names = [heading for heading, _ in sections]
    assert names == [
        "Contact", "Support they give", "How well they fit", "Ways to reach them", "Link",
        "What you asked them for", "Notes", "Contacts and support",
    ]
    text = "\n".join(body.plain for _, body in sections)
    assert text.count("once only") == 1
    assert text.count("every 7 days") == 1  # the cadence is in the contact line, not in a section of its own
    for empty in ("none noted", "not rated", "none\n", "no reminder set"):
        assert empty not in text


def test_only_the_ratings_given_are_listed(db):
    member = store.add_member(db, "Kim", "friend", empathy=4)
    [fit] = [body.plain for heading, body in member_sections(member, db, TODAY) if heading == "How well they fit"]
    assert "empathy" in fit and "reliability" not in fit and "availability" not in fit
