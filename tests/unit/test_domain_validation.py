"""Checking several fields at once: every error is kept, each under its own field."""

from __future__ import annotations

import pytest

from supportjournal import store
from supportjournal.domain import validation as v


def test_checks_keep_every_error_and_raise_them_together():
    checks = v.Checks()
    assert checks.run(v.clean_name, "  Ana  ") == "Ana"
    assert checks.run(v.clean_name, " ", "title") is None
    assert checks.run(v.clean_rating, "empathy", "9") is None
    assert checks.run(v.clean_schedule, "now and then", field="schedule-2") is None
    with pytest.raises(v.ValidationErrors) as raised:
        checks.done()
    assert raised.value.by_field == {
        "title": "title can't be empty",
        "empathy": "empathy must be from 1 to 5",
        "schedule-2": raised.value.errors[2].message,
    }
    assert "unknown schedule" in raised.value.errors[2].message
    # Still one ValidationError, one line, for code (and the CLI) that shows only one message.
    assert isinstance(raised.value, v.ValidationError) and raised.value.field == "title"
    assert str(raised.value) == "; ".join(error.message for error in raised.value.errors)


def test_checks_with_nothing_wrong_raise_nothing():
    checks = v.Checks()
    checks.run(v.clean_weight, "2")
    checks.done()


def test_the_store_names_every_bad_member_field_and_writes_nothing(db):
    with pytest.raises(v.ValidationErrors) as raised:
        store.add_member(db, "", "friend", empathy="7", cadence="now and then", ring="far")
    assert list(raised.value.by_field) == ["name", "ring", "empathy", "cadence"]
    assert db["members"].count == 0
