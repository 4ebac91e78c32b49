"""Where the application's own files are: bundled resources and the per-user folders."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "ApertusWorkbench"


def resources_dir() -> Path:
    # PyInstaller unpacks data next to the executable (sys._MEIPASS); from a checkout or an
    # editable install the folder sits beside the package.
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def log_dir() -> Path:
    import platformdirs

    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
