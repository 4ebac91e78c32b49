"""Hyper-parameter presets per backend, method and model size.

A job spec leaves a field as None to take the preset. The resolved values (never the None)
are what is saved with the run, so a preset changed in a later version cannot silently
change what an old run meant.

Sizes: `tiny` (the test model and anything under ~1B parameters), `8b`, `70b`. The figures
follow what the Apertus tech report and common practice use as starting points: LoRA
rank 16 / alpha 32 on attention and MLP projections, 2e-4 for LoRA, 1e-5 for full
fine-tunes, cosine schedule with 3 % warm-up, gradient checkpointing from 8B up.
"""

from __future__ import annotations

from typing import Any

# Every LoRA-able linear layer of an Apertus block. xIELU has no gate projection, so the
# usual `gate_proj` is absent on purpose.
APERTUS_TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "up_proj", "down_proj"]

_COMMON: dict[str, Any] = {
    "lr_schedule": "cosine",
    "warmup_ratio": 0.03,
    "weight_decay": 0.0,
    "max_grad_norm": 1.0,
    "target_modules": APERTUS_TARGET_MODULES,
    "lora_dropout": 0.05,
    # Recorded for full fine-tunes too (unused there), so every resolved spec has the same keys.
    "lora_rank": 16,
    "lora_alpha": 32,
}

_PEFT: dict[tuple[str, str], dict[str, Any]] = {
    ("lora", "tiny"): {"lora_rank": 8, "lora_alpha": 16, "lora_dropout": 0.0, "learning_rate": 1e-3,
                       "lr_schedule": "constant", "warmup_ratio": 0.0, "epochs": 3, "batch_size": 4,
                       "grad_accum": 1, "max_seq_length": 1024, "optimizer": "adamw",
                       "gradient_checkpointing": False, "checkpoint_every": 50, "eval_every": 0},
    ("lora", "8b"): {"lora_rank": 16, "lora_alpha": 32, "learning_rate": 2e-4, "epochs": 3,
                     "batch_size": 8, "grad_accum": 2, "max_seq_length": 4096, "optimizer": "adamw",
                     "gradient_checkpointing": True, "checkpoint_every": 100, "eval_every": 100},
    # bf16 weights of a 70B (140 GB) need several GPUs: launch with accelerate/torchrun.
    ("lora", "70b"): {"lora_rank": 16, "lora_alpha": 32, "learning_rate": 1e-4, "epochs": 2,
                      "batch_size": 4, "grad_accum": 4, "max_seq_length": 4096, "optimizer": "adamw",
                      "gradient_checkpointing": True, "checkpoint_every": 100, "eval_every": 100},
    ("qlora", "tiny"): {"lora_rank": 8, "lora_alpha": 16, "lora_dropout": 0.0, "learning_rate": 1e-3,
                        "lr_schedule": "constant", "warmup_ratio": 0.0, "epochs": 3, "batch_size": 4,
                        "grad_accum": 1, "max_seq_length": 1024, "optimizer": "adamw",
                        "gradient_checkpointing": False, "checkpoint_every": 50, "eval_every": 0},
    ("qlora", "8b"): {"lora_rank": 16, "lora_alpha": 32, "learning_rate": 2e-4, "epochs": 3,
                      "batch_size": 8, "grad_accum": 2, "max_seq_length": 4096,
                      "optimizer": "paged_adamw_8bit", "gradient_checkpointing": True,
                      "checkpoint_every": 100, "eval_every": 100},
    # The practical default for 70B on one node: ~40 GB of 4-bit weights on one 80 GB GPU.
    ("qlora", "70b"): {"lora_rank": 16, "lora_alpha": 32, "learning_rate": 1e-4, "epochs": 2,
                       "batch_size": 2, "grad_accum": 8, "max_seq_length": 4096,
                       "optimizer": "paged_adamw_8bit", "gradient_checkpointing": True,
                       "checkpoint_every": 100, "eval_every": 100},
    ("full", "tiny"): {"learning_rate": 5e-4, "lr_schedule": "constant", "warmup_ratio": 0.0,
                       "epochs": 3, "batch_size": 4, "grad_accum": 1, "max_seq_length": 1024,
                       "optimizer": "adamw", "gradient_checkpointing": False, "checkpoint_every": 50,
                       "eval_every": 0},
    # One 80 GB GPU holds bf16 weights + grads (32 GB) + 8-bit AdamW states (16 GB) + activations.
    ("full", "8b"): {"learning_rate": 1e-5, "epochs": 2, "batch_size": 4, "grad_accum": 8,
                     "max_seq_length": 4096, "optimizer": "paged_adamw_8bit",
                     "gradient_checkpointing": True, "checkpoint_every": 200, "eval_every": 200},
    # FSDP across nodes (see launchers.py); AdEMAMix is what Apertus was pretrained with.
    ("full", "70b"): {"learning_rate": 5e-6, "epochs": 2, "batch_size": 2, "grad_accum": 8,
                      "max_seq_length": 4096, "optimizer": "ademamix",
                      "gradient_checkpointing": True, "checkpoint_every": 200, "eval_every": 200},
}

# mlx-lm calls the LoRA multiplier `scale`; we keep peft's alpha and pass alpha / rank.
_MLX: dict[tuple[str, str], dict[str, Any]] = {
    ("lora", "tiny"): {"lora_rank": 8, "lora_alpha": 16, "lora_dropout": 0.0, "learning_rate": 1e-3,
                       "lr_schedule": "constant", "warmup_ratio": 0.0, "epochs": 3, "batch_size": 4,
                       "grad_accum": 1, "max_seq_length": 1024, "optimizer": "adamw",
                       "gradient_checkpointing": False, "checkpoint_every": 50, "eval_every": 0},
    ("lora", "8b"): {"lora_rank": 16, "lora_alpha": 32, "learning_rate": 1e-4, "epochs": 3,
                     "batch_size": 4, "grad_accum": 2, "max_seq_length": 2048, "optimizer": "adamw",
                     "gradient_checkpointing": True, "checkpoint_every": 100, "eval_every": 100},
    # The public Apertus-70B math LoRA: rank 16, alpha 32 (scale 2), mlx-lm.
    ("lora", "70b"): {"lora_rank": 16, "lora_alpha": 32, "learning_rate": 5e-5, "epochs": 2,
                      "batch_size": 1, "grad_accum": 8, "max_seq_length": 2048, "optimizer": "adamw",
                      "gradient_checkpointing": True, "checkpoint_every": 100, "eval_every": 100},
}


def preset(backend: str, method: str, size: str) -> dict[str, Any]:
    table = _MLX if backend == "mlx" else _PEFT
    values = table.get((method, size))
    if values is None:
        return {}
    return {**_COMMON, **values}


def available() -> list[tuple[str, str, str]]:
    """(backend, method, size) combinations that have a preset, for the CLI and the GUI."""
    return [("peft", m, s) for m, s in _PEFT] + [("mlx", m, s) for m, s in _MLX]


def suited(info: dict) -> list[tuple[str, str, str]]:
    """The presets this machine (hardware.describe_machine) can run: CUDA presets only with a
    CUDA GPU, mlx only where mlx is installed, the test-model presets everywhere."""
    out = []
    for backend, method, size in available():
        if backend == "mlx" and not info.get("mlx"):
            continue
        if backend == "peft" and size != "tiny" and not info.get("cuda"):
            continue
        out.append((backend, method, size))
    return out
