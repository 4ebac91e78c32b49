"""What every view is handed: the session, the task runner, the undo stack, and two ways to
talk to the shell (go to another view, tell the user something) without importing it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .session import Session
from .tasks import TaskRunner


class AppContext(QObject):
    #: view key and keyword arguments, e.g. ("editor", {"item_id": 12})
    navigate = Signal(str, dict)
    #: message and level: "info", "ok", "warn" or "error"
    notify = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, theme=None):
        super().__init__(parent)
        self.session = Session(self)
        self.tasks = TaskRunner(self)
        self.tasks.error_handler = lambda message: self.notify.emit(message, "error")
        self.tasks.notice_handler = lambda message: self.notify.emit(message, "info")
        self.undo = QUndoStack(self)
        self.theme = theme
        # An undo step belongs to one project and one signed-in user: undoing someone
        # else's edit under your name would put a false entry in the audit trail.
        self.session.project_changed.connect(self.undo.clear)
        self.session.user_changed.connect(self.undo.clear)

    def open(self, view: str, **kwargs) -> None:
        self.navigate.emit(view, kwargs)

    def info(self, message: str) -> None:
        self.notify.emit(message, "info")

    def ok(self, message: str) -> None:
        self.notify.emit(message, "ok")

    def error(self, message: str) -> None:
        self.notify.emit(message, "error")
