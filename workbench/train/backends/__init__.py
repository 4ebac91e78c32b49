"""Training backends. Each module has `train(session) -> dict` and imports its framework
(torch/peft or mlx) inside its functions, so choosing one never loads the other.

What a backend's training loop may ask of its run is `TrainingHooks`: a RunSession in the
worker, `peft.NullHooks` or a recorder in a benchmark. What both backends do before their
first step (chat template, where to start, what is recorded) is in prologue.py.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, Callable, Protocol, runtime_checkable

from ...core.errors import ValidationError

BACKENDS = {"peft": "workbench.train.backends.peft", "mlx": "workbench.train.backends.mlx"}


def get_backend(name: str):
    if name not in BACKENDS:
        raise ValidationError(f"unknown backend '{name}': use one of {', '.join(BACKENDS)}")
    return importlib.import_module(BACKENDS[name])


@runtime_checkable
class TrainingHooks(Protocol):
    """What a training loop reports to, and asks of, its run (session.RunSession is the real one)."""

    #: The newest checkpoint written (0: none yet), for the messages of a stop.
    last_checkpoint_step: int

    def emit(self, type_: str, **fields: Any) -> dict | None:
        """Append an event (step, eval, log, …) to the run's event log."""

    def log(self, message: str, **fields: Any) -> None:
        """A `log` event: a line for the person following the run."""

    def check_cancel(self, step: int) -> None:
        """Raise session.StopRequested when someone asked the run to stop."""

    def check_loss(self, step: int, loss: float, lr: float) -> None:
        """Raise session.TrainingDiverged when the loss is NaN or infinite."""

    def checkpoint(self, step: int, loss: float, write: Callable[[Path], None], *, shared: bool = False,
                   **state: Any) -> Path | None:
        """Write step `step` through `write(folder)`, atomically, and register it."""
