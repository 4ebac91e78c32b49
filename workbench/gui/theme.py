"""Light and dark appearance, following the system unless the settings say otherwise.

One palette per scheme plus a short style sheet on Qt's Fusion style, so the window looks
the same on Windows, macOS and Linux (the platform styles differ most in tables and forms,
which is where our users spend the day).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from . import settings


@dataclass(frozen=True)
class Colors:
    dark: bool
    window: str
    panel: str       # sidebar, headers
    base: str        # text fields, tables
    alt_base: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    highlight: str   # selection background
    good: str
    warn: str
    bad: str
    info: str


LIGHT = Colors(False, window="#f4f5f7", panel="#eceef2", base="#ffffff", alt_base="#f8f9fb",
               text="#1c2330", muted="#667085", border="#d5d9e0", accent="#c8102e",
               accent_text="#ffffff", highlight="#dbe7fb", good="#1a7f45", warn="#b25e00",
               bad="#c4221a", info="#1f5fbf")
DARK = Colors(True, window="#1d2026", panel="#16181d", base="#23272e", alt_base="#272b33",
              text="#e6e8ec", muted="#9aa3b2", border="#363b45", accent="#e0453a",
              accent_text="#ffffff", highlight="#2f4a73", good="#4cc27f", warn="#f0a340",
              bad="#f06a60", info="#6aa5ff")

#: Status colours of the item life cycle, shared by the table pills and the editor header.
STATUS_COLOURS = {"draft": "muted", "deidentified": "info", "in_review": "warn",
                  "signed_off": "good", "rejected": "bad"}


class ThemeManager(QObject):
    """Applies a scheme and re-applies it when the system switches (if we follow it)."""

    changed = Signal()

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.mode = settings.theme()
        self.colors = LIGHT
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_changed)

    def _system_changed(self, *_):
        if self.mode == "system":
            self.apply()

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in settings.THEMES else "system"
        settings.set_value("appearance/theme", self.mode)
        self.apply()

    def system_is_dark(self) -> bool:
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
        return scheme == Qt.ColorScheme.Dark

    def apply(self) -> Colors:
        dark = self.mode == "dark" or (self.mode == "system" and self.system_is_dark())
        self.colors = DARK if dark else LIGHT
        # Re-polishing every widget is the slow part of a theme change: skip what is unchanged.
        if self.app.style().name().lower() != "fusion":
            self.app.setStyle("Fusion")
        sheet = style_sheet(self.colors)
        if self.app.styleSheet() != sheet:
            self.app.setPalette(palette(self.colors))
            self.app.setStyleSheet(sheet)
        global _current
        _current = self.colors
        self.changed.emit()
        return self.colors


_current: Colors = LIGHT


def current() -> Colors:
    return _current


def palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in ((role.Window, c.window), (role.WindowText, c.text), (role.Base, c.base),
                     (role.AlternateBase, c.alt_base), (role.Text, c.text),
                     (role.Button, c.base if c.dark else "#ffffff"), (role.ButtonText, c.text),
                     (role.ToolTipBase, c.panel), (role.ToolTipText, c.text),
                     (role.PlaceholderText, c.muted), (role.Highlight, c.highlight),
                     (role.HighlightedText, c.text), (role.Link, c.info), (role.Mid, c.border),
                     (role.Midlight, c.border), (role.Dark, c.border), (role.Light, c.base)):
        p.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c.muted))
    return p


def style_sheet(c: Colors) -> str:
    return f"""
    QWidget {{ font-size: 10pt; }}
    QToolTip {{ background: {c.panel}; color: {c.text}; border: 1px solid {c.border};
               padding: 6px; }}
    #Sidebar {{ background: {c.panel}; border: none; border-right: 1px solid {c.border}; }}
    #Sidebar QListWidget {{ background: transparent; border: none; outline: none; }}
    #Sidebar QListWidget::item {{ padding: 9px 10px; margin: 1px 8px; border-radius: 7px;
                                  color: {c.text}; }}
    #Sidebar QListWidget::item:hover {{ background: {c.highlight}; }}
    #Sidebar QListWidget::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    #BrandName {{ font-size: 11pt; font-weight: 700; }}
    #Muted, QLabel[muted="true"] {{ color: {c.muted}; }}
    #PageTitle {{ font-size: 15pt; font-weight: 600; }}
    #SectionTitle {{ font-size: 11pt; font-weight: 600; }}
    #Card {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 10px; }}
    #EmptyTitle {{ font-size: 14pt; font-weight: 600; }}
    #Meaning {{ background: {c.alt_base}; border: 1px solid {c.border}; border-left: 4px solid {c.accent};
                border-radius: 6px; padding: 12px; font-size: 12pt; }}
    QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QTextBrowser, QSpinBox, QDateEdit {{
        border: 1px solid {c.border}; border-radius: 6px; padding: 4px 6px; background: {c.base};
        selection-background-color: {c.highlight}; selection-color: {c.text}; }}
    QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
        border: 1px solid {c.info}; }}
    QPushButton {{ border: 1px solid {c.border}; border-radius: 6px; padding: 5px 12px;
                   background: {c.base}; }}
    QPushButton:hover {{ border-color: {c.muted}; }}
    QPushButton:disabled {{ color: {c.muted}; background: {c.alt_base}; }}
    QPushButton:checked {{ background: {c.highlight}; border-color: {c.info}; color: {c.text}; }}
    QPushButton[primary="true"] {{ background: {c.accent}; color: {c.accent_text};
                                   border: 1px solid {c.accent}; font-weight: 600; }}
    QPushButton[primary="true"]:disabled {{ background: {c.border}; border-color: {c.border};
                                            color: {c.muted}; }}
    QToolButton {{ border: none; border-radius: 6px; padding: 4px; }}
    QToolButton:hover {{ background: {c.highlight}; }}
    QTableView, QTreeView, QListView {{ border: 1px solid {c.border}; border-radius: 8px;
        background: {c.base}; alternate-background-color: {c.alt_base}; gridline-color: {c.border};
        selection-background-color: {c.highlight}; selection-color: {c.text}; }}
    QTreeWidget::item {{ padding: 5px 2px; }}
    QHeaderView::section {{ background: {c.panel}; color: {c.muted}; border: none;
        border-bottom: 1px solid {c.border}; padding: 6px 8px; font-weight: 600; }}
    QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: 8px; top: -1px; }}
    QTabBar::tab {{ padding: 6px 14px; border: none; color: {c.muted}; }}
    QTabBar::tab:selected {{ color: {c.text}; border-bottom: 2px solid {c.accent}; }}
    QStatusBar {{ background: {c.panel}; border-top: 1px solid {c.border}; }}
    QStatusBar::item {{ border: none; }}
    QSplitter::handle {{ background: transparent; }}
    QProgressBar {{ border: 1px solid {c.border}; border-radius: 4px; background: {c.base};
                    max-height: 8px; }}
    QProgressBar::chunk {{ background: {c.info}; border-radius: 3px; }}
    #Banner {{ border-radius: 8px; }}
    #Banner[level="ok"] {{ background: {_tint(c.good, c)}; border: 1px solid {c.good}; }}
    #Banner[level="error"] {{ background: {_tint(c.bad, c)}; border: 1px solid {c.bad}; }}
    #Banner[level="warn"] {{ background: {_tint(c.warn, c)}; border: 1px solid {c.warn}; }}
    #Banner[level="info"] {{ background: {_tint(c.info, c)}; border: 1px solid {c.info}; }}
    #KeyHints {{ color: {c.muted}; }}
    """


def _tint(colour: str, c: Colors, amount: float = 0.14) -> str:
    """A pale (light theme) or deep (dark theme) wash of `colour` for banner backgrounds."""
    fg, bg = QColor(colour), QColor(c.base)
    mix = [round(bg_c + (fg_c - bg_c) * amount) for fg_c, bg_c in
           ((fg.red(), bg.red()), (fg.green(), bg.green()), (fg.blue(), bg.blue()))]
    return QColor(*mix).name()


def status_colour(status: str) -> QColor:
    return QColor(getattr(_current, STATUS_COLOURS.get(status, "muted")))
