"""About: what this is, and the versions a support request needs (read from package
metadata, so torch and friends are not imported just to show a number)."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ... import __version__
from .. import icons
from ..widgets import muted_label, title_label

PACKAGES = ("torch", "transformers", "peft", "bitsandbytes", "mlx", "mlx-lm",
            "presidio-analyzer", "spacy", "sacrebleu")


def versions() -> list[tuple[str, str]]:
    rows = [("Apertus Workbench", __version__), ("Python", platform.python_version()),
            ("Qt", qVersion()), ("PySide6", pyside_version), ("SQLite", sqlite3.sqlite_version)]
    for name in PACKAGES:
        try:
            rows.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            rows.append((name, "—"))
    return rows


class AboutDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Apertus Workbench"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        logo = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        logo.setPixmap(icons.pixmap("app", 64))
        lay.addWidget(logo)
        t = title_label("Apertus Workbench")
        t.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(t)
        lay.addWidget(muted_label(self.tr(
            "Curate, de-identify, sign off, fine-tune and evaluate the Swiss open language model "
            "Apertus, with an audit trail a regulator can follow. Apache-2.0."), wrap=True))
        form = QFormLayout()
        for name, version in versions():
            value = QLabel(version)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name, value)
        p = ctx.session.project
        if p is not None:
            from ...store.audit import head
            from ...store.schema import current_version

            form.addRow(self.tr("Project"), QLabel(str(p.root)))
            form.addRow(self.tr("Schema"), QLabel(str(current_version(p))))
            form.addRow(self.tr("Audit head"), QLabel(head(p)[1][:16] + "…"))
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
