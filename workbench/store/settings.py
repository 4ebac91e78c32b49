"""Project-wide settings: a small key → JSON value table."""

from __future__ import annotations

import json
from typing import Any, TYPE_CHECKING

if TYPE_CHECKING:
    from .project import Project


def get_value(project: "Project", key: str, default: Any = None) -> Any:
    row = project.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_value(project: "Project", key: str, value: Any) -> None:
    project.conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)))
