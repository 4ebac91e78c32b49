"""The tiny Apertus loads and runs in transformers and mlx-lm alike, and builds deterministically."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.train.tiny_model import SPECIAL_TOKENS, apertus_chat_template

REPO_ROOT = Path(__file__).resolve().parents[2]
MESSAGES = [
    {"role": "system", "content": "Du bisch en hilfriiche Assistänt vo de Bank."},
    {"role": "user", "content": "Wie viel ist 7 mal 6?"},
]


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def hf_model(tiny_model_dir):
    from transformers import AutoModelForCausalLM

    model, info = AutoModelForCausalLM.from_pretrained(
        tiny_model_dir, output_loading_info=True, dtype="float32"
    )
    return model.eval(), info


@pytest.fixture(scope="module")
def hf_tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


def test_folder_has_the_files_of_a_hub_checkpoint(tiny_model_dir):
    assert sorted(p.name for p in tiny_model_dir.iterdir()) == [
        "config.json",
        "generation_config.json",
        "model.safetensors",
        "tokenizer.json",
        "tokenizer_config.json",
    ]
    config = json.loads((tiny_model_dir / "config.json").read_text())
    assert config["model_type"] == "apertus"
    assert config["architectures"] == ["ApertusForCausalLM"]
    assert config["hidden_act"] == "xielu"
    assert config["tie_word_embeddings"] is False
    assert config["num_key_value_heads"] < config["num_attention_heads"]
    assert config["rope_scaling"]["rope_type"] == "llama3"


def test_size_is_a_few_megabytes(tiny_model_dir, hf_model):
    total = sum(p.stat().st_size for p in tiny_model_dir.iterdir())
    assert 200_000 < total < 5_000_000
    model, _ = hf_model
    assert 100_000 < sum(p.numel() for p in model.parameters()) < 1_000_000


def test_transformers_loads_it_as_apertus_without_missing_or_unexpected_keys(hf_model):
    model, info = hf_model
    assert type(model).__name__ == "ApertusForCausalLM"
    assert not info["missing_keys"]
    assert not info["unexpected_keys"]
    assert not info["mismatched_keys"]
    assert not info["error_msgs"]
    assert model.config.rope_parameters["rope_type"] == "llama3"
    assert model.config.rope_parameters["rope_theta"] == 12_000_000.0


def test_tokenizer_has_apertus_special_tokens_and_covers_the_vocabulary(hf_tokenizer, hf_model):
    tok = hf_tokenizer
    model, _ = hf_model
    assert len(tok) == model.config.vocab_size
    assert tok.bos_token == "<s>" and tok.eos_token == "<|assistant_end|>" and tok.pad_token == "<pad>"
    assert tok.convert_tokens_to_ids(list(SPECIAL_TOKENS)) == list(range(len(SPECIAL_TOKENS)))
    ids = tok("Grüezi mitenand, Rumantsch Grischun: Bun di!").input_ids
    assert ids[0] == tok.bos_token_id
    assert tok.decode(ids, skip_special_tokens=True) == "Grüezi mitenand, Rumantsch Grischun: Bun di!"


def test_chat_template_renders_apertus_roles_and_generation_prompt(hf_tokenizer):
    tok = hf_tokenizer
    assert tok.chat_template == apertus_chat_template()
    prompt = tok.apply_chat_template(MESSAGES, tokenize=False, add_generation_prompt=True)
    assert prompt == (
        "<s><|system_start|>Du bisch en hilfriiche Assistänt vo de Bank.<|system_end|>"
        "<|developer_start|>Deliberation: disabled\nTool Capabilities: disabled<|developer_end|>"
        "<|user_start|>Wie viel ist 7 mal 6?<|user_end|><|assistant_start|>"
    )
    default_system = tok.apply_chat_template(MESSAGES[1:], tokenize=False)
    assert default_system.startswith("<s><|system_start|>You are Apertus")
    assert not default_system.endswith("<|assistant_start|>")

    # The prompt is a prefix of prompt + answer, and the assistant mask covers the answer
    # and its end-of-turn token only: what SFT needs.
    prompt_ids = tok.apply_chat_template(MESSAGES, add_generation_prompt=True, return_dict=True)["input_ids"]
    full = tok.apply_chat_template(
        [*MESSAGES, {"role": "assistant", "content": "42"}],
        return_dict=True,
        return_assistant_tokens_mask=True,
    )
    assert full["input_ids"][: len(prompt_ids)] == prompt_ids
    assert full["input_ids"][-1] == tok.eos_token_id
    answer = [i for i, m in zip(full["input_ids"], full["assistant_masks"]) if m]
    assert tok.decode(answer) == "42<|assistant_end|>"
    assert prompt_ids.count(tok.bos_token_id) == 1


def test_forward_with_labels_gives_a_finite_loss(hf_model, hf_tokenizer):
    import torch

    model, _ = hf_model
    batch = hf_tokenizer.apply_chat_template(
        MESSAGES, add_generation_prompt=True, return_dict=True, return_tensors="pt"
    )
    out = model(**batch, labels=batch["input_ids"])
    assert torch.isfinite(out.loss)
    out.loss.backward()  # gradients flow through xIELU, QK-norm and RoPE
    assert all(p.grad is not None and torch.isfinite(p.grad).all() for p in model.parameters())
    model.zero_grad(set_to_none=True)


@pytest.mark.slow
def test_transformers_generates(hf_model, hf_tokenizer):
    model, _ = hf_model
    batch = hf_tokenizer.apply_chat_template(
        MESSAGES, add_generation_prompt=True, return_dict=True, return_tensors="pt"
    )
    out = model.generate(**batch, max_new_tokens=6, min_new_tokens=6, do_sample=False)
    new = out[0, batch["input_ids"].shape[1] :]
    assert len(new) == 6
    assert isinstance(hf_tokenizer.decode(new), str)


@pytest.fixture(scope="module")
def mlx_model(tiny_model_dir):
    mlx_lm = pytest.importorskip("mlx_lm")
    return mlx_lm.load(str(tiny_model_dir))


@pytest.mark.slow
def test_mlx_lm_loads_and_generates(mlx_model):
    import mlx_lm

    model, tok = mlx_model
    assert type(model).__module__ == "mlx_lm.models.apertus"
    assert tok.eos_token_ids == {tok.convert_tokens_to_ids("<|assistant_end|>"), tok.convert_tokens_to_ids("</s>")}
    prompt = tok.apply_chat_template(MESSAGES, add_generation_prompt=True)
    text = mlx_lm.generate(model, tok, prompt, max_tokens=6)
    assert isinstance(text, str)
    tokens = [r.token for r in mlx_lm.stream_generate(model, tok, prompt, max_tokens=6)]
    assert 1 <= len(tokens) <= 6


def test_transformers_and_mlx_compute_the_same_logits(hf_model, mlx_model):
    """Proves the config keys mean the same to both (RoPE scaling, xIELU, QK-norm, GQA).

    512 positions, so the llama3 RoPE scaling shows: dropping rope_scaling on one side moves
    the logits by ~0.05 there, while the two implementations agree to ~5e-6.
    """
    import mlx.core as mx
    import numpy as np
    import torch

    model, _ = hf_model
    mlx, _ = mlx_model
    ids = np.random.default_rng(1).integers(0, model.config.vocab_size, size=(1, 512))
    with torch.no_grad():
        expected = model(torch.from_numpy(ids)).logits.float().numpy()
    got = np.array(mlx(mx.array(ids)).astype(mx.float32))
    assert expected.shape == got.shape
    assert expected.std() > 0.5  # not near-uniform: the comparison discriminates
    np.testing.assert_allclose(got, expected, atol=2e-4, rtol=0)
    assert (got.argmax(-1) == expected.argmax(-1)).mean() > 0.99


def test_build_is_deterministic_across_processes(tiny_model_dir, tmp_path):
    # A separate process: Rust HashMaps in tokenizers and Python's str hashes are seeded
    # per process, so only a second process would catch order-dependent output.
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONHASHSEED": "random"}
    code = ("import sys; from pathlib import Path; from workbench.train.tiny_model import build_tiny_apertus; "
            "build_tiny_apertus(Path(sys.argv[1]))")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "again")], check=True, env=env, cwd=REPO_ROOT)
    assert file_hashes(tmp_path / "again") == file_hashes(tiny_model_dir)


def test_seed_changes_the_weights_but_not_the_tokenizer(tiny_model_dir, tmp_path):
    from workbench.train.tiny_model import build_tiny_apertus

    other = file_hashes(build_tiny_apertus(tmp_path / "seed1", seed=1))
    same = file_hashes(tiny_model_dir)
    assert other["model.safetensors"] != same["model.safetensors"]
    assert other["tokenizer.json"] == same["tokenizer.json"]


def test_demo_corpus_takes_every_string_of_every_json_line_in_order(tmp_path):
    from workbench.train.tiny_model import demo_corpus

    (tmp_path / "pairs").mkdir()
    (tmp_path / "pairs" / "rm.jsonl").write_text(
        '{"prompt": "Bun di", "tags": ["canton"], "checks": {"required": ["di"]}, "n": 1}\n\n',
        encoding="utf-8",
    )
    (tmp_path / "holdout.jsonl").write_text('{"prompt": "Grüezi"}\n', encoding="utf-8")
    assert demo_corpus(tmp_path) == ["Grüezi", "di", "Bun di", "canton"]
