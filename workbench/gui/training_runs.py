"""The training page's run list: the project's runs with their status, the selected run
followed live by the monitor, and cancel / resume / open its dashboard.

A mixin of TrainingView (it reads the page's session, task pool and `_gate`), so its texts
keep the page's translation context. Runs are processes of their own: cancelling asks the
worker to stop at its next step, resuming starts a new worker from the last checkpoint.
A run of a Slurm job shows the job and its Slurm state next to its own status.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.errors import WorkbenchError
from ..core.runs import RunStatus
from . import icons, theme
from .run_monitor import RunMonitor
from .tasks import worker_project
from .widgets import local_time, title_label

STATUS_COLOURS = {RunStatus.COMPLETED: "good", RunStatus.RUNNING: "accent", RunStatus.QUEUED: "info",
                  RunStatus.FAILED: "bad", RunStatus.INTERRUPTED: "warn", RunStatus.CANCELLED: "muted",
                  RunStatus.REQUEUED: "info", "evaluating": "accent"}
#: What a run's phase is called on screen (train/progress.py says which phase it is in).
STATUS_NAMES = {
    "queued": QT_TRANSLATE_NOOP("RunStatus", "queued"),
    "running": QT_TRANSLATE_NOOP("RunStatus", "running"),
    "completed": QT_TRANSLATE_NOOP("RunStatus", "completed"),
    "failed": QT_TRANSLATE_NOOP("RunStatus", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("RunStatus", "cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("RunStatus", "interrupted"),
    "requeued": QT_TRANSLATE_NOOP("RunStatus", "requeued"),
}
#: How often the list looks at its live runs again (a registry read and a lock check each).
REFRESH_MS = 2000


def phase_name(phase) -> str:
    """A run's phase in words: "running", "checkpoint evaluation 2/3", "completed"…"""
    if phase.status == "evaluating":
        return QCoreApplication.translate("RunStatus", "checkpoint evaluation {n}/{m}").format(
            n=phase.evaluated, m=phase.to_evaluate)
    return QCoreApplication.translate("RunStatus", STATUS_NAMES.get(phase.status, phase.status))


def slurm_text(run: dict) -> str:
    """' · Slurm job 4711 PENDING' for a run of a Slurm job: the job, and the state Slurm reports
    for it (Slurm's own word) while it knows the job; '' for any other run."""
    if not run.get("slurm_job"):
        return ""
    text = " · " + QCoreApplication.translate("RunStatus", "Slurm job {job}").format(job=run["slurm_job"])
    return text + (f" {run['slurm_state']}" if run.get("slurm_state") else "")


class RunList:
    """Builds the "Runs" column and handles selection, cancel and resume for TrainingView."""

    def _runs_panel(self) -> QWidget:
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(12, 8, 0, 0)
        rl.addWidget(title_label(self.tr("Runs"), "SectionTitle"))
        # The buttons have a row of their own: beside the title, longer languages cut them.
        top = QHBoxLayout()
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
        self.phases: dict[str, object] = {}
        self.status_timer = QTimer(right, interval=REFRESH_MS)
        self.status_timer.timeout.connect(self._refresh_phases)
        return right

    # -- runs -----------------------------------------------------------------------------
    def refresh_runs(self) -> None:
        from ..train.runner import list_runs

        p = self.session.project
        self.table.clear()
        self.runs = list(reversed(list_runs(p))) if p is not None else []
        pick = None
        for run in self.runs:
            row = QTreeWidgetItem([run["id"] + (f" · {run['name']}" if run.get("name") else ""),
                                   "", run["method"], run["backend"], run["created_by"],
                                   local_time(run["created_at"])])
            row.setData(0, Qt.ItemDataRole.UserRole, run["id"])
            self._show_phase(row, run)
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
        self._watch_phases()
        self._gate()

    def _show_phase(self, row: QTreeWidgetItem, run: dict) -> None:
        from ..train.progress import run_phase

        p = self.session.project
        phase = run_phase(p, run) if p is not None else None
        if phase is None:
            return
        self.phases[run["id"]] = phase
        row.setText(1, phase_name(phase) + slurm_text(run))
        row.setForeground(1, QBrush(QColor(getattr(theme.current(), STATUS_COLOURS.get(phase.status, "text")))))
        if run["id"] == self.monitor.run_id:
            self.monitor.show_phase(phase_name(phase), phase.status)

    def _watch_phases(self) -> None:
        """Look again every few seconds while a run trains or its checkpoints are evaluated."""
        from ..core.runs import LIVE

        moving = any(ph.status in LIVE or ph.status == "evaluating" for ph in self.phases.values())
        if moving and not self.status_timer.isActive():
            self.status_timer.start()
        elif not moving:
            self.status_timer.stop()

    def _refresh_phases(self) -> None:
        """Statuses follow the runs without rebuilding the list (selection and scroll stay)."""
        from ..train.runner import list_runs

        p = self.session.project
        if p is None:
            self.status_timer.stop()
            return
        fresh = {r["id"]: r for r in list_runs(p)}
        if set(fresh) != {r["id"] for r in self.runs}:
            self.refresh_runs()
            return
        self.runs = [fresh[r["id"]] for r in self.runs]
        for i in range(self.table.topLevelItemCount()):
            row = self.table.topLevelItem(i)
            self._show_phase(row, fresh[row.data(0, Qt.ItemDataRole.UserRole)])
        self._watch_phases()
        self._gate()

    def _pick(self, row) -> None:
        if row is None:
            return
        run_id = row.data(0, Qt.ItemDataRole.UserRole)
        self.selected = run_id
        if run_id != self.monitor.run_id:
            self.monitor.follow(self.run(run_id))
            phase = self.phases.get(run_id)
            if phase is not None:
                self.monitor.show_phase(phase_name(phase), phase.status)
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
        from .engine_call import engine_python

        try:
            python = engine_python()
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
