"""The form of a new training run: a preset, the base model, the hyper-parameters the
engineer wants to change, and the contamination override reason.

The form speaks JobSpec: `values()` is a dict for JobSpec.from_dict. A field left empty
takes the preset's value, which the field shows as its placeholder, so what "empty" means
is always on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QWidget)

from ..core.errors import ValidationError
from ..train import presets

#: (backend, method, size) → what the preset is for, as the engineer thinks of it.
PRESET_LABELS = {
    ("peft", "lora", "8b"): QT_TRANSLATE_NOOP("TrainingForm", "LoRA · 8B · CUDA"),
    ("peft", "qlora", "70b"): QT_TRANSLATE_NOOP("TrainingForm", "QLoRA · 70B · one CUDA node"),
    ("peft", "full", "8b"): QT_TRANSLATE_NOOP("TrainingForm", "Full fine-tune · 8B · CUDA"),
    ("peft", "full", "70b"): QT_TRANSLATE_NOOP("TrainingForm", "Full fine-tune · 70B · FSDP cluster"),
    ("peft", "lora", "70b"): QT_TRANSLATE_NOOP("TrainingForm", "LoRA · 70B · several GPUs"),
    ("peft", "qlora", "8b"): QT_TRANSLATE_NOOP("TrainingForm", "QLoRA · 8B · one GPU"),
    ("mlx", "lora", "8b"): QT_TRANSLATE_NOOP("TrainingForm", "LoRA · 8B · Apple silicon (mlx)"),
    ("mlx", "lora", "70b"): QT_TRANSLATE_NOOP("TrainingForm", "LoRA · 70B · Apple silicon (mlx)"),
    ("peft", "lora", "tiny"): QT_TRANSLATE_NOOP("TrainingForm", "LoRA · test model · CPU"),
    ("peft", "qlora", "tiny"): QT_TRANSLATE_NOOP("TrainingForm", "QLoRA · test model · CPU (bitsandbytes)"),
    ("peft", "full", "tiny"): QT_TRANSLATE_NOOP("TrainingForm", "Full fine-tune · test model · CPU"),
    ("mlx", "lora", "tiny"): QT_TRANSLATE_NOOP("TrainingForm", "LoRA · test model · mlx"),
}
#: Number fields of the form: (spec field, label, integer?).
NUMBER_FIELDS = (
    ("max_steps", QT_TRANSLATE_NOOP("TrainingForm", "Steps"), True),
    ("epochs", QT_TRANSLATE_NOOP("TrainingForm", "Epochs"), False),
    ("learning_rate", QT_TRANSLATE_NOOP("TrainingForm", "Learning rate"), False),
    ("batch_size", QT_TRANSLATE_NOOP("TrainingForm", "Batch size"), True),
    ("grad_accum", QT_TRANSLATE_NOOP("TrainingForm", "Gradient accumulation"), True),
    ("lora_rank", QT_TRANSLATE_NOOP("TrainingForm", "LoRA rank"), True),
    ("lora_alpha", QT_TRANSLATE_NOOP("TrainingForm", "LoRA alpha"), False),
    ("max_seq_length", QT_TRANSLATE_NOOP("TrainingForm", "Max sequence length"), True),
    ("checkpoint_every", QT_TRANSLATE_NOOP("TrainingForm", "Checkpoint every (steps)"), True),
    ("eval_every", QT_TRANSLATE_NOOP("TrainingForm", "Validation loss every (steps)"), True),
    ("seed", QT_TRANSLATE_NOOP("TrainingForm", "Seed"), True),
)


#: Where the run's workers start: here, or from job files written for several GPUs / Slurm.
LAUNCHERS = (
    ("local", QT_TRANSLATE_NOOP("TrainingForm", "This machine")),
    ("accelerate", QT_TRANSLATE_NOOP("TrainingForm", "Several GPUs (accelerate, FSDP for full)")),
    ("torchrun", QT_TRANSLATE_NOOP("TrainingForm", "Several GPUs (torchrun)")),
    ("slurm", QT_TRANSLATE_NOOP("TrainingForm", "Slurm cluster (batch script)")),
)


def preset_keys() -> list[tuple[str, str, str]]:
    order = list(PRESET_LABELS)
    return sorted(presets.available(), key=lambda k: order.index(k) if k in order else len(order))


class TrainingForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.layout_form = form
        # The use case whose adapter the run trains (chosen at the top of the page).
        self.use_case = QLabel(wordWrap=True)
        self.use_case.setObjectName("UseCase")
        form.addRow(self.tr("Use case"), self.use_case)
        form.setRowVisible(self.use_case, False)
        self.preset = QComboBox()
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.all_keys = preset_keys()
        self.keys = list(self.all_keys)  # the presets in the box: those this machine can run
        self.suited: list[tuple[str, str, str]] | None = None
        self._fill_presets()
        self.preset.currentIndexChanged.connect(self._preset_changed)
        form.addRow(self.tr("Preset"), self.preset)
        self.other_machines = QCheckBox(self.tr("Show presets for other machines"))
        self.other_machines.setToolTip(self.tr("For a run whose job files you start on a GPU machine or cluster"))
        self.other_machines.toggled.connect(lambda _: self._fill_presets())
        self.other_machines.hide()  # until the hardware is known, every preset is shown
        form.addRow("", self.other_machines)
        row = QHBoxLayout()
        self.base_model = QLineEdit()
        self.base_model.setPlaceholderText(
            self.tr("Folder of a Hugging Face checkpoint, e.g. Apertus-8B-Instruct-2509"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.base_model, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("Base model"), row)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("optional, e.g. treuhand-fr v2"))
        form.addRow(self.tr("Name"), self.name)
        self.fields: dict[str, QLineEdit] = {}
        for key, label, integer in NUMBER_FIELDS:
            edit = QLineEdit()
            edit.setValidator(QIntValidator(0, 10**9, edit) if integer else QDoubleValidator(0, 1e9, 8, edit))
            edit.textChanged.connect(self.changed)
            self.fields[key] = edit
            form.addRow(self.tr(label), edit)
        self.fields["seed"].setPlaceholderText("42")
        self.fields["max_steps"].setToolTip(self.tr("Optimizer steps; when set it wins over epochs"))
        self.fields["eval_every"].setToolTip(self.tr(
            "Loss on a part of the training snapshot held back from training (never the hold-out); 0: off"))
        self.eval_each = QCheckBox(self.tr("Evaluate each checkpoint"))
        self.eval_each.setToolTip(self.tr("Score every checkpoint on the frozen hold-out, per locale, "
                                          "against the base model, in a separate process"))
        self.eval_each.setChecked(True)
        form.addRow("", self.eval_each)
        self.launcher = QComboBox()
        for _, label in LAUNCHERS:
            self.launcher.addItem(self.tr(label))
        self.launcher.setToolTip(self.tr("Anything but this machine registers the run and writes the job "
                                         "files; you start the workers with the command shown"))
        form.addRow(self.tr("Where"), self.launcher)
        where = QHBoxLayout()
        self.nodes = QSpinBox(minimum=1, maximum=512, value=1)
        self.gpus = QSpinBox(minimum=1, maximum=16, value=1)
        where.addWidget(QLabel(self.tr("Nodes")))
        where.addWidget(self.nodes)
        where.addWidget(QLabel(self.tr("GPUs per node")))
        where.addWidget(self.gpus)
        self.cpu_only = QCheckBox(self.tr("CPU only"))
        self.cpu_only.setToolTip(self.tr("The job asks for no GPUs: each process trains on CPU cores "
                                         "(a test of the job on a CPU cluster); GPUs per node is then "
                                         "the number of processes per node"))
        where.addWidget(self.cpu_only)
        where.addStretch()
        form.addRow("", where)
        self.cluster = QWidget()
        cluster = QHBoxLayout(self.cluster)
        cluster.setContentsMargins(0, 0, 0, 0)
        self.partition = QLineEdit()
        self.partition.setPlaceholderText(self.tr("default"))
        self.partition.setToolTip(self.tr("The Slurm partition (queue) of the job; empty: the cluster's default"))
        self.time_limit = QLineEdit()
        self.time_limit.setPlaceholderText("24:00:00")
        self.time_limit.setToolTip(self.tr("The job's time limit (HH:MM:SS or D-HH:MM:SS). Two minutes before "
                                           "it, the job saves a checkpoint and queues itself again"))
        self.cpus = QSpinBox(minimum=1, maximum=512, value=32)
        self.cpus.setToolTip(self.tr("CPU cores Slurm gives each task (data loading, tokenization)"))
        for label, widget in ((self.tr("Partition"), self.partition), (self.tr("Time limit"), self.time_limit),
                              (self.tr("CPUs per task"), self.cpus)):
            cluster.addWidget(QLabel(label))
            cluster.addWidget(widget)
        cluster.addStretch()
        form.addRow("", self.cluster)
        self.submit = QCheckBox(self.tr("Submit the job to Slurm now (sbatch)"))
        form.addRow("", self.submit)
        self.launcher.currentIndexChanged.connect(self._launcher_changed)
        self._launcher_changed()
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("only if pairs overlap the hold-out: why"))
        self.override.setToolTip(self.tr("Recorded in the audit trail with the overlapping items"))
        form.addRow(self.tr("Contamination override"), self.override)
        for w in (self.base_model, self.name, self.override):
            w.textChanged.connect(self.changed)
        self._preset_changed()

    def set_use_case(self, text: str | None) -> None:
        """Show the use case the run is for (None: the project has no use cases, no row)."""
        self.use_case.setText(text or "")
        self.layout_form.setRowVisible(self.use_case, text is not None)

    def _launcher_changed(self) -> None:
        from ..train import slurm

        kind = self.launcher_kind()
        local = kind == "local"
        self.gpus.setEnabled(not local)
        self.nodes.setEnabled(not local)
        self.cpu_only.setEnabled(not local)
        self.cluster.setVisible(kind == "slurm")
        self.submit.setVisible(kind == "slurm")
        # Submitting needs sbatch here; without it the job files are written and the window
        # shows the command to submit them on the cluster's login node.
        can_submit = kind == "slurm" and slurm.available()
        self.submit.setEnabled(can_submit)
        self.submit.setChecked(can_submit)
        self.submit.setToolTip(
            self.tr("The run is registered and its job script written; with this ticked the window also "
                    "submits it, and the run shows its Slurm job and state") if can_submit else
            self.tr("sbatch is not on this machine: the job script is written and the window shows the "
                    "command that submits it on the cluster's login node"))
        self.changed.emit()

    def slurm_options(self) -> dict:
        """The Slurm script's options the form sets (partition, time limit, CPUs per task)."""
        out: dict = {"cpus_per_task": self.cpus.value()}
        if self.partition.text().strip():
            out["partition"] = self.partition.text().strip()
        if self.time_limit.text().strip():
            out["time_limit"] = self.time_limit.text().strip()
        return out

    def submit_now(self) -> bool:
        return self.launcher_kind() == "slurm" and self.submit.isEnabled() and self.submit.isChecked()

    def launcher_kind(self) -> str:
        return LAUNCHERS[max(self.launcher.currentIndex(), 0)][0]

    def select_launcher(self, kind: str, nodes: int = 1, gpus_per_node: int = 8, *, submit: bool | None = None,
                        cpu_only: bool = False, **slurm_options) -> None:
        """Where the run's workers start (used by tests; a person uses the widgets)."""
        self.launcher.setCurrentIndex([k for k, _ in LAUNCHERS].index(kind))
        self.nodes.setValue(nodes)
        self.gpus.setValue(gpus_per_node)
        self.cpu_only.setChecked(cpu_only)
        if submit is not None:
            self.submit.setChecked(submit)
        self.partition.setText(slurm_options.get("partition") or "")
        self.time_limit.setText(slurm_options.get("time_limit") or "")
        self.cpus.setValue(int(slurm_options.get("cpus_per_task") or 32))

    # -- presets --------------------------------------------------------------------------
    def apply_hardware(self, info: dict) -> None:
        """Offer the presets this machine can run (train/presets.suited), GPUs per node as many
        as it has; the others stay one tick away for job files meant for another machine."""
        self.suited = presets.suited(info)
        self.other_machines.setVisible(len(self.suited) < len(self.all_keys))
        self.gpus.setValue(max(1, len(info.get("cuda") or [])))
        self._fill_presets()

    def _fill_presets(self) -> None:
        current = self.keys[self.preset.currentIndex()] if 0 <= self.preset.currentIndex() < len(self.keys) else None
        show_all = self.suited is None or self.other_machines.isChecked()
        keys = self.all_keys if show_all else [k for k in self.all_keys if k in self.suited]
        self.keys = keys or list(self.all_keys)
        self.preset.blockSignals(True)
        self.preset.clear()
        for key in self.keys:
            self.preset.addItem(self.tr(PRESET_LABELS.get(key, " · ".join(key))))
        self.preset.setCurrentIndex(self.keys.index(current) if current in self.keys else 0)
        self.preset.blockSignals(False)
        if current is not None and current != self.keys[self.preset.currentIndex()]:
            self._preset_changed()

    def preset_key(self) -> tuple[str, str, str]:
        # By index: Qt's findData does not compare Python tuples by value.
        return self.keys[self.preset.currentIndex()]

    def select_preset(self, backend: str, method: str, size: str) -> None:
        key = (backend, method, size)
        if key not in self.keys and key in self.all_keys:
            self.other_machines.setChecked(True)  # asked for by name: show it even if not for here
        if key in self.keys:
            self.preset.setCurrentIndex(self.keys.index(key))

    def _preset_changed(self) -> None:
        backend, method, size = self.preset_key()
        values = presets.preset(backend, method, size)
        for key, edit in self.fields.items():
            if key in values:
                edit.setPlaceholderText(f"{values[key]:g}" if isinstance(values[key], float) else str(values[key]))
            elif key == "max_steps":
                edit.setPlaceholderText(self.tr("from epochs"))
            lora_only = key in ("lora_rank", "lora_alpha")
            edit.setEnabled(not (lora_only and method == "full"))
        self.changed.emit()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the base model folder"),
                                                  self.base_model.text() or str(Path.home()))
        if folder:
            self.base_model.setText(folder)

    # -- the spec -------------------------------------------------------------------------
    def values(self) -> dict:
        """The job spec the form describes (empty fields left to the preset)."""
        backend, method, size = self.preset_key()
        base = self.base_model.text().strip()
        if not base:
            raise ValidationError(self.tr("choose the base model folder first"))
        out: dict = {"base_model": base, "backend": backend, "method": method, "model_size": size,
                     "name": self.name.text().strip(), "eval_each_checkpoint": self.eval_each.isChecked()}
        if self.launcher_kind() != "local" and self.cpu_only.isChecked():
            out["device"] = "cpu"
        integers = {k for k, _, integer in NUMBER_FIELDS if integer}
        for key, edit in self.fields.items():
            text = edit.text().strip().replace(",", ".")
            if text and edit.isEnabled():
                try:
                    out[key] = int(text) if key in integers else float(text)
                except ValueError:
                    raise ValidationError(self.tr("'{value}' is not a number ({field})").format(
                        value=text, field=key)) from None
        return out

    def override_reason(self) -> str | None:
        return self.override.text().strip() or None

    def set_values(self, values: dict) -> None:
        """Fill the form (used for the demo defaults and by tests)."""
        if "base_model" in values:
            self.base_model.setText(str(values["base_model"]))
        for key, edit in self.fields.items():
            if key in values:
                edit.setText(str(values[key]))
        if "name" in values:
            self.name.setText(values["name"])
