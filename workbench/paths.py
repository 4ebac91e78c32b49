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


def config_dir() -> Path:
    """Per-user settings and command-line sessions ($WORKBENCH_CONFIG_DIR overrides it)."""
    import os

    import platformdirs

    override = os.environ.get("WORKBENCH_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    import platformdirs

    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


#: Environment variable naming the "engine" Python: a full install (torch, transformers,
#: peft, mlx) that runs training and evaluation workers for the desktop bundle.
ENGINE_ENV = "WORKBENCH_ENGINE_PYTHON"


def is_frozen() -> bool:
    """True inside the desktop bundle (PyInstaller), which ships without the ML stack."""
    return bool(getattr(sys, "frozen", False))


def engine_python(configured: str | None = None) -> str | None:
    """The Python to start training/evaluation workers with: the setting the caller passes
    (the GUI's File → Engine Python…), else $WORKBENCH_ENGINE_PYTHON, else this Python —
    except in the desktop bundle, whose own executable cannot run them (None then)."""
    import os

    for candidate in (configured, os.environ.get(ENGINE_ENV)):
        if candidate and candidate.strip():
            return candidate.strip()
    return None if is_frozen() else sys.executable


def require_engine_python(configured: str | None = None) -> str:
    """engine_python(), or a WorkbenchError that says how to configure one."""
    python = engine_python(configured)
    if python is None:
        from .core.errors import WorkbenchError

        raise WorkbenchError(
            "training and evaluation run in a separate Python with the ML libraries (torch, "
            "transformers, peft or mlx), which the desktop app does not include: install "
            "'apertus-workbench' in a Python environment and point the app at its interpreter "
            f"(File → Engine Python…, or the {ENGINE_ENV} environment variable)")
    import os
    import shutil

    # Checked before a run is registered: a run whose worker cannot start would sit queued.
    found = python if os.path.isfile(python) and os.access(python, os.X_OK) else shutil.which(python)
    if not found:
        from .core.errors import WorkbenchError

        raise WorkbenchError(f"the engine Python '{python}' is not an executable program: choose the "
                             "python of an environment with apertus-workbench installed (File → Engine "
                             f"Python…, or the {ENGINE_ENV} environment variable)")
    return python


#: Secrets that never reach a child process (a worker acts for the user who started it, by
#: name, and never needs a password).
SECRET_ENV = ("WORKBENCH_PASSWORD", "WORKBENCH_ALLOW_ENV_PASSWORD")


def child_environment(**extra: str) -> dict[str, str]:
    """The environment for a worker process: ours, less the secrets, plus `extra`."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in SECRET_ENV}
    env.update(extra)
    return env


def env_password() -> str | None:
    """$WORKBENCH_PASSWORD, honoured only where $WORKBENCH_ALLOW_ENV_PASSWORD=1 (automated
    tests and screenshots): anywhere else a password in the environment would satisfy every
    signed step of whoever can read it."""
    import os

    if os.environ.get("WORKBENCH_ALLOW_ENV_PASSWORD") != "1":
        return None
    return os.environ.get("WORKBENCH_PASSWORD")
