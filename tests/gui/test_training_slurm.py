"""The Training page launches a run on Slurm and follows it like a local one: its job and the
job's Slurm state next to the run's own status, and the monitor's word when Slurm requeued it.

The first test submits from the window to the real one-node cluster of .ci/slurm-cluster.sh
(as tests/train/test_slurm.py does from the command line); the second stands in for Slurm's
answer to show a requeued run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.gui.conftest import settle, sign_in
from tests.train.conftest import make_ready
from tests.train.processes import ROOT, wait_until


@pytest.mark.slow
@pytest.mark.slurm
def test_a_run_submitted_from_the_window_trains_on_slurm_and_is_followed(qtbot, window, tiny_model_dir, partition,
                                                                          monkeypatch):
    from workbench.gui import settings
    from workbench.train import runner

    # The window was started from the workbench's environment (its bin folder on PATH): the
    # job sbatch submits inherits it, as a job submitted from a user's shell would.
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}:{os.environ['PATH']}")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    project = window.session.project
    make_ready(project)
    window.session.notify_items([])
    sign_in(qtbot, window, "erik")
    window.show_view("training")
    settle(qtbot, window)
    view = window.views["training"]
    settings.set_value("engine/python", "")
    view.form.select_preset("peft", "lora", "tiny")
    view.form.set_values({"base_model": tiny_model_dir, "max_steps": 6, "batch_size": 1, "checkpoint_every": 3,
                          "eval_every": 0})
    view.form.eval_each.setChecked(False)
    view.form.select_launcher("slurm", nodes=1, gpus_per_node=1, cpu_only=True, partition=partition,
                              time_limit="00:20:00", cpus_per_task=1)
    assert view.form.submit.isEnabled() and view.form.submit.isChecked()   # sbatch is here: submit by default
    qtbot.mouseClick(view.launch_button, qtbot_left())
    qtbot.waitUntil(lambda: not view.launching, timeout=120_000)

    (run,) = runner.list_runs(project)
    job = runner.slurm_job(run)
    assert job and f"submitted to Slurm as job {job}" in view.checks.text(), view.checks.text()
    script = (Path(run["run_dir"]) / "launch" / "slurm.sbatch").read_text()
    assert f"#SBATCH --partition={partition}" in script and "#SBATCH --time=00:20:00" in script
    assert "--gpus-per-node" not in script   # CPU only: the job asks for no GPU

    # Followed like a local run: its steps arrive from the project folder the job writes to.
    wait_until(lambda: runner.get_run(project, run["id"])["status"] in ("completed", "failed"), timeout=300,
               what=f"Slurm job {job} to finish the run")
    assert runner.get_run(project, run["id"])["status"] == "completed", runner.get_run(project, run["id"])["error"]
    view.refresh_runs()
    qtbot.waitUntil(lambda: f"Slurm job {job}" in view.table.topLevelItem(0).text(1), timeout=30_000)
    assert view.table.topLevelItem(0).text(1).startswith("completed")
    assert [c["step"] for c in runner.registry.list_checkpoints(project, run["id"])] == [3, 6]


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_slurm_run_shows_its_job_and_slurm_state_next_to_its_status(qtbot, window, tiny_model_dir, monkeypatch):
    from workbench.store.users import get_user
    from workbench.train import launchers, runner, slurm
    from workbench.train.events import EventLog
    from workbench.train.spec import JobSpec

    project = window.session.project
    make_ready(project)
    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=40, device="cpu")
    run = runner.launch(project, spec, get_user(project, "erik"), launcher="slurm").run
    # Submitted by hand with the printed sbatch command: found in the queue by its job name.
    queue = [(launchers.slurm_job_name(run["id"]), "4711", "PENDING")]
    monkeypatch.setattr(slurm, "find_jobs", lambda names=(), ids=(): queue)
    sign_in(qtbot, window, "erik")
    window.show_view("training")
    settle(qtbot, window)
    view = window.views["training"]
    assert view.table.topLevelItem(0).text(1) == "queued · Slurm job 4711 PENDING"

    # Slurm requeued it after 12 steps: cancellable (its job waits in the queue), not resumable here.
    runner.registry.set_run_status(project, run["id"], "requeued", actor="erik", extra={"slurm_job_id": "4711"})
    with EventLog(run["run_dir"]) as events:
        events.emit("requeued", step=12, last_checkpoint=12, slurm_job_id="4711", message="requeued")
    view.refresh_runs()
    assert view.table.topLevelItem(0).text(1) == "requeued · Slurm job 4711 PENDING"
    assert view.cancel_button.isEnabled() and not view.resume_button.isEnabled()
    view.monitor.poll()
    assert view.monitor.outcome == "requeued"
    assert "requeued by Slurm at step 12" in view.monitor.log.toPlainText()
