"""An MLX run hands off in the formats vLLM and TGI read: the mlx-lm adapter converted to PEFT
and the `mlx_lm fuse` output in Hugging Face layout both load in transformers and generate
the tokens mlx-lm generated with the adapter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.handoff.conftest import register_checkpoint, register_run
from tests.store.helpers import signed_world

pytestmark = pytest.mark.slow
mlx_lm = pytest.importorskip("mlx_lm")

PROMPT = [{"role": "user", "content": "Question 3 sur le compte"}]


def make_mlx_checkpoint(base_dir: Path, folder: Path) -> Path:
    """mlx-lm LoRA on the last layer only (num_layers=1), as `mlx_lm lora --num-layers 1`
    would leave it: the conversion must then adapt that layer and no other."""
    import mlx.core as mx
    import numpy as np
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers

    model, _ = mlx_lm.load(str(base_dir))
    model.freeze()
    params = {"rank": 4, "scale": 2.0, "dropout": 0.0, "keys": ["self_attn.q_proj", "self_attn.v_proj"]}
    linear_to_lora_layers(model, 1, params)
    rng = np.random.default_rng(3)
    model.load_weights([(n, mx.array(rng.standard_normal(p.shape).astype(np.float32) * 0.2))
                        for n, p in tree_flatten(model.trainable_parameters())], strict=False)
    folder.mkdir(parents=True)
    mx.save_safetensors(str(folder / "adapters.safetensors"), dict(tree_flatten(model.trainable_parameters())))
    (folder / "adapter_config.json").write_text(json.dumps(
        {"fine_tune_type": "lora", "num_layers": 1, "lora_parameters": params, "model": str(base_dir)}))
    (folder / "trainer_state.json").write_text(json.dumps({"step": 10}))
    return folder


def test_mlx_run_exports_peft_adapter_and_hf_merged_weights(project, tiny_model_dir, tmp_path):
    import torch
    from mlx_lm.sample_utils import make_sampler
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from workbench.handoff.checksums import verify_folder
    from workbench.handoff.export import export_handoff
    from workbench.store.users import get_user

    signed_world(project, PASSWORD, n_pairs=3, n_holdout=2)
    run = register_run(project, tiny_model_dir, backend="mlx", spec_extra={"mlx_num_layers": 1})
    ckpt = make_mlx_checkpoint(tiny_model_dir, Path(run["run_dir"]) / "checkpoints" / "step-000010")
    register_checkpoint(project, run, ckpt)
    # The mlx evaluation path has its own tests; here the signed "go" row is what matters.
    from tests.handoff.conftest import record_decision

    record_decision(project, run, "step-000010")
    out = tmp_path / "handoff"
    result = export_handoff(project, run["id"], out=out, merged=True, actor=get_user(project, "erik"))
    assert result["mode"] == "adapter+merged" and verify_folder(out).ok

    config = json.loads((out / "adapter" / "adapter_config.json").read_text())
    assert config["peft_type"] == "LORA" and config["r"] == 4 and config["lora_alpha"] == 8.0
    assert config["layers_to_transform"] == [1] and sorted(config["target_modules"]) == ["q_proj", "v_proj"]
    card = (out / "README.md").read_text()
    assert "No evaluation report is included" in card and "mlx_lm fuse --dequantize" in card

    tok = AutoTokenizer.from_pretrained(str(out / "merged"))
    ids = tok.apply_chat_template(PROMPT, add_generation_prompt=True, tokenize=True, return_dict=True)["input_ids"]
    model, _ = mlx_lm.load(str(tiny_model_dir), adapter_path=str(ckpt))
    want = [r.token for r in mlx_lm.stream_generate(model, _, ids, max_tokens=10, sampler=make_sampler(temp=0.0))]
    assert len(want) >= 4

    def greedy(m):
        x = torch.tensor([ids])
        with torch.inference_mode():
            return m.generate(input_ids=x, attention_mask=torch.ones_like(x), max_new_tokens=len(want),
                              do_sample=False, eos_token_id=None, pad_token_id=3)[0, len(ids):].tolist()

    base = AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32).eval()
    assert greedy(base) != want  # the adapter matters, so agreement below means something
    assert greedy(PeftModel.from_pretrained(base, str(out / "adapter")).eval()) == want
    merged = AutoModelForCausalLM.from_pretrained(str(out / "merged")).eval()
    assert greedy(merged) == want
