"""Training: a form on the job spec with presets, the machine's hardware, the pre-launch
checks, launch / cancel / resume, and the selected run followed live.

Runs are processes of their own (workbench.train.runner): launching returns at once, the
monitor reads the run's event file on a timer, and closing the window leaves the run going.
The checks and the launch itself (which imports torch and hashes the snapshots) run on the
task pool so the window never freezes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
                               QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...core.errors import WorkbenchError
from ...core.roles import Action
from .. import icons, settings, theme
from ..run_monitor import RunMonitor
from ..session import gate
from ..tasks import worker_project
from ..training_form import TrainingForm
from ..widgets import local_time, muted_label, primary, title_label
from . import ViewSpec
from .base import View

STATUS_COLOURS = {"completed": "good", "running": "accent", "queued": "info", "failed": "bad",
                  "interrupted": "warn", "cancelled": "muted"}


def describe_hardware(info: dict) -> str:
    parts = [f"CPU {info['cpu_cores']} cores"]
    if info.get("ram_gb"):
        parts[0] += f", {info['ram_gb']:g} GB RAM"
    if info["cuda"]:
        names = {}
        for d in info["cuda"]:
            names[f"{d['name']} ({d['memory_gb']:g} GB)"] = names.get(f"{d['name']} ({d['memory_gb']:g} GB)", 0) + 1
        parts.append("CUDA: " + ", ".join(f"{n}× {k}" for k, n in names.items()))
    else:
        parts.append("CUDA: none")
    parts.append("mlx: available" if info["mlx"] else "mlx: not installed")
    if info.get("disk_free_gb") is not None:
        parts.append(f"{info['disk_free_gb']:g} GB free for runs")
    return " · ".join(parts)


class TrainingView(View):
    key = "training"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.runs: list[dict] = []
        self.selected: str | None = None
        self.checking = False
        self.launching = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 12)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Training")))
        head.addStretch()
        self.hardware = muted_label(self.tr("Detecting hardware…"))
        head.addWidget(self.hardware)
        lay.addLayout(head)
        lay.addWidget(muted_label(self.tr(
            "Fine-tune on the signed-off training snapshot, checked against the frozen hold-out. "
            "Each run is its own process: close the window and it goes on.")))
        split = QSplitter(Qt.Orientation.Horizontal)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 8, 12, 0)
        ll.addWidget(title_label(self.tr("New run"), "SectionTitle"))
        self.form = TrainingForm()
        self.form.changed.connect(self._form_changed)
        ll.addWidget(self.form)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ll.addWidget(self.checks)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(icons.icon("verify"), self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.launch_button = primary(QPushButton(icons.icon("training", "#ffffff"), self.tr("Launch run")))
        self.launch_button.clicked.connect(self.launch)
        buttons.addStretch()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.launch_button)
        ll.addLayout(buttons)
        ll.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(left)
        # Never narrower than the form: a squeezed form hides the Launch button off the edge.
        scroll.setMinimumWidth(left.minimumSizeHint().width() + 12)
        split.addWidget(scroll)
        split.setCollapsible(0, False)

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
        split.addWidget(right)
        split.setSizes([470, 860])
        self.split = split
        lay.addWidget(split, 1)

        self.session.project_changed.connect(self._project_changed)
        self.session.user_changed.connect(self._gate)
        self._hardware_started = False
        self._project_changed()

    # -- project, hardware, defaults ------------------------------------------------------
    def _project_changed(self) -> None:
        self.checks.clear()
        self.selected = None
        p = self.session.project
        if p is not None:
            from ...evaluate.demo_loop import tiny_model_path

            demo_model = tiny_model_path(p)
            if (demo_model / "config.json").exists():
                self.form.select_preset("peft", "lora", "tiny")
                self.form.set_values({"base_model": demo_model, "max_steps": 30, "checkpoint_every": 10,
                                      "batch_size": 8, "learning_rate": 0.01})
            elif settings.get_str("training/base_model"):
                self.form.set_values({"base_model": settings.get_str("training/base_model")})
        self.refresh_runs()
        self._gate()

    def activated(self, **kwargs) -> None:
        if not self._hardware_started:
            self._detect_hardware()
        self.refresh_runs()

    def _detect_hardware(self) -> None:
        self._hardware_started = True
        root = self.session.root

        def work(token):
            from ...train.hardware import describe_machine

            return describe_machine(root / "runs" if root else None)

        self.ctx.tasks.start(self.tr("Detecting hardware…"), work,
                             on_done=lambda info: self.hardware.setText(describe_hardware(info)),
                             on_error=lambda msg: self.hardware.setText(msg))

    # -- runs -----------------------------------------------------------------------------
    def refresh_runs(self) -> None:
        from ...train.runner import list_runs

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

    # -- permissions ----------------------------------------------------------------------
    def _gate(self) -> None:
        ok, why = self.session.permission(Action.TRAIN)
        busy = self.checking or self.launching
        gate(self.check_button, ok and not busy, why if not ok else self.tr("Checking…"),
             self.tr("Run the pre-launch checks without starting anything"))
        gate(self.launch_button, ok and not busy, why if not ok else self.tr("Launching…"),
             self.tr("Check, register and start the run in its own process"))
        run = self.run(self.selected)
        live = run is not None and run["status"] in ("queued", "running")
        gate(self.cancel_button, ok and live, why if not ok else self.tr("No running run is selected."),
             self.tr("The run stops at its next step; its checkpoints stay"))
        resumable = run is not None and run["status"] in ("interrupted", "failed", "cancelled")
        gate(self.resume_button, ok and resumable, why if not ok else self.tr(
            "Only an interrupted, failed or cancelled run can be resumed."),
             self.tr("Continue from the last checkpoint"))
        gate(self.dashboard_button, run is not None, self.tr("Select a run first."),
             self.tr("Per-locale results of this run against the base"))

    def _form_changed(self) -> None:
        self.checks.clear()

    # -- check and launch -----------------------------------------------------------------
    def _spec(self):
        from ...train.spec import JobSpec

        return JobSpec.from_dict(self.form.values())

    def _show_checks(self, lines: list[tuple[bool | None, str]]) -> None:
        c = theme.current()
        mark = {True: f"<span style='color:{c.good}'>✓</span>", False: f"<span style='color:{c.bad}'>✗</span>",
                None: f"<span style='color:{c.warn}'>!</span>"}
        self.checks.setText("<br>".join(f"{mark[ok]}&nbsp;{text}" for ok, text in lines))

    def check(self) -> None:
        if not self.check_button.isEnabled():
            return
        try:
            spec = self._spec()
        except WorkbenchError as exc:
            self._show_checks([(False, str(exc))])
            return
        root, user, override = self.session.root, self.session.user, self.form.override_reason()

        def work(token):
            from ...train.runner import plan_run

            with worker_project(root) as p:
                return plan_run(p, spec, user, contamination_override=override)

        self.checking = True
        self._gate()
        self._show_checks([(None, self.tr("Checking the model, the machine and the data…"))])
        self.ctx.tasks.start(self.tr("Checking the run…"), work, on_done=self._checked,
                             on_error=self._check_failed)

    def _checked(self, plan) -> None:
        self.checking = False
        self._gate()
        pre, spec = plan.preflight, plan.spec
        holdout_locales = ", ".join(sorted(pre.holdout.get("locale_counts", {})))
        lines = [
            (True, self.tr("Frozen hold-out {id}: {n} items ({locales})").format(
                id=pre.holdout["id"], n=len(pre.holdout_items), locales=holdout_locales)),
            (True, self.tr("Training snapshot {id}: {n} signed-off, de-identified pairs").format(
                id=pre.train["id"], n=len(pre.train_items))),
        ]
        if pre.override_reason:
            lines.append((None, self.tr("{n} overlap(s) with the hold-out, overridden: {reason}").format(
                n=len(pre.contamination.overlaps), reason=pre.override_reason)))
        else:
            lines.append((True, pre.contamination.summary()))
        lines.append((True, self.tr("{method} on {backend} ({size}), device {device}; {steps}, lr {lr:g}, "
                                    "batch {batch}").format(
            method=spec.method, backend=spec.backend, size=spec.model_size, device=plan.device,
            steps=(self.tr("{n} steps").format(n=spec.max_steps) if spec.max_steps
                   else self.tr("{n:g} epochs").format(n=spec.epochs)),
            lr=spec.learning_rate, batch=spec.batch_size)))
        lines += [(None, w) for w in pre.warnings]
        self._show_checks(lines)

    def _check_failed(self, message: str) -> None:
        self.checking = False
        self._gate()
        self._show_checks([(False, message)])

    def launch(self) -> None:
        if not self.launch_button.isEnabled():
            return
        from ...paths import require_engine_python

        try:
            spec = self._spec()
            python = require_engine_python(settings.get_str("engine/python") or None)
        except WorkbenchError as exc:
            self._show_checks([(False, str(exc))])
            return
        root, user, override = self.session.root, self.session.user, self.form.override_reason()
        kind, nodes, gpus = self.form.launcher_kind(), self.form.nodes.value(), self.form.gpus.value()
        if self.session.root is not None and not str(spec.base_model).startswith(str(self.session.root)):
            settings.set_value("training/base_model", spec.base_model)

        def work(token):
            from ...train.launchers import write_launch_files
            from ...train.runner import launch_run
            from ...train.spec import JobSpec

            with worker_project(root) as p:
                run = launch_run(p, spec, user, contamination_override=override, python=python, launcher=kind)
            if kind == "local":
                return run
            # Several GPUs or a cluster: the run is registered and checked; its workers start
            # from the job files, on the machines that have the GPUs.
            files = write_launch_files(run, JobSpec.from_dict(run["spec"]), kind=kind, nodes=nodes,
                                       gpus_per_node=gpus)
            return {**run, "launch_command": " ".join(map(str, files["command"]))}

        self.launching = True
        self._gate()
        self._show_checks([(None, self.tr("Checking and starting the run…"))])
        self.ctx.tasks.start(self.tr("Launching the run…"), work, on_done=self._launched,
                             on_error=self._launch_failed)

    def _launched(self, run: dict) -> None:
        self.launching = False
        if run.get("launch_command"):
            self._show_checks([(True, self.tr("Run {id} registered; start its workers with:").format(id=run["id"])),
                               (None, f"<code>{html.escape(run['launch_command'])}</code>")])
            self.ctx.ok(self.tr("Run {id} registered.").format(id=run["id"]))
        else:
            self._show_checks([(True, self.tr("Run {id} started").format(id=run["id"]))])
            self.ctx.ok(self.tr("Run {id} started.").format(id=run["id"]))
        self.session.audit_changed.emit()
        self.select_run(run["id"])

    def _launch_failed(self, message: str) -> None:
        self.launching = False
        self._gate()
        self._show_checks([(False, message)])

    def cancel(self) -> None:
        from ...train.runner import cancel_run

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
        from ...paths import require_engine_python

        try:
            python = require_engine_python(settings.get_str("engine/python") or None)
        except WorkbenchError as exc:
            self.ctx.error(str(exc))
            return
        root, user, run_id = self.session.root, self.session.user, self.selected

        def work(token):
            from ...train.runner import resume_run

            with worker_project(root) as p:
                return resume_run(p, run_id, user, python=python)

        self.ctx.tasks.start(self.tr("Resuming the run…"), work,
                             on_done=self._resumed)

    def _resumed(self, run: dict) -> None:
        self.session.audit_changed.emit()
        self.select_run(run["id"])
        # The new worker appends to the same event file: read it again from the start.
        self.monitor.follow(self.run(run["id"]))

    def busy(self) -> bool:
        return self.checking or self.launching

    def save_state(self, s: QSettings) -> None:
        s.setValue("views/training/split", self.split.saveState())

    def restore_state(self, s: QSettings) -> None:
        if s.value("views/training/split"):
            self.split.restoreState(s.value("views/training/split"))


VIEW = ViewSpec("training", QT_TRANSLATE_NOOP("Views", "Training"), "training", 40, TrainingView, "Ctrl+4")
