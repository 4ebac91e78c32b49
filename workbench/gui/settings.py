"""What the window remembers between sessions (QSettings): layout, last project, last user
name, theme and language. Never a password."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "Apertus"
APPLICATION = "Workbench"

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de", "fr", "it")
MAX_RECENT = 8


def app_settings() -> QSettings:
    # INI on every platform: readable by a support engineer and easy to reset by deleting one
    # file, where the Windows registry or a macOS plist would not be.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def get_str(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return value if isinstance(value, str) else default


def set_value(key: str, value) -> None:
    s = app_settings()
    s.setValue(key, value)
    s.sync()


def theme() -> str:
    value = get_str("appearance/theme", "system")
    return value if value in THEMES else "system"


def language() -> str:
    value = get_str("appearance/language", "system")
    return value if value in LANGUAGES else "system"


def recent_projects() -> list[str]:
    value = app_settings().value("projects/recent", [])
    if isinstance(value, str):  # QSettings hands back a lone string for a one-element list
        value = [value]
    return [v for v in (value or []) if isinstance(v, str)]


def remember_project(path: str) -> None:
    recent = [path] + [p for p in recent_projects() if p != path]
    s = app_settings()
    s.setValue("projects/recent", recent[:MAX_RECENT])
    s.setValue("projects/last", path)
    s.sync()


def last_project() -> str:
    return get_str("projects/last", "")
