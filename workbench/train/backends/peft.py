"""The PEFT backend: LoRA, QLoRA and full fine-tunes with transformers + peft + bitsandbytes.

One loop, read top to bottom in `PeftTrainer.run`. What makes it faster than a stock
`Trainer` on chat data:
- no compute on padding (data.py): padding-free rows with flash-attention's varlen kernels,
  length-grouped batches where attention needs a dense mask (`resolve_batching`);
- logits only where the loss is: the answer tokens. The vocabulary projection (131,072
  wide for Apertus) and its cross-entropy are skipped for system prompt, question and
  template tokens, via `logits_to_keep` with a boolean mask;
- loss normalised by the number of answer tokens in the whole optimizer step (across
  gradient accumulation and ranks), so long and short answers weigh the same per token.
QLoRA: 4-bit NF4 with double quantization, compute in bf16 on GPU (fp32 on CPU, where
bitsandbytes' 4-bit kernels also run, which is what the tests use).
"""

from __future__ import annotations

import contextlib
import importlib.util
import resource
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...core.errors import ValidationError
from ..data import IGNORE, Example, Schedule, collate_padded, collate_padding_free
from ..spec import JobSpec
from . import TrainingHooks
from .distributed import Dist
from .prologue import announce, prologue

if TYPE_CHECKING:
    from ..session import RunSession

RESUME_STATE = "resume_state.pt"
RESUME_SHARDED = "resume_accelerate"
_SCHEDULERS = {"cosine": "cosine", "linear": "linear", "constant": "constant_with_warmup"}


# -- model --------------------------------------------------------------------------------

def attention_implementation(device: str) -> str:
    # flash-attention turns restarting position ids into varlen kernels; sdpa gets a
    # block-diagonal mask built by transformers from the same position ids.
    if device.startswith("cuda") and importlib.util.find_spec("flash_attn") is not None:
        return "flash_attention_2"
    return "sdpa"


def resolve_batching(spec: JobSpec, device: str) -> str:
    """Padding-free rows pay off where attention is computed per example (varlen kernels).
    With a dense mask (sdpa, eager) a packed row attends over its full length, which costs
    more than the padding it saves once examples are long relative to the hidden size; there,
    batches of similar lengths waste little padding and no attention."""
    if spec.batching != "auto":
        return spec.batching
    return "padding_free" if attention_implementation(device).startswith("flash") else "length_grouped"


def compute_dtype(spec: JobSpec, device: str):
    import torch

    return torch.bfloat16 if device.startswith("cuda") and spec.precision in ("auto", "bf16") else torch.float32


def load_model(spec: JobSpec, base: Path, device: str, dist: Dist, resume: Path | None = None):
    """Base model (4-bit for QLoRA) with LoRA adapters, or the full model, ready to train."""
    return prepare_for_training(load_base(spec, base, device, dist, resume), spec, dist, resume)


def load_base(spec: JobSpec, base: Path, device: str, dist: Dist, resume: Path | None = None):
    import torch
    from transformers import AutoModelForCausalLM

    dtype = compute_dtype(spec, device)
    # FSDP keeps fp32 master weights in its shards and computes in bf16 (mixed precision
    # in the launcher's config); one GPU trains a full model in pure bf16 to fit.
    load_dtype = torch.float32 if (spec.method == "full" and dist.uses_fsdp) else dtype
    kwargs: dict[str, Any] = {"dtype": load_dtype, "attn_implementation": attention_implementation(device)}
    if spec.method == "qlora":
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtype, bnb_4bit_quant_storage=dtype)
        kwargs["device_map"] = {"": dist.accelerator.local_process_index if dist.enabled else device}
    source = resume if (spec.method == "full" and resume is not None and not dist.uses_fsdp) else base
    model = AutoModelForCausalLM.from_pretrained(source, local_files_only=True, **kwargs)
    if spec.method != "qlora" and not dist.enabled:
        model.to(device)
    return model


def prepare_for_training(model, spec: JobSpec, dist: Dist, resume: Path | None = None):
    """k-bit preparation, gradient checkpointing and the LoRA adapters (or none: full)."""
    model.config.use_cache = False
    if spec.method == "qlora":
        from peft import prepare_model_for_kbit_training

        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)
    if spec.gradient_checkpointing and not dist.uses_fsdp:  # FSDP checkpoints per its config
        enable = getattr(model, "activation_checkpointing_enable", None) or model.gradient_checkpointing_enable
        enable({"use_reentrant": False})
    if spec.method in ("lora", "qlora"):
        from peft import LoraConfig, PeftModel, get_peft_model

        if resume is not None and not dist.uses_fsdp:
            model = PeftModel.from_pretrained(model, str(resume), is_trainable=True, local_files_only=True)
        else:
            model = get_peft_model(model, LoraConfig(
                r=spec.lora_rank, lora_alpha=spec.lora_alpha, lora_dropout=spec.lora_dropout,
                target_modules=list(spec.target_modules), bias="none", task_type="CAUSAL_LM"))
    return model


def build_optimizer(spec: JobSpec, model, device: str):
    import torch

    decay, no_decay = [], []
    for p in model.parameters():
        if p.requires_grad:
            (decay if p.ndim >= 2 else no_decay).append(p)  # no decay on norms and biases
    groups = [{"params": decay, "weight_decay": spec.weight_decay},
              {"params": no_decay, "weight_decay": 0.0}]
    groups = [g for g in groups if g["params"]]
    if spec.optimizer == "adamw":
        return torch.optim.AdamW(groups, lr=spec.learning_rate, fused=device.startswith("cuda"))
    import bitsandbytes as bnb

    cls = {"adamw_8bit": bnb.optim.AdamW8bit, "paged_adamw": bnb.optim.PagedAdamW,
           "paged_adamw_8bit": bnb.optim.PagedAdamW8bit, "ademamix": bnb.optim.AdEMAMix,
           "ademamix_8bit": bnb.optim.AdEMAMix8bit,
           "paged_ademamix_8bit": bnb.optim.PagedAdEMAMix8bit}[spec.optimizer]
    return cls(groups, lr=spec.learning_rate)


def memory_mb(device: str) -> float:
    if device.startswith("cuda"):
        import torch

        return torch.cuda.max_memory_allocated() / 2 ** 20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / 2 ** 20 if sys.platform == "darwin" else peak / 1024


# -- loss ---------------------------------------------------------------------------------

def loss_sum(model, batch: dict):
    """Summed cross-entropy over answer tokens, and how many there were."""
    import torch.nn.functional as F

    labels = batch.pop("labels")
    targets = labels[:, 1:]
    keep = targets != IGNORE                         # position t predicts token t + 1
    mask = keep.new_zeros(labels.shape)
    mask[:, :-1] = keep
    out = model(**batch, logits_to_keep=mask, use_cache=False)
    logits = out.logits.reshape(-1, out.logits.shape[-1])  # (answer tokens, vocabulary)
    return F.cross_entropy(logits.float(), targets[keep], reduction="sum"), int(keep.sum())


class NullHooks:
    """TrainingHooks that report nothing and never stop (for benchmarks, instead of a RunSession)."""

    last_checkpoint_step = 0

    def emit(self, *a, **k): return None
    def log(self, *a, **k): return None
    def check_cancel(self, step): return None
    def check_loss(self, step, loss, lr): return None
    def checkpoint(self, step, loss, write, **state): return None


class PeftTrainer:
    def __init__(self, spec: JobSpec, base: Path, tokenizer, examples: list[Example], valid: list[Example],
                 device: str, hooks: TrainingHooks, *, dist: Dist | None = None,
                 chat_template: str | None = None):
        self.spec, self.base, self.tokenizer = spec, Path(base), tokenizer
        self.examples, self.valid, self.device, self.hooks = examples, valid, device, hooks
        self.dist = dist or Dist()
        self.chat_template = chat_template
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
        self.batching = resolve_batching(spec, device)
        self.schedule = Schedule([len(e.input_ids) for e in examples], batch_size=spec.batch_size,
                                 grad_accum=spec.grad_accum, seed=spec.seed, world_size=self.dist.world_size,
                                 group_by_length=self.batching == "length_grouped")
        self.total_steps = spec.max_steps or max(1, round(self.schedule.steps_per_epoch * spec.epochs))

    def _collate(self, exs: list[Example]) -> dict:
        batch = collate_padding_free(exs) if self.batching == "padding_free" else collate_padded(exs, self.pad_id)
        return {k: v.to(self.device) for k, v in batch.items()}

    def _batch(self, indices: list[int]) -> dict:
        return self._collate([self.examples[i] for i in indices])

    def run(self, resume: Path | None = None, start_step: int = 0, base_model=None) -> dict:
        """Train from `start_step` to the end. base_model: an already built base model (the
        benchmark's random-weight 8B), instead of loading `self.base`."""
        import torch
        from transformers import get_scheduler

        spec, dist, hooks = self.spec, self.dist, self.hooks
        torch.manual_seed(spec.seed)
        if base_model is not None:
            model = prepare_for_training(base_model, spec, dist)
        else:
            model = load_model(spec, self.base, self.device, dist, resume)
        if spec.method == "qlora":
            # On the record: the base really is held in 4 bit (a silent fall-back to full
            # precision would not fit a 70B on the GPU it was planned for).
            n4 = sum(type(m).__name__ == "Linear4bit" for m in model.modules())
            self.hooks.log(f"base model loaded in 4-bit NF4 with double quantization: {n4} Linear4bit layers",
                           quantized_layers=n4)
        optimizer = build_optimizer(spec, model, self.device)
        scheduler = get_scheduler(_SCHEDULERS[spec.lr_schedule], optimizer,
                                  num_warmup_steps=round(spec.warmup_ratio * self.total_steps),
                                  num_training_steps=self.total_steps)
        model, optimizer = dist.prepare(model, optimizer)
        dist.register(scheduler)
        if resume is not None:
            self._load_resume_state(resume, optimizer, scheduler)
        model.train()
        loss, lr, self.last_saved = float("nan"), None, start_step
        for step in range(start_step, self.total_steps):
            self._stop_if_asked(step, loss, lr, lambda tmp: self._write(tmp, model, optimizer, scheduler, step))
            started = time.perf_counter()
            mine = self.schedule.micro_batches(step, dist.rank)
            # Normalise by the answer tokens of the whole step, all ranks and micro-batches:
            # every rank can count them, the schedule is the same everywhere.
            step_tokens = sum(self.examples[i].trained_tokens
                              for mb in self.schedule.all_micro_batches(step) for i in mb)
            summed, seen = 0.0, 0
            for k, indices in enumerate(mine):
                batch = self._batch(indices)
                seen += int(batch["attention_mask"].sum()) if "attention_mask" in batch else batch["input_ids"].numel()
                sync = contextlib.nullcontext()
                if dist.enabled and k < len(mine) - 1:  # all-reduce once per step, not per micro-batch
                    sync = dist.accelerator.no_sync(model)
                with sync:
                    part, _ = loss_sum(model, batch)
                    # DDP/FSDP average gradients over ranks; scale back up to a per-token mean.
                    dist.backward(part * dist.world_size / max(step_tokens, 1))
                summed += float(part.detach())
            loss = dist.sum(summed) / max(step_tokens, 1)
            lr = scheduler.get_last_lr()[0]
            hooks.check_loss(step + 1, loss, lr)  # before the update: bad gradients never land
            grad_norm = dist.clip(model, spec.max_grad_norm) if spec.max_grad_norm else None
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            elapsed = time.perf_counter() - started
            hooks.emit("step", step=step + 1, total_steps=self.total_steps,
                       epoch=round(self.schedule.epoch_of(step + 1), 4), loss=round(loss, 6), lr=lr,
                       tokens=int(dist.sum(seen)), tokens_per_s=round(dist.sum(seen) / elapsed, 1),
                       memory_mb=round(memory_mb(self.device), 1),
                       grad_norm=round(grad_norm, 4) if grad_norm is not None else None)
            done = step + 1 == self.total_steps
            if spec.eval_every and self.valid and ((step + 1) % spec.eval_every == 0 or done):
                hooks.emit("eval", step=step + 1, val_loss=round(self.validation_loss(model), 6))
            if (step + 1) % spec.checkpoint_every == 0 or done:
                self._checkpoint(step + 1, loss, lr,
                                 lambda tmp: self._write(tmp, model, optimizer, scheduler, step + 1))
        return {"final_step": self.total_steps, "final_loss": loss}

    def _checkpoint(self, step: int, loss: float, lr, write) -> None:
        self.hooks.checkpoint(step, loss, write, shared=self.dist.enabled, epoch=self.schedule.epoch_of(step),
                              lr=lr, total_steps=self.total_steps)
        self.last_saved = step

    def _stop_if_asked(self, step: int, loss: float, lr, write) -> None:
        """Stop before step `step + 1` when asked (a cancel, SIGTERM): every rank at the same
        step. After SIGTERM (Slurm's scancel, requeue or time limit, a shutdown) the finished
        steps are checkpointed first, so the next start loses none of them."""
        from ..session import StopRequested

        asked = None
        try:
            self.hooks.check_cancel(step)
        except StopRequested as stop:
            asked = stop
        code = self.dist.agree(0 if asked is None else 2 if asked.by == "signal" else 1)
        if not code:
            return
        if asked is None:  # another rank was asked first: the cancel flag, or its own SIGTERM
            try:
                self.hooks.check_cancel(step)
                asked = StopRequested("signal", step)
            except StopRequested as stop:
                asked = stop
        if code == 2 and step > self.last_saved:
            self._checkpoint(step, loss, lr, write)
        raise asked

    def validation_loss(self, model) -> float:
        import torch

        model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            for start in range(0, len(self.valid), self.spec.batch_size):
                part, n = loss_sum(model, self._collate(self.valid[start:start + self.spec.batch_size]))
                total, count = total + float(part), count + n
        model.train()
        return self.dist.sum(total) / max(self.dist.sum(count), 1)

    # -- checkpoints ----------------------------------------------------------------------
    def _write(self, tmp: Path, model, optimizer, scheduler, step: int) -> None:
        import torch

        dist = self.dist
        dist.barrier()  # rank 0 has created `tmp`
        state = dist.full_state_dict(model) if dist.uses_fsdp else None
        if dist.is_main:
            kwargs = {"state_dict": state} if state is not None else {}
            dist.unwrap(model).save_pretrained(tmp, **kwargs)
            if self.spec.method == "full":
                self.tokenizer.save_pretrained(tmp)
            elif self.chat_template:
                (tmp / "chat_template.jinja").write_text(self.chat_template, encoding="utf-8")
        if dist.uses_fsdp:
            dist.save_resume_state(tmp / RESUME_SHARDED)  # sharded optimizer: every rank writes
        elif dist.is_main:
            rng = {"torch": torch.get_rng_state()}
            if self.device.startswith("cuda"):
                rng["cuda"] = torch.cuda.get_rng_state_all()
            torch.save({"step": step, "optimizer": optimizer.state_dict(),
                        "scheduler": scheduler.state_dict(), "rng": rng}, tmp / RESUME_STATE)
        dist.barrier()  # everyone has written before rank 0 publishes the folder

    def _load_resume_state(self, folder: Path, optimizer, scheduler) -> None:
        import torch

        if self.dist.uses_fsdp:
            self.dist.load_resume_state(folder / RESUME_SHARDED)
            return
        path = folder / RESUME_STATE
        if not path.exists():
            raise ValidationError(f"checkpoint {folder} has no {RESUME_STATE}: it cannot be resumed")
        # weights_only: the file holds tensors and plain numbers only, so loading it cannot
        # run code even if someone tampered with the run folder.
        state = torch.load(path, map_location="cpu", weights_only=True)
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        torch.set_rng_state(state["rng"]["torch"])
        if "cuda" in state["rng"] and self.device.startswith("cuda"):
            torch.cuda.set_rng_state_all(state["rng"]["cuda"])


# -- entry point for the worker -----------------------------------------------------------

def train(session: RunSession) -> dict:
    """Train the run of `session` (worker.py calls this in the run's own process)."""
    from transformers import AutoTokenizer

    from ...store.exports import split_train_valid
    from ..data import build_examples
    from ..hardware import resolve_device

    spec, dist = session.spec, Dist()
    session.quiet = not dist.is_main
    device = dist.device or resolve_device(spec)
    tokenizer = AutoTokenizer.from_pretrained(Path(session.model_dir), local_files_only=True)
    start = prologue(session, tokenizer)
    base, template = start.base, start.template
    items = session.train_items()
    # The same deterministic split as the mlx export, so both backends train on the same pairs.
    train_items, valid_items = split_train_valid(items) if spec.eval_every else (items, [])
    kwargs = {"max_seq_length": spec.max_seq_length, "system_prompt": spec.system_prompt,
              "chat_template": template}
    examples, stats = build_examples(train_items, tokenizer, **kwargs)
    valid, _ = build_examples(valid_items, tokenizer, **kwargs)
    if stats.truncated:
        session.log(f"{stats.truncated} example(s) are longer than max_seq_length={spec.max_seq_length} "
                    f"and were cut; {stats.dropped} lost their whole answer and were left out")
    trainer = PeftTrainer(spec, base, tokenizer, examples, valid, device, session, dist=dist,
                          chat_template=template)
    announce(session, start, what=f"{spec.method} on {device}", examples=len(examples),
             total_steps=trainer.total_steps, dataset={**stats.as_dict(), "validation_examples": len(valid)},
             device=device_info(device, dist.world_size))
    return trainer.run(resume=start.resume_dir, start_step=start.start_step)


def device_info(device: str, world_size: int = 1) -> dict:
    import torch

    info = {"device": device, "world_size": world_size, "torch": torch.__version__}
    if device.startswith("cuda"):
        info.update(gpu=torch.cuda.get_device_name(), cuda=torch.version.cuda,
                    gpu_memory_gb=round(torch.cuda.get_device_properties(0).total_memory / 2 ** 30, 1))
    return info
