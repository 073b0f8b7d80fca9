"""Member detail sections: each field once, and no heading over an empty field (the pure section builder)."""

from __future__ import annotations

from datetime import timedelta

from supportjournal import store
from supportjournal.domain.models import Channel
from supportjournal.ui.screens.member_detail import member_sections
from tests.conftest import NOW, TODAY
from tests.hostile import CORPUS, assert_nothing_sent, expected
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


def test_every_hostile_text_shows_as_typed_in_the_detail(db):
    """The detail's ways to reach, notes and history, for the whole corpus (the pilot test types one name; the
    title is ``render.literal``, tested on the corpus in tests/unit/test_hostile_text.py)."""
    for n, text in enumerate(text for text in CORPUS if "\x00" not in text):  # the store refuses NUL (tested there)
        member = store.add_member(db, f"m{n}", "friend", channels=[Channel("phone", text)], notes=text)
        store.log_interaction(db, member.id, NOW - timedelta(days=1), direction="gave", note=text)
        stored = store.get_member(db, member.id)  # the store trims a channel's and the notes' spaces
        sections = dict(member_sections(stored, db, TODAY))
        assert sections["Ways to reach them"].plain == f"phone: {expected(stored.channels[0].value)}", repr(text)
        assert sections["Notes"].plain == expected(stored.notes, keep_lines=True), repr(text)
        assert sections["Contacts and support"].plain.endswith(f" — {expected(text)}"), repr(text)
        assert_nothing_sent("".join(body.plain for body in sections.values())), repr(text)
