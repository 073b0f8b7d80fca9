"""Every read and write of the journal file, behind one façade.

Screens and commands import from here only. Every write is one transaction; nothing here imports
Textual or Rich. A name's module is imported when the name is first used, so a command loads only
the store it needs: the check-in never loads search, insights or the review.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the real imports, for mypy; at run time __getattr__ below imports each on first use
    from supportjournal.store.changes import data_version
    from supportjournal.store.checkins import (
        Contact,
        checkin_days_descending,
        checkin_streak,
        checkins_on,
        get_checkin,
        mood_is_low,
        moods_between,
        record_checkin,
    )
    from supportjournal.store.cipher import Key, LockedError, WrongPassphraseError, remember_key
    from supportjournal.store.encryption import change_passphrase, decrypt, encrypt, is_encrypted, lock, unlock
    from supportjournal.store.files import write_private
    from supportjournal.store.insights import (
        all_items,
        contact_days,
        daily_moods,
        first_record_day,
        period_records,
        private_notes,
    )
    from supportjournal.store.db import (
        NewerSchemaError,
        StoreError,
        as_database,
        is_empty,
        open_db,
        open_plain_db,
        set_busy_timeout,
        transaction,
    )
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
    from supportjournal.store.plain import Queries
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
        people_to_reach,
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

_HOMES = {
    "changes": "data_version",
    # the encrypted journal
    "cipher": "Key LockedError WrongPassphraseError remember_key",
    "encryption": "change_passphrase decrypt encrypt is_encrypted lock unlock",
    "checkins": "Contact checkin_days_descending checkin_streak checkins_on get_checkin mood_is_low moods_between "
    "record_checkin",
    "db": "NewerSchemaError StoreError as_database is_empty open_db open_plain_db set_busy_timeout transaction",
    "files": "write_private",
    "insights": "all_items contact_days daily_moods first_record_day period_records private_notes",
    "interactions": "archive_interaction balances get_interaction interactions_on log_interaction recent_interactions "
    "restore_interaction update_interaction",
    "journal": "HIGHLIGHT_END HIGHLIGHT_START EntryChanged SearchHit entry_days get_entry save_entry search_entries",
    "members": "MemberLookupError add_ask add_member archive_member find_members get_member last_contacts list_asks "
    "list_members purge_member resolve_member restore_member update_member",
    "plain": "Queries",
    # the safety plan, crisis lines and the low-mood note
    "plan": "add_plan_entry archive_plan_entry clean_crisis_line crisis_lines dismiss_low_mood low_mood_dismissed "
    "low_mood_people move_plan_entry people_to_reach plan_entries plan_steps_of restore_plan_entry set_crisis_lines "
    "update_plan_entry",
    # the weekly review
    "review": "mark_reviewed review_card review_order review_queue save_progress saved_progress snooze_member "
    "support_summary",
    "schema": "SCHEMA_VERSION",
    "selfcare": "add_item archive_item get_item item_streak list_items marks_between move_item purge_item restore_item "
    "set_mark update_item",
    "settings": "WELCOME_SETTING get_setting set_setting should_welcome",
}
"""Each module of the store and the names it gives the façade (the imports above say the same to mypy)."""
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names.split()}
__all__ = sorted(_HOME_OF)


if not TYPE_CHECKING:  # hidden from mypy, which would otherwise take any misspelt name for a façade name

    def __getattr__(name: str) -> Any:
        """A façade name, imported from its module on first use (PEP 562) and kept."""
        module = _HOME_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
