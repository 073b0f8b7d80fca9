"""Members as vCards: out as vCard 4.0, in from vCard 3.0 or 4.0, through vobject.

Out: name (FN, N), phones (TEL), emails (EMAIL), the link (URL), notes (NOTE), the kind as
CATEGORIES, groups and communities as ``KIND:group``, the id as ``UID:urn:uuid:…``; other ways to
reach someone as ``X-SUPPORTJOURNAL-CHANNEL;TYPE=kind:value``. In: the same, the kind guessed from
CATEGORIES or ``KIND:group`` (default friend). A card whose person is already here (same id, or an
active member of the same name) is left as it is: an address book never overwrites the journal.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from typing import Any

import vobject
from sqlite_utils import Database

from supportjournal.domain import validation as v
from supportjournal.domain.models import GROUP_KINDS, KINDS, Channel
from supportjournal.domain.text import visible
from supportjournal.portability.jobs import Job, Progress, Ticker, no_progress
from supportjournal.portability.report import FormatError, Report
from supportjournal.store import rows
from supportjournal.store.members import clean_member_fields

CHANNEL_PROPERTY = "x-supportjournal-channel"
UID_PREFIX = "urn:uuid:"
_IDS = uuid.UUID("6f1c3a52-2b7e-4c1e-9a51-5d0f0c1b7a10")
"""The namespace for ids made from a card that has no UID of ours: the same card, the same id."""
_CARD_START = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)


def export_vcard(db: Database, now: datetime, progress: Progress = no_progress) -> str:
    """Every active member as a vCard 4.0, by name (``now`` is the card's REV)."""
    members = [rows.member(row) for row in db.query(
        "SELECT * FROM members WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE, id"
    )]
    tick = Ticker(len(members), progress)
    cards = []
    for member in members:
        card = vobject.vCard()
        card.add("version").value = "4.0"
        card.add("uid").value = UID_PREFIX + str(uuid.UUID(hex=member.id)) if _is_hex_id(member.id) else member.id
        card.add("fn").value = member.name
        card.add("n").value = vobject.vcard.Name(given=member.name)
        if member.kind in GROUP_KINDS:
            card.add("kind").value = "group"
        card.add("categories").value = [member.kind]
        for channel in member.channels:
            if channel.kind.casefold() in ("phone", "tel", "mobile"):
                card.add("tel").value = channel.value
            elif channel.kind.casefold() == "email":
                card.add("email").value = channel.value
            else:
                extra = card.add(CHANNEL_PROPERTY)
                extra.value = channel.value
                extra.type_param = channel.kind
        if member.link:
            card.add("url").value = member.link
        if member.notes:
            card.add("note").value = member.notes
        card.add("rev").value = now.strftime("%Y%m%dT%H%M%S")
        cards.append(card.serialize())
        tick()
    return "".join(cards)


def _is_hex_id(value: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-f]{32}", value))


def _cards(text: str) -> list[tuple[int, str]]:
    """Each card's text with the line it starts on; text outside cards is refused."""
    cards: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if _CARD_START.match(line):
            cards.append((number, [line]))
        elif cards:
            cards[-1][1].append(line)
        elif line.strip():
            raise FormatError(f"line {number}: not part of a vCard (cards start with BEGIN:VCARD)")
    if not cards:
        raise FormatError("no vCards in this file (cards start with BEGIN:VCARD)")
    return [(start, "\n".join(lines) + "\n") for start, lines in cards]


def _value(card: Any, name: str) -> Any:
    found = card.contents.get(name)
    return found[0].value if found else None


def _name(card: Any) -> str:
    name = _value(card, "fn")
    if not (name or "").strip() and (n := _value(card, "n")) is not None:
        name = " ".join(part for part in (n.prefix, n.given, n.additional, n.family, n.suffix) if part)
    return str(name or "").strip()


def _kind(card: Any) -> str:
    categories = [str(each).strip().casefold() for each in (_value(card, "categories") or [])]
    for kind in KINDS:
        if kind in categories:
            return kind
    is_group = str(_value(card, "kind") or "").strip().casefold() == "group"
    return "support group" if is_group else "friend"


def _channels(card: Any) -> list[Channel]:
    found = [Channel("phone", str(each.value)) for each in card.contents.get("tel", [])]
    found += [Channel("email", str(each.value)) for each in card.contents.get("email", [])]
    for each in card.contents.get(CHANNEL_PROPERTY, []):
        kind = each.params.get("TYPE", ["contact"])[0]
        found.append(Channel(str(kind), str(each.value)))
    return found


def _card_id(card: Any, name: str, channels: list[Channel]) -> str:
    uid = str(_value(card, "uid") or "").strip()
    if uid.lower().startswith(UID_PREFIX):
        try:
            return uuid.UUID(uid[len(UID_PREFIX):]).hex
        except ValueError:
            pass
    seed = uid or json.dumps([name, [(c.kind, c.value) for c in channels]], ensure_ascii=False)
    return uuid.uuid5(_IDS, seed).hex


def _member_row(card: Any, where: str, now: datetime) -> dict[str, Any]:
    name = _name(card)
    if not name:
        raise FormatError(f"{where}: the card has no name (FN or N); nothing was imported")
    channels = _channels(card)
    try:
        fields = clean_member_fields(dict(
            name=name, kind=_kind(card), ring="close", channels=channels,
            link=str(_value(card, "url") or ""), notes=str(_value(card, "note") or ""),
        ))
    except v.ValidationError as error:
        raise FormatError(f"{where}: {visible(str(error))}; nothing was imported") from None
    moment = rows.stamp(now)
    row = {"id": _card_id(card, name, channels), **rows.member_columns(fields)}
    row.update(created_at=moment, updated_at=moment, archived_at=None)
    return row


def import_vcard(text: str, now: datetime, progress: Progress = no_progress) -> Job:
    """The job that adds the cards' people as members (one card at a time, all or nothing)."""
    cards = _cards(text)
    tick = Ticker(len(cards), progress)

    def job(db: Database, report: Report) -> None:
        counts = report.of("members")
        names = {row["name"].casefold() for row in db.query("SELECT name FROM members WHERE archived_at IS NULL")}
        for number, (start, card_text) in enumerate(cards, start=1):
            where = f"card {number} (line {start})"
            try:
                card = vobject.readOne(card_text)
            except (vobject.base.ParseError, ValueError, KeyError) as error:
                message = re.sub(r"^At line \d+: ", "", str(error))
                raise FormatError(f"{where}: {visible(message)}; nothing was imported") from None
            row = _member_row(card, where, now)
            if row["name"].casefold() in names or db.table("members").count_where("id = ?", [row["id"]]):
                counts.unchanged += 1
            else:
                db.table("members").insert(row)
                names.add(row["name"].casefold())
                counts.added += 1
            tick()

    return job
