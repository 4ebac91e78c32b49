"""Weights for serving, from an mlx-lm LoRA checkpoint.

vLLM and TGI read PEFT adapters and Hugging Face model folders, not mlx-lm's files, so:

- the adapter is *converted* to PEFT: mlx-lm stores `lora_a` as (in, r) and `lora_b` as
  (r, out) and adds `scale * x @ a @ b`; PEFT stores `lora_A.weight` (r, in) and
  `lora_B.weight` (out, r) and adds `(alpha / r) * B(A(x))`. Transposing both and setting
  alpha = scale * r gives the same function. This needs only torch and safetensors, so it
  runs on a Linux server as well as on the Mac that trained;
- the merged weights come from `mlx_lm fuse --dequantize` (the adapter folded in by mlx-lm
  itself, quantized bases widened back to floats), then put into the Hugging Face layout:
  mlx-lm squeezes xIELU's `alpha_p`/`alpha_n` to 0-d arrays, which transformers refuses
  (it expects shape [1]), marks the safetensors as "mlx", and writes its own README.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from ..core.errors import ValidationError, WorkbenchError

ADAPTERS = "adapters.safetensors"
_KEY = re.compile(r"^(?P<module>.*\.layers\.(?P<layer>\d+)\..+)\.lora_(?P<ab>[ab])$")
# Config keys of an mlx-quantized model that a dequantized Hugging Face folder must not keep.
_QUANT_KEYS = ("quantization", "quantization_config")


def read_mlx_adapter(checkpoint: Path) -> tuple[dict, dict]:
    """(adapter_config, {name: torch tensor}) of an mlx-lm LoRA checkpoint."""
    from safetensors.torch import load_file

    cfg_path, weights_path = checkpoint / "adapter_config.json", checkpoint / ADAPTERS
    if not cfg_path.exists() or not weights_path.exists():
        raise ValidationError(f"checkpoint {checkpoint} has no {ADAPTERS} and adapter_config.json: it is "
                              "not an mlx-lm adapter")
    config = json.loads(cfg_path.read_text(encoding="utf-8"))
    kind = config.get("fine_tune_type", "lora")
    if kind != "lora":
        raise ValidationError(f"checkpoint {checkpoint} is an mlx '{kind}' checkpoint: only LoRA adapters "
                              "convert to the PEFT format vLLM and TGI serve")
    return config, load_file(str(weights_path))


def convert_adapter(checkpoint: Path, dest: Path, *, base_model_id: str) -> dict:
    """Write `dest/adapter_config.json` + `adapter_model.safetensors` in PEFT's format."""
    from peft import LoraConfig
    from safetensors.torch import save_file

    config, weights = read_mlx_adapter(checkpoint)
    params = config.get("lora_parameters") or {}
    rank, scale = int(params.get("rank", 8)), float(params.get("scale", 20.0))
    tensors, targets, layers = {}, set(), set()
    for name, tensor in weights.items():
        m = _KEY.match(name)
        if not m:
            raise ValidationError(f"unexpected tensor '{name}' in {checkpoint / ADAPTERS}: only LoRA "
                                  "weights of decoder layers can be converted")
        targets.add(m["module"].rsplit(".", 1)[-1])
        layers.add(int(m["layer"]))
        peft_name = f"base_model.model.{m['module']}.lora_{m['ab'].upper()}.weight"
        tensors[peft_name] = tensor.T.contiguous()
    if not tensors:
        raise ValidationError(f"{checkpoint / ADAPTERS} holds no LoRA weights")
    num_layers = int(config.get("num_layers", -1))
    lora = LoraConfig(
        r=rank, lora_alpha=scale * rank, lora_dropout=float(params.get("dropout", 0.0)),
        target_modules=sorted(targets), bias="none", task_type="CAUSAL_LM", inference_mode=True,
        # mlx-lm adapts the last `num_layers` blocks only; PEFT must then skip the others.
        layers_to_transform=sorted(layers) if num_layers > 0 else None,
        base_model_name_or_path=base_model_id)
    dest.mkdir(parents=True, exist_ok=True)
    lora.save_pretrained(str(dest))
    save_file(tensors, str(dest / "adapter_model.safetensors"), metadata={"format": "pt"})
    from .weights import adapter_summary

    return adapter_summary(json.loads((dest / "adapter_config.json").read_text(encoding="utf-8")))


def fuse(base_model: str | Path, checkpoint: Path, dest: Path, *, python: str | None = None) -> dict:
    """`mlx_lm fuse --dequantize`, then the Hugging Face layout. Runs mlx-lm in a child
    process: the fused model (16 GB for 8B) is freed when it exits."""
    command = [python or sys.executable, "-m", "mlx_lm", "fuse", "--model", str(base_model),
               "--adapter-path", str(checkpoint), "--save-path", str(dest), "--dequantize"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise WorkbenchError("mlx_lm fuse failed (" + " | ".join(tail) + "): merged weights of an MLX run "
                             "need mlx-lm in this Python (pip install 'apertus-workbench[mlx]')")
    to_hf_layout(dest, base_model)
    return {"dtype": json.loads((dest / "config.json").read_text()).get("torch_dtype"),
            "command": " ".join(["mlx_lm", *command[3:]])}


def to_hf_layout(folder: Path, base_model: str | Path) -> None:
    """Make an mlx-lm saved model a folder transformers, vLLM and TGI load as is."""
    import torch
    from safetensors import safe_open
    from safetensors.torch import load_file, save_file

    base = Path(base_model)
    reference: dict[str, tuple] = {}
    for shard in sorted(base.glob("*.safetensors")) if base.is_dir() else []:
        with safe_open(str(shard), framework="pt") as fh:
            for key in fh.keys():
                reference[key] = tuple(fh.get_slice(key).get_shape())
    for shard in sorted(folder.glob("*.safetensors")):
        tensors = load_file(str(shard))
        for key, t in tensors.items():
            want = reference.get(key)
            if want is not None and tuple(t.shape) != want and t.numel() == int(torch.Size(want).numel()):
                tensors[key] = t.reshape(want)
            elif want is None and t.dim() == 0 and key.endswith(("act_fn.alpha_p", "act_fn.alpha_n")):
                tensors[key] = t.reshape(1)  # a quantized mlx base has no reference: the known case
        save_file({k: v.contiguous() for k, v in tensors.items()}, str(shard), metadata={"format": "pt"})
    cfg_path = folder / "config.json"
    config = json.loads(cfg_path.read_text(encoding="utf-8"))
    for key in _QUANT_KEYS:
        config.pop(key, None)
    base_cfg = base / "config.json"
    if base_cfg.exists():
        original = json.loads(base_cfg.read_text(encoding="utf-8"))
        # mlx-lm rewrites the config from its own reading of it; the base's keys win where
        # they exist (architectures, rope_parameters, dtype spellings), so transformers sees
        # the same model it would see for the base.
        config = {**config, **{k: v for k, v in original.items() if k not in _QUANT_KEYS}}
    cfg_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "README.md").unlink(missing_ok=True)  # the hand-off's own card is the card
