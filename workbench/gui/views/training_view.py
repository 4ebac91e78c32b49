"""Training: a form on the job spec with presets, the machine's hardware, the pre-launch
checks, launch / cancel / resume, and the selected run followed live.

Runs are processes of their own (workbench.train.runner): launching returns at once, the
monitor reads the run's event file on a timer, and closing the window leaves the run going.
The checks and the launch itself (which imports torch and hashes the snapshots) run on the
task pool so the window never freezes. The launch section lives in gui/training_launch.py,
the run list in gui/training_runs.py; both are mixins of this page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout

from ...core.roles import Action
from ...core.runs import LIVE, RESUMABLE
from .. import settings
from ..session import gate
from ..training_launch import LaunchSection
from ..training_runs import RunList
from ..use_case_picker import UseCasePicker
from ..widgets import muted_label, title_label
from . import ViewSpec
from .base import View


def describe_hardware(info: dict) -> str:
    def t(text: str) -> str:
        return QCoreApplication.translate("TrainingView", text)

    parts = [t("CPU {n} cores").format(n=info["cpu_cores"])]
    if info.get("ram_gb"):
        parts[0] += t(", {gb:g} GB RAM").format(gb=info["ram_gb"])
    if info["cuda"]:
        names: dict[str, int] = {}
        for d in info["cuda"]:
            key = f"{d['name']} ({d['memory_gb']:g} GB)"
            names[key] = names.get(key, 0) + 1
        parts.append("CUDA: " + ", ".join(f"{n}× {k}" for k, n in names.items()))
    else:
        parts.append(t("no CUDA GPU"))
    parts.append(t("mlx available") if info["mlx"] else t("mlx not installed"))
    if info.get("disk_free_gb") is not None:
        parts.append(t("{gb:g} GB free for runs").format(gb=info["disk_free_gb"]))
    return " · ".join(parts)


class TrainingView(LaunchSection, RunList, View):
    """The page: hardware line on top, the launch section (training_launch) on the left, the
    run list and its monitor (training_runs) on the right."""

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
        self.use_cases = UseCasePicker(self.session)
        head.addWidget(self.use_cases)
        self.hardware = muted_label(self.tr("Detecting hardware…"))
        head.addWidget(self.hardware)
        lay.addLayout(head)
        lay.addWidget(muted_label(self.tr(
            "Fine-tune on the signed-off training snapshot, checked against the frozen hold-out. "
            "Each run is its own process: close the window and it goes on."), wrap=True))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._launch_panel())
        split.setCollapsible(0, False)
        split.addWidget(self._runs_panel())
        split.setSizes([470, 860])
        self.split = split
        lay.addWidget(split, 1)

        self.session.project_changed.connect(self._project_changed)
        self.session.user_changed.connect(self._gate)
        self.session.user_changed.connect(self._user_changed)
        self.session.use_case_changed.connect(self._use_case_changed)
        self.session.scopes_changed.connect(self._use_case_changed)
        self._hardware_started = False
        self._project_changed()

    # -- project, hardware, defaults ------------------------------------------------------
    def _project_changed(self) -> None:
        self.checks.clear()
        self.selected = None
        p = self.session.project
        if p is not None:
            from ...evaluate.demo_loop import DEMO_TRAINING, tiny_model_path

            demo_model = tiny_model_path(p)
            if (demo_model / "config.json").exists():
                self.form.select_preset("peft", "lora", "tiny")
                self.form.set_values({"base_model": demo_model,
                                      **{k: DEMO_TRAINING[k] for k in ("max_steps", "checkpoint_every", "batch_size",
                                                                       "learning_rate")}})
            elif settings.get_str("training/base_model"):
                self.form.set_values({"base_model": settings.get_str("training/base_model")})
        self.refresh_runs()
        self.refresh_data_status()
        self._gate()

    def activated(self, **kwargs) -> None:
        if not self._hardware_started:
            self._detect_hardware()
        self.refresh_runs()
        self.refresh_data_status()

    def _detect_hardware(self) -> None:
        self._hardware_started = True
        root = self.session.root

        def work(token):
            from ...train.hardware import machine_profile

            # Detected once per machine (torch takes seconds to import) and kept.
            return machine_profile(root / "runs" if root else None)

        self.ctx.tasks.start(self.tr("Detecting hardware…"), work, on_done=self._hardware_known,
                             on_error=lambda msg: self.hardware.setText(msg))

    def _hardware_known(self, info: dict) -> None:
        self.hardware_info = info
        self.hardware.setText(describe_hardware(info))
        demo = self.form.preset_key()
        self.form.apply_hardware(info)
        if demo[2] == "tiny":
            self.form.select_preset(*demo)

    def _use_case_changed(self) -> None:
        # Another use case: other snapshots, another adapter; the old check's lines are not its.
        self.checks.clear()
        self.refresh_data_status()

    def _user_changed(self) -> None:
        # What the previous person checked (and the problems they were shown) is theirs.
        self.checks.clear()
        self.refresh_data_status()

    # -- permissions ----------------------------------------------------------------------
    def _gate(self) -> None:
        ok, why = self.session.permission(Action.TRAIN)
        busy = self.checking or self.launching
        gate(self.check_button, ok and not busy, why if not ok else self.tr("Checking…"),
             self.tr("Run the pre-launch checks without starting anything"))
        gate(self.launch_button, ok and not busy, why if not ok else self.tr("Launching…"),
             self.tr("Check, register and start the run in its own process"))
        run = self.run(self.selected)
        live = run is not None and run["status"] in LIVE
        gate(self.cancel_button, ok and live, why if not ok else self.tr("No running run is selected."),
             self.tr("The run stops at its next step; its checkpoints stay"))
        resumable = run is not None and run["status"] in RESUMABLE
        gate(self.resume_button, ok and resumable, why if not ok else self.tr(
            "Only an interrupted, failed or cancelled run can be resumed."),
             self.tr("Continue from the last checkpoint"))
        gate(self.dashboard_button, run is not None, self.tr("Select a run first."),
             self.tr("Per-locale results of this run against the base"))

    def busy(self) -> bool:
        return self.checking or self.launching

    def save_state(self, s: QSettings) -> None:
        s.setValue("views/training/split", self.split.saveState())

    def restore_state(self, s: QSettings) -> None:
        if s.value("views/training/split"):
            self.split.restoreState(s.value("views/training/split"))


VIEW = ViewSpec("training", QT_TRANSLATE_NOOP("Views", "Training"), "training", 40, TrainingView, "Ctrl+4")
