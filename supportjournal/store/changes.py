"""Noticing writes made through other connections: another copy of the app, or the command line."""

from __future__ import annotations

from supportjournal.store.plain import Queries


def data_version(db: Queries) -> int:
    """A number that changes whenever another connection commits to the file.

    SQLite keeps it per connection (``PRAGMA data_version``): this connection's own writes leave it
    alone, so a change means someone else wrote. Reading it costs no disk access.
    """
    return db.execute("PRAGMA data_version").fetchone()[0]
