"""Runs in their own processes: follow, kill -9 and resume, cancel — through the CLI where a
user would use it. Each worker is a real child process of this test."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from tests.train.processes import cli
from workbench.store import audit
from workbench.train import checkpoints as ckpt
from workbench.train import runner
from workbench.train.events import read_events, worker_alive
from workbench.train.spec import JobSpec

pytestmark = pytest.mark.slow



def wait_until(condition, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def steps(events):
    return {e["step"]: e["loss"] for e in events if e["type"] == "step"}


def test_resume_after_kill_9_continues_from_the_last_checkpoint(ready_project, erik, tiny_model_dir, capsys):
    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=30, batch_size=4,
                   learning_rate=2e-2, checkpoint_every=5, seed=5)
    run = runner.launch_run(ready_project, spec, erik)
    run_dir = Path(run["run_dir"])
    # Let it get past its second checkpoint, freeze it so the events on disk stop moving,
    # then kill it the hard way.
    wait_until(lambda: any(e["type"] == "step" and e["step"] >= 12 for e in read_events(run_dir)))
    os.kill(run["pid"], signal.SIGSTOP)
    before = read_events(run_dir)
    os.kill(run["pid"], signal.SIGKILL)
    wait_until(lambda: not worker_alive(run_dir), timeout=10)
    last_step = max(steps(before))
    resume_from = ckpt.latest_on_disk(run_dir)[0]
    assert resume_from >= 10 and resume_from % 5 == 0

    # The registry learns that the worker died without reporting.
    assert cli(ready_project, "runs", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in listed] == ["interrupted"]

    offset = len(before)
    assert cli(ready_project, "runs", "resume", run["id"], "--json") == 0
    out = capsys.readouterr().out
    assert f"resumes from step {resume_from}" in out
    after = read_events(run_dir)[offset:]
    start = next(e for e in after if e.get("phase") == "start")
    assert start["resumed_from"] == resume_from
    resumed = steps(after)
    assert min(resumed) == resume_from + 1 and max(resumed) == 30
    # Same batches, same optimizer and RNG state: the steps done twice give the same loss.
    overlap = [s for s in resumed if s <= last_step]
    assert overlap or resume_from == last_step
    for s in overlap:
        assert resumed[s] == pytest.approx(steps(before)[s], rel=1e-4), s
    assert after[-1]["type"] == "done"

    final = runner.get_run(ready_project, run["id"])
    assert final["status"] == "completed" and final["finished_at"]
    registered = [c["step"] for c in runner.registry.list_checkpoints(ready_project, run["id"])]
    assert registered == [5, 10, 15, 20, 25, 30]
    assert [s for s, _ in ckpt.list_on_disk(run_dir)] == registered
    assert not [p for p in (run_dir / "checkpoints").iterdir() if p.name.startswith(".")]
    actions = [e["action"] for e in audit.entries(ready_project, object_type="run", object_id=run["id"])]
    assert actions[:3] == ["run.create", "run.launch", "run.running"]
    assert {"run.interrupted", "run.resume", "run.completed"} <= set(actions)
    assert audit.verify_chain(ready_project).ok


def test_cancel_through_the_cli_stops_the_worker_at_its_next_step(ready_project, tiny_model_dir, capsys):
    assert cli(ready_project, "train", "--base-model", str(tiny_model_dir), "--method", "lora",
               "--max-steps", "5000", "--detach", "--lr", "1e-3") == 0
    run = runner.list_runs(ready_project)[-1]
    run_dir = Path(run["run_dir"])
    wait_until(lambda: any(e["type"] == "step" for e in read_events(run_dir)))
    assert cli(ready_project, "runs", "cancel", run["id"]) == 0
    assert "asked to stop" in capsys.readouterr().out
    events = runner.wait(run_dir, timeout_s=60)
    assert events[-1]["type"] == "cancelled" and events[-1]["by"] == "erik"
    assert events[-1]["step"] < 5000
    done = runner.get_run(ready_project, run["id"])
    assert done["status"] == "cancelled" and not worker_alive(run_dir)
    actions = [e["action"] for e in audit.entries(ready_project, object_type="run", object_id=run["id"])]
    assert "run.cancel_requested" in actions and actions[-1] == "run.cancelled"
    assert cli(ready_project, "runs", "cancel", run["id"]) == 2  # already ended: a clear error
    assert "already ended" in capsys.readouterr().err
    # Following an ended run replays its events through the progress display and ends at once.
    assert cli(ready_project, "runs", "follow", run["id"]) == 1
    assert "cancelled by erik" in capsys.readouterr().err
    assert cli(ready_project, "runs", "show", run["id"]) == 0
    assert "cancelled" in capsys.readouterr().out


def test_mlx_run_resumes_after_kill_9_and_cancels(ready_project, erik, tiny_model_dir):
    """The mlx-lm backend (mlx[cpu] here) under the same runner: a killed worker resumes from
    its last adapter checkpoint, and a cancel stops it at its next step."""
    pytest.importorskip("mlx_lm")
    spec = JobSpec(base_model=str(tiny_model_dir), backend="mlx", method="lora", max_steps=400,
                   batch_size=4, learning_rate=1e-3, checkpoint_every=4, seed=3)
    run = runner.launch_run(ready_project, spec, erik)
    run_dir = Path(run["run_dir"])
    wait_until(lambda: (ckpt.latest_on_disk(run_dir) or (0,))[0] >= 4)
    os.kill(run["pid"], signal.SIGKILL)
    wait_until(lambda: not worker_alive(run_dir), timeout=10)
    resume_from = ckpt.latest_on_disk(run_dir)[0]
    assert runner.get_run(ready_project, run["id"])["status"] == "interrupted"
    offset = len(read_events(run_dir))

    runner.resume_run(ready_project, run["id"], erik)
    wait_until(lambda: any(e["type"] == "step" for e in read_events(run_dir)[offset:]))
    after = read_events(run_dir)[offset:]
    start = next(e for e in after if e.get("phase") == "start")
    assert start["resumed_from"] == resume_from
    assert min(steps(after)) == resume_from + 1
    runner.cancel_run(ready_project, run["id"], erik)
    events = runner.wait(run_dir, timeout_s=120)
    assert events[-1]["type"] == "cancelled" and events[-1]["step"] < 400
    assert runner.get_run(ready_project, run["id"])["status"] == "cancelled"
    # The adapter of the last checkpoint loads in mlx-lm.
    import mlx_lm

    last = ckpt.latest_on_disk(run_dir)[1]
    model, _ = mlx_lm.load(str(tiny_model_dir), adapter_path=str(last))
    assert model is not None
