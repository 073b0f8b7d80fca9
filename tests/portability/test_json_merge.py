"""Our JSON export and import: a faithful round trip, merging by stable id, two devices kept in step."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from supportjournal import store
from supportjournal.domain.validation import ValidationError
from supportjournal.portability.report import FormatError
from tests.conftest import NOW, TODAY
from tests.portability.helpers import contents, dump, export, merge

LATER = NOW + timedelta(hours=1)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


def build(db, data) -> None:
    """A small journal drawn by hypothesis, written through the app's own store functions."""
    members = []
    for _ in range(data.draw(st.integers(0, 4))):
        name = data.draw(TEXT)
        kind = data.draw(st.sampled_from(store.schema.KINDS))
        try:
            members.append(store.add_member(db, name, kind, notes=data.draw(TEXT), now=NOW))
        except ValidationError:
            assume(False)
    for member in members:
        if data.draw(st.booleans()):
            try:
                store.add_ask(db, member.id, data.draw(TEXT), TODAY, data.draw(TEXT), now=NOW)
            except ValidationError:
                pass  # a blank need is refused by the store; the member is still drawn
        if data.draw(st.booleans()):
            store.archive_member(db, member.id, now=LATER)
    active = [m for m in store.list_members(db)]
    for offset in range(data.draw(st.integers(0, 3))):
        contacts = [store.Contact(m.id, data.draw(st.sampled_from(store.schema.DIRECTIONS))) for m in active[:2]]
        store.record_checkin(db, data.draw(st.integers(1, 10)), NOW - timedelta(days=offset),
                             contacts=contacts, note=data.draw(TEXT), now=NOW)
    for offset in range(data.draw(st.integers(0, 3))):
        store.save_entry(db, TODAY - timedelta(days=offset), data.draw(TEXT), now=NOW)
    if data.draw(st.booleans()):
        item = store.add_item(db, "Walk", now=NOW)
        store.set_mark(db, item.id, TODAY, data.draw(st.sampled_from(["done", "skipped"])), note=data.draw(TEXT), now=NOW)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_export_import_export_is_identical(data) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first = store.open_db(Path(folder) / "a.db")
        second = store.open_db(Path(folder) / "b.db")
        try:
            build(first, data)
            text = export(first)
            merge(second, text)
            assert export(second) == text
            assert contents(second) == contents(first)
        finally:
            first.close()
            second.close()


def test_importing_the_same_file_twice_adds_nothing_and_a_dry_run_counts_as_the_real_one(db, tmp_path) -> None:
    store.add_member(db, "Ana", "friend", now=NOW)
    store.save_entry(db, TODAY, "a walk", now=NOW)
    text = export(db)
    other = store.open_db(tmp_path / "other.db")
    dry = merge(other, text, dry_run=True)
    assert dump(other) == dump(store.open_db(tmp_path / "empty.db"))  # the dry run wrote nothing
    real = merge(other, text)
    assert dry.counts == real.counts and dry.dry_run and not real.dry_run
    assert real.of("members").added == 1 and real.of("journal days").added == 1
    again = merge(other, text)
    assert again.changed == 0 and again.of("members").unchanged == 1


def test_the_newer_copy_wins_and_an_older_one_never_overwrites(db, tmp_path) -> None:
    ana = store.add_member(db, "Ana", "friend", now=NOW)
    old = export(db)
    store.update_member(db, ana.id, ring="inner", now=LATER)
    newer = export(db)
    report = merge(db, old)
    assert report.changed == 0 and store.get_member(db, ana.id).ring == "inner"
    other = store.open_db(tmp_path / "other.db")
    merge(other, old)
    assert merge(other, newer).of("members").updated == 1
    assert store.get_member(other, ana.id).ring == "inner"


def test_an_archive_travels_as_an_archive_and_an_import_never_deletes(db, tmp_path) -> None:
    ana = store.add_member(db, "Ana", "friend", now=NOW)
    other = store.open_db(tmp_path / "other.db")
    merge(other, export(db))
    store.archive_member(db, ana.id, now=LATER)
    store.add_member(other, "Ben", "family", now=LATER)
    merge(other, export(db))
    assert store.get_member(other, ana.id).archived
    assert [m.name for m in store.list_members(other)] == ["Ben"]  # Ben, missing from the file, stays


def test_two_devices_edited_apart_end_equal_with_both_journal_texts_kept(tmp_path) -> None:
    laptop = store.open_db(tmp_path / "laptop.db")
    ana = store.add_member(laptop, "Ana", "friend", now=NOW)
    ben = store.add_member(laptop, "Ben", "family", now=NOW)
    store.save_entry(laptop, TODAY, "Morning: coffee with Ana.", now=NOW)
    laptop.close()
    shutil.copy(tmp_path / "laptop.db", tmp_path / "phone.db")
    laptop, phone = store.open_db(tmp_path / "laptop.db"), store.open_db(tmp_path / "phone.db")

    store.update_member(laptop, ana.id, notes="moved to Leeds", now=NOW + timedelta(minutes=5))
    store.archive_member(laptop, ben.id, now=NOW + timedelta(minutes=5))
    store.save_entry(laptop, TODAY, "Morning: coffee with Ana.\nEvening: tired.", now=NOW + timedelta(minutes=6))
    store.save_entry(laptop, TODAY - timedelta(days=1), "Yesterday, from the laptop.", now=NOW)
    store.update_member(phone, ana.id, ring="inner", now=NOW + timedelta(minutes=9))
    store.add_member(phone, "Cy", "colleague", now=NOW + timedelta(minutes=9))
    store.record_checkin(phone, 6, NOW + timedelta(minutes=9), contacts=[store.Contact(ana.id, "both")], now=NOW)
    store.save_entry(phone, TODAY, "Rewrote it on the phone: a slow day.", now=NOW + timedelta(minutes=8))

    from_laptop, from_phone = export(laptop), export(phone)
    on_laptop = merge(laptop, from_phone)
    on_phone = merge(phone, from_laptop)

    assert contents(laptop) == contents(phone)
    assert on_laptop.of("journal days").conflicts == on_phone.of("journal days").conflicts == 1
    body = store.get_entry(laptop, TODAY).body
    assert body.startswith("Rewrote it on the phone: a slow day.")  # the newer text first
    assert "also written on another device" in body and body.endswith("Evening: tired.")
    assert store.get_member(laptop, ana.id).ring == "inner"  # the phone's copy of Ana is newer
    assert store.get_member(phone, ben.id).archived
    assert {m.name for m in store.list_members(laptop)} == {"Ana", "Cy"}
    assert merge(laptop, export(phone)).changed == 0  # in step: another round changes nothing


def test_a_journal_text_that_only_grew_is_taken_without_a_conflict(db, tmp_path) -> None:
    store.save_entry(db, TODAY, "A walk.", now=NOW)
    other = store.open_db(tmp_path / "other.db")
    merge(other, export(db))
    store.save_entry(other, TODAY, "A walk. Then tea with Mum.", now=LATER)
    report = merge(db, export(other))
    assert report.of("journal days").conflicts == 0
    assert store.get_entry(db, TODAY).body == "A walk. Then tea with Mum."


def _with_record(text: str, table: str, index: int, change: dict) -> str:
    document = json.loads(text)
    document["tables"][table][index].update(change)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("table", "change", "words"),
    [
        ("checkins", {"mood": 11}, "checkins, record 1: it does not fit"),
        ("interactions", {"member_id": "nobody"}, "FOREIGN KEY"),
        ("members", {"supports": "not json"}, "members, record 2"),
        ("members", {"colour": "red"}, "unknown column 'colour'"),
        ("journal", {"updated_at": None}, "updated_at is missing"),
        ("journal", {"body": ["a", "list"]}, "list or object"),
        ("journal", {"day": "last tuesday"}, "journal, record 2"),
    ],
)
def test_a_broken_record_is_refused_by_where_it_broke_and_nothing_is_written(db, tmp_path, table, change, words) -> None:
    ana = store.add_member(db, "Ana", "friend", now=NOW)
    store.record_checkin(db, 5, NOW, contacts=[store.Contact(ana.id, "gave")], now=NOW)
    store.save_entry(db, TODAY - timedelta(days=1), "one", now=NOW)
    store.save_entry(db, TODAY, "two", now=NOW)
    store.add_member(db, "Ben", "family", now=NOW)
    broken = _with_record(export(db), table, -1, change)
    other = store.open_db(tmp_path / "other.db")
    store.add_member(other, "Already here", "friend", now=NOW)
    before = dump(other)
    with pytest.raises(FormatError, match=words):
        merge(other, broken)
    assert dump(other) == before


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{\n  \"format\": ", "line 2"),
        ('{"entries": []}', "--format jrnl"),
        ('{"format": "supportjournal", "version": 99, "tables": {}}', "newer"),
        ('{"format": "supportjournal", "version": 1, "tables": {"secrets": []}}', "unknown table 'secrets'"),
    ],
)
def test_a_file_that_is_not_our_export_is_refused(text, words) -> None:
    with pytest.raises(FormatError, match=words):
        merge(None, text)  # type: ignore[arg-type] - refused before the journal is touched


def test_the_migration_gives_every_record_a_modification_time(db) -> None:
    ana = store.add_member(db, "Ana", "friend", now=NOW)
    store.add_ask(db, ana.id, "listening", TODAY, now=NOW)
    # An insert that leaves the column out (code written before it existed) gets the creation time.
    db.execute("INSERT INTO asks (id, member_id, need, asked_on, created_at) VALUES ('old', ?, 'a', ?, ?)",
               [ana.id, TODAY.isoformat(), "2026-01-01T09:00:00"])
    stamps = {row["need"]: row["updated_at"] for row in db.query("SELECT need, updated_at FROM asks")}
    assert stamps == {"listening": NOW.isoformat(), "a": "2026-01-01T09:00:00"}
