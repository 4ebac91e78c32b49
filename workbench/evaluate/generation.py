"""Generating answers to hold-out prompts: recorded, deterministic, batched, one base model.

Two rules make a score comparison fair and repeatable:
- Base and tuned answer under *identical*, recorded decoding settings: greedy by default,
  or sampled with the model card's settings (temperature 0.8, top-p 0.9) over k fixed seeds
  (`samples`), the same seeds for the base and every checkpoint, so each item is answered k
  times by each model and the comparison stays paired (item, seed). The settings, the seeds
  and the library versions are stored with every evaluation.
- The base model is loaded once and adapters are swapped on it (peft load_adapter /
  set_adapter, mlx-lm LoRA layers put on and taken off), instead of loading 16-140 GB of
  weights again for every checkpoint.

Backends live in gen_peft.py (transformers + peft) and gen_mlx.py (mlx-lm), opened through
generators.open_generator; torch and mlx are imported only there, inside functions, so
importing this module is cheap.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..core.errors import ValidationError

Conversation = list[dict]


@dataclass(frozen=True)
class DecodingSettings:
    max_new_tokens: int = 192
    #: 0 means greedy decoding. Apertus suggests 0.8 / top-p 0.9 for chat (`model_card()`);
    #: evaluation stays greedy unless the project says otherwise, since greedy needs no seed.
    temperature: float = 0.0
    top_p: float = 1.0
    repetition_penalty: float = 1.0
    seed: int = 0
    #: Sampled decoding answers each item once per seed: seed, seed + 1, … (k = samples).
    samples: int = 1
    batch_size: int = 8
    #: System prompt for items without their own; None keeps the chat template's default.
    system_prompt: str | None = None

    @classmethod
    def from_dict(cls, data: dict | None) -> "DecodingSettings":
        data = dict(data or {})
        unknown = set(data) - set(_CONVERT)
        if unknown:
            raise ValidationError(f"unknown decoding setting(s) {sorted(unknown)}: use {', '.join(_CONVERT)}")
        try:
            s = cls(**{k: _CONVERT[k](v) for k, v in data.items()})
        except (TypeError, ValueError) as exc:
            raise ValidationError(f"decoding setting has the wrong type: {exc}") from None
        s.validate()
        return s

    @classmethod
    def model_card(cls, samples: int = 5, **overrides) -> "DecodingSettings":
        """Apertus' suggested sampling (temperature 0.8, top-p 0.9) over `samples` fixed seeds."""
        return cls.from_dict({"temperature": 0.8, "top_p": 0.9, "samples": samples, **overrides})

    def validate(self) -> None:
        if self.max_new_tokens < 1 or self.batch_size < 1:
            raise ValidationError("max_new_tokens and batch_size must be at least 1")
        if self.samples < 1 or self.samples > 64:
            raise ValidationError("samples (seeds per item) must be between 1 and 64")
        if self.greedy and self.samples > 1:
            raise ValidationError("greedy decoding (temperature 0) gives the same answer for every seed: "
                                  "use samples = 1, or a temperature above 0 (e.g. 0.8 with top_p 0.9)")
        if self.temperature < 0 or not 0 < self.top_p <= 1 or self.repetition_penalty <= 0:
            raise ValidationError("temperature must be >= 0, top_p in (0, 1], repetition_penalty > 0")

    @property
    def greedy(self) -> bool:
        return self.temperature == 0

    @property
    def seeds(self) -> list[int]:
        """The fixed seeds every model state is sampled with (one for greedy)."""
        return [self.seed + k for k in range(self.samples)]

    def as_dict(self) -> dict:
        d = asdict(self)
        if d["samples"] == 1:
            # One answer per item, as before sampled evaluation existed: greedy settings hash
            # (and so reuse and compare) exactly as they always did.
            del d["samples"]
        return d


_CONVERT = {"max_new_tokens": int, "temperature": float, "top_p": float, "repetition_penalty": float,
            "seed": int, "samples": int, "batch_size": int,
            "system_prompt": lambda v: None if v in (None, "") else str(v)}


@dataclass(frozen=True)
class Generated:
    answer: str
    new_tokens: int


def conversation(item: dict, system_prompt: str | None = None) -> Conversation:
    """The prompt as the model sees it: the item's system prompt (or the run's), then the user turn."""
    msgs = []
    system = item.get("system") or system_prompt
    if system:
        msgs.append({"role": "system", "content": system})
    msgs.append({"role": "user", "content": item["prompt"]})
    return msgs


def batched(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (longest first), so left padding wastes
    little compute. The grouping depends only on the prompts, never on the model, so base and
    checkpoints see identical batches (padding can shift float results in the last bits)."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def default_chat_template() -> str:
    from ..paths import resources_dir

    return (resources_dir() / "chat_templates" / "apertus.jinja").read_text(encoding="utf-8")


class Generator:
    """A loaded base model that answers conversations, with or without an adapter on it."""

    backend = "?"

    def use(self, checkpoint_path: Path | None) -> None:
        """Switch to a checkpoint's adapter (or full weights); None switches back to the base."""
        raise NotImplementedError

    def generate(self, conversations: list[Conversation],
                 progress: Callable[[int], None] | None = None, seed: int | None = None) -> list[Generated]:
        """Answer every conversation; `seed` (sampled decoding) overrides the settings' seed."""
        raise NotImplementedError

    def describe(self) -> dict:
        """Library versions, device and precision: recorded with every evaluation."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

