"""Job spec: presets, validation of impossible combinations, machine checks."""

from __future__ import annotations

import json

import pytest

from workbench.core.errors import NotFound, ValidationError
from workbench.train.hardware import GB, ResourceError, check_disk, locate_model, resolve_device
from workbench.train.spec import JobSpec, estimate_parameters, size_class

APERTUS_8B = {"model_type": "apertus", "hidden_act": "xielu", "hidden_size": 4096, "num_hidden_layers": 32,
              "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 21504,
              "vocab_size": 131072, "tie_word_embeddings": False}
APERTUS_70B = {**APERTUS_8B, "hidden_size": 8192, "num_hidden_layers": 80, "num_attention_heads": 64,
               "intermediate_size": 43008}


def test_parameter_estimate_matches_the_published_sizes():
    assert 7.5e9 < estimate_parameters(APERTUS_8B) < 8.6e9
    assert 65e9 < estimate_parameters(APERTUS_70B) < 72e9
    assert [size_class(estimate_parameters(c)) for c in (APERTUS_8B, APERTUS_70B)] == ["8b", "70b"]


def test_presets_fill_every_open_field_and_explicit_values_win():
    spec = JobSpec(base_model="m", method="qlora", learning_rate=5e-5).resolve(APERTUS_70B)
    assert spec.is_resolved and spec.model_size == "70b"
    assert spec.learning_rate == 5e-5                      # given
    assert spec.optimizer == "paged_adamw_8bit"            # QLoRA 70B preset
    assert spec.gradient_checkpointing is True
    assert "gate_proj" not in spec.target_modules          # xIELU MLP has no gate
    full = JobSpec(base_model="m", method="full").resolve(APERTUS_8B)
    assert full.learning_rate < spec.learning_rate


@pytest.mark.parametrize("changes, words", [
    ({"backend": "mlx", "method": "qlora"}, "QLoRA"),
    ({"backend": "mlx", "method": "full"}, "LoRA adapters only"),
    ({"backend": "mlx", "optimizer": "paged_adamw_8bit"}, "unknown optimizer"),
    ({"method": "dora"}, "unknown method"),
    ({"lora_dropout": 1.5}, "lora_dropout"),
    ({"batch_size": 0}, "batch_size"),
    ({"fuse": True}, "fuse applies to the mlx backend"),
])
def test_impossible_combinations_are_refused_with_what_to_do(changes, words):
    with pytest.raises(ValidationError, match=words):
        JobSpec.from_dict({"base_model": "m", **changes})


def test_spec_round_trips_through_json_and_yaml(tmp_path):
    spec = JobSpec(base_model="m", method="lora", seed=7).resolve(APERTUS_8B)
    for name in ("spec.json", "spec.yaml"):
        assert JobSpec.load(spec.save(tmp_path / name)) == spec
    (tmp_path / "bad.json").write_text(json.dumps({"base_model": "m", "learning_rte": 1}))
    with pytest.raises(ValidationError, match="learning_rte"):
        JobSpec.load(tmp_path / "bad.json")


def test_model_folder_without_weights_is_refused(tmp_path, tiny_model_dir):
    assert locate_model(str(tiny_model_dir)).config["model_type"] == "apertus"
    adapter_only = tmp_path / "adapter"
    adapter_only.mkdir()
    (adapter_only / "config.json").write_text("{}")
    with pytest.raises(ValidationError, match="no model weights"):
        locate_model(str(adapter_only))
    with pytest.raises(NotFound, match="no model folder"):
        locate_model(str(tmp_path / "missing"))


def test_cuda_and_bf16_requests_need_a_gpu():
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with pytest.raises(ResourceError, match="CUDA"):
        resolve_device(JobSpec(base_model="m", device="cuda"))
    with pytest.raises(ResourceError, match="bf16"):
        resolve_device(JobSpec(base_model="m", precision="bf16"))
    assert resolve_device(JobSpec(base_model="m", method="qlora")) == "cpu"  # 4-bit runs on CPU


def test_too_little_disk_is_refused_before_the_run_starts(tmp_path):
    full = JobSpec(base_model="m", method="full", max_steps=1000).resolve(APERTUS_8B)
    with pytest.raises(ResourceError, match="GB are free"):
        check_disk(full, APERTUS_8B, 5000, tmp_path, free_bytes=150 * GB)
    # keeping only two checkpoints makes it fit
    assert check_disk(full.with_overrides(keep_checkpoints=2), APERTUS_8B, 5000, tmp_path,
                      free_bytes=150 * GB) < 150 * GB
    lora = JobSpec(base_model="m", max_steps=1000).resolve(APERTUS_8B)
    assert check_disk(lora, APERTUS_8B, 5000, tmp_path, free_bytes=20 * GB) < 20 * GB
