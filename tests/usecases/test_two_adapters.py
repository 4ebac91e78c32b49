"""One project, two use cases, one adapter each: each run trains on its own use case's signed
data, is judged on its own use case's frozen hold-out, and says so in its record."""

from __future__ import annotations

import pytest

from workbench.train import runner, worker
from workbench.train.spec import JobSpec

pytestmark = pytest.mark.slow


def _train(project, spec, actor) -> dict:
    run = runner.launch_run(project, spec, actor, launcher="manual")
    worker.main([run["run_dir"]])
    return runner.get_run(project, run["id"])


def test_each_use_case_trains_its_own_adapter_from_its_own_signed_data(two_use_cases, tiny_model_dir):
    from workbench.store.snapshots import snapshot_items
    from workbench.store.users import get_user

    project, snaps = two_use_cases
    erik = get_user(project, "erik")
    runs = {}
    for uc in ("back-office", "contracts"):
        spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=4, batch_size=2,
                       learning_rate=2e-2, checkpoint_every=4, seed=1, use_case=uc)
        runs[uc] = _train(project, spec, erik)
    for uc, run in runs.items():
        assert run["status"] == "completed", run["error"]
        assert run["use_case"] == uc and run["spec"]["use_case"] == uc
        assert (run["train_snapshot"], run["holdout_snapshot"]) == (snaps[uc]["train"]["id"],
                                                                    snaps[uc]["holdout"]["id"])
        trained_on = [i["id"] for i in snapshot_items(project, run["train_snapshot"])]
        owners = {r[0] for r in project.conn.execute(
            f"SELECT DISTINCT use_case FROM items WHERE id IN ({','.join(map(str, trained_on))})")}
        assert owners == {uc}
    ckpts = {uc: runner.registry.list_checkpoints(project, r["id"])[-1]["sha256"] for uc, r in runs.items()}
    assert ckpts["back-office"] != ckpts["contracts"]   # two adapters, not one
    created = [e for e in project.conn.execute("SELECT after FROM audit WHERE action = 'run.create'")]
    assert all('"use_case"' in e[0] for e in created)
