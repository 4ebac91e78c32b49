"""The process of one training run: `python -m workbench.train.worker RUN_DIR`.

Started by runner.spawn_worker (or by accelerate launch / torchrun / srun for several GPUs,
see launchers.py). It holds the run's lock for its whole life, picks up the last complete
checkpoint if there is one, trains, and records the outcome: an event and the registry
status, always both. Tracebacks go to runs/<id>/worker.log; events and the registry get a
message a person can act on.

SIGTERM stops the run at its next step, after a checkpoint of the steps finished since the
last one. Inside a Slurm job, a SIGTERM that comes with a requeue (`scontrol requeue`, a
preemption, the job script's own requeue before the time limit) records the run as
`requeued`: Slurm starts the job again and the next worker continues from that checkpoint.
Any other stop (`scancel`, `workbench runs cancel`, a plain kill) records it as `cancelled`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import traceback
from pathlib import Path

from ..core.errors import WorkbenchError
from ..core.hashing import sha256_hex
from ..core.runs import RESUMABLE, RunStatus
from . import checkpoints as ckpt
from . import slurm
from .events import EventLog, acquire_worker_lock, write_pid
from .session import CANCEL_FLAG, RunSession, StopRequested
from .spec import JobSpec


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m workbench.train.worker")
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--lock-fd", type=int, default=None,
                        help="descriptor of the run's lock, already taken by the launcher")
    parser.add_argument("--user", default=None,
                        help="the user in whose name the worker trains (who launched or resumed the run)")
    return parser.parse_args(argv)


def _is_main_rank() -> bool:
    return int(os.environ.get("RANK", "0")) == 0


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    run_dir = args.run_dir.resolve()
    main_rank = _is_main_rank()
    lock_fd, own_lock = args.lock_fd, False
    if main_rank and lock_fd is None:  # started by hand, by torchrun or by srun
        try:
            lock_fd, own_lock = acquire_worker_lock(run_dir), True
        except BlockingIOError:
            print(f"run {run_dir.name} already has a live worker", file=sys.stderr)
            return 3
    if lock_fd is not None:
        write_pid(lock_fd, os.getpid())

    from ..store import open_project

    # Closed on the way out, whatever happened: a worker run in the launcher's process (tests,
    # the demo) must not leave a connection or the run's lock behind.
    try:
        with open_project(run_dir.parent.parent) as project:
            return _work(project, run_dir, args, main_rank)
    finally:
        if own_lock:
            os.close(lock_fd)


def _work(project, run_dir: Path, args: argparse.Namespace, main_rank: bool) -> int:
    from ..store import runs as registry

    run = registry.get_run(project, run_dir.name)
    on_disk = json.loads((run_dir / "spec.json").read_text(encoding="utf-8"))
    if sha256_hex(on_disk) != sha256_hex(run["spec"]):
        # The spec is what was checked and registered at launch: a file edited since (another
        # model, more steps, other data) must not run under the registered run's name.
        message = (f"spec.json of run {run['id']} differs from the spec registered at launch (SHA-256 "
                   f"{sha256_hex(on_disk)[:12]}… instead of {sha256_hex(run['spec'])[:12]}…): refusing to "
                   "train; launch a new run with the new settings")
        print(f"error: {message}", file=sys.stderr)
        if main_rank:
            registry.set_run_status(project, run["id"], RunStatus.FAILED, actor=run["created_by"], error=message)
        return 2
    spec = JobSpec.from_dict(on_disk)
    # A worker acts in the name of the user who started it (core/roles.py): the launcher, or
    # whoever resumed the run. Started by hand (torchrun, srun), it is the launcher.
    actor = args.user or run["created_by"]
    events = EventLog(run_dir) if main_rank else None
    if main_rank:
        removed = ckpt.remove_partial(run_dir)
        if run["status"] in RESUMABLE:
            # Started again by hand (the launcher's command, sbatch): an earlier cancel is history.
            # Before the other ranks' first look at it: they meet rank 0 in prepare() first.
            (run_dir / CANCEL_FLAG).unlink(missing_ok=True)
    resume = ckpt.latest_on_disk(run_dir)
    session = RunSession(project, run, spec, run_dir, events, actor, resume_from=resume, quiet=not main_rank)
    if resume:
        session.last_checkpoint_step = resume[0]

    # SIGTERM (a `kill`, a shutdown, Slurm's scancel, requeue or time limit) stops the run at
    # its next step, after a checkpoint of the finished steps.
    signal.signal(signal.SIGTERM, lambda *_: session.signalled.append("SIGTERM"))
    job = slurm.job_from_env()

    if main_rank:
        on_slurm = {"slurm_job_id": job["job_id"], "slurm_restarts": job["restarts"]} if job else {}
        if job and (run["lineage"].get("slurm") or {}).get("job_id") != job["job_id"]:
            session.add_lineage({"slurm": {k: v for k, v in job.items() if k != "restarts"}})
        registry.set_run_status(project, run["id"], RunStatus.RUNNING, actor=actor, pid=os.getpid(),
                                extra={"resume_from": resume[0] if resume else None, **on_slurm})
        session.emit("log", phase="start", pid=os.getpid(), backend=spec.backend, method=spec.method,
                     resumed_from=resume[0] if resume else None, **on_slurm,
                     message=(f"resuming from step {resume[0]}" if resume else "starting")
                     + (f" (removed unfinished {', '.join(removed)})" if removed else ""))
    step = resume[0] if resume else 0
    try:
        if resume:  # before any of it is loaded: refuse a checkpoint changed since it was written
            ckpt.verify_for_resume(resume[1], project=project, run_id=run["id"], step=resume[0],
                                   rank=int(os.environ.get("RANK", "0")))
            if main_rank and ckpt.registered_sha256(project, run["id"], resume[0]) is None:
                _register_found(session, project, run, resume, actor)
        from .backends import get_backend

        result = get_backend(spec.backend).train(session)
    except StopRequested as stop:
        if main_rank:
            _stopped(session, project, run, actor, stop, job)
        return 0
    except WorkbenchError as exc:
        return _fail(session, project, run, actor, str(exc), main_rank)
    except BaseException as exc:  # noqa: BLE001 - the run must record any death it can
        traceback.print_exc()
        message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        if isinstance(exc, MemoryError) or "out of memory" in str(exc).lower():
            message += (" — the model and batch do not fit: lower batch_size or max_seq_length, enable "
                        "gradient_checkpointing, or use QLoRA")
        return _fail(session, project, run, actor, message + f" (traceback in {run_dir / 'worker.log'})",
                     main_rank, code=1)
    if main_rank:
        session.emit("done", step=result.get("final_step", step), loss=result.get("final_loss"), sync=True,
                     last_checkpoint=session.last_checkpoint_step or None)
        registry.set_run_status(project, run["id"], RunStatus.COMPLETED, actor=actor,
                                extra={"final_step": result.get("final_step"),
                                       "final_loss": _finite(result.get("final_loss"))})
    return 0


def _register_found(session: RunSession, project, run: dict, resume: tuple[int, Path], actor: str) -> None:
    """A checkpoint published on disk but not registered (the worker was killed in between):
    checked against its manifest just now, it is registered as it would have been."""
    from ..store.runs import add_checkpoint

    step, folder = resume
    loss = json.loads((folder / ckpt.STATE_FILE).read_text(encoding="utf-8")).get("loss")
    sha = ckpt.weights_sha256(folder)
    add_checkpoint(project, run["id"], step=step, path=str(folder), train_loss=loss, sha256=sha, actor=actor)
    session.emit("checkpoint", step=step, loss=loss, path=str(folder), sha256=sha, sync=True, recovered=True,
                 message=f"checkpoint {step} was written but not registered when the worker stopped: "
                         "checked against its manifest and registered")


def _stopped(session: RunSession, project, run: dict, actor: str, stop: StopRequested, job: dict | None) -> None:
    """Record a stop: `requeued` when Slurm requeued the job this worker runs in, else `cancelled`."""
    from ..store import runs as registry

    last = session.last_checkpoint_step or None
    on_slurm = {"slurm_job_id": job["job_id"]} if job else {}
    if stop.by == "signal" and slurm.requeued(job):
        session.emit("requeued", step=stop.step, last_checkpoint=last, sync=True, **on_slurm,
                     message=f"Slurm requeued job {job['job_id']} at step {stop.step}: it continues from "
                             f"{f'step {last}' if last else 'the start'} when Slurm starts it again")
        registry.set_run_status(project, run["id"], RunStatus.REQUEUED, actor=actor,
                                extra={"step": stop.step, "last_checkpoint": last, **on_slurm})
        return
    session.emit("cancelled", step=stop.step, by=stop.by, sync=True, last_checkpoint=last, **on_slurm)
    registry.set_run_status(project, run["id"], RunStatus.CANCELLED, actor=stop.by if stop.by != "signal" else actor,
                            extra={"step": stop.step, "last_checkpoint": session.last_checkpoint_step, **on_slurm})


def _finite(value):
    import math

    return value if isinstance(value, (int, float)) and math.isfinite(value) else None


def _fail(session: RunSession, project, run: dict, actor: str, message: str, main_rank: bool,
          code: int = 2) -> int:
    if main_rank:
        session.emit("error", message=message, sync=True,
                     last_checkpoint=session.last_checkpoint_step or None)
        from ..store import runs as registry

        registry.set_run_status(project, run["id"], RunStatus.FAILED, actor=actor, error=message)
    print(message, file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
