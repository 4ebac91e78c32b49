"""What the workbench asks of Slurm: submit a run's job, cancel it, read its state, and tell
a requeue from a cancel.

Only the client commands are used (sbatch, scancel, squeue, scontrol), each with a short
time limit; where they are missing (a laptop, a workstation off the cluster) every answer is
"unknown" and the workbench goes on without them. The worker itself learns its job from
Slurm's environment (SLURM_JOB_ID, SLURM_RESTART_COUNT).

Requeue or cancel? Slurm stops a job's processes with SIGTERM in both cases (`scancel`, a
preemption, `scontrol requeue`, the job script's own requeue before the time limit). A
requeue raises the job's restart count at once, while the stopped processes still carry the
count they were started with: a count that grew means the job goes back to the queue.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from ..core.errors import StateError

TIMEOUT_S = 15
#: Reading states runs whenever a run list is shown (the window refreshes its list every few
#: seconds): a controller that does not answer costs this once, then it is not asked for a minute.
QUERY_TIMEOUT_S = 5
QUIET_AFTER_TIMEOUT_S = 60.0
_quiet_until = 0.0
#: Slurm states after which the job never runs again (squeue %T / scontrol JobState).
ENDED_STATES = frozenset({"BOOT_FAIL", "CANCELLED", "COMPLETED", "DEADLINE", "FAILED", "NODE_FAIL",
                          "OUT_OF_MEMORY", "TIMEOUT", "SPECIAL_EXIT"})
#: States of a job that Slurm will start (again).
WAITING_STATES = frozenset({"PENDING", "REQUEUED", "REQUEUE_FED", "REQUEUE_HOLD"})
_JOB_ID = re.compile(r"^\d+(_\d+)?$")


def available() -> bool:
    """Whether this machine can submit to a Slurm cluster (sbatch is on PATH)."""
    return shutil.which("sbatch") is not None


def _run(argv: list[str], timeout: float = TIMEOUT_S) -> subprocess.CompletedProcess | None:
    global _quiet_until
    query = timeout == QUERY_TIMEOUT_S
    if shutil.which(argv[0]) is None or (query and time.monotonic() < _quiet_until):
        return None
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        if query:
            _quiet_until = time.monotonic() + QUIET_AFTER_TIMEOUT_S
        return None
    except OSError:
        return None


def job_from_env(env: dict | None = None) -> dict | None:
    """The Slurm job this process runs in: id, restart count, cluster, partition, nodes."""
    env = os.environ if env is None else env
    job_id = env.get("SLURM_JOB_ID")
    if not job_id:
        return None
    return {"job_id": job_id, "restarts": int(env.get("SLURM_RESTART_COUNT") or 0),
            "cluster": env.get("SLURM_CLUSTER_NAME"), "partition": env.get("SLURM_JOB_PARTITION"),
            "nodes": env.get("SLURM_JOB_NODELIST")}


def submit(script: Path | str) -> str:
    """sbatch the job script; return the job id."""
    done = _run(["sbatch", "--parsable", str(script)])
    if done is None:
        raise StateError("sbatch is not available on this machine: submit the job on the cluster's login node "
                         f"with 'sbatch {script}'")
    if done.returncode != 0:
        raise StateError(f"sbatch refused the job: {(done.stderr or done.stdout).strip()}")
    job_id = done.stdout.strip().split(";")[0]  # "123" or "123;cluster"
    if not _JOB_ID.match(job_id):
        raise StateError(f"sbatch answered {done.stdout.strip()!r} instead of a job id")
    return job_id


def cancel(job_id: str) -> bool:
    """scancel the job; False where scancel is missing or refused."""
    done = _run(["scancel", str(job_id)])
    return done is not None and done.returncode == 0


def show_job(job_id: str) -> dict[str, str] | None:
    """`scontrol show job` as a mapping (JobState, Restarts, Reason, …); None when unknown."""
    done = _run(["scontrol", "show", "job", "--oneliner", str(job_id)], QUERY_TIMEOUT_S)
    if done is None or done.returncode != 0:
        return None
    return dict(re.findall(r"(\w+)=(\S*)", done.stdout))


def find_jobs(*, names: list[str] = (), ids: list[str] = ()) -> list[tuple[str, str, str]]:
    """(name, job id, state) of each job Slurm still knows with one of these names or ids
    (states: PENDING, RUNNING, COMPLETING, CANCELLED, …). Jobs it has forgotten, or all of
    them where Slurm cannot be asked, are left out."""
    found = set()
    wanted_ids = sorted({str(j) for j in ids if j and _JOB_ID.match(str(j))})
    for option, values in (("--name", sorted(set(names))), ("--jobs", wanted_ids)):
        if not values:
            continue
        done = _run(["squeue", "--noheader", "--states=all", f"{option}={','.join(values)}", "--format=%j|%i|%T"],
                    QUERY_TIMEOUT_S)
        if done is None:
            return []
        if done.returncode != 0 and option == "--jobs":  # one forgotten id fails the whole call
            found |= {(info.get("JobName", ""), j, info["JobState"]) for j in values
                      if (info := show_job(j)) and "JobState" in info}
            continue
        found |= {tuple(line.split("|")) for line in done.stdout.splitlines() if line.count("|") == 2}
    return sorted(found)


def requeued(job: dict | None) -> bool:
    """Whether the job this process runs in (job_from_env) was requeued since it started: its
    restart count in Slurm is higher than the one this process was started with."""
    if not job:
        return False
    info = show_job(job["job_id"])
    try:
        return info is not None and int(info.get("Restarts", "0")) > job["restarts"]
    except ValueError:
        return False
