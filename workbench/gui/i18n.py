"""The interface language: English, German, French or Italian via Qt's translation system.

The .qm files are compiled from resources/i18n/workbench_<lang>.ts with pyside6-lrelease
(resources/i18n/update.py refreshes and compiles them). German follows Swiss spelling (ss, never ß).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..paths import resources_dir
from . import settings

SUPPORTED = ("en", "de", "fr", "it")
#: Shown in the language menu in each language's own name, never translated.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "it": "Italiano"}

_installed: list[QTranslator] = []


def i18n_dir():
    return resources_dir() / "i18n"


def choose_language(preference: str | None = None) -> str:
    """The settings' choice, else the system locale's language, else English. Romansh and
    Swiss German speakers get German, the interface language they are most used to."""
    pref = preference or settings.language()
    if pref in SUPPORTED:
        return pref
    lang = QLocale.system().name().split("_")[0].lower()
    if lang in {"gsw", "rm"}:
        return "de"
    return lang if lang in SUPPORTED else "en"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for `language` (or the chosen one); returns the language."""
    lang = choose_language(language)
    # Counts ("%Ln items") and dates follow the Swiss variant of the language: 16’667.
    QLocale.setDefault(QLocale(f"{lang}_CH"))
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    # English is loaded too: its file holds the plural forms ("1 item", "2 items").
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"workbench_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang == "en":
        return lang
    # Qt's own strings (standard buttons, context menus of text fields).
    from PySide6.QtCore import QLibraryInfo

    base = QTranslator(app)
    if base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(base)
        _installed.append(base)
    return lang
