"""Markdown, jrnl, CSV and vCard exports: what each holds, written whole and private, and quick."""

from __future__ import annotations

import csv
import io
import stat
import zipfile
from datetime import timedelta

import pytest
import vobject

from supportjournal import store
from supportjournal.domain.models import Channel
from supportjournal.portability.formats import EXPORTS, write_export
from supportjournal.portability.readable import export_jrnl, export_markdown
from supportjournal.portability.vcards import export_vcard
from tests.conftest import NOW, TODAY
from tests.hostile import HOSTILE_TEXT

@pytest.fixture
def small(db):
    ana = store.add_member(db, "Ana", "friend", channels=[Channel("phone", "0770 1"), Channel("email", "a@x.org")],
                           notes="Walks on Saturdays, kindly; honest.", now=NOW)
    store.add_member(db, "Tuesday group", "support group", link="https://example.org/g", now=NOW)
    store.record_checkin(db, 7, NOW - timedelta(hours=11), contacts=[store.Contact(ana.id, "received")],
                         note="coffee", now=NOW)
    store.save_entry(db, TODAY, "# A heading\nA good day.\n[2026-01-01 09:00] not a new entry", now=NOW)
    return db


def test_markdown_is_the_journal_day_by_day_with_moods_and_check_ins(small) -> None:
    text = export_markdown(small, NOW)
    day = text.index("## Fri 27 Nov 2026")
    assert text.index("Mood 7/10") > day
    assert "- 08:30 check-in, mood 7, with Ana (you received): coffee" in text
    assert "\n### A heading\n" in text  # the entry's own heading sits under the day's


def test_jrnl_keeps_a_line_that_looks_like_a_new_entry_inside_its_day(small) -> None:
    text = export_jrnl(small, NOW)
    assert text.startswith("[2026-11-27 19:30] # A heading\nA good day.\n [2026-01-01 09:00]")
    assert text.count("\n[") == 0  # one entry: no other line starts like one


def test_vcard_4_cards_read_back_with_kinds_and_channels(small) -> None:
    cards = list(vobject.readComponents(export_vcard(small, NOW)))
    ana, group = cards
    assert ana.version.value == "4.0" and ana.fn.value == "Ana" and ana.categories.value == ["friend"]
    assert [t.value for t in ana.contents["tel"]] == ["0770 1"] and ana.email.value == "a@x.org"
    assert ana.note.value == "Walks on Saturdays, kindly; honest."
    assert group.kind.value == "group" and group.url.value == "https://example.org/g"


def test_csv_is_one_file_per_table_in_a_zip_or_a_new_folder(small, tmp_path) -> None:
    files = EXPORTS["csv"].write(small, NOW, lambda done, total: None)
    archive = write_export(tmp_path / "out.zip", files)
    with zipfile.ZipFile(archive) as opened:
        members = list(csv.DictReader(io.StringIO(opened.read("members.csv").decode())))
    assert sorted(row["name"] for row in members) == ["Ana", "Tuesday group"]
    folder = write_export(tmp_path / "csv", files)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == sorted(files)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    with pytest.raises(store.StoreError, match="already there"):
        write_export(folder, files)


def test_hostile_text_goes_out_exactly_as_written(db) -> None:
    for index, text in enumerate(HOSTILE_TEXT):
        store.save_entry(db, TODAY - timedelta(days=index), f"entry {text}", now=NOW)
    text = export_markdown(db, NOW)
    for hostile in HOSTILE_TEXT:
        assert f"entry {hostile}".split("\n")[0].lstrip("#") in text

