"""Small widgets every view uses: empty states, banners, status pills, page headers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle,
                               QStyledItemDelegate, QToolButton, QVBoxLayout, QWidget)

from ..core.locales import LOCALES
from . import icons, theme

STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("Status", "draft"),
    "deidentified": QT_TRANSLATE_NOOP("Status", "de-identified"),
    "in_review": QT_TRANSLATE_NOOP("Status", "in review"),
    "signed_off": QT_TRANSLATE_NOOP("Status", "signed off"),
    "rejected": QT_TRANSLATE_NOOP("Status", "rejected"),
}
KIND_NAMES = {
    "pair": QT_TRANSLATE_NOOP("Status", "training pair"),
    "holdout": QT_TRANSLATE_NOOP("Status", "hold-out"),
}
LOCALE_NAMES = {
    "de-CH": QT_TRANSLATE_NOOP("Status", "German (Switzerland)"),
    "gsw": QT_TRANSLATE_NOOP("Status", "Swiss German"),
    "fr-CH": QT_TRANSLATE_NOOP("Status", "French (Switzerland)"),
    "it-CH": QT_TRANSLATE_NOOP("Status", "Italian (Switzerland)"),
    "rm": QT_TRANSLATE_NOOP("Status", "Romansh"),
    "en": QT_TRANSLATE_NOOP("Status", "English"),
}


def status_name(status: str) -> str:
    return QCoreApplication.translate("Status", STATUS_NAMES.get(status, status))


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Status", KIND_NAMES.get(kind, kind))


def locale_name(code: str) -> str:
    if code in LOCALE_NAMES:
        return QCoreApplication.translate("Status", LOCALE_NAMES[code])
    return LOCALES[code].name if code in LOCALES else code


def local_time(ts: str, seconds: bool = False) -> str:
    """A stored UTC timestamp in the user's time zone (what the clock on the wall said)."""
    from datetime import datetime

    if not ts:
        return ""
    try:
        when = datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return ts
    return when.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def title_label(text: str, name: str = "PageTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def muted_label(text: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setProperty("muted", True)
    label.setWordWrap(wrap)
    return label


def primary(button: QPushButton) -> QPushButton:
    button.setProperty("primary", True)
    return button


def icon_button(name: str, tip: str, parent: QWidget | None = None) -> QToolButton:
    b = QToolButton(parent)
    b.setIcon(icons.icon(name))
    b.setIconSize(QSize(18, 18))
    b.setToolTip(tip)
    b.setAutoRaise(True)
    return b


class EmptyState(QWidget):
    """A friendly page for "nothing here": what it means and the one thing to do next."""

    def __init__(self, icon: str, title: str, body: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addStretch(2)
        self.icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.icon.setPixmap(icons.pixmap(icon, 56, theme.current().muted))
        self.title = title_label(title, "EmptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = muted_label(body, wrap=True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        self.buttons.addStretch()
        lay.addWidget(self.icon)
        lay.addSpacing(8)
        lay.addWidget(self.title)
        # Centred by margins, not by an alignment flag: a word-wrapped label placed with an
        # alignment flag loses its height-for-width and gets clipped.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.body, 4)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addSpacing(12)
        lay.addLayout(self.buttons)
        lay.addStretch(3)

    def set_text(self, title: str, body: str = "") -> None:
        self.title.setText(title)
        self.body.setText(body)

    def add_button(self, text: str, icon: str | None = None, primary_button: bool = False) -> QPushButton:
        b = QPushButton(text)
        if icon:
            b.setIcon(icons.icon(icon, theme.current().accent_text if primary_button else None))
        if primary_button:
            primary(b)
        # between the two stretches, so the buttons stay centred
        self.buttons.insertWidget(self.buttons.count() - 1, b)
        return b


class Banner(QWidget):
    """A coloured line at the top of a page: a result (chain intact/broken), an error, a
    hint. Not modal; closes with its ✕ or when replaced."""

    action = Signal()
    LEVEL_ICONS = {"ok": "verify", "error": "broken", "warn": "warning", "info": "info"}

    def __init__(self, parent: QWidget | None = None, closable: bool = True):
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 8, 8, 8)
        self.icon = QLabel()
        self.text = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton()
        self.button.clicked.connect(self.action)
        self.button.hide()
        self.close_button = icon_button("reject", QCoreApplication.translate("Banner", "Close"))
        self.close_button.clicked.connect(self.hide)
        self.close_button.setVisible(closable)
        lay.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = "info"
        self.hide()

    def show_message(self, text: str, level: str = "info", button: str = "") -> None:
        self.level = level
        self.setProperty("level", level)
        colour = getattr(theme.current(), {"ok": "good", "error": "bad", "warn": "warn"}.get(level, "info"))
        self.icon.setPixmap(icons.pixmap(self.LEVEL_ICONS.get(level, "info"), 20, colour))
        from .messages import window_text

        self.text.setText(window_text(text))
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


class StatusPillDelegate(QStyledItemDelegate):
    """Draws an item status as a small coloured pill, so a column of statuses can be read
    at a glance (colour) and exactly (text)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._looks: dict[tuple, tuple] = {}

    def paint(self, painter: QPainter, option, index) -> None:
        status = index.data(Qt.ItemDataRole.UserRole + 1)
        if not status:
            return super().paint(painter, option, index)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        text, colour, fill, font, width = self._look(status, option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        h = min(option.rect.height() - 8, 20)
        rect = QRectF(option.rect.x() + 6, option.rect.center().y() - h / 2 + 0.5, width, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QPen(colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _look(self, status: str, base: QFont) -> tuple:
        """Text, colours, font and width of a status's pill, worked out once per status and
        theme (a table repaints dozens of pills at every scroll step)."""
        key = (status, base.key(), theme.current().dark)
        cache = self._looks
        if key not in cache:
            text, colour = status_name(status), theme.status_colour(status)
            font = QFont(base)
            font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
            font.setWeight(QFont.Weight.DemiBold)
            fill = QColor(colour)
            fill.setAlphaF(0.16 if not theme.current().dark else 0.28)
            cache[key] = (text, QColor(colour), fill, font, QFontMetrics(font).horizontalAdvance(text) + 18)
        return cache[key]

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 120), size.height())


def pill_html(status: str) -> str:
    """The same pill for rich-text labels (editor header, previews)."""
    colour = theme.status_colour(status)
    return (f"<span style='color:{colour.name()}; font-weight:600'>●&nbsp;{status_name(status)}</span>")
