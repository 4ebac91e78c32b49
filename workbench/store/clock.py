"""When and who stamp every row and audit entry: the UTC clock and the OS account.

A leaf module (it imports nothing from the project), so every layer can stamp what it writes
without importing the project database module or making an import cycle.
"""

from __future__ import annotations

import getpass
from datetime import datetime, timezone


def utc_now() -> str:
    """UTC time with microseconds, ISO 8601 — sortable as text, unambiguous to an auditor."""
    return stamp(datetime.now(timezone.utc))


def stamp(moment: datetime) -> str:
    """A UTC datetime as the text utc_now() writes (e.g. '2025-01-31T12:00:00.000000Z')."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def os_actor() -> str:
    """Who is at the keyboard when nobody signed in (recorded, never trusted for signatures)."""
    try:
        return "os:" + getpass.getuser()
    except Exception:  # pragma: no cover - containers without a passwd entry
        return "os:unknown"
