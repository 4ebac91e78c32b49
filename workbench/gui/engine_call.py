"""Run one task of workbench.evaluate.engine in the engine's Python and wait for its answer,
from a background task (gui/tasks.py): the window never loads a model itself (the desktop
bundle has no ML stack), and a cancelled task stops the child."""

from __future__ import annotations

import json
import subprocess
import time

from ..core.errors import WorkbenchError


def engine_python() -> str:
    """The engine's Python the window starts workers with (File → Engine Python…), or a
    WorkbenchError that says how to set one."""
    from ..paths import require_engine_python
    from . import settings

    return require_engine_python(settings.get_str("engine/python") or None)


def run_engine(task: str, args: list[str], token=None, *, python: str | None = None) -> dict:
    """The JSON the engine printed; a WorkbenchError with its one-line message otherwise."""
    from ..paths import child_environment

    cmd = [python or engine_python(), "-m", "workbench.evaluate.engine", task, *map(str, args)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env=child_environment(), text=True)
    while proc.poll() is None:
        if token is not None and token.cancelled():
            proc.kill()
            proc.wait()
            raise WorkbenchError("cancelled: nothing was recorded for the unfinished evaluation")
        time.sleep(0.2)
    out, err = proc.communicate()
    if proc.returncode != 0:
        lines = [ln for ln in err.strip().splitlines() if ln.strip()]
        message = lines[-1] if lines else f"the engine stopped with exit code {proc.returncode}"
        raise WorkbenchError(message.removeprefix("error: ").removeprefix("unexpected error: "))
    return json.loads(out.strip().splitlines()[-1])
