"""What a backend sees of its run: data, events, checkpoints, cancel, divergence.

The backends (peft.py, mlx.py) only train; everything that touches the project (registry,
audit, the event file, the evaluation hook) goes through a RunSession, so both backends
report and checkpoint the same way. In a multi-process (torchrun) run only rank 0 has a
session that writes; the others get `quiet=True`.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..core.errors import WorkbenchError
from ..paths import child_environment
from . import checkpoints as ckpt
from .events import EventLog
from .spec import JobSpec

if TYPE_CHECKING:
    from ..store.project import Project

CANCEL_FLAG = "CANCEL"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_EVAL_COMMAND = ["{python}", "-m", "workbench.evaluate.worker", "--project", "{project}",
                        "--run", "{run_id}", "--checkpoint", "{step}", "--user", "{user}"]


class StopRequested(Exception):
    """Raised inside the training loop when someone asked the run to stop (a cancel or a
    SIGTERM). Not a WorkbenchError: the worker catches it and records the run as cancelled."""

    def __init__(self, by: str, step: int):
        super().__init__(f"cancelled by {by} at step {step}")
        self.by, self.step = by, step


class TrainingDiverged(WorkbenchError):
    """The loss became NaN or infinite."""


@dataclass
class RunSession:
    project: "Project | None"
    run: dict
    spec: JobSpec
    run_dir: Path
    events: EventLog | None
    actor: str
    resume_from: tuple[int, Path] | None = None
    quiet: bool = False                 # ranks > 0 of a distributed run
    signalled: list = field(default_factory=list)
    last_checkpoint_step: int = 0

    # -- data -----------------------------------------------------------------------------
    def train_items(self) -> list[dict]:
        from ..store.snapshots import snapshot_items

        return snapshot_items(self.project, self.run["train_snapshot"])

    @property
    def model_dir(self) -> str:
        return self.run["base_model"]

    @property
    def acting(self):
        """The worker as an actor for role-checked steps: in the name of the user who started
        it, and checked as that user (core/roles.py)."""
        from ..core.roles import SystemActor
        from ..store.users import get_user

        return SystemActor(self.actor, on_behalf_of=get_user(self.project, self.actor))

    # -- reporting ------------------------------------------------------------------------
    def emit(self, type_: str, **fields) -> dict | None:
        if self.quiet or self.events is None:
            return None
        return self.events.emit(type_, **fields)

    def log(self, message: str, **fields) -> None:
        self.emit("log", message=message, **fields)

    def add_lineage(self, values: dict) -> None:
        if self.quiet or self.project is None:
            return
        from ..store.runs import update_lineage

        update_lineage(self.project, self.run["id"], values, actor=self.actor)

    # -- control --------------------------------------------------------------------------
    def check_cancel(self, step: int) -> None:
        flag = self.run_dir / CANCEL_FLAG
        if self.signalled or flag.exists():
            by = "signal"
            if flag.exists():
                try:
                    by = json.loads(flag.read_text(encoding="utf-8")).get("by", "unknown")
                except (OSError, ValueError):
                    by = "unknown"
            raise StopRequested(by, step)

    def check_loss(self, step: int, loss: float, lr: float) -> None:
        if math.isfinite(loss):
            return
        last = (f"the last good checkpoint is step {self.last_checkpoint_step}"
                if self.last_checkpoint_step else "no checkpoint was written")
        raise TrainingDiverged(
            f"the training loss became {loss} at step {step} (learning rate {lr:.3g}); the run was "
            f"stopped and {last}. Lower the learning rate (e.g. by 10x), raise warmup_ratio, keep "
            "max_grad_norm at 1.0, and check the training data for empty or garbled answers")

    # -- checkpoints ----------------------------------------------------------------------
    def checkpoint(self, step: int, loss: float, write: Callable[[Path], None], *, shared: bool = False,
                   **state) -> Path:
        """Write step `step` atomically (`write` fills the folder), register and announce it.

        shared (distributed runs): every rank calls this and `write`, which synchronises the
        ranks and lets each write its shard into the one temporary folder; rank 0 alone
        creates, publishes and registers it."""
        final = ckpt.checkpoints_dir(self.run_dir) / ckpt.step_dir_name(step)
        if self.quiet:
            if shared:
                write(ckpt.temporary_dir(self.run_dir, step, shared=True))
            return final
        with ckpt.atomic_checkpoint(self.run_dir, step, shared=shared) as tmp:
            write(tmp)
            ckpt.write_json(tmp / ckpt.STATE_FILE, {
                "step": step, "loss": loss, "run_id": self.run["id"], "backend": self.spec.backend,
                "method": self.spec.method, "base_model": self.run["base_model"],
                "spec_hash": self.spec.spec_hash, "seed": self.spec.seed, **state})
        sha = ckpt.weights_sha256(final)
        from ..store.runs import add_checkpoint

        add_checkpoint(self.project, self.run["id"], step=step, path=str(final), train_loss=loss,
                       sha256=sha, actor=self.actor)
        self.last_checkpoint_step = step
        self.emit("checkpoint", step=step, loss=loss, path=str(final), sha256=sha, sync=True)
        removed = ckpt.prune(self.run_dir, self.spec.keep_checkpoints)
        if removed:
            self.log(f"removed checkpoints {removed} (keep_checkpoints={self.spec.keep_checkpoints})")
        if self.spec.eval_each_checkpoint:
            self._spawn_evaluation(step, final)
        return final

    def _spawn_evaluation(self, step: int, path: Path) -> None:
        command = self.spec.eval_command
        if command is None:
            if importlib.util.find_spec("workbench.evaluate.worker") is None:
                self.log(f"no evaluation of step {step}: workbench.evaluate is not installed")
                return
            command = DEFAULT_EVAL_COMMAND
        values = {"python": sys.executable, "run_id": self.run["id"], "step": str(step),
                  "checkpoint": str(path), "project": str(self.project.root), "user": self.actor}
        argv = [arg.format(**values) for arg in command]
        env = child_environment(WORKBENCH_PROJECT=str(self.project.root),
                                PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT),
                                                                         os.environ.get("PYTHONPATH")])))
        log = (self.run_dir / f"eval-step-{step:06d}.log").open("ab")
        try:
            proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    cwd=self.project.root, env=env, start_new_session=True)
        except OSError as exc:
            self.log(f"could not start the evaluation of step {step}: {exc}", step=step)
            return
        finally:
            log.close()
        self.log(f"evaluation of step {step} started", step=step, eval_pid=proc.pid, eval_command=argv)
