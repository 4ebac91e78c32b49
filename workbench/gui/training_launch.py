"""The training page's launch section: the form of a new run, the pre-launch checks and the
launch itself, locally or as job files for several GPUs or a Slurm cluster.

A mixin of TrainingView (it reads the page's session, task pool and `_gate`), so its texts
keep the page's translation context. The checks and the launch (which imports torch and
hashes the snapshots) run on the task pool so the window never freezes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.errors import WorkbenchError
from . import icons, settings, theme
from .tasks import worker_project
from .training_form import TrainingForm
from .widgets import primary, title_label


class LaunchSection:
    """Builds the "New run" column and handles Check and Launch for TrainingView."""

    def _launch_panel(self) -> QScrollArea:
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
        return scroll

    def _form_changed(self) -> None:
        self.checks.clear()

    # -- check and launch -----------------------------------------------------------------
    def _spec(self):
        from ..train.spec import JobSpec

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
            from ..train.runner import plan_run

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
        from ..paths import require_engine_python

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
            from ..train.runner import launch

            with worker_project(root) as p:
                launched = launch(p, spec, user, launcher=kind, nodes=nodes, gpus_per_node=gpus,
                                  contamination_override=override, python=python)
            if launched.command is None:
                return launched.run
            # Several GPUs or a cluster: the run is registered and checked; its workers start
            # from the job files, on the machines that have the GPUs.
            return {**launched.run, "launch_command": " ".join(map(str, launched.command))}

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
