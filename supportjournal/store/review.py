"""The weekly review's reads and writes: each member's review state, the halfway point, the summary's counts.

Every read is bounded whatever the history: one indexed lookup per member, grouped asks, and
windows read through the interactions day index.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from supportjournal.domain.models import Balance
from supportjournal.domain.review import BALANCE_WINDOW_DAYS, Card, ReviewState, card_of, iso_week, resume, review_cards
from supportjournal.domain.summary import TREND_DAYS, Summary, summarize
from supportjournal.store import rows
from supportjournal.store.db import StoreError, transaction
from supportjournal.store.interactions import balances
from supportjournal.store.members import get_member, last_contacts, list_asks, list_members
from supportjournal.store.plain import Queries, exists, upsert_row
from supportjournal.store.settings import get_setting, set_setting

PROGRESS_SETTING = "review_progress"
"""``{"week": "2026-W48", "ids": [...], "at": 3}``: where this week's review stopped."""
CARD_ASKS = 3
"""What you told someone you need: the card shows this many, latest first."""


def review_states(db: Queries) -> dict[str, ReviewState]:
    return {
        row["member_id"]: ReviewState(rows.as_date(row["reviewed_on"]), rows.as_date(row["snoozed_until"]))
        for row in db.query("SELECT * FROM review_state")
    }


def last_told(db: Queries) -> dict[str, date]:
    """The latest day you told each member what you need: one grouped pass over the asks index."""
    query = "SELECT member_id, MAX(asked_on) AS day FROM asks GROUP BY member_id"
    return {row["member_id"]: date.fromisoformat(row["day"]) for row in db.query(query)}


def people_in_touch(db: Queries, first: date, last: date) -> int:
    """Distinct members in touch from ``first`` to ``last`` (both included), read through the day index."""
    query = """
        SELECT COUNT(DISTINCT member_id) FROM interactions INDEXED BY interactions_day
        WHERE day BETWEEN ? AND ? AND archived_at IS NULL
    """
    return db.execute(query, [first.isoformat(), last.isoformat()]).fetchone()[0]


def _window(db: Queries, today: date) -> dict[str, Balance]:
    return balances(db, since=today - timedelta(days=BALANCE_WINDOW_DAYS - 1))


def review_queue(db: Queries, today: date) -> list[Card]:
    """Who needs attention today, most urgent first (``domain.review.review_cards``)."""
    return review_cards(list_members(db), last_contacts(db), _window(db, today), last_told(db), review_states(db), today)


def review_order(db: Queries, today: date) -> tuple[list[str], int, bool]:
    """The review to open: member ids in order, the card to start at, and whether it resumes this week's."""
    cards = review_queue(db, today)
    saved = saved_progress(db, today)
    if saved is None:
        return [card.member.id for card in cards], 0, False
    active = {member.id for member in list_members(db)}
    return *resume(cards, *saved, active), True


def review_card(db: Queries, member_id: str, today: date) -> Card | None:
    """One active member's card as it stands now (reasons may be none left), with what you told them you need."""
    member = get_member(db, member_id)
    if member is None or member.archived:
        return None
    card = card_of(member, last_contacts(db), _window(db, today), last_told(db), review_states(db), today)
    asks = tuple((ask.need, ask.asked_on) for ask in list_asks(db, member_id)[:CARD_ASKS])
    return replace(card, asks=asks)


def support_summary(db: Queries, today: date) -> Summary:
    """The whole support system: coverage, gaps with suggestions, the trend (``domain.summary``)."""
    window = _window(db, today)
    recent_first = today - timedelta(days=TREND_DAYS - 1)
    now = people_in_touch(db, recent_first, today)
    before = people_in_touch(db, recent_first - timedelta(days=TREND_DAYS), recent_first - timedelta(days=1))
    return summarize(list_members(db), window, now, before, BALANCE_WINDOW_DAYS)


def _set_state(db: Queries, member_id: str, now: datetime | None, **values: str | None) -> None:
    if not exists(db, "members", "id = ? AND archived_at IS NULL", [member_id]):
        raise StoreError("that member is archived or does not exist")
    record = {"member_id": member_id, **values, "updated_at": rows.stamp(now)}
    upsert_row(db, "review_state", record, ("member_id",))


def mark_reviewed(
    db: Queries, member_id: str, today: date, *, progress: tuple[list[str], int] | None = None,
    now: datetime | None = None,
) -> None:
    """Note that a member's card was looked at today; with ``progress`` (ids, position), where the review stands."""
    with transaction(db):
        _set_state(db, member_id, now, reviewed_on=today.isoformat())
        if progress is not None:
            save_progress(db, today, *progress)


def snooze_member(
    db: Queries, member_id: str, until: date, today: date, *, now: datetime | None = None
) -> None:
    """Keep a member out of the review before ``until`` (their card counts as looked at today)."""
    with transaction(db):
        _set_state(db, member_id, now, reviewed_on=today.isoformat(), snoozed_until=until.isoformat())


def save_progress(db: Queries, today: date, ids: list[str], at: int) -> None:
    """Remember where this week's review stands, so leaving halfway resumes there."""
    set_setting(db, PROGRESS_SETTING, {"week": iso_week(today), "ids": ids, "at": at})


def saved_progress(db: Queries, today: date) -> tuple[list[str], int] | None:
    """This week's review left halfway: its member ids in order and where it stopped; else ``None``."""
    saved = get_setting(db, PROGRESS_SETTING)
    if not isinstance(saved, dict) or saved.get("week") != iso_week(today):
        return None
    ids, at = saved.get("ids"), saved.get("at")
    if not isinstance(ids, list) or not all(isinstance(each, str) for each in ids) or not isinstance(at, int):
        return None
    return (ids, at) if 0 <= at < len(ids) else None
