"""A worker killed in the instant between publishing a checkpoint folder and registering it:
the resumed run checks the folder against its manifest, resumes from it, and registers it, so
the run's checkpoints (what evaluation and hand-off offer) lose none of its steps."""

from __future__ import annotations

import pytest

from workbench.store import runs as registry
from workbench.train import checkpoints as ckpt
from workbench.train import runner, worker
from workbench.train.spec import JobSpec

pytestmark = pytest.mark.slow


class Killed(BaseException):
    """What a kill -9 looks like from inside: nothing after it runs."""


def test_a_checkpoint_published_but_not_registered_is_registered_on_resume(ready_project, erik, tiny_model_dir,
                                                                          monkeypatch):
    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=4, batch_size=2, learning_rate=2e-2,
                   checkpoint_every=2, seed=1)
    run = runner.launch_run(ready_project, spec, erik, launcher="manual")

    real = registry.add_checkpoint

    def killed_before_registering(*args, **kwargs):
        raise Killed()

    monkeypatch.setattr(registry, "add_checkpoint", killed_before_registering)
    assert worker.main([run["run_dir"]]) != 0     # it dies there (recorded as failed: it cannot tell)
    monkeypatch.setattr(registry, "add_checkpoint", real)
    assert ckpt.latest_on_disk(run["run_dir"])[0] == 2            # published on disk…
    assert registry.list_checkpoints(ready_project, run["id"]) == []   # …never registered

    assert worker.main([run["run_dir"]]) == 0
    done = runner.get_run(ready_project, run["id"])
    assert done["status"] == "completed"
    listed = registry.list_checkpoints(ready_project, run["id"])
    assert [c["step"] for c in listed] == [2, 4]
    on_disk = dict(ckpt.list_on_disk(run["run_dir"]))
    assert listed[0]["sha256"] == ckpt.weights_sha256(on_disk[2])   # the files it was checked against


def test_a_status_the_worker_recorded_is_not_overwritten_by_an_older_look(ready_project, erik, tiny_model_dir):
    """The monitor read the run as running, then found its worker gone: in between, the worker
    recorded `cancelled` and exited. The monitor's conclusion ("ended without reporting") rests
    on the older read and must not overwrite what the worker recorded."""
    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=2, batch_size=2, checkpoint_every=2)
    run = runner.launch_run(ready_project, spec, erik, launcher="manual")
    registry.set_run_status(ready_project, run["id"], "running", actor="erik")
    seen = runner.registry.get_run(ready_project, run["id"])            # the monitor's read: running
    registry.set_run_status(ready_project, run["id"], "cancelled", actor="erik")   # the worker, meanwhile
    after = runner.reconcile(ready_project, {**seen, "slurm_state": None})          # no worker alive now
    assert after["status"] == "cancelled" == runner.get_run(ready_project, run["id"])["status"]
    assert not registry.set_run_status(ready_project, run["id"], "interrupted", actor="workbench",
                                       only_from=("running",))
