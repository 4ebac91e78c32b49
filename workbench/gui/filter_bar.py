"""Filters over items: full-text search, kind, locale, status, tag. Emits `changed` with a
short delay while typing, so a search runs once per pause rather than once per key."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from ..core.locales import LOCALE_CODES
from . import icons
from .widgets import icon_button, locale_name, status_name

#: status filter choices: label source, statuses
READY = ("deidentified", "in_review")



class FilterBar(QWidget):
    changed = Signal()
    #: Return pressed in the search field (the view moves focus to its table)
    submitted = Signal()

    def __init__(self, fields=("search", "kind", "locale", "status", "tag"), parent=None):
        super().__init__(parent)
        self.fields = fields
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(placeholderText=self.tr("Search prompts and answers…  ( / )"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self.submitted)
        lay.addWidget(self.search, 3)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        self.kind.addItem(self.tr("Training pairs"), "pair")
        self.kind.addItem(self.tr("Hold-out"), "holdout")
        self.locale = QComboBox()
        self.locale.addItem(self.tr("All locales"), None)
        for code in LOCALE_CODES:
            self.locale.addItem(f"{code} — {locale_name(code)}", code)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Ready for sign-off"), list(READY))
        for s in ("draft", "deidentified", "in_review", "signed_off", "rejected"):
            self.status.addItem(status_name(s), [s])
        self.tag = QComboBox()
        self.tag.addItem(self.tr("All tags"), None)
        for name, combo in (("kind", self.kind), ("locale", self.locale), ("status", self.status),
                            ("tag", self.tag)):
            combo.setVisible(name in fields)
            # Long translated entries must not push the row wider than the window: the combo
            # shrinks to its "All …" entry and shows the whole of longer entries in its list.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(max(12, len(combo.itemText(0)) + 1))   # "All …" always fits
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            lay.addWidget(combo, 1)
        self.clear_button = icon_button("clear", self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear)
        lay.addWidget(self.clear_button)
        self.search.setVisible("search" in fields)

    def pending(self) -> bool:
        """Typed text not yet turned into a query (the short pause after a key)."""
        return self._debounce.isActive()

    def install_shortcuts(self, owner: QWidget) -> None:
        for keys in ("/", QKeySequence.StandardKey.Find):
            sc = QShortcut(QKeySequence(keys), owner)
            sc.setWhatsThis(self.tr("Search prompts and answers"))
            sc.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))

    def set_tags(self, counts: dict[str, int]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag, n in counts.items():
            self.tag.addItem(f"{tag} ({n:,})", tag)
        idx = self.tag.findData(current)
        self.tag.setCurrentIndex(max(idx, 0))
        self.tag.blockSignals(False)

    def values(self) -> dict:
        return {"search": self.search.text().strip() or None,
                "kind": self.kind.currentData(), "locale": self.locale.currentData(),
                "status": self.status.currentData(), "tag": self.tag.currentData()}

    def set_value(self, field: str, value) -> None:
        combo = getattr(self, field)
        if isinstance(combo, QLineEdit):
            combo.setText(value or "")
            return
        idx = combo.findData(value)
        combo.setCurrentIndex(max(idx, 0))

    def active(self) -> bool:
        return any(v for v in self.values().values())

    def clear(self) -> None:
        for w in (self.kind, self.locale, self.status, self.tag):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.changed.emit()
