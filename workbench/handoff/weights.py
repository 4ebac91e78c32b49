"""Weights for serving, from a peft checkpoint: the adapter as is, merged full weights, and
the tokenizer with the chat template the model was trained and evaluated with.

torch, transformers and peft are imported inside the functions that need them (house rule:
importing the hand-off package must stay cheap).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..core.errors import ValidationError, WorkbenchError

ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")
CHAT_TEMPLATE = "chat_template.jinja"
#: vLLM sizes its LoRA buffers by --max-lora-rank and accepts only these values.
VLLM_LORA_RANKS = (8, 16, 32, 64, 128, 256, 320, 512)
#: Modules vLLM can apply LoRA to on a llama-style decoder such as Apertus.
VLLM_LORA_MODULES = {"q_proj", "k_proj", "v_proj", "o_proj", "up_proj", "down_proj", "gate_proj"}
# Files of a checkpoint folder that are training state, not model.
_NOT_MODEL = ("trainer_state.json", "README.md")


def _not_found(model, exc: Exception) -> WorkbenchError:
    return WorkbenchError(
        f"cannot load the base model '{model}' ({exc}): the hand-off needs its tokenizer (and, for "
        "--merged, its weights) locally; check the path, or that the model is in the local Hugging "
        "Face cache (nothing is downloaded)")


def vllm_max_lora_rank(rank: int) -> int:
    return next((r for r in VLLM_LORA_RANKS if r >= rank), VLLM_LORA_RANKS[-1])


def write_adapter(checkpoint: Path, dest: Path, *, base_model_id: str) -> dict:
    """Copy the PEFT adapter byte for byte (its hash is then the evaluated adapter's hash),
    with adapter_config.json pointing at the base model the serving side will load."""
    missing = [f for f in ADAPTER_FILES if not (checkpoint / f).exists()]
    if missing:
        raise ValidationError(f"checkpoint {checkpoint} has no {', '.join(missing)}: it is not a peft "
                              "LoRA checkpoint in safetensors format")
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(checkpoint / "adapter_model.safetensors", dest / "adapter_model.safetensors")
    config = json.loads((checkpoint / "adapter_config.json").read_text(encoding="utf-8"))
    # The training machine's path (/scratch/…) means nothing on the cluster; the hub id does.
    config["base_model_name_or_path"] = base_model_id
    config["inference_mode"] = True
    (dest / "adapter_config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    return adapter_summary(config)


def adapter_summary(config: dict) -> dict:
    """Rank, alpha, targets and what vLLM will need to serve it."""
    targets = config.get("target_modules") or []
    if isinstance(targets, str):  # peft allows a regex here
        targets = [targets]
    rank = int(config.get("r") or 8)
    unsupported = sorted(t for t in targets if t.split(".")[-1] not in VLLM_LORA_MODULES)
    notes = []
    if unsupported:
        notes.append(f"vLLM applies LoRA to {', '.join(sorted(VLLM_LORA_MODULES))}; this adapter also "
                     f"targets {', '.join(unsupported)}: serve the merged weights instead")
    if config.get("modules_to_save"):
        notes.append(f"the adapter trains whole modules ({', '.join(config['modules_to_save'])}), which "
                     "vLLM's LoRA support does not load: serve the merged weights instead")
    return {"rank": rank, "alpha": config.get("lora_alpha"), "dropout": config.get("lora_dropout"),
            "target_modules": sorted(targets), "layers": config.get("layers_to_transform"),
            "vllm_max_lora_rank": vllm_max_lora_rank(rank), "vllm_notes": notes}


def write_tokenizer(source: str | Path, dest: Path, *, chat_template: str | None) -> str:
    """Save the tokenizer of `source` into `dest` with the chat template the model saw in
    training (the checkpoint's own, else the model's, else the Apertus one). Returns it."""
    from transformers import AutoTokenizer

    try:
        tok = AutoTokenizer.from_pretrained(str(source), local_files_only=True)
    except OSError as exc:
        raise _not_found(source, exc) from exc
    if chat_template:
        tok.chat_template = chat_template
    if not getattr(tok, "chat_template", None):
        from ..evaluate.generation import default_chat_template

        tok.chat_template = default_chat_template()
    dest.mkdir(parents=True, exist_ok=True)
    tok.save_pretrained(str(dest))
    # transformers writes chat_template.jinja beside tokenizer_config.json; older versions
    # embed it in the config only. vLLM's --chat-template and humans want the file.
    if not (dest / CHAT_TEMPLATE).exists():
        (dest / CHAT_TEMPLATE).write_text(tok.chat_template, encoding="utf-8")
    return tok.chat_template


def trained_chat_template(checkpoint: Path) -> str | None:
    """The template a run trained with when it was not the model's own (the trainer stores
    it in every checkpoint then)."""
    path = checkpoint / CHAT_TEMPLATE
    return path.read_text(encoding="utf-8") if path.exists() else None


def write_merged(base_model: str | Path, adapter: Path, dest: Path, *, shard_size: str = "5GB") -> dict:
    """Fold the adapter into the base (peft merge_and_unload) and save safetensors.

    The base is loaded unquantized in its own dtype (bf16 for Apertus) even for a QLoRA
    run: merging into 4-bit weights would round the update away, and serving stacks want
    plain weights. The model card says that the evaluated model was the 4-bit one.
    """
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    try:
        base = AutoModelForCausalLM.from_pretrained(str(base_model), dtype="auto", low_cpu_mem_usage=True,
                                                    local_files_only=True)
    except OSError as exc:
        raise _not_found(base_model, exc) from exc
    model = PeftModel.from_pretrained(base, str(adapter), is_trainable=False, local_files_only=True)
    merged = model.merge_and_unload()
    merged.eval()
    dest.mkdir(parents=True, exist_ok=True)
    # Shards of 5 GB: an 8B model is 4 files, each small enough for any copy tool or S3 part.
    merged.save_pretrained(str(dest), safe_serialization=True, max_shard_size=shard_size)
    dtype = str(next(merged.parameters()).dtype).replace("torch.", "")
    del merged, model, base
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return {"dtype": dtype}


def copy_full(checkpoint: Path, dest: Path) -> dict:
    """A full fine-tune's checkpoint is already a model folder: copy its model files."""
    if not (checkpoint / "config.json").exists():
        raise ValidationError(f"checkpoint {checkpoint} has no config.json: it is not a full model folder")
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(checkpoint.iterdir()):
        if path.is_file() and not path.name.startswith("resume_") and path.name not in _NOT_MODEL:
            shutil.copyfile(path, dest / path.name)
    config = json.loads((checkpoint / "config.json").read_text(encoding="utf-8"))
    return {"dtype": config.get("dtype") or config.get("torch_dtype")}
