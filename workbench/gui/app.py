"""Starting the Qt application (placeholder window until the GUI views land)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run(project_dir: Path | None, demo: bool = False, screenshot: Path | None = None,
        view: str = "data") -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel(f"Apertus Workbench — project: {project_dir or '(none)'}")
    label.resize(640, 200)
    if screenshot is not None:
        label.grab().save(str(screenshot))
        return 0
    label.show()
    return app.exec()
