"""The MLX backend trains LoRA on the tiny Apertus through mlx-lm's tuner (mlx[cpu] here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.train.test_peft_backend import learned, losses, train_in_process
from workbench.train import runner
from workbench.train.spec import JobSpec

pytestmark = pytest.mark.slow
mlx_lm = pytest.importorskip("mlx_lm")


def test_mlx_lora_learns_checkpoints_load_in_mlx_lm_and_fuse(ready_project, erik, tiny_model_dir):
    import mlx.core as mx
    import numpy as np

    spec = JobSpec(base_model=str(tiny_model_dir), backend="mlx", method="lora", max_steps=12, batch_size=4,
                   learning_rate=2e-2, checkpoint_every=6, seed=3, fuse=True)
    run, events = train_in_process(ready_project, spec, erik)
    assert run["status"] == "completed", run["error"]
    curve = losses(events)
    assert len(curve) == 12 and learned(curve), curve
    ckpts = runner.registry.list_checkpoints(ready_project, run["id"])
    assert [c["step"] for c in ckpts] == [6, 12]
    last = Path(ckpts[-1]["path"])
    assert {"adapters.safetensors", "adapter_config.json", "trainer_state.json"} <= {p.name for p in last.iterdir()}
    # The training data was exported from the snapshot in mlx layout, without the hold-out.
    data = Path(run["run_dir"]) / "data"
    assert (data / "train.jsonl").exists() and not (data / "test.jsonl").exists()
    assert json.loads((data / "provenance.json").read_text())["snapshot"]["id"] == run["train_snapshot"]

    ids = mx.array([[1, 4, 50, 60, 5, 8, 70]])
    base, _ = mlx_lm.load(str(tiny_model_dir))
    tuned, _ = mlx_lm.load(str(tiny_model_dir), adapter_path=str(last))
    fused, _ = mlx_lm.load(str(Path(run["run_dir"]) / "fused"))
    base_logits, tuned_logits = np.array(base(ids)), np.array(tuned(ids))
    assert np.abs(tuned_logits - base_logits).max() > 1e-3           # the adapter changes the model
    np.testing.assert_allclose(np.array(fused(ids)), tuned_logits, atol=1e-3)  # fuse = base + adapter
