"""What a page of the main window is: a widget that gets the app context, is told when it
is shown, and may keep its layout (splitters, column widths) in the settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from ..context import AppContext


class View(QWidget):
    key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session

    def activated(self, **kwargs) -> None:
        """The shell switched to this page (kwargs come from ctx.open(key, ...))."""

    def save_state(self, settings: QSettings) -> None:
        """Store splitter positions and the like under f"views/{self.key}/…"."""

    def restore_state(self, settings: QSettings) -> None:
        pass

    def busy(self) -> bool:
        """True while the page is still loading (screenshots wait for it)."""
        return False
