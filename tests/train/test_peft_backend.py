"""The PEFT backend trains the tiny Apertus for real (CPU): LoRA, QLoRA (bitsandbytes 4-bit)
and full fine-tunes. The worker runs in this process here (the same code as in its own
process, minus the start-up); tests/train/test_runner.py covers the child processes."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from workbench.train import runner, worker
from workbench.train.events import read_events
from workbench.train.spec import JobSpec

pytestmark = pytest.mark.slow


def train_in_process(project, spec, actor) -> tuple[dict, list[dict]]:
    run = runner.launch_run(project, spec, actor, launcher="manual")
    assert run["status"] == "queued"
    worker.main([run["run_dir"]])  # exit code 0 (completed) or 2 (failed, with its message)
    return runner.get_run(project, run["id"]), read_events(run["run_dir"])


def losses(events):
    return [e["loss"] for e in events if e["type"] == "step"]


def learned(curve: list[float]) -> bool:
    """The last three steps average at least one nat below the first three (7.4 at the start:
    a random model over a 1,024-token vocabulary)."""
    return sum(curve[-3:]) / 3 < sum(curve[:3]) / 3 - 1.0


def fast_spec(model_dir, method, **kw):
    values = {"base_model": str(model_dir), "method": method, "max_steps": 12, "batch_size": 4,
              "learning_rate": 2e-2 if method != "full" else 3e-3, "checkpoint_every": 6, "seed": 1}
    return JobSpec(**{**values, **kw})


@pytest.mark.parametrize("method", ["lora", "qlora"])
def test_lora_and_qlora_learn_and_their_adapters_load_in_peft(ready_project, erik, tiny_model_dir, method):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    run, events = train_in_process(ready_project, fast_spec(tiny_model_dir, method), erik)
    assert run["status"] == "completed", run["error"]
    curve = losses(events)
    assert len(curve) == 12 and learned(curve), curve
    step = events[[e["type"] for e in events].index("step")]
    assert step["tokens_per_s"] > 0 and step["memory_mb"] > 0 and step["lr"] > 0
    ckpts = runner.registry.list_checkpoints(ready_project, run["id"])
    assert [c["step"] for c in ckpts] == [6, 12] and all(len(c["sha256"]) == 64 for c in ckpts)
    last = Path(ckpts[-1]["path"])
    assert last.name == "step-000012"
    assert {"adapter_config.json", "adapter_model.safetensors", "trainer_state.json"} <= \
        {p.name for p in last.iterdir()}
    assert json.loads((last / "trainer_state.json").read_text())["step"] == 12
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    tuned = PeftModel.from_pretrained(base, str(last)).eval()
    ids = torch.tensor([[1, 4, 50, 60, 5]])
    with torch.no_grad():
        with_adapter = tuned(ids).logits
        with tuned.disable_adapter():
            without = tuned(ids).logits
    assert (with_adapter - without).abs().max() > 1e-3   # the trained adapter changes the output
    assert tuned.peft_config["default"].r == 8
    if method == "qlora":
        assert json.loads((Path(run["run_dir"]) / "spec.json").read_text())["method"] == "qlora"
        # bitsandbytes really held the base in 4 bit while training (on the CPU here).
        (note,) = [e for e in events if e.get("quantized_layers") is not None]
        assert note["quantized_layers"] >= 6 and "4-bit NF4" in note["message"]


def test_full_fine_tune_writes_a_loadable_model_folder(ready_project, erik, tiny_model_dir):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    # The evaluation hook: after each checkpoint the configured command is spawned with the
    # run, step and checkpoint folder filled in (the default is workbench.evaluate.worker).
    marker = ["{python}", "-c", "import pathlib, sys; pathlib.Path(sys.argv[1]).write_text(sys.argv[2])",
              "{checkpoint}.evaluated", "{run_id} {step}"]
    spec = fast_spec(tiny_model_dir, "full", eval_each_checkpoint=True, eval_command=marker)
    run, events = train_in_process(ready_project, spec, erik)
    assert run["status"] == "completed", run["error"]
    curve = losses(events)
    assert learned(curve), curve
    spawned = [e for e in events if "eval_pid" in e]
    assert [e["step"] for e in spawned] == [6, 12]
    ckpt_dir = Path(run["run_dir"]) / "checkpoints"
    wait_for = [ckpt_dir / "step-000006.evaluated", ckpt_dir / "step-000012.evaluated"]
    for _ in range(200):
        if all(p.exists() for p in wait_for):
            break
        time.sleep(0.05)
    assert wait_for[1].read_text() == f"{run['id']} 12"
    last = Path(runner.registry.list_checkpoints(ready_project, run["id"])[-1]["path"])
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= {p.name for p in last.iterdir()}
    tuned = AutoModelForCausalLM.from_pretrained(last, dtype=torch.float32)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    assert not torch.equal(tuned.lm_head.weight, base.lm_head.weight)
    assert AutoTokenizer.from_pretrained(last).chat_template


def test_nan_loss_stops_the_run_with_what_to_do(ready_project, erik, tiny_model_dir, tmp_path):
    # A base model with one corrupted tensor (as a bad conversion or an fp16 overflow leaves
    # it): every loss is NaN, and the run must stop at once instead of training on garbage.
    import shutil

    from safetensors.torch import load_file, save_file

    broken = shutil.copytree(tiny_model_dir, tmp_path / "broken")
    weights = load_file(broken / "model.safetensors")
    weights["model.norm.weight"][:] = float("nan")
    save_file(weights, broken / "model.safetensors", metadata={"format": "pt"})
    run, events = train_in_process(ready_project, fast_spec(broken, "lora"), erik)
    assert run["status"] == "failed"
    assert "loss became nan at step 1" in run["error"] and "Lower the learning rate" in run["error"]
    assert events[-1]["type"] == "error" and events[-1]["message"] == run["error"]
    assert runner.registry.list_checkpoints(ready_project, run["id"]) == []
