"""Short background work on QThreadPool, with progress, cancel and errors shown as messages.

Every task opens its own database connection (`worker_project`): SQLite connections must not
run two transactions at once, and the window keeps reading through its own connection while a
task writes (WAL lets both proceed). Results come back to the GUI thread through signals.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from ..core.errors import Cancelled, WorkbenchError
from . import icons

log = logging.getLogger("workbench.gui")


class CancelToken:
    """Handed to a task function: poll `cancelled()` between steps, call `report()` to move
    the progress bar."""

    def __init__(self, task: "Task"):
        self._event = threading.Event()
        self._task = task

    def cancel(self) -> None:
        self._event.set()

    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled(QCoreApplication.translate(
                "Tasks", "the step was cancelled; nothing was changed"))

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._task.signals.progress.emit(int(done), int(total), text)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Task(QRunnable):
    def __init__(self, label: str, fn: Callable[[CancelToken], Any], cancellable: bool):
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until its signals have been delivered
        self.label = label
        self.fn = fn
        self.cancellable = cancellable
        self.signals = _Signals()
        self.token = CancelToken(self)
        self.progress = (0, 0, "")

    def run(self) -> None:
        try:
            result = self.fn(self.token)
        except BaseException as exc:  # reported to the GUI thread, never lost in the pool
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def describe_error(exc: BaseException) -> str:
    """What the user reads: our own errors verbatim, anything else one line plus the log."""
    if isinstance(exc, WorkbenchError):
        return str(exc)
    from ..paths import log_dir

    path = log_dir() / "workbench.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    log.addHandler(handler)
    try:
        log.error("unexpected error in a background task", exc_info=exc)
    finally:
        log.removeHandler(handler)
        handler.close()
    text = QCoreApplication.translate("Tasks", "Unexpected error: {error}. The details are in {path}.")
    return text.format(
        error=repr(exc), path=path)


@contextlib.contextmanager
def worker_project(root):
    """A connection of the task's own (see the module docstring)."""
    from ..store import open_project

    project = open_project(root, migrate=False)
    try:
        yield project
    finally:
        project.close()


class TaskRunner(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.tasks: list[Task] = []
        #: Called with the message of a failed task that has no on_error of its own.
        self.error_handler: Callable[[str], None] = lambda message: log.error(message)
        #: Called with news that is not an error (a step the user cancelled).
        self.notice_handler: Callable[[str], None] = lambda message: log.info(message)

    def start(self, label: str, fn: Callable[[CancelToken], Any], *,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[str], None] | None = None,
              cancellable: bool = False) -> Task:
        task = Task(label, fn, cancellable)

        def finished(result):
            self._forget(task)
            if on_done is not None:
                on_done(result)

        def failed(exc):
            self._forget(task)
            if isinstance(exc, Cancelled):  # what the user asked for: news, not an error
                message = QCoreApplication.translate("Tasks", "{label}: cancelled").format(label=label)
                (on_error or self.notice_handler)(message)
                return
            (on_error or self.error_handler)(describe_error(exc))

        def progress(done, total, text):
            task.progress = (done, total, text)
            self.changed.emit()

        task.signals.done.connect(finished)
        task.signals.failed.connect(failed)
        task.signals.progress.connect(progress)
        self.tasks.append(task)
        self.changed.emit()
        self.pool.start(task)
        return task

    def _forget(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        self.changed.emit()

    def cancel_all(self) -> None:
        for t in self.tasks:
            if t.cancellable:
                t.token.cancel()

    def busy(self) -> bool:
        return bool(self.tasks)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown, screenshots and tests)."""
        return self.pool.waitForDone(msecs)


class TaskIndicator(QWidget):
    """The status-bar corner that says something is running, how far it is, and can stop it.

    It appears only after a short delay, so quick searches do not make it flicker.
    """

    SHOW_AFTER_MS = 300

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(140)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton()
        self.cancel.setIcon(icons.icon("cancel"))
        self.cancel.clicked.connect(runner.cancel_all)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel)
        self._timer = QTimer(self, singleShot=True, interval=self.SHOW_AFTER_MS)
        self._timer.timeout.connect(self._refresh)
        runner.changed.connect(self._changed)
        self.hide()

    def _changed(self) -> None:
        if not self.runner.busy():
            self._timer.stop()
            self.hide()
        elif self.isVisible():
            self._refresh()
        elif not self._timer.isActive():
            self._timer.start()

    def _refresh(self) -> None:
        tasks = self.runner.tasks
        if not tasks:
            self.hide()
            return
        task = tasks[-1]
        done, total, text = task.progress
        more = self.tr(" (+{n} more)").format(n=len(tasks) - 1) if len(tasks) > 1 else ""
        self.label.setText((text or task.label) + more)
        self.bar.setRange(0, total if total > 0 else 0)
        if total > 0:
            self.bar.setValue(done)
        can = any(t.cancellable for t in tasks)
        self.cancel.setEnabled(can)
        self.cancel.setToolTip(self.tr("Stop the running step") if can else self.tr(
            "This step cannot be stopped once started: it is a single transaction that "
            "either completes or changes nothing"))
        self.show()
