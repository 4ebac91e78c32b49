"""Training (placeholder until workbench.train's job spec and runner land; replace this
module with the real page — nothing else needs to change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from . import ViewSpec


def _make(ctx):
    from .placeholder import PlaceholderView

    translate = QCoreApplication.translate
    return PlaceholderView(
        ctx, key="training", icon="training",
        title=translate("TrainingView", "Training"),
        headline=translate("TrainingView", "Training arrives with the training layer"),
        body=translate("TrainingView",
                       "Here you will choose a preset (LoRA 8B, QLoRA 70B or a full fine-tune), see the "
                       "detected hardware and the pre-launch checks, and follow loss, learning rate and "
                       "tokens/s live. Until then, runs are launched from the command line."))


VIEW = ViewSpec("training", QT_TRANSLATE_NOOP("Views", "Training"), "training", 40, _make, "Ctrl+4")
