"""mlx-lm generation (Apple Silicon; mlx[cpu] on Linux): one base model, LoRA layers swapped.

mlx-lm applies an adapter by replacing the chosen linear layers with LoRA layers that wrap
the original ones. Swapping therefore means: unwrap (remove_lora_layers gives the original
linears back, untouched) and wrap again with the next adapter's weights — the base weights
are never reloaded. Batches go through mlx-lm's batch_generate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from ..core.errors import ValidationError
from .generation import (Conversation, DecodingSettings, Generated, Generator, batched,
                         default_chat_template)


class MlxGenerator(Generator):
    backend = "mlx"

    def __init__(self, base_model: str | Path, settings: DecodingSettings):
        import mlx_lm

        self.settings = settings
        self.base_model = str(base_model)
        self.model, self.tokenizer = mlx_lm.load(self.base_model)
        hf_tok = getattr(self.tokenizer, "_tokenizer", self.tokenizer)
        if not getattr(hf_tok, "chat_template", None):
            hf_tok.chat_template = default_chat_template()
        self._adapter: Path | None = None

    def use(self, checkpoint_path: Path | None) -> None:
        from mlx_lm.tuner.utils import load_adapters, remove_lora_layers

        if self._adapter is not None:
            remove_lora_layers(self.model)
            self._adapter = None
        if checkpoint_path is None:
            return
        path = Path(checkpoint_path)
        if not (path / "adapters.safetensors").exists() or not (path / "adapter_config.json").exists():
            raise ValidationError(f"{path} holds no mlx-lm adapter (adapters.safetensors and "
                                  "adapter_config.json are needed)")
        kind = json.loads((path / "adapter_config.json").read_text()).get("fine_tune_type", "lora")
        if kind != "lora":
            # DoRA layers and full weights cannot be taken off again without a reload.
            raise ValidationError(f"{path} is a '{kind}' mlx checkpoint: only LoRA adapters are evaluated")
        load_adapters(self.model, str(path))
        self.model.eval()
        self._adapter = path

    def generate(self, conversations: list[Conversation],
                 progress: Callable[[int], None] | None = None, seed: int | None = None) -> list[Generated]:
        import mlx.core as mx
        from mlx_lm import batch_generate
        from mlx_lm.sample_utils import make_logits_processors, make_sampler

        s = self.settings
        sampler = make_sampler(temp=s.temperature, top_p=s.top_p if s.top_p < 1 else 0.0)
        processors = (make_logits_processors(repetition_penalty=s.repetition_penalty)
                      if s.repetition_penalty != 1.0 else None)
        prompts = [list(self.tokenizer.apply_chat_template(c, add_generation_prompt=True))
                   for c in conversations]
        results: list[Generated | None] = [None] * len(prompts)
        for batch in batched([len(p) for p in prompts], s.batch_size):
            mx.random.seed(s.seed if seed is None else seed)  # per batch, as in the peft backend
            resp = batch_generate(self.model, self.tokenizer, [prompts[i] for i in batch],
                                  max_tokens=s.max_new_tokens, sampler=sampler,
                                  logits_processors=processors, return_token_ids=True,
                                  completion_batch_size=len(batch), prefill_batch_size=len(batch))
            for i, ids in zip(batch, resp.token_ids):
                # batch_generate leaves the stop token out already.
                text = self.tokenizer.decode(ids, skip_special_tokens=True).strip()
                results[i] = Generated(text, len(ids))
            if progress:
                progress(len(batch))
        return [r for r in results if r is not None]

    def describe(self) -> dict:
        import mlx.core as mx
        import mlx_lm

        return {"backend": "mlx", "method": "lora", "base_model": self.base_model,
                "device": str(mx.default_device()), "mlx": mx.__version__, "mlx_lm": mlx_lm.__version__}

    def close(self) -> None:
        self.model = None


def load(base_model: str | Path, settings: DecodingSettings, *, method: str = "lora") -> MlxGenerator:
    """The entry point of generators.GENERATORS."""
    if method not in ("lora", "dora"):
        raise ValidationError(f"the mlx backend evaluates LoRA adapters, not '{method}' checkpoints")
    return MlxGenerator(base_model, settings)
