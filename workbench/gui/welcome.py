"""The page shown when no project is open: open one, create one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from . import settings
from .widgets import EmptyState, muted_label


class WelcomePage(QWidget):
    open_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()
    recent_picked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        self.empty = EmptyState("app", self.tr("Welcome to Apertus Workbench"), self.tr(
            "Curate and sign off training data and hold-out sets in six Swiss locales, fine-tune "
            "Apertus on your own hardware, and keep the record a regulator asks for."))
        self.empty.icon.setPixmap(self._logo())
        self.empty.add_button(self.tr("Open project…"), "open", True).clicked.connect(self.open_requested)
        self.empty.add_button(self.tr("New project…"), "new").clicked.connect(self.new_requested)
        self.empty.add_button(self.tr("Try the demo project"), "demo").clicked.connect(self.demo_requested)
        lay.addWidget(self.empty, 3)
        self.recent_title = QLabel(self.tr("Recent projects"))
        self.recent_title.setObjectName("SectionTitle")
        self.recent = QListWidget()
        self.recent.setMaximumWidth(620)
        self.recent.setMaximumHeight(180)
        pick = lambda it: self.recent_picked.emit(it.data(Qt.ItemDataRole.UserRole))  # noqa: E731
        self.recent.itemActivated.connect(pick)
        lay.addWidget(self.recent_title, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.recent, 1, Qt.AlignmentFlag.AlignHCenter)
        self.hint = muted_label(self.tr("Double-click a recent project to open it."))
        lay.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignHCenter)
        self.refresh()

    @staticmethod
    def _logo():
        from . import icons

        return icons.pixmap("app", 72)

    def refresh(self) -> None:
        self.recent.clear()
        paths = [p for p in settings.recent_projects() if (Path(p) / "workbench.sqlite").exists()]
        for p in paths:
            item = QListWidgetItem(f"{Path(p).name}    —    {p}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.recent.addItem(item)
        for w in (self.recent_title, self.recent, self.hint):
            w.setVisible(bool(paths))
