"""The training side trusts evidence, not files: an edited spec.json does not run, and a model
that is not on this machine is refused instead of downloaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.errors import NotFound
from workbench.store.runs import get_run
from workbench.train import runner
from workbench.train.hardware import locate_model
from workbench.train.spec import JobSpec


def test_an_edited_spec_json_is_refused_by_the_worker(ready_project, tiny_model_dir):
    from workbench.store.users import get_user
    from workbench.train.worker import main as worker

    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=4, batch_size=2, seed=1)
    # Registered and checked, its worker to be started by a job script (as on a cluster).
    run = runner.launch(ready_project, spec, get_user(ready_project, "erik"), launcher="slurm").run
    spec_path = Path(ready_project.root / run["run_dir"]) / "spec.json"
    edited = {**json.loads(spec_path.read_text()), "max_steps": 4000, "learning_rate": 1.0}
    spec_path.write_text(json.dumps(edited))
    assert worker([str(spec_path.parent)]) == 2
    after = get_run(ready_project, run["id"])
    assert after["status"] == "failed" and "differs from the spec registered at launch" in after["error"]


@pytest.mark.parametrize("model_id", ["swiss-ai/Apertus-8B-Instruct-2509", "someone/not-cached-model"])
def test_a_hub_id_that_is_not_on_this_machine_is_refused_not_downloaded(model_id, monkeypatch, tmp_path):
    # Even "online": the workbench never downloads, whatever the environment says.
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-cache"))
    with pytest.raises(NotFound, match="never downloads models"):
        locate_model(model_id, "peft")
