"""The job spec: everything that decides what a training run does, typed and validated.

One dataclass, like peft's config objects: `backend` and `method` choose the code path, the
rest are hyper-parameters. Fields left as None take the preset for (backend, method, model
size) when the spec is resolved; the resolved spec (no None left) is saved with the run as
`spec.json` and in the run registry, so the run can be repeated exactly.

Validation here is pure (no torch, no file system): impossible combinations are refused with
a message that says what to use instead. What depends on the machine (CUDA, disk, the model
folder) is checked in hardware.py.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from ..core.errors import ValidationError
from ..core.hashing import sha256_hex
from . import presets

METHODS = ("lora", "qlora", "full")
BACKENDS = ("peft", "mlx")
MODEL_SIZES = ("auto", "tiny", "8b", "70b")
SCHEDULES = ("cosine", "linear", "constant")
PRECISIONS = ("auto", "bf16", "fp32")
DEVICES = ("auto", "cuda", "cpu")
CHAT_TEMPLATES = ("model", "apertus")
BATCHING = ("auto", "padding_free", "length_grouped")
#: Optimizers per backend. The bitsandbytes ones keep optimizer state in 8 bit and/or in
#: paged (CUDA unified) memory; AdEMAMix is the optimizer Apertus was pretrained with.
OPTIMIZERS = {
    "peft": ("adamw", "adamw_8bit", "paged_adamw", "paged_adamw_8bit", "ademamix", "ademamix_8bit",
             "paged_ademamix_8bit"),
    "mlx": ("adamw", "adam"),
}
BNB_OPTIMIZERS = {"adamw_8bit", "paged_adamw", "paged_adamw_8bit", "ademamix", "ademamix_8bit",
                  "paged_ademamix_8bit"}

#: Fields a preset fills when they are None.
PRESET_FIELDS = ("lora_rank", "lora_alpha", "lora_dropout", "target_modules", "learning_rate",
                 "lr_schedule", "warmup_ratio", "weight_decay", "max_grad_norm", "epochs",
                 "batch_size", "grad_accum", "max_seq_length", "optimizer",
                 "gradient_checkpointing", "checkpoint_every", "eval_every")


@dataclass(frozen=True)
class JobSpec:
    base_model: str
    method: str = "lora"
    backend: str = "peft"
    name: str = ""
    model_size: str = "auto"
    # Snapshots: None = the latest training snapshot / the latest frozen hold-out at launch.
    train_snapshot: str | None = None
    holdout_snapshot: str | None = None
    #: The use case whose adapter this run trains (its latest snapshots when none are named).
    use_case: str | None = None
    # LoRA (ignored by full fine-tunes)
    lora_rank: int | None = None
    lora_alpha: float | None = None
    lora_dropout: float | None = None
    target_modules: list[str] | None = None
    # Optimisation
    learning_rate: float | None = None
    lr_schedule: str | None = None
    warmup_ratio: float | None = None
    weight_decay: float | None = None
    max_grad_norm: float | None = None
    optimizer: str | None = None
    epochs: float | None = None
    #: Optimizer steps; when set it wins over epochs.
    max_steps: int | None = None
    #: Examples per micro-batch (padding-free: concatenated into one row).
    batch_size: int | None = None
    grad_accum: int | None = None
    max_seq_length: int | None = None
    #: How a micro-batch is laid out. "padding_free": examples concatenated into one row,
    #: positions restarting per example (no padding; best with flash-attention's varlen
    #: kernels). "length_grouped": examples of similar length padded together (best where
    #: attention needs a dense mask, e.g. sdpa on CPU). "auto" picks by attention kernel.
    batching: str = "auto"
    gradient_checkpointing: bool | None = None
    precision: str = "auto"
    device: str = "auto"
    seed: int = 42
    # Cadence, in optimizer steps
    checkpoint_every: int | None = None
    #: Keep only the newest N checkpoints (None: keep all; each one is evaluated).
    keep_checkpoints: int | None = None
    #: Validation loss every N steps on the held-back tenth of the training snapshot (0: off).
    eval_every: int | None = None
    #: After each checkpoint, spawn the evaluation of that checkpoint on the hold-out.
    eval_each_checkpoint: bool = False
    #: Command for that evaluation; {python}, {run_id}, {step}, {checkpoint}, {project} are
    #: filled in. None: `python -m workbench.evaluate.worker --project DIR --run RUN
    #: --checkpoint STEP`, when that module is installed.
    eval_command: list[str] | None = None
    # Prompt format
    #: "model" (the model folder's template), "apertus" (ours), or a path to a .jinja file.
    chat_template: str = "model"
    #: Used for items without a system prompt of their own (None: the template's default).
    system_prompt: str | None = None
    system_prompt_version: str = ""
    # mlx only
    mlx_num_layers: int = -1
    #: Write a fused model (base + final adapter) to runs/<id>/fused when training ends.
    fuse: bool = False

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "JobSpec":
        if not isinstance(data, dict):
            raise ValidationError("a job spec must be a mapping of field names to values")
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise ValidationError(
                f"unknown job spec field(s) {', '.join(unknown)}: known fields are {', '.join(sorted(names))}")
        if "base_model" not in data or not str(data["base_model"] or "").strip():
            raise ValidationError("the job spec needs base_model: a model folder (or a hub id when online)")
        return cls(**data).validate()

    @classmethod
    def load(cls, path: Path | str) -> "JobSpec":
        """Read a spec from .json, .yaml or .yml."""
        path = Path(path)
        if not path.exists():
            raise ValidationError(f"no config file at {path}")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:  # a folder, no permission, not UTF-8
            raise ValidationError(f"cannot read the config {path}: {exc}; give a UTF-8 .json or "
                                  ".yaml file") from None
        try:
            if path.suffix.lower() in (".yaml", ".yml"):
                import yaml

                data = yaml.safe_load(text) or {}
            else:
                data = json.loads(text)
        except Exception as exc:  # yaml and json raise different types
            raise ValidationError(f"{path.name} is not valid {path.suffix[1:].upper()}: {exc}") from None
        return cls.from_dict(data)

    def with_overrides(self, **changes: Any) -> "JobSpec":
        """A copy with these fields changed (None values are ignored: 'not given')."""
        changes = {k: v for k, v in changes.items() if v is not None}
        names = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise ValidationError(f"unknown job spec field(s) {', '.join(unknown)}")
        return replace(self, **changes).validate()

    # -- output ---------------------------------------------------------------------------
    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def save(self, path: Path | str) -> Path:
        """Write as JSON (or YAML when the name ends in .yaml/.yml)."""
        path = Path(path)
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            text = yaml.safe_dump(self.as_dict(), sort_keys=False, allow_unicode=True)
        else:
            text = json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"
        path.write_text(text, encoding="utf-8")
        return path

    @property
    def spec_hash(self) -> str:
        return sha256_hex(self.as_dict())

    @property
    def is_resolved(self) -> bool:
        return self.model_size != "auto" and all(getattr(self, f) is not None for f in PRESET_FIELDS)

    # -- presets --------------------------------------------------------------------------
    def resolve(self, model_config: dict | None = None) -> "JobSpec":
        """Fill every None from the preset. `model_config` (the model's config.json) decides
        the size class when model_size is 'auto'."""
        size = self.model_size
        if size == "auto":
            size = size_class(estimate_parameters(model_config)) if model_config else "8b"
        values = presets.preset(self.backend, self.method, size)
        if not values:
            raise ValidationError(
                f"no preset for {self.method} on {self.backend} at size {size}: "
                f"pick another method or backend ({', '.join('/'.join(p) for p in presets.available())})")
        filled = {f: (getattr(self, f) if getattr(self, f) is not None else values[f]) for f in PRESET_FIELDS}
        filled["target_modules"] = list(filled["target_modules"])
        return replace(self, model_size=size, **filled).validate()

    # -- validation -----------------------------------------------------------------------
    def validate(self) -> "JobSpec":
        _one_of("method", self.method, METHODS)
        _one_of("backend", self.backend, BACKENDS)
        _one_of("model_size", self.model_size, MODEL_SIZES)
        _one_of("precision", self.precision, PRECISIONS)
        _one_of("device", self.device, DEVICES)
        _one_of("batching", self.batching, BATCHING)
        if self.backend == "mlx":
            if self.method == "qlora":
                raise ValidationError(
                    "QLoRA (bitsandbytes 4-bit) exists on the peft backend only: use --backend peft "
                    "on a CUDA machine, or --method lora with --backend mlx (on a Mac, a 4-bit model "
                    "converted with 'mlx_lm.convert -q' gives the same memory saving)")
            if self.method == "full":
                raise ValidationError(
                    "the mlx backend trains LoRA adapters only: use --method lora, or --backend peft "
                    "on a CUDA machine for a full fine-tune")
            if self.device == "cuda":
                raise ValidationError("the mlx backend runs on Apple silicon (or mlx[cpu]), not CUDA: "
                                      "use --backend peft for CUDA")
            if self.precision == "bf16":
                raise ValidationError("mlx trains in the model's own dtype: leave precision at 'auto'")
        if self.optimizer is not None:
            _one_of("optimizer", self.optimizer, OPTIMIZERS[self.backend],
                    hint=f" on the {self.backend} backend")
        if self.lr_schedule is not None:
            _one_of("lr_schedule", self.lr_schedule, SCHEDULES)
        if not (self.chat_template in CHAT_TEMPLATES or self.chat_template.endswith(".jinja")):
            raise ValidationError("chat_template must be 'model', 'apertus' or a path to a .jinja file")
        _positive("learning_rate", self.learning_rate)
        _positive("epochs", self.epochs)
        for name in ("lora_rank", "batch_size", "grad_accum", "checkpoint_every", "max_steps",
                     "keep_checkpoints"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                raise ValidationError(f"{name} must be a whole number of at least 1, not {value!r}")
        if self.max_seq_length is not None and (not isinstance(self.max_seq_length, int)
                                                or self.max_seq_length < 32):
            raise ValidationError(f"max_seq_length must be at least 32 tokens, not {self.max_seq_length!r}")
        if self.eval_every is not None and (not isinstance(self.eval_every, int) or self.eval_every < 0):
            raise ValidationError("eval_every must be 0 (off) or a number of steps")
        if self.lora_alpha is not None and self.lora_alpha <= 0:
            raise ValidationError("lora_alpha must be positive (peft's alpha; the LoRA scale is alpha / rank)")
        if self.lora_dropout is not None and not 0 <= self.lora_dropout < 1:
            raise ValidationError("lora_dropout must be between 0 and 1")
        if self.warmup_ratio is not None and not 0 <= self.warmup_ratio < 1:
            raise ValidationError("warmup_ratio must be between 0 and 1 (a fraction of the steps)")
        if self.max_grad_norm is not None and self.max_grad_norm < 0:
            raise ValidationError("max_grad_norm must be positive (0 switches clipping off)")
        if self.target_modules is not None and (not isinstance(self.target_modules, (list, tuple))
                                                or not all(isinstance(m, str) and m for m in self.target_modules)):
            raise ValidationError("target_modules must be a list of module names, e.g. [q_proj, v_proj]")
        if self.eval_command is not None and (not isinstance(self.eval_command, (list, tuple))
                                              or not all(isinstance(a, str) for a in self.eval_command)
                                              or not self.eval_command):
            raise ValidationError("eval_command must be a list of arguments, e.g. "
                                  "['{python}', '-m', 'workbench.evaluate.worker', '--run', '{run_id}']")
        if not isinstance(self.seed, int) or isinstance(self.seed, bool):
            raise ValidationError(f"seed must be a whole number, not {self.seed!r}")
        if self.fuse and self.backend != "mlx":
            raise ValidationError("fuse applies to the mlx backend; peft adapters are merged at hand-off")
        return self


def _one_of(name: str, value: Any, allowed: tuple, hint: str = "") -> None:
    if value not in allowed:
        raise ValidationError(f"unknown {name} '{value}'{hint}: use one of {', '.join(allowed)}")


def _positive(name: str, value: float | None) -> None:
    if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0):
        raise ValidationError(f"{name} must be a positive number, not {value!r}")


def estimate_parameters(config: dict) -> int:
    """Parameter count of a dense decoder from its config.json (Apertus: no gate projection)."""
    h = int(config.get("hidden_size", 0))
    layers = int(config.get("num_hidden_layers", 0))
    heads = int(config.get("num_attention_heads", 1)) or 1
    kv = int(config.get("num_key_value_heads", heads))
    head_dim = int(config.get("head_dim") or h // heads)
    inter = int(config.get("intermediate_size", 4 * h))
    vocab = int(config.get("vocab_size", 0))
    # Gated MLPs (llama-style) have three projections; Apertus' xIELU MLP has two.
    mlp_mats = 2 if config.get("hidden_act") == "xielu" or config.get("model_type") == "apertus" else 3
    attn = h * heads * head_dim * 2 + h * kv * head_dim * 2
    per_layer = attn + mlp_mats * h * inter + 2 * h
    embeddings = vocab * h * (1 if config.get("tie_word_embeddings") else 2)
    return layers * per_layer + embeddings + h


def size_class(n_params: int) -> str:
    if n_params < 1_500_000_000:
        return "tiny"
    if n_params < 20_000_000_000:
        return "8b"
    return "70b"


def total_steps(spec: JobSpec, n_examples: int) -> int:
    """Optimizer steps the run will take for this many training examples."""
    if spec.max_steps:
        return spec.max_steps
    per_epoch = max(1, -(-n_examples // (spec.batch_size * spec.grad_accum)))
    return max(1, round(per_epoch * spec.epochs))
