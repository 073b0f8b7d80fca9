"""The demo generator: deterministic, and the sample it writes has what the app needs to show."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from dateutil.relativedelta import relativedelta

from supportjournal import store
from supportjournal.demo import DemoSummary, generate
from supportjournal.domain.balance import one_sided
from supportjournal.domain.cadence import contact_status
from supportjournal.domain.models import KINDS, RINGS
from supportjournal.store import doctor
from tests.conftest import TODAY


def _dump(db) -> list[str]:
    return list(db.conn.iterdump())


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """One year of demo data, shared by the read-only tests below."""
    path = tmp_path_factory.mktemp("demo") / "journal.db"
    db = store.open_db(path)
    summary = generate(db, years=1, seed=0, today=TODAY)
    yield db, summary, path
    db.close()


def _generated(path, **kwargs):
    db = store.open_db(path)
    try:
        generate(db, **kwargs)
        return _dump(db)
    finally:
        db.close()


def test_same_arguments_give_identical_files(tmp_path):
    first = _generated(tmp_path / "a.db", years=1, seed=3, today=TODAY)
    second = _generated(tmp_path / "b.db", years=1, seed=3, today=TODAY)
    assert first == second
    assert any(line.startswith('INSERT INTO "checkins"') for line in first)


def test_different_seed_or_day_gives_different_data(tmp_path):
    base = _generated(tmp_path / "a.db", years=1, seed=0, today=TODAY)
    other_seed = _generated(tmp_path / "b.db", years=1, seed=1, today=TODAY)
    other_day = _generated(tmp_path / "c.db", years=1, seed=0, today=TODAY - timedelta(days=1))
    assert base != other_seed
    assert base != other_day


def test_summary_counts_what_was_written(sample):
    db, summary, _ = sample
    assert summary == DemoSummary(
        members=db["members"].count,
        checkins=db["checkins"].count,
        interactions=db["interactions"].count,
        marks=db["selfcare_marks"].count,
        entries=db["journal"].count,
    )


def test_timestamps_come_from_the_generated_days_not_the_clock(sample):
    db, _, _ = sample
    latest = max(
        row[0]
        for table in ("members", "checkins", "interactions", "asks", "selfcare_items", "journal")
        for row in db.execute(f"SELECT MAX(created_at) FROM {table}")
    )
    assert latest.startswith(TODAY.isoformat())
    assert db.execute("SELECT COUNT(*) FROM interactions WHERE day != substr(at, 1, 10)").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM checkins WHERE day != substr(at, 1, 10)").fetchone()[0] == 0


def test_network_has_every_kind_and_ring(sample):
    db, _, _ = sample
    members = store.list_members(db)
    assert 22 <= len(members) <= 30
    assert {m.kind for m in members} == set(KINDS)
    assert {m.ring for m in members} == set(RINGS)
    assert store.resolve_member(db, "Sam [work]").kind == "colleague"
    assert any(m.name == "Zoë" for m in members)
    assert sum(m.cadence is not None for m in members) > len(members) / 2
    assert all(m.supports and m.fit is not None and m.notes for m in members)
    assert sum(bool(store.list_asks(db, m.id)) for m in members) >= 4


def test_professional_group_and_community(sample):
    db, _, _ = sample
    members = store.list_members(db)
    okafor = store.resolve_member(db, "Dr Okafor")
    assert okafor.kind == "professional"
    assert any(channel.kind == "phone" for channel in okafor.channels)
    assert store.resolve_member(db, "Tuesday peer group").kind == "support group"
    communities = [m for m in members if m.kind == "online community"]
    assert communities and all(m.link for m in communities)


def test_one_archived_member_with_history(sample):
    db, _, _ = sample
    archived = store.list_members(db, archived=True)
    assert len(archived) == 1
    assert store.recent_interactions(db, member_id=archived[0].id, limit=1)


def test_contact_status_is_varied_on_today(sample):
    db, _, _ = sample
    last = store.last_contacts(db)
    states = Counter(
        contact_status(m.cadence, last.get(m.id), TODAY).state for m in store.list_members(db)
    )
    assert states["overdue"] >= 3
    assert states["due"] >= 1
    assert states["ok"] >= 5
    sam = store.resolve_member(db, "Sam [work]")
    assert contact_status(sam.cadence, last[sam.id], TODAY).state == "overdue"


def test_checkins_span_the_years_and_vary_per_day(sample):
    db, summary, _ = sample
    query = "SELECT DISTINCT day FROM checkins ORDER BY day"
    days = [date.fromisoformat(row[0]) for row in db.execute(query)]
    assert days[0] == TODAY - relativedelta(years=1) + timedelta(days=1)
    assert days[-1] == TODAY
    assert len(days) < (TODAY - days[0]).days + 1  # some days have none
    per_day = Counter(row[0] for row in db.execute("SELECT day FROM checkins"))
    assert max(per_day.values()) >= 3
    assert store.checkin_streak(db, TODAY) > 1
    moods = [row[0] for row in db.execute("SELECT mood FROM checkins")]
    assert min(moods) <= 4 and max(moods) >= 8
    assert summary.checkins > 365


def test_interactions_go_both_ways_and_some_are_one_sided(sample):
    db, _, _ = sample
    directions = {row[0] for row in db.execute("SELECT DISTINCT direction FROM interactions")}
    assert directions == {"gave", "received", "both", "none"}
    linked = db.execute("SELECT COUNT(*) FROM interactions WHERE checkin_id IS NOT NULL").fetchone()[0]
    standalone = db.execute("SELECT COUNT(*) FROM interactions WHERE checkin_id IS NULL").fetchone()[0]
    assert linked and standalone
    sides = {
        balance.member_name: one_sided(balance)
        for balance in store.balances(db, TODAY - timedelta(days=90)).values()
    }
    assert sides["Jonas"] == "gave"
    assert sides["Mum"] == "received"
    assert sides["Ana"] is None


def test_selfcare_has_schedules_skips_gaps_and_varied_streaks(sample):
    db, _, _ = sample
    items = store.list_items(db)
    assert 5 <= len(items) <= 6
    schedules = {item.schedule for item in items}
    assert {"daily", "weekdays", "mon,wed,fri", "every 3 days", "3 times a week"} <= schedules
    statuses = Counter(row[0] for row in db.execute("SELECT status FROM selfcare_marks"))
    assert statuses["done"] > statuses["skipped"] > 0
    assert db.execute("SELECT COUNT(*) FROM selfcare_marks WHERE note != ''").fetchone()[0] >= 2
    streaks = {store.item_streak(db, item, TODAY) for item in items}
    assert len(streaks) >= 4
    assert min(streaks) >= 1


def test_journal_on_about_a_third_of_days_and_searchable(sample):
    db, summary, _ = sample
    assert 365 * 0.2 < summary.entries < 365 * 0.5
    assert store.get_entry(db, TODAY) is None  # today is left for the person to write
    assert store.search_entries(db, "supported")
    bodies = [row[0] for row in db.execute("SELECT body FROM journal")]
    assert any("\n- " in body for body in bodies)
    assert any(body.startswith("# ") or "\n## " in body for body in bodies)
    assert any("Jonas" in body for body in bodies)


def test_doctor_reports_all_ok(sample):
    db, _, path = sample
    findings = doctor.check(db, path)
    assert all(finding.ok for finding in findings), [f.message for f in findings if not f.ok]


def test_ten_years(tmp_path):
    db = store.open_db(tmp_path / "journal.db")
    try:
        summary = generate(db, years=10, seed=0, today=TODAY)
        first = db.execute("SELECT MIN(day) FROM checkins").fetchone()[0]
        assert date.fromisoformat(first) <= TODAY - timedelta(days=3650)
        assert summary.checkins > 3650
        assert all(finding.ok for finding in doctor.check(db))
    finally:
        db.close()


def test_years_must_be_positive(db):
    with pytest.raises(ValueError):
        generate(db, years=0, today=TODAY)
    assert db["members"].count == 0


def test_default_today_is_the_real_today(db):
    before = date.today()
    generate(db)
    after = date.today()  # the same day, unless the test ran across midnight
    latest = date.fromisoformat(db.execute("SELECT MAX(day) FROM checkins").fetchone()[0])
    assert before <= latest <= after


@pytest.mark.parametrize("clock", ["00:00:20", "07:05:30", "23:59:59"])
def test_nothing_is_later_than_the_moment_the_sample_is_made(db, clock):
    now = datetime.combine(TODAY, time.fromisoformat(clock))
    generate(db, seed=2, now=now)
    for table, column in [(t, c) for t in db.table_names() for c in ("at", "created_at", "updated_at", "archived_at")
                          if c in db[t].columns_dict]:
        latest = db.execute(f"SELECT MAX({column}) FROM [{table}]").fetchone()[0]
        assert latest is None or datetime.fromisoformat(latest) <= now, (table, column, latest)
    assert store.checkins_on(db, TODAY), "today still has its check-in, the app looks alive"
    store.record_checkin(db, 2, now, now=now)
    assert store.checkins_on(db, TODAY)[-1].mood == 2  # what the header shows as today's mood


def test_demo_does_not_import_textual_or_rich():
    import subprocess
    import sys

    code = (
        "import sys, supportjournal.demo; "
        "print(any(m.split('.')[0] in ('textual', 'rich') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
