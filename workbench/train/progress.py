"""Where a run is now, as a person would say it: queued, running, evaluating its checkpoints
(n of m done), completed, failed, cancelled — and how long it has taken and has left.

The registry's status is written by the worker at its start and end; between those, and while
the checkpoints it wrote are still being evaluated in their own processes, the registry alone
would say "queued" at step 12 of 30 or "completed" before the last score exists. This module
reads the registry, the evaluations and the run's event stamps together, for both front ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.runs import RunStatus

if TYPE_CHECKING:
    from ..store.project import Project

#: The phase beyond the stored statuses: training is over, checkpoint evaluations are not.
EVALUATING = "evaluating"


@dataclass(frozen=True)
class RunPhase:
    status: str              # a RunStatus value, or EVALUATING
    evaluated: int = 0       # checkpoints with a completed evaluation
    to_evaluate: int = 0     # checkpoints the run asked to evaluate (0: none asked)
    eval_failed: int = 0     # checkpoints whose evaluation failed


def run_phase(project: "Project", run: dict) -> RunPhase:
    """The run's phase from its registry row, its worker and its evaluations."""
    from ..store.evaluations import list_evaluations
    from ..store.runs import list_checkpoints
    from .events import worker_alive

    status = str(run["status"])
    if status == RunStatus.QUEUED and worker_alive(run["run_dir"]):
        status = RunStatus.RUNNING.value  # the worker has its lock: it trains
    if not (run.get("spec") or {}).get("eval_each_checkpoint"):
        return RunPhase(status)
    labels = {f"step-{c['step']:06d}" for c in list_checkpoints(project, run["id"])}
    evs = list_evaluations(project, run["id"])
    done = {e["checkpoint"] for e in evs if e["status"] == "completed"} & labels
    failed = {e["checkpoint"] for e in evs if e["status"] == "failed"} & labels - done
    if status == RunStatus.COMPLETED and len(done) + len(failed) < len(labels):
        status = EVALUATING
    return RunPhase(status, len(done), len(labels), len(failed))


def timing(events: list[dict], total_steps: int | None, now: float) -> tuple[float | None, float | None]:
    """(seconds since the run's first event, seconds left by the recent pace of its steps)
    from the event stream (each event carries its time `t`). Elapsed stops at a terminal
    event; the estimate needs two steps at least and is None once the run has ended."""
    stamped = [e for e in events if e.get("t") is not None]
    if not stamped:
        return None, None
    ended = next((e for e in reversed(stamped)
                  if e.get("type") in ("done", "error", "cancelled", "interrupted", "requeued")), None)
    last_start = max((i for i, e in enumerate(stamped) if e.get("type") == "log" and e.get("phase") == "start"),
                     default=None)
    if ended is not None and (last_start is None or stamped.index(ended) > last_start):
        return float(ended["t"]) - float(stamped[0]["t"]), None
    elapsed = now - float(stamped[0]["t"])
    # The pace of this worker only: a resumed run's earlier worker may have run elsewhere.
    steps = [e for e in stamped[last_start or 0:] if e.get("type") == "step"][-50:]
    if not total_steps or len(steps) < 2 or steps[-1]["step"] <= steps[0]["step"]:
        return elapsed, None
    pace = (float(steps[-1]["t"]) - float(steps[0]["t"])) / (steps[-1]["step"] - steps[0]["step"])
    return elapsed, max(0.0, (total_steps - steps[-1]["step"]) * pace - (now - float(steps[-1]["t"])))
