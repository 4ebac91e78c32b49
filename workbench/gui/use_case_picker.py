"""The use-case selector the Data, Review, Training and Dashboard pages share.

One combo per page header, all bound to the session's `use_case` (choosing on one page
chooses on every page): "All use cases", each use case by name, and "No use case" while
items outside every use case exist. Hidden in a project without use cases, so such a project
looks exactly as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget


class UseCasePicker(QWidget):
    #: after each refresh: whether the project has use cases (pages show their use-case columns)
    refreshed = Signal(bool)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._values: list[str | None] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Use case"))
        lay.addWidget(self.label)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(self.tr("The use case whose items, snapshots and runs the pages show"))
        self.label.setBuddy(self.combo)
        lay.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._picked)
        session.project_changed.connect(self.refresh)
        session.audit_changed.connect(self.refresh)   # items assigned to a use case
        session.scopes_changed.connect(self.refresh)
        session.use_case_changed.connect(self._show_current)
        self.refresh()

    def values(self) -> list[str | None]:
        """What the combo lists, by index (None: all use cases)."""
        return list(self._values)

    def refresh(self) -> None:
        from ..store.items import NO_USE_CASE
        from ..store.usecases import items_of, list_use_cases

        p = self.session.project
        cases = list_use_cases(p) if p is not None else []
        values: list[str | None] = [None]
        labels = [self.tr("All use cases")]
        for uc in cases:
            values.append(uc["id"])
            labels.append(uc["scope"].name if uc["in_force"] else
                          self.tr("{name} (scope not signed)").format(name=uc["scope"].name))
        if cases and items_of(p, None):
            values.append(NO_USE_CASE)
            labels.append(self.tr("No use case"))
        self.combo.blockSignals(True)
        self.combo.clear()
        self._values = values
        for i, (value, label) in enumerate(zip(values, labels)):
            self.combo.addItem(label)
            if value not in (None, NO_USE_CASE):
                self.combo.setItemData(i, value, Qt.ItemDataRole.ToolTipRole)  # its id
        self.combo.blockSignals(False)
        self.setVisible(bool(cases))
        if self.session.use_case not in values:   # gone, or another project's
            self.session.set_use_case(None)
        self._show_current()
        self.refreshed.emit(bool(cases))

    def _show_current(self) -> None:
        value = self.session.use_case
        if value not in self._values:   # chosen on a page that read the use cases later
            self.refresh()
            return
        idx = self._values.index(value) if value in self._values else 0
        if self.combo.currentIndex() != idx:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(idx)
            self.combo.blockSignals(False)

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self._values):
            self.session.set_use_case(self._values[index])

    def select(self, use_case: str | None) -> None:
        """Choose a use case (tests; a person uses the combo)."""
        self.combo.setCurrentIndex(self._values.index(use_case))
