"""The training page's run list: the project's runs with their status, the selected run
followed live by the monitor, and cancel / resume / open its dashboard.

A mixin of TrainingView (it reads the page's session, task pool and `_gate`), so its texts
keep the page's translation context. Runs are processes of their own: cancelling asks the
worker to stop at its next step, resuming starts a new worker from the last checkpoint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.errors import WorkbenchError
from ..core.runs import RunStatus
from . import icons, settings, theme
from .run_monitor import RunMonitor
from .tasks import worker_project
from .widgets import local_time, title_label

STATUS_COLOURS = {RunStatus.COMPLETED: "good", RunStatus.RUNNING: "accent", RunStatus.QUEUED: "info",
                  RunStatus.FAILED: "bad", RunStatus.INTERRUPTED: "warn", RunStatus.CANCELLED: "muted"}


class RunList:
    """Builds the "Runs" column and handles selection, cancel and resume for TrainingView."""

    def _runs_panel(self) -> QWidget:
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(12, 8, 0, 0)
        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("Runs"), "SectionTitle"))
        top.addStretch()
        self.cancel_button = QPushButton(icons.icon("cancel"), self.tr("Cancel run"))
        self.cancel_button.clicked.connect(self.cancel)
        self.resume_button = QPushButton(icons.icon("redo"), self.tr("Resume"))
        self.resume_button.clicked.connect(self.resume)
        self.dashboard_button = QPushButton(icons.icon("dashboard"), self.tr("Dashboard"))
        self.dashboard_button.clicked.connect(lambda: self.ctx.open("dashboard", run_id=self.selected))
        for b in (self.cancel_button, self.resume_button, self.dashboard_button):
            top.addWidget(b)
        rl.addLayout(top)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Run"), self.tr("Status"), self.tr("Method"), self.tr("Backend"),
                                    self.tr("By"), self.tr("Created")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(170)
        self.table.currentItemChanged.connect(lambda cur, _: self._pick(cur))
        rl.addWidget(self.table)
        self.monitor = RunMonitor()
        self.monitor.ended.connect(lambda _: self.refresh_runs())
        rl.addWidget(self.monitor, 1)
        return right

    # -- runs -----------------------------------------------------------------------------
    def refresh_runs(self) -> None:
        from ..train.runner import list_runs

        p = self.session.project
        self.table.clear()
        self.runs = list(reversed(list_runs(p))) if p is not None else []
        c = theme.current()
        pick = None
        for run in self.runs:
            row = QTreeWidgetItem([run["id"] + (f" · {run['name']}" if run.get("name") else ""),
                                   run["status"], run["method"], run["backend"], run["created_by"],
                                   local_time(run["created_at"])])
            row.setData(0, Qt.ItemDataRole.UserRole, run["id"])
            colour = getattr(c, STATUS_COLOURS.get(run["status"], "text"))
            row.setForeground(1, QBrush(QColor(colour)))
            if run.get("error"):
                row.setToolTip(1, run["error"])
            self.table.addTopLevelItem(row)
            if run["id"] == self.selected:
                pick = row
        if pick is None and self.table.topLevelItemCount():
            pick = self.table.topLevelItem(0)
        if pick is not None:
            self.table.setCurrentItem(pick)
        elif self.selected is None:
            self.monitor.follow(None)
        self._gate()

    def _pick(self, row) -> None:
        if row is None:
            return
        run_id = row.data(0, Qt.ItemDataRole.UserRole)
        self.selected = run_id
        if run_id != self.monitor.run_id:
            self.monitor.follow(self.run(run_id))
        self._gate()

    def run(self, run_id: str | None) -> dict | None:
        return next((r for r in self.runs if r["id"] == run_id), None)

    def select_run(self, run_id: str) -> None:
        self.selected = run_id
        self.refresh_runs()

    # -- cancel and resume ----------------------------------------------------------------
    def cancel(self) -> None:
        from ..train.runner import cancel_run

        if not self.cancel_button.isEnabled() or self.selected is None:
            return
        try:
            run = cancel_run(self.session.project, self.selected, self.session.user)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return
        self.ctx.info(self.tr("Run {id}: asked to stop at its next step.").format(id=run["id"]))
        self.session.audit_changed.emit()
        self.refresh_runs()

    def resume(self) -> None:
        if not self.resume_button.isEnabled() or self.selected is None:
            return
        from ..paths import require_engine_python

        try:
            python = require_engine_python(settings.get_str("engine/python") or None)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return
        root, user, run_id = self.session.root, self.session.user, self.selected

        def work(token):
            from ..train.runner import resume_run

            with worker_project(root) as p:
                return resume_run(p, run_id, user, python=python)

        self.ctx.tasks.start(self.tr("Resuming the run…"), work,
                             on_done=self._resumed)

    def _resumed(self, run: dict) -> None:
        self.session.audit_changed.emit()
        self.select_run(run["id"])
        # The new worker appends to the same event file: read it again from the start.
        self.monitor.follow(self.run(run["id"]))
