"""The Training page follows a Slurm run like a local one: its job and the job's Slurm state
next to the run's own status, and the monitor's word when Slurm requeued it. Slurm's answer
is stood in for here; tests/train/test_slurm.py runs the real thing."""

from __future__ import annotations

from tests.gui.conftest import settle, sign_in
from tests.train.conftest import make_ready


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
