"""The training page's launch section: the form of a new run, the pre-launch checks and the
launch itself, locally or as job files for several GPUs or a Slurm cluster.

A mixin of TrainingView (it reads the page's session, task pool and `_gate`), so its texts
keep the page's translation context. The checks and the launch (which imports torch and
hashes the snapshots) run on the task pool so the window never freezes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.errors import WorkbenchError
from ..core.roles import Action
from . import icons, settings
from .freeze_panel import (freeze_counts, frozen_holdouts, may_freeze, needs_use_case, next_holdout_name,
                           open_freeze_dialog)
from .launch_checks import ChecksPanel, problem_text
from .session import gate
from .tasks import worker_project
from .training_form import TrainingForm
from .widgets import muted_label, primary, title_label


class LaunchSection:
    """Builds the "New run" column and handles Check and Launch for TrainingView."""

    def _launch_panel(self) -> QScrollArea:
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 8, 12, 0)
        ll.addWidget(title_label(self.tr("Data"), "SectionTitle"))
        self.data_status = muted_label(wrap=True)
        ll.addWidget(self.data_status)
        data_buttons = QHBoxLayout()
        self.snapshot_button = QPushButton(icons.icon("save"), self.tr("Create a training snapshot"))
        self.snapshot_button.clicked.connect(self.create_training_snapshot)
        self.freeze_button = QPushButton(icons.icon("freeze"), self.tr("Freeze the hold-out…"))
        self.freeze_button.clicked.connect(self.freeze_holdout)
        data_buttons.addWidget(self.snapshot_button)
        data_buttons.addWidget(self.freeze_button)
        data_buttons.addStretch()
        ll.addLayout(data_buttons)
        ll.addWidget(title_label(self.tr("New run"), "SectionTitle"))
        self.form = TrainingForm()
        self.form.changed.connect(self._form_changed)
        ll.addWidget(self.form)
        self.checks = ChecksPanel()
        self.checks.fix_requested.connect(self.fix)
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

        # The run trains the adapter of the use case chosen at the top of the page.
        return JobSpec.from_dict({**self.form.values(), "use_case": self.session.selected_use_case()})

    def _show_checks(self, lines: list[tuple]) -> None:
        self.checks.show_lines(lines)

    def check(self) -> None:
        if not self.check_button.isEnabled():
            return
        try:
            spec = self._spec()
        except WorkbenchError as exc:
            self._show_checks([(False, str(exc))])
            return
        root, user, override = self.session.root, self.session.user, self.form.override_reason()
        kind = self.form.launcher_kind()

        def work(token):
            from ..train.preflight import launch_problems
            from ..train.runner import plan_run

            with worker_project(root) as p:
                # Every problem at once; the plan (which stops at the first) only when there is none.
                problems, advice = launch_problems(p, spec, user, contamination_override=override, launcher=kind)
                if problems:
                    return problems, advice
                return plan_run(p, spec, user, contamination_override=override, launcher=kind)

        self.checking = True
        self._gate()
        self._show_checks([(None, self.tr("Checking the model, the machine and the data…"))])
        self.ctx.tasks.start(self.tr("Checking the run…"), work, on_done=self._checked,
                             on_error=self._check_failed)

    def _checked(self, plan) -> None:
        self.checking = False
        self._gate()
        if isinstance(plan, tuple):
            self.checks.show_problems(*plan)
            return
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
        lines += [(None, problem_text(a), a.fix) for a in pre.advice]
        self._show_checks(lines)

    def _check_failed(self, message: str) -> None:
        self.checking = False
        self._gate()
        self._show_checks([(False, message)])

    def launch(self) -> None:
        if not self.launch_button.isEnabled():
            return
        from .engine_call import engine_python

        try:
            spec = self._spec()
            python = engine_python()
        except WorkbenchError as exc:
            self._show_checks([(False, str(exc))])
            return
        root, user, override = self.session.root, self.session.user, self.form.override_reason()
        kind, nodes, gpus = self.form.launcher_kind(), self.form.nodes.value(), self.form.gpus.value()
        slurm_options, submit = self.form.slurm_options() if kind == "slurm" else None, self.form.submit_now()
        if self.session.root is not None and not str(spec.base_model).startswith(str(self.session.root)):
            settings.set_value("training/base_model", spec.base_model)

        def work(token):
            from ..train.runner import launch

            with worker_project(root) as p:
                launched = launch(p, spec, user, launcher=kind, nodes=nodes, gpus_per_node=gpus,
                                  contamination_override=override, python=python, slurm_options=slurm_options,
                                  submit=submit)
            if launched.command is None:
                return launched.run
            job = ((launched.run.get("lineage") or {}).get("launch") or {}).get("slurm", {}).get("job_id")
            if job:  # submitted here: followed like a local run
                return {**launched.run, "slurm_submitted": job}
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
        if run.get("slurm_submitted"):
            text = self.tr("Run {id} submitted to Slurm as job {job}.").format(
                id=run["id"], job=run["slurm_submitted"])
            self._show_checks([(True, text)])
            self.ctx.ok(text)
        elif run.get("launch_command"):
            self._show_checks([(True, self.tr("Run {id} registered; start its workers with:").format(id=run["id"])),
                               (None, f"<code>{html.escape(run['launch_command'])}</code>")])  # a job command
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

    # -- the data a run trains on: training snapshot and hold-out ----------------------------
    def refresh_data_status(self) -> None:
        from ..store import snapshots

        p = self.session.project
        if p is None:
            self.data_status.clear()
            return
        use_case = self.session.selected_use_case()
        self.form.set_use_case(self._use_case_name(use_case) if self.session.has_use_cases() else None)
        train = snapshots.latest_snapshot(p, "pair", use_case)
        pending = snapshots.pending_snapshot_id(p, "pair", use_case=use_case)
        frozen = frozen_holdouts(p, use_case)
        parts = []
        if needs_use_case(self.session):
            parts.append(needs_use_case(self.session))
        if train is None:
            parts.append(self.tr("No training snapshot yet."))
        else:
            parts.append(self.tr("Training snapshot “{name}” ({id}): {n} pairs.").format(
                name=train["name"], id=train["id"], n=train["item_count"]))
        self.snapshot_stale = pending is not None and (train is None or pending != train["id"])
        if train is not None and self.snapshot_stale:
            parts.append(self.tr("Pairs signed off or changed since are not in it yet."))
        if frozen:
            missing = snapshots.unfrozen_locales(p, frozen[-1])
            parts.append(self.tr("Hold-out “{name}” ({id}): {n} items, frozen.").format(
                name=frozen[-1]["name"], id=frozen[-1]["id"], n=frozen[-1]["item_count"])
                if not missing else self.tr("Hold-out {id}: still to be frozen for {locales}.").format(
                    id=frozen[-1]["id"], locales=", ".join(missing)))
        else:
            parts.append(self.tr("The hold-out is not frozen yet."))
        self.data_status.setText(" ".join(parts))
        self._gate_data()

    def _use_case_name(self, use_case: str | None) -> str:
        from ..store.usecases import get_use_case

        if use_case is None:
            return self.tr("none chosen: choose one at the top of the page")
        uc = get_use_case(self.session.project, use_case)
        state = self.tr("scope v{v} in force").format(v=uc["version"]) if uc["in_force"] else self.tr(
            "scope v{v} not signed by {missing} yet").format(v=uc["version"], missing=", ".join(uc["missing"]))
        return f"{uc['scope'].name} ({uc['id']}) · {state}"

    def _gate_data(self) -> None:
        p = self.session.project
        use_case = self.session.selected_use_case()
        ok, why = self.session.permission(Action.SNAPSHOT)
        if ok and needs_use_case(self.session):
            ok, why = False, needs_use_case(self.session)
        if ok and not getattr(self, "snapshot_stale", False):
            ok, why = False, self.tr("The training snapshot already holds every signed-off pair.")
        gate(self.snapshot_button, ok, why, self.tr("Take every signed-off pair into a new training snapshot"))
        ok, why = may_freeze(self.session, freeze_counts(p, use_case) if p is not None else {})
        if ok and self._holdout_up_to_date():
            ok, why = False, self.tr("The frozen hold-out is up to date: nothing to freeze.")
        gate(self.freeze_button, ok, why, self.tr("Sign the hold-out as frozen for evaluation (password)"))

    def _holdout_up_to_date(self) -> bool:
        """Frozen as it is now, and no locale of this person's still waiting for their freeze."""
        from ..store import snapshots

        p, user, use_case = self.session.project, self.session.user, self.session.selected_use_case()
        frozen = frozen_holdouts(p, use_case)
        if not frozen:
            return False
        mine = user is not None and set(snapshots.unfrozen_locales(p, frozen[-1])) & user.owned_locales()
        return not mine and snapshots.pending_snapshot_id(p, "holdout", use_case=use_case) == frozen[-1]["id"]

    def fix(self, what: str) -> None:
        """A pre-launch problem's button."""
        if what == "training_snapshot":
            self.create_training_snapshot()
        elif what == "freeze_holdout":
            self.freeze_holdout()
        elif what == "review":
            self.ctx.open("review")
        elif what == "deid_run":
            self.ctx.open("data")
        elif what == "override":
            self.form.override.setFocus()
        elif what == "form":
            self.form.base_model.setFocus()
        elif what == "sign_scope":
            self.ctx.open("scope", use_case=self.session.selected_use_case())

    def create_training_snapshot(self) -> None:
        """The same store call as the command line's snapshot of pairs; no signature (the pairs
        in it are signed off one by one already)."""
        from ..store import snapshots
        from ..store.users import get_user

        if not self.snapshot_button.isEnabled():
            ok, why = self.session.permission(Action.SNAPSHOT)
            if ok and needs_use_case(self.session):
                ok, why = False, needs_use_case(self.session)
            if not ok:
                self.ctx.error(why)
                return
        root, username = self.session.root, self.session.user.username
        use_case = self.session.selected_use_case()
        n = len(snapshots.list_snapshots(self.session.project, "pair", use_case=use_case)) + 1
        name = (self.tr("{use_case} training v{n}").format(use_case=use_case, n=n) if use_case
                else self.tr("training v{n}").format(n=n))

        def work(token):
            with worker_project(root) as p:
                return snapshots.create_snapshot(p, kind="pairs", name=name, actor=get_user(p, username),
                                                 use_case=use_case)

        self.ctx.tasks.start(self.tr("Creating a training snapshot…"), work, on_done=self._snapshot_created)

    def _snapshot_created(self, snap: dict) -> None:
        per = ", ".join(f"{k} {v}" for k, v in sorted(snap["locale_counts"].items()))
        self.ctx.ok(self.tr("Training snapshot “{name}” ({id}) created: {n} pairs ({per}).").format(
            name=snap["name"], id=snap["id"], n=snap["item_count"], per=per))
        self.session.audit_changed.emit()
        self._data_changed()

    def freeze_holdout(self) -> None:
        use_case = self.session.selected_use_case()
        ok, why = may_freeze(self.session, freeze_counts(self.session.project, use_case))
        if not ok:
            self.ctx.error(why)
            return
        self.freeze_dialog = open_freeze_dialog(self.ctx, self.window(),
                                                next_holdout_name(self.session.project, use_case),
                                                self._holdout_frozen)

    def _holdout_frozen(self, snap: dict) -> None:
        self.ctx.ok(self.tr("Hold-out frozen as “{name}” ({id}, {n} items).").format(
            name=snap["name"], id=snap["id"], n=snap["item_count"]))
        self.session.audit_changed.emit()
        self._data_changed()

    def _data_changed(self) -> None:
        self.refresh_data_status()
        if self.checks.lines and self.check_button.isEnabled():
            self.check()  # the list of problems follows what was just fixed
