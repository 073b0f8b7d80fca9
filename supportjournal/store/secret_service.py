"""A remembered key read straight from the Secret Service (GNOME Keyring, KeePassXC…), without loading keyring.

On a Linux desktop, ``keyring`` keeps the key in the Secret Service. Reading it back through keyring
costs a check-in about 110 ms: loading keyring, searching every installed package for its backends,
then secretstorage and cryptography for an encrypted session (measured with gnome-keyring: 198 ms
for the whole check-in against 65 ms for a plain journal). The same item read here over D-Bus with
jeepney (keyring's own transport on Linux) costs about 13 ms. Everything else (remembering a key,
and an item that is locked, which needs the person's unlock prompt) stays with keyring, which wrote
the item: its attributes (``service``, ``username``) are the ones looked up here.

The session is a plain one, as the Secret Service specification allows and libsecret uses when
built without gcrypt: the key travels over the person's own session bus, which only their own
processes can watch (and those can read this process's memory anyway).
"""

from __future__ import annotations

import os
import sys
from typing import Any

TIMEOUT = 5.0
"""Seconds to wait for an answer: the bus may be starting the service. After that, keyring is asked."""
_BUS_NAME = "org.freedesktop.secrets"
_ROOT = "/org/freedesktop/secrets"
_SERVICE = "org.freedesktop.Secret.Service"


def available() -> bool:
    """True where a Secret Service may answer: a Unix desktop session with a D-Bus session bus."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and bool(
        os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    )


def lookup(service: str, username: str) -> str | None:
    """The secret keyring stored for ``service`` and ``username``, if it is there and unlocked; else None."""
    if not available():
        return None
    try:
        with _connection() as bus:
            unlocked, _locked = _call(bus, _ROOT, _SERVICE, "SearchItems", "a{ss}", _attributes(service, username))
            if not unlocked:
                return None  # not there, or locked: keyring asks the person to unlock it
            _output, session = _call(bus, _ROOT, _SERVICE, "OpenSession", "sv", "plain", ("s", ""))
            try:
                (secrets,) = _call(bus, _ROOT, _SERVICE, "GetSecrets", "aoo", unlocked[:1], session)
            finally:
                _call(bus, session, "org.freedesktop.Secret.Session", "Close", None)
    except Exception:  # noqa: BLE001 - no jeepney, no service, a refusal or a timeout: keyring is asked instead
        return None
    for _session, _parameters, value, _content_type in secrets.values():
        return bytes(value).decode("utf-8")
    return None


def forget(service: str, username: str) -> bool:
    """Delete every unlocked item keyring stored for ``service`` and ``username``. True if one was deleted.

    For ``lock``: keyring deletes from the backend it uses now, and an item read here must not outlive it.
    """
    if not available():
        return False
    deleted = False
    try:
        with _connection() as bus:
            unlocked, _locked = _call(bus, _ROOT, _SERVICE, "SearchItems", "a{ss}", _attributes(service, username))
            for item in unlocked:
                _call(bus, item, "org.freedesktop.Secret.Item", "Delete", None)
                deleted = True
    except Exception:  # noqa: BLE001 - as in lookup: keyring's own delete has run already
        pass
    return deleted


def _attributes(service: str, username: str) -> dict[str, str]:
    return {"service": service, "username": username}


def _connection() -> Any:
    # Imported here: only a remembered key on a Linux desktop needs D-Bus (jeepney comes with keyring there).
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection(bus="SESSION")


def _call(bus: Any, path: str, interface: str, method: str, signature: str | None, *body: Any) -> Any:
    """One method call on the Secret Service; its reply's values, or DBusErrorResponse."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.wrappers import unwrap_msg

    address = DBusAddress(path, bus_name=_BUS_NAME, interface=interface)
    return unwrap_msg(bus.send_and_get_reply(new_method_call(address, method, signature, body), timeout=TIMEOUT))
