"""The Slurm path on a real Slurm: the one-node cluster of .ci/slurm-cluster.sh (slurmctld +
slurmd on localhost, munge), which .ci/run starts before `make test`.

The job script is the generated launch/slurm.sbatch, submitted unchanged with the printed
`sbatch` command (or by `workbench train --submit`); only the partition, time limit and CPUs
are set, through the workbench's own options. On the CPU (`--device cpu`), so the job asks
for no GPUs. What is checked:
- the job trains, writes checkpoints and events into the project, and the run is followed
  (and listed with its Slurm job and state) like a local one;
- `scontrol requeue` (a preemption) and the job script's own requeue two minutes before the
  time limit (Slurm's USR1, sent here with scancel --batch) stop the workers with SIGTERM; they
  checkpoint the last finished step, the run is `requeued`, and the job's next start
  continues from that step: no finished step is lost;
- `scancel` of a running job records `cancelled`; `workbench runs cancel` of a job waiting in
  the queue scancels it.

Skipped where sbatch is not installed, unless WORKBENCH_REQUIRE_SLURM is set (.ci/run sets
it): then, as when sbatch is there but no cluster answers, the tests fail. Requeued jobs wait
two minutes before Slurm starts them again (BeginTime); the tests move that to now.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.train.processes import cli, launch_printed, starts, steps, user_env, wait_until
from workbench.train import checkpoints as ckpt
from workbench.train import runner
from workbench.train.events import read_events

pytestmark = [pytest.mark.slow, pytest.mark.slurm]


def job_options(partition: str, processes: int) -> tuple[str, ...]:
    return ("--launcher", "slurm", "--device", "cpu", "--gpus-per-node", str(processes), "--partition", partition,
            "--time", "00:20:00", "--cpus-per-task", "1")


def spec(tiny_model_dir, max_steps: int) -> dict:
    return {"base_model": str(tiny_model_dir), "method": "lora", "max_steps": max_steps, "checkpoint_every": 50,
            "batch_size": 1, "eval_every": 0, "learning_rate": 2e-2, "seed": 3}


def sbatch(command: list[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, env=user_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return re.search(r"Submitted batch job (\d+)", done.stdout).group(1)


def slurm(*args: str) -> str:
    done = subprocess.run(list(args), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


def job_state(job: str) -> str:
    return re.search(r"JobState=(\S+)", slurm("scontrol", "show", "job", "--oneliner", job)).group(1)


def status(project, run) -> str:
    return runner.get_run(project, run["id"])["status"]


def trained(run, at_least: int = 3):
    return lambda: max(steps(read_events(run["run_dir"])) or [0]) >= at_least


def start_now(job: str) -> None:
    """A requeued job waits two minutes (BeginTime) before Slurm starts it again: make it now."""
    wait_until(lambda: job_state(job) == "PENDING", timeout=60, what=f"job {job} back in the queue")
    slurm("scontrol", "update", f"jobid={job}", "StartTime=now")


def check_requeued(project, run, job: str) -> int:
    """The run was stopped by a requeue: checkpoint of the last finished step, `requeued`."""
    wait_until(lambda: status(project, run) == "requeued", timeout=180, what="the run to be requeued")
    events = read_events(run["run_dir"])
    last = events[-1]
    assert last["type"] == "requeued" and last["slurm_job_id"] == job
    stopped_at = last["step"]
    assert stopped_at == max(steps(events)) and last["last_checkpoint"] == stopped_at  # nothing lost
    assert ckpt.latest_on_disk(run["run_dir"])[0] == stopped_at
    listed = runner.get_run(project, run["id"])
    assert listed["slurm_job"] == job and listed["slurm_state"] in ("PENDING", "COMPLETING", "REQUEUED")
    return stopped_at


def test_a_job_trains_is_requeued_and_continues_from_its_checkpoint(partition, ready_project, tiny_model_dir,
                                                                    capsys):
    run, command = launch_printed(ready_project, capsys, spec(tiny_model_dir, 120), *job_options(partition, 2))
    script = Path(run["run_dir"]) / "launch" / "slurm.sbatch"
    assert command == ["sbatch", str(script)]
    assert "--gpus-per-node" not in script.read_text() and f"#SBATCH --partition={partition}" in script.read_text()
    job = sbatch(command, ready_project.root)
    wait_until(trained(run), timeout=240, what="the job's first steps")
    assert status(ready_project, run) == "running"
    assert runner.get_run(ready_project, run["id"])["slurm_state"] == "RUNNING"

    slurm("scontrol", "requeue", job)  # what a preemption does
    stopped_at = check_requeued(ready_project, run, job)
    capsys.readouterr()
    assert cli(ready_project, "runs", "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["status"] == "requeued" and listed["slurm_job"] == job and listed["slurm_state"]

    start_now(job)
    wait_until(lambda: status(ready_project, run) in ("completed", "failed"), timeout=300, what="the job's end")
    events = read_events(run["run_dir"])
    first, second = starts(events)
    assert events[first]["slurm_job_id"] == events[second]["slurm_job_id"] == job
    assert events[second]["slurm_restarts"] == 1 and events[second]["resumed_from"] == stopped_at
    after = steps(events[second:])
    assert min(after) == stopped_at + 1 and max(after) == 120 and events[-1]["type"] == "done"
    assert status(ready_project, run) == "completed"
    assert runner.get_run(ready_project, run["id"])["lineage"]["slurm"]["job_id"] == job
    checkpoints = [c["step"] for c in runner.registry.list_checkpoints(ready_project, run["id"])]
    assert stopped_at in checkpoints and checkpoints[-1] == 120
    log = (Path(run["run_dir"]) / f"slurm-{job}.log").read_text()
    assert "DUE TO JOB REQUEUE" in log  # both starts write to the same log


def test_the_time_limit_requeues_the_job_and_a_waiting_job_is_cancelled_from_the_workbench(
        partition, ready_project, tiny_model_dir, capsys):
    run, _ = launch_printed(ready_project, capsys, spec(tiny_model_dir, 5000), *job_options(partition, 1), "--submit")
    job = runner.slurm_job(run)
    assert job and run["lineage"]["launch"]["slurm"]["job_id"] == job
    wait_until(trained(run), timeout=240, what="the job's first steps")
    # What `#SBATCH --signal=B:USR1@120` delivers to the job script two minutes before the limit.
    slurm("scancel", "--batch", "--signal=USR1", job)
    check_requeued(ready_project, run, job)
    log = (Path(run["run_dir"]) / f"slurm-{job}.log").read_text()
    assert f"time limit near: requeueing job {job}" in log

    # Waiting in the queue: `workbench runs cancel` takes the job out of it.
    capsys.readouterr()
    assert cli(ready_project, "runs", "cancel", run["id"]) == 0
    assert "cancelled" in capsys.readouterr().out
    assert status(ready_project, run) == "cancelled"
    wait_until(lambda: job_state(job) == "CANCELLED", timeout=60, what=f"job {job} cancelled")


def test_scancel_of_a_running_job_records_the_run_as_cancelled(partition, ready_project, tiny_model_dir, capsys):
    run, command = launch_printed(ready_project, capsys, spec(tiny_model_dir, 5000), *job_options(partition, 1))
    job = sbatch(command, ready_project.root)
    wait_until(trained(run), timeout=240, what="the job's first steps")
    slurm("scancel", job)
    wait_until(lambda: status(ready_project, run) == "cancelled", timeout=120, what="the run to be cancelled")
    events = read_events(run["run_dir"])
    assert events[-1]["type"] == "cancelled" and events[-1]["slurm_job_id"] == job
    assert events[-1]["step"] == max(steps(events)) == ckpt.latest_on_disk(run["run_dir"])[0]
    wait_until(lambda: job_state(job) == "CANCELLED", timeout=60, what=f"job {job} cancelled")
    capsys.readouterr()
    assert cli(ready_project, "runs", "follow", run["id"]) == 1  # followed like a local run: it was cancelled
