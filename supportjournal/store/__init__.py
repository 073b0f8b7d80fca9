"""Every read and write of the journal file, behind one façade.

Screens and commands import from here only. Every write is one transaction; nothing here imports
Textual or Rich.
"""

from supportjournal.store.changes import data_version
from supportjournal.store.checkins import (
    Contact,
    checkin_days_descending,
    checkin_streak,
    checkins_on,
    get_checkin,
    moods_between,
    record_checkin,
)
from supportjournal.store.files import write_private
from supportjournal.store.insights import (
    all_items,
    contact_days,
    daily_moods,
    first_record_day,
    period_records,
    private_notes,
)
from supportjournal.store.cipher import Key, LockedError, WrongPassphraseError, remember_key
from supportjournal.store.encryption import change_passphrase, decrypt, encrypt, is_encrypted, lock, unlock
from supportjournal.store.db import NewerSchemaError, StoreError, is_empty, open_db, set_busy_timeout, transaction
from supportjournal.store.interactions import (
    archive_interaction,
    balances,
    get_interaction,
    interactions_on,
    log_interaction,
    recent_interactions,
    restore_interaction,
    update_interaction,
)
from supportjournal.store.journal import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    EntryChanged,
    SearchHit,
    entry_days,
    get_entry,
    save_entry,
    search_entries,
)
from supportjournal.store.members import (
    MemberLookupError,
    add_ask,
    add_member,
    archive_member,
    find_members,
    get_member,
    last_contacts,
    list_asks,
    list_members,
    purge_member,
    resolve_member,
    restore_member,
    update_member,
)
from supportjournal.store.plan import (
    add_plan_entry,
    archive_plan_entry,
    clean_crisis_line,
    crisis_lines,
    dismiss_low_mood,
    low_mood_dismissed,
    low_mood_people,
    move_plan_entry,
    plan_entries,
    plan_steps_of,
    restore_plan_entry,
    set_crisis_lines,
    update_plan_entry,
)
from supportjournal.store.review import (
    mark_reviewed,
    review_card,
    review_order,
    review_queue,
    save_progress,
    saved_progress,
    snooze_member,
    support_summary,
)
from supportjournal.store.schema import SCHEMA_VERSION
from supportjournal.store.selfcare import (
    add_item,
    archive_item,
    get_item,
    item_streak,
    list_items,
    marks_between,
    move_item,
    purge_item,
    restore_item,
    set_mark,
    update_item,
)
from supportjournal.store.settings import WELCOME_SETTING, get_setting, set_setting, should_welcome

__all__ = [
    "SCHEMA_VERSION", "HIGHLIGHT_END", "WELCOME_SETTING", "HIGHLIGHT_START", "Contact", "EntryChanged", "MemberLookupError",
    "NewerSchemaError", "SearchHit", "StoreError", "add_ask", "add_item", "add_member",
    "archive_interaction", "archive_item", "archive_member", "balances", "checkin_days_descending",
    "checkin_streak", "checkins_on", "data_version", "entry_days", "find_members", "get_checkin", "get_entry",
    "get_interaction", "get_item", "get_member", "get_setting", "interactions_on", "is_empty", "item_streak",
    "last_contacts", "list_asks", "list_items", "list_members", "log_interaction", "marks_between",
    "moods_between", "move_item", "open_db", "purge_item", "purge_member", "recent_interactions", "record_checkin",
    "resolve_member", "restore_interaction", "restore_item", "restore_member", "save_entry",
    "search_entries", "set_busy_timeout", "set_mark", "set_setting", "should_welcome", "transaction", "update_interaction", "update_item",
    "update_member",
    "all_items", "contact_days", "daily_moods", "first_record_day", "period_records", "private_notes", "write_private",
    # the safety plan, crisis lines and the low-mood note
    "add_plan_entry", "archive_plan_entry", "clean_crisis_line", "crisis_lines", "dismiss_low_mood",
    "low_mood_dismissed", "low_mood_people", "move_plan_entry", "plan_entries", "plan_steps_of",
    "restore_plan_entry", "set_crisis_lines", "update_plan_entry",
    # the weekly review
    "mark_reviewed", "review_card", "review_order", "review_queue", "save_progress", "saved_progress", "snooze_member",
    "support_summary",
    # the encrypted journal
    "Key", "LockedError", "WrongPassphraseError", "change_passphrase", "decrypt", "encrypt", "is_encrypted", "lock",
    "remember_key", "unlock",
]
