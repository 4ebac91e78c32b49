"""transformers + peft generation: one base model, LoRA adapters swapped on it.

Batches are left-padded (a decoder-only model continues the *right* end of each row, so
padding must go left or the short prompts would continue after pad tokens). The model's own
generation_config (Apertus ships temperature 0.8 / top-p 0.9) is replaced by ours, so
nothing from the checkpoint folder silently changes how the evaluation decodes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Callable

from ..core.errors import ValidationError
from ..core.hashing import sha256_hex
from .generation import (Conversation, DecodingSettings, Generated, Generator, batched,
                         default_chat_template)


class PeftGenerator(Generator):
    backend = "peft"

    def __init__(self, base_model: str | Path, settings: DecodingSettings, *, method: str = "lora"):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        if method not in ("lora", "qlora", "full"):
            raise ValidationError(f"unknown method '{method}': use lora, qlora or full")
        hf_logging.disable_progress_bar()
        self.settings = settings
        self.method = method
        self.base_model = str(base_model)
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        # bf16 is what the checkpoints ship and what GPUs are fast at; on CPU float32 is exact
        # and not slower for the small models CPUs can run at all.
        self.dtype = torch.bfloat16 if self.device == "cuda" else torch.float32
        tok = AutoTokenizer.from_pretrained(self.base_model, local_files_only=True)
        tok.padding_side = "left"
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        if not tok.chat_template:
            tok.chat_template = default_chat_template()
        self.tokenizer = tok
        kwargs: dict = {"dtype": self.dtype}
        if method == "qlora":
            # A QLoRA adapter was trained against the 4-bit NF4 base: evaluate it (and the base
            # it is compared with) on that same quantized base.
            from transformers import BitsAndBytesConfig

            kwargs["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                bnb_4bit_compute_dtype=self.dtype)
            kwargs["device_map"] = {"": self.device}
        self.base = AutoModelForCausalLM.from_pretrained(self.base_model, local_files_only=True, **kwargs).eval()
        if method != "qlora":
            self.base.to(self.device)
        self._gen_config = self._generation_config()
        self.base.generation_config = self._gen_config
        self.model = self.base       # what generate() runs: base, PeftModel or a full checkpoint
        self._peft = None            # the PeftModel wrapping self.base, once an adapter was loaded
        self._adapter: str | None = None

    def _generation_config(self):
        from transformers import GenerationConfig

        eos = self.base.generation_config.eos_token_id
        eos = list(eos) if isinstance(eos, (list, tuple)) else ([eos] if eos is not None else [])
        if self.tokenizer.eos_token_id is not None and self.tokenizer.eos_token_id not in eos:
            eos.append(self.tokenizer.eos_token_id)
        s = self.settings
        kw = dict(max_new_tokens=s.max_new_tokens, do_sample=not s.greedy, eos_token_id=eos,
                  pad_token_id=self.tokenizer.pad_token_id, bos_token_id=self.tokenizer.bos_token_id,
                  repetition_penalty=s.repetition_penalty)
        if not s.greedy:
            kw.update(temperature=s.temperature, top_p=s.top_p)
        return GenerationConfig(**kw)

    # -- switching model states -----------------------------------------------------------
    def use(self, checkpoint_path: Path | None) -> None:
        if checkpoint_path is None:
            self._adapter = None
            if self.method == "full":
                self._drop_full()
            return
        path = Path(checkpoint_path)
        if self.method == "full":
            self._load_full(path)
            return
        if not (path / "adapter_config.json").exists():
            raise ValidationError(f"{path} holds no peft adapter (adapter_config.json is missing)")
        from peft import PeftModel

        name = "ckpt_" + sha256_hex(str(path.resolve()))[:10]
        if self._peft is None:
            self._peft = PeftModel.from_pretrained(self.base, str(path), adapter_name=name, is_trainable=False,
                                                    local_files_only=True)
            self._peft.eval()
        elif name not in self._peft.peft_config:
            self._peft.load_adapter(str(path), adapter_name=name, is_trainable=False)
        self._peft.set_adapter(name)
        # Keep one adapter in memory: on a 70B base each one is hundreds of MB.
        for other in [a for a in self._peft.peft_config if a != name]:
            self._peft.delete_adapter(other)
        self._peft.generation_config = self._gen_config
        self.model = self._peft
        self._adapter = name

    def _load_full(self, path: Path) -> None:
        from transformers import AutoModelForCausalLM

        if not (path / "config.json").exists():
            raise ValidationError(f"{path} is not a model folder (config.json is missing)")
        self._drop_full()
        model = AutoModelForCausalLM.from_pretrained(str(path), dtype=self.dtype,
                                                     local_files_only=True).eval().to(self.device)
        model.generation_config = self._gen_config
        self.model = model

    def _drop_full(self) -> None:
        if self.model is not self.base and self.model is not self._peft:
            del self.model
            self.model = self.base

    def _active(self):
        """The module to call, and the context to call it in. Once a PeftModel wraps the base
        (in place), the base answers through it with the adapter disabled."""
        if self._peft is not None and self._adapter is None and self.method != "full":
            return self._peft, self._peft.disable_adapter()
        return self.model, contextlib.nullcontext()

    # -- generating -----------------------------------------------------------------------
    def generate(self, conversations: list[Conversation],
                 progress: Callable[[int], None] | None = None, seed: int | None = None) -> list[Generated]:
        import torch

        tok = self.tokenizer
        encoded = [tok.apply_chat_template(c, add_generation_prompt=True, tokenize=True, return_dict=True)["input_ids"]
                   for c in conversations]
        results: list[Generated | None] = [None] * len(conversations)
        eos = set(self._gen_config.eos_token_id)
        model, context = self._active()
        with torch.inference_mode(), context:
            for batch in batched([len(e) for e in encoded], self.settings.batch_size):
                # Seeded per batch, so a sampled answer depends only on its batch, not on how
                # many batches ran before it.
                torch.manual_seed(self.settings.seed if seed is None else seed)
                width = max(len(encoded[i]) for i in batch)
                ids = torch.full((len(batch), width), tok.pad_token_id, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for row, i in enumerate(batch):
                    seq = encoded[i]
                    ids[row, width - len(seq):] = torch.tensor(seq, dtype=torch.long)
                    mask[row, width - len(seq):] = 1
                out = model.generate(input_ids=ids.to(self.device), attention_mask=mask.to(self.device),
                                     generation_config=self._gen_config)
                for row, i in enumerate(batch):
                    new = out[row, width:].tolist()
                    n = next((k for k, t in enumerate(new) if t in eos), None)
                    new = new if n is None else new[:n]
                    results[i] = Generated(tok.decode(new, skip_special_tokens=True).strip(), len(new))
                if progress:
                    progress(len(batch))
        return [r for r in results if r is not None]

    def describe(self) -> dict:
        import peft
        import torch
        import transformers

        return {"backend": "peft", "method": self.method, "base_model": self.base_model,
                "device": self.device, "dtype": str(self.dtype).replace("torch.", ""),
                "quantization": "nf4-4bit-double" if self.method == "qlora" else None,
                "padding": "left", "threads": torch.get_num_threads(),
                "torch": torch.__version__, "transformers": transformers.__version__,
                "peft": peft.__version__}

    def close(self) -> None:
        self.model = self.base = self._peft = None


def load(base_model: str | Path, settings: DecodingSettings, *, method: str = "lora") -> PeftGenerator:
    """The entry point of generators.GENERATORS."""
    return PeftGenerator(base_model, settings, method=method)
