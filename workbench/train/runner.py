"""Launching, following, cancelling and resuming training runs.

Each run is its own process (`python -m workbench.train.worker RUN_DIR`), so a crash or an
out-of-memory kill takes down the run, never the window or the command that started it.
The CLI and the GUI share these functions:

    launched = launch(project, spec, actor)         # checks, registers, starts the worker
                                                    # (or writes the job files of a cluster)
    for event in follow(run["run_dir"]): ...        # events as they are written
    cancel_run(project, run["id"], actor)           # the worker stops at its next step
    resume_run(project, run["id"], actor)           # a new worker continues from the last checkpoint

A run's status in the registry is written by its worker (running, completed, failed,
cancelled, requeued). A worker that vanished without saying so (kill -9, power cut) is found by
`reconcile`, which marks the run `interrupted`: resumable, with its events and checkpoints.
A run waiting in a Slurm queue (queued, requeued) is left waiting while Slurm still holds its
job; where the Slurm commands answer, each run of a job carries the job's state
(`slurm_state`), and a job that ended without its worker reporting ends its run too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..core.errors import StateError
from ..paths import child_environment
from ..core.roles import Action, check
from ..core.runs import ENDED, LIVE, RESUMABLE, WAITING, RunStatus
from ..store import runs as registry
from . import checkpoints as ckpt
from . import launchers, slurm
from .contamination import DEFAULT_THRESHOLD
from .data import chat_template_text
from .events import EventLog, acquire_worker_lock, tail_events, worker_alive
from .hardware import check_cpu_size, check_disk, locate_model, require_packages, resolve_device
from .lineage import build_lineage
from .preflight import Preflight, run_preflight
from .session import CANCEL_FLAG, REPO_ROOT
from .spec import JobSpec

if TYPE_CHECKING:
    from ..store.project import Project

#: A queued run whose worker has not taken its lock after this long never started.
QUEUED_GRACE = timedelta(minutes=5)

_children: dict[str, subprocess.Popen] = {}  # reaped on every follow/reconcile (no zombies)


@dataclass
class LaunchPlan:
    """Everything checked and decided before a run is registered (also a dry run's answer)."""

    spec: JobSpec
    preflight: Preflight
    device: str
    lineage: dict


def _actor(actor) -> str:

    return check(actor, Action.TRAIN)


@dataclass(frozen=True)
class LaunchResult:
    """A launched run: its registry row and, when its workers start elsewhere (several GPUs,
    a cluster), the job files written for them and the command that starts them."""

    run: dict
    files: dict[str, Path] = field(default_factory=dict)
    command: list[str] | None = None  # None: the worker already runs on this machine


def plan_run(project: "Project", spec: JobSpec, actor, *, contamination_override: str | None = None,
             threshold: float = DEFAULT_THRESHOLD, launcher: str | None = None) -> LaunchPlan:
    """Check the spec against the model, the machine and the data (and the launcher, when
    named); resolve presets."""
    if launcher is not None:
        launchers.check_launcher(launcher)
    _actor(actor)
    model = locate_model(spec.base_model, spec.backend)
    spec = spec.resolve(model.config)
    require_packages(spec)
    device = resolve_device(spec)
    check_cpu_size(spec, device, model.config)
    pre = run_preflight(project, spec, contamination_override=contamination_override, threshold=threshold)
    # Pin what "latest" meant at launch, and the folder that was checked.
    spec = replace(spec, train_snapshot=pre.train["id"], holdout_snapshot=pre.holdout["id"],
                   use_case=pre.train.get("use_case"), base_model=str(model.path) if model.path else spec.base_model)
    check_disk(spec, model.config, len(pre.train_items), project.runs_dir)
    template = chat_template_text(spec.chat_template, model.path)
    return LaunchPlan(spec, pre, device, build_lineage(spec, pre, model, device, template))


def launch(project: "Project", spec: JobSpec, actor, *, launcher: str = "local", nodes: int = 1,
           gpus_per_node: int = 8, contamination_override: str | None = None,
           python: str | None = None, slurm_options: dict | None = None, submit: bool = False) -> LaunchResult:
    """Launch a run: what the CLI's `train` and the Training page's Launch button both do.

    Checks the launcher, then the role, the spec and the data (launch_run, which registers
    the run and starts its worker here for "local"); for the other launchers writes the job
    files under runs/<id>/launch/ and returns the command that starts the workers.
    slurm_options: partition, time_limit, account, cpus_per_task of the Slurm script.
    submit (Slurm): also sbatch the script here and record the job id."""
    launchers.check_launcher(launcher)
    if launcher == "slurm":  # bad options are refused before anything is registered
        launchers.check_slurm_options(slurm_options or {})
    run = launch_run(project, spec, actor, contamination_override=contamination_override, python=python,
                     launcher=launcher)
    if launcher == "local":
        return LaunchResult(run)
    files = launchers.write_launch_files(run, JobSpec.from_dict(run["spec"]), kind=launcher, nodes=nodes,
                                         gpus_per_node=gpus_per_node, python=python,
                                         **((slurm_options or {}) if launcher == "slurm" else {}))
    command = [str(a) for a in files.pop("command")]
    # On record: how the workers start (a resume starts them the same way).
    registry.update_lineage(project, run["id"], {"launch": {"command": command}}, actor=_actor(actor))
    if submit and launcher == "slurm":
        try:
            job = slurm.submit(files["script"])
        except StateError as exc:
            raise StateError(f"{exc}; run {run['id']} is registered: submit it with '{' '.join(command)}'") from None
        registry.update_lineage(project, run["id"], {"launch": {"command": command, "slurm": {"job_id": job}}},
                                actor=_actor(actor))
    return LaunchResult(registry.get_run(project, run["id"]), files, command)


def launch_run(project: "Project", spec: JobSpec, actor, *, contamination_override: str | None = None,
               threshold: float = DEFAULT_THRESHOLD, python: str | None = None,
               launcher: str = "local") -> dict:
    """Check, register and start a run; return its registry row (status queued or running).
    The front ends call `launch`, which also writes the job files of the other launchers.

    launcher: "local" starts the worker here. Anything else ("slurm", "accelerate") only
    registers the run; the job script from launchers.py starts its worker(s) later, so the
    run stays queued without being taken for dead.
    """
    who = _actor(actor)
    plan = plan_run(project, spec, actor, contamination_override=contamination_override, threshold=threshold)
    spec, pre = plan.spec, plan.preflight
    plan.lineage["launcher"] = launcher
    with project.transaction():
        run = registry.create_run(project, spec=spec.as_dict(), backend=spec.backend, method=spec.method,
                                  base_model=spec.base_model, train_snapshot=pre.train["id"],
                                  holdout_snapshot=pre.holdout["id"], seed=spec.seed, actor=who,
                                  lineage=plan.lineage, name=spec.name, use_case=spec.use_case)
        if pre.override_reason:
            # Same transaction as the run: no run without its override, no override without its run.
            registry.note(project, run["id"], "run.contamination_override", actor=who,
                          after={"reason": pre.override_reason, **pre.contamination.as_dict(limit=100)})
    run_dir = Path(run["run_dir"])
    spec.save(run_dir / "spec.json")
    (run_dir / "preflight.json").write_text(json.dumps(
        {"contamination": pre.contamination.as_dict(), "override_reason": pre.override_reason,
         "warnings": pre.warnings}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    events = EventLog(run_dir)
    for warning in pre.warnings:
        events.emit("log", level="warning", message=warning)
    if pre.override_reason:
        events.emit("log", level="warning", message=f"contamination overridden: {pre.override_reason}")
    events.close()
    if launcher == "local":
        spawn_worker(project, run, who, python=python)
    return registry.get_run(project, run["id"])


def spawn_worker(project: "Project", run: dict, actor: str, *, action: str = "run.launch",
                 extra: dict | None = None, python: str | None = None) -> int:
    run_dir = Path(run["run_dir"])
    try:
        # Taken here and handed to the child: the run never looks dead while it starts.
        fd = acquire_worker_lock(run_dir)
    except BlockingIOError:
        raise StateError(f"run {run['id']} already has a live worker: follow it or cancel it first") from None
    command = [python or sys.executable, "-m", "workbench.train.worker", str(run_dir), "--lock-fd", str(fd),
               "--user", actor]
    env = child_environment(PYTHONUNBUFFERED="1", WORKBENCH_RUN_ID=run["id"],
                            PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
    log = (run_dir / "worker.log").open("ab")
    try:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                pass_fds=(fd,), cwd=project.root, env=env, start_new_session=True)
    finally:
        os.close(fd)
        log.close()
    _children[run["id"]] = proc
    registry.record_launch(project, run["id"], pid=proc.pid, command=command, actor=actor, action=action,
                           extra=extra)
    return proc.pid


def _reap() -> None:
    for run_id, proc in list(_children.items()):
        if proc.poll() is not None:
            del _children[run_id]


def follow(run_dir: Path | str, **kwargs) -> Iterator[dict]:
    """Events of a run as they are written, until it ends (see events.tail_events)."""
    for event in tail_events(run_dir, **kwargs):
        _reap()
        yield event
    _reap()


def slurm_job(run: dict) -> str | None:
    """The Slurm job of a run: the one its worker runs in, else the one the workbench submitted."""
    lineage = run["lineage"]
    return (lineage.get("slurm") or {}).get("job_id") or ((lineage.get("launch") or {}).get("slurm") or {}).get(
        "job_id")


def _with_slurm_states(runs: list[dict]) -> list[dict]:
    """Each run gets `slurm_job` (its Slurm job, if any) and `slurm_state` (the job's state,
    for a live run where Slurm answers). A job submitted by hand is found by its name."""
    ask = [r for r in runs if r["status"] in LIVE and (r["lineage"].get("launcher") == "slurm" or slurm_job(r))]
    jobs = slurm.find_jobs(names=[launchers.slurm_job_name(r["id"]) for r in ask],
                           ids=[slurm_job(r) for r in ask if slurm_job(r)]) if ask else []
    for r in runs:
        r["slurm_job"], r["slurm_state"] = slurm_job(r), None
        if any(r["id"] == a["id"] for a in ask):  # its newest job: by the run's name, or the id on record
            mine = [(int(j.split("_")[0]), j, state) for name, j, state in jobs
                    if name == launchers.slurm_job_name(r["id"]) or j == r["slurm_job"]]
            if mine:
                _, r["slurm_job"], r["slurm_state"] = max(mine)
    return runs


def reconcile(project: "Project", run: dict) -> dict:
    """Mark a run whose worker is gone without a final status as interrupted (cancelled, when
    Slurm says its job was)."""
    _reap()
    if run["status"] not in LIVE or worker_alive(run["run_dir"]):
        return run
    state = run.get("slurm_state")
    if run["status"] in WAITING and run["lineage"].get("launcher", "local") != "local":
        if state not in slurm.ENDED_STATES:
            return run  # waiting in a cluster queue: its job script starts the worker
        # The job ended without a worker reporting (cancelled while pending, failed to start).
        status = RunStatus.CANCELLED if state == "CANCELLED" else RunStatus.INTERRUPTED
        registry.set_run_status(project, run["id"], status, actor="workbench", only_from=(run["status"],),
                                error=f"Slurm job {run['slurm_job']} ended ({state}) before its worker reported "
                                      f"(its log: {run['run_dir']}/slurm-{run['slurm_job']}.log)")
        return _with_slurm_states([registry.get_run(project, run["id"])])[0]
    if state in slurm.WAITING_STATES:  # its node failed and Slurm requeued the job (--requeue)
        registry.set_run_status(project, run["id"], RunStatus.REQUEUED, actor="workbench", only_from=(run["status"],),
                                error="the training process ended without reporting; Slurm requeued its job "
                                      f"{run['slurm_job']}, which continues from the last checkpoint")
        return _with_slurm_states([registry.get_run(project, run["id"])])[0]
    if run["status"] == RunStatus.QUEUED:
        created = datetime.fromisoformat(run["created_at"].replace("Z", "+00:00"))
        if datetime.now(timezone.utc) - created < QUEUED_GRACE:
            return run
    last = ckpt.latest_on_disk(run["run_dir"])
    registry.set_run_status(project, run["id"], RunStatus.INTERRUPTED, actor="workbench", only_from=(run["status"],),
                            error="the training process ended without reporting (killed or crashed)",
                            extra={"last_checkpoint": last[0] if last else None})
    return _with_slurm_states([registry.get_run(project, run["id"])])[0]


def list_runs(project: "Project", status: str | None = None) -> list[dict]:
    runs = [reconcile(project, r) for r in _with_slurm_states(registry.list_runs(project))]
    return [r for r in runs if status is None or r["status"] == status]


def get_run(project: "Project", run_id: str) -> dict:
    return reconcile(project, _with_slurm_states([registry.get_run(project, run_id)])[0])


def cancel_run(project: "Project", run_id: str, actor) -> dict:
    """Ask the worker to stop (it finishes the current step and records `cancelled`); a run
    without a live worker is marked cancelled at once."""
    who = _actor(actor)
    run = get_run(project, run_id)
    if run["status"] in ENDED:
        raise StateError(f"run {run['id']} has already ended ({run['status']})")
    run_dir = Path(run["run_dir"])
    # Waiting in a Slurm queue (a worker may still be leaving after a requeue): take the job
    # out of the queue, or Slurm would start the run again later.
    job = run["slurm_job"] if run["status"] in WAITING else None
    if worker_alive(run_dir) and not job:
        flag = run_dir / CANCEL_FLAG
        flag.write_text(json.dumps({"by": who}), encoding="utf-8")
        registry.note(project, run["id"], "run.cancel_requested", actor=who, after={"pid": run["pid"]})
    else:
        extra = {"slurm_job_id": job, "scancel": slurm.cancel(job)} if job else None
        registry.set_run_status(project, run["id"], RunStatus.CANCELLED, actor=who, extra=extra)
    return registry.get_run(project, run["id"])


def resume_run(project: "Project", run_id: str, actor, *, python: str | None = None) -> dict:
    """Start a new worker for an interrupted, failed or cancelled run; it continues from the
    last complete checkpoint (or from the start when there is none)."""
    who = _actor(actor)
    run = get_run(project, run_id)
    if worker_alive(run["run_dir"]):
        raise StateError(f"run {run['id']} is still running: follow it, or cancel it first")
    if run["status"] not in RESUMABLE:
        raise StateError(f"run {run['id']} is {run['status']}: only an interrupted, failed or cancelled "
                         "run can be resumed")
    launcher = run["lineage"].get("launcher", "local")
    command = (run["lineage"].get("launch") or {}).get("command")
    if launcher in launchers.LAUNCHERS and launcher != "local" and command:
        # Its processes (their number, the cluster) are not this machine's to choose; the same
        # command starts them again, and they continue from the last checkpoint.
        raise StateError(f"run {run['id']} was started with {launcher}: start it again with the same command, "
                         f"and it continues from its last checkpoint: {' '.join(command)}")
    spec = JobSpec.from_dict(run["spec"])
    # The snapshots are pinned and immutable, but items can have been rejected since, and
    # the override recorded at launch still stands for the same data.
    run_preflight(project, spec, contamination_override=run["lineage"].get("contamination", {}).get("override_reason"))
    run_dir = Path(run["run_dir"])
    (run_dir / CANCEL_FLAG).unlink(missing_ok=True)
    last = ckpt.latest_on_disk(run_dir)
    spawn_worker(project, run, who, action="run.resume", python=python,
                 extra={"from_step": last[0] if last else 0, "previous_status": run["status"]})
    return registry.get_run(project, run["id"])


def wait(run_dir: Path | str, timeout_s: float | None = None) -> list[dict]:
    """Block until the run ends; return the events seen (for scripts and tests)."""
    return list(follow(run_dir, timeout_s=timeout_s))
