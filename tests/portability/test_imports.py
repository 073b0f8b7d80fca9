"""jrnl, Daylio and vCard imports on files that follow each format exactly, awkward ones included."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from supportjournal import store
from supportjournal.portability.formats import IMPORTS, Source, read_text
from supportjournal.portability.jobs import run_import
from supportjournal.portability.report import FormatError, Report
from tests.conftest import NOW
from tests.portability.helpers import dump

FIXTURES = Path(__file__).parent / "fixtures"


def run(db, kind: str, name: str, *, dry_run: bool = False, moods: dict[str, int] | None = None) -> Report:
    source = Source(read_text(FIXTURES / name), NOW, moods or {})
    return run_import(db, IMPORTS[kind].job(source, lambda done, total: None), dry_run=dry_run)


def moods_on(db, day: date) -> list[int]:
    return store.moods_between(db, day, day).get(day, [])


def test_jrnl_entries_join_their_day_in_time_order_with_tags_and_stars_kept(db) -> None:
    report = run(db, "jrnl", "jrnl.json")
    assert report.of("journal days").added == 2
    first = store.get_entry(db, date(2026, 11, 25)).body
    assert first.startswith("Morning: coffee.\n\nEvening walk with @ana. *\nTalked about [the move] and {plans}.")
    assert "Felt lighter 🌿 afterwards." in first and "[2026-01-01 09:00] this line only looks" in first
    second = store.get_entry(db, date(2026, 11, 26)).body
    assert second.endswith("I could have asked @ana.\n@tired")  # a tag not in the text is still kept


def test_jrnl_again_adds_nothing_and_joins_below_what_a_day_already_holds(db) -> None:
    store.save_entry(db, date(2026, 11, 26), "Written here first.", now=NOW)
    report = run(db, "jrnl", "jrnl.json")
    assert (report.of("journal days").added, report.of("journal days").updated) == (1, 1)
    assert store.get_entry(db, date(2026, 11, 26)).body.startswith("Written here first.\n\nLong day at @work.")
    assert run(db, "jrnl", "jrnl.json").changed == 0


def test_daylio_rows_become_check_ins_marks_tags_and_notes(db) -> None:
    walk = store.add_item(db, "Walk outside", now=NOW)
    report = run(db, "daylio", "daylio_new.csv")
    assert report.of("check-ins").added == 4
    assert moods_on(db, date(2026, 11, 26)) == [6, 8]  # meh at 08:05, good at 20:40
    assert moods_on(db, date(2026, 11, 25)) == [1] and moods_on(db, date(2026, 11, 24)) == [10]
    marks = store.marks_between(db, date(2026, 11, 24), date(2026, 11, 26), walk.id)
    assert sorted(day.day for (_, day) in marks) == [24, 26]
    evening = store.checkins_on(db, date(2026, 11, 26))[1]
    assert evening.note == "#friends #movies-/-tv" and evening.at == datetime(2026, 11, 26, 20, 40)
    note = store.get_entry(db, date(2026, 11, 26)).body
    assert note == 'Saw Ana\nWe walked by the river.\nShe said "call any time" 💛'
    assert store.get_entry(db, date(2026, 11, 25)).body == "A hard one.\nTwo lines of it, [bracketed] too."
    assert run(db, "daylio", "daylio_new.csv").changed == 0


def test_daylio_older_export_and_moods_of_ones_own(db) -> None:
    assert run(db, "daylio", "daylio_old.csv").of("check-ins").added == 3
    assert moods_on(db, date(2018, 5, 18)) == [8]
    assert store.checkins_on(db, date(2018, 5, 17))[0].note == "#cook #stressed"
    with pytest.raises(FormatError, match="line 2: the mood 'blissful'.*--mood 'blissful=N'"):
        run(db, "daylio", "daylio_custom.csv")
    assert run(db, "daylio", "daylio_custom.csv", moods={"blissful": 9}).of("check-ins").added == 2
    assert moods_on(db, date(2026, 11, 20)) == [9]


def test_vcards_of_both_versions_become_members_with_kinds_guessed(db) -> None:
    report = run(db, "vcard", "contacts.vcf")
    assert report.of("members").added == 4
    members = {m.name: m for m in store.list_members(db)}
    assert set(members) == {"Ana Ruiz", "Dr Grace Okafor", "Tuesday peer group", "[bold]Sam[/bold] from work"}
    ana = members["Ana Ruiz"]
    assert ana.kind == "friend" and ana.notes == "Walks on Saturdays, tells me the truth; kindly.\nKnown since uni 🌿"
    assert [(c.kind, c.value) for c in ana.channels] == [("phone", "+44 7700 900233"), ("email", "ana@example.org")]
    assert ana.id == "4fbe89710bc3424c9c2636c3e1eff6b1"  # our own UID form keeps the id
    assert members["Dr Grace Okafor"].kind == "professional"
    assert members["Tuesday peer group"].kind == "support group" and members["Tuesday peer group"].link
    assert members["[bold]Sam[/bold] from work"].kind == "friend"
    assert run(db, "vcard", "contacts.vcf").changed == 0


@pytest.mark.parametrize(("kind", "name"), [("jrnl", "jrnl.json"), ("daylio", "daylio_new.csv"), ("vcard", "contacts.vcf")])
def test_a_dry_run_counts_what_the_real_import_does_and_writes_nothing(db, kind, name) -> None:
    store.add_item(db, "Walk outside", now=NOW)
    before = dump(db)
    dry = run(db, kind, name, dry_run=True)
    assert dump(db) == before
    assert dry.counts == run(db, kind, name).counts and dry.changed > 0


@pytest.mark.parametrize(
    ("kind", "text", "words"),
    [
        ("jrnl", '{"entries": [{"title": "ok", "date": "2026-11-01", "time": "09:00"}, {"title": 3}]}', "entry 2: title"),
        ("jrnl", '{"entries": [{"title": "x", "date": "01/11/2026", "time": "09:00"}]}', "entry 1: date"),
        ("jrnl", '{"tables": {}}', "--format json"),
        ("daylio", "full_date,date,weekday,time,mood,activities,note_title,note\n"
                   "2026-11-26,November 26,Thursday,20:40,good,,,\n2026-11-27,x,Friday,25:99,good,,,\n", "line 3"),
        ("daylio", "full_date,date,weekday,time,mood,activities,note_title,note\n"
                   '2026-11-26,November 26,Thursday,20:40,good,"a\nb",,\n2026-11-26,November 26,Thursday,20:40,good\n', "line 4: 5 columns"),
        ("daylio", "date,mood\n2026-11-26,good\n", "line 1: not Daylio's CSV"),
        ("vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nTEL:1\nEND:VCARD\n", "card 2 (line 5): the card has no name"),
        ("vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nFN:Ben\n", "card 2 (line 5)"),
        ("vcard", "hello\n", "line 1: not part of a vCard"),
    ],
)
def test_a_broken_file_is_refused_where_it_broke_and_nothing_is_written(db, tmp_path, kind, text, words) -> None:
    store.add_member(db, "Already here", "friend", now=NOW)
    path = tmp_path / "broken"
    path.write_text(text, encoding="utf-8")
    before = dump(db)
    with pytest.raises(FormatError, match=words.replace("(", r"\(").replace(")", r"\)")):
        run_import(db, IMPORTS[kind].job(Source(read_text(path), NOW), lambda d, t: None))
    assert dump(db) == before
