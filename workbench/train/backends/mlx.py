"""The MLX backend: LoRA on Apple silicon through mlx-lm's tuner (mlx[cpu] on Linux).

The approved snapshot is exported with store.exports in mlx-lm's data layout
(runs/<id>/data/train.jsonl, valid.jsonl) and read with mlx-lm's own dataset classes
(chat format, prompt masked, like `mlx_lm lora --mask-prompt`). Training is mlx-lm's
`train()`; a callback turns its reports into our events, writes our atomic checkpoints on
the run's cadence (adapters + optimizer state), and stops on cancel or a NaN loss.

Resuming restores the adapter and the optimizer state (step count, so the learning-rate
schedule continues). The batch order after a resume is re-drawn from (seed, step): mlx-lm's
batch iterator cannot be fast-forwarded, so a resumed run sees a different but equally
random order from there on.
"""

from __future__ import annotations

import functools
import json
import shutil
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ...core.errors import ValidationError
from ..spec import JobSpec
from . import TrainingHooks
from .prologue import announce, prologue

if TYPE_CHECKING:
    from ..session import RunSession

ADAPTERS = "adapters.safetensors"
RESUME_OPTIMIZER = "resume_optimizer.safetensors"


def export_data(session) -> Path:
    """Export the training snapshot in mlx layout once per run (a resume reuses it)."""
    from ...store.exports import export_snapshot

    folder = session.run_dir / "data"
    provenance = folder / "provenance.json"
    if provenance.exists() and json.loads(provenance.read_text())["snapshot"]["id"] == session.run["train_snapshot"]:
        return folder
    export_snapshot(session.project, folder, fmt="mlx", snapshot=session.run["train_snapshot"],
                    holdout=session.run["holdout_snapshot"], actor=session.acting, force=True)
    # The hold-out has no business in a training folder: mlx-lm only reads test.jsonl with
    # --test, but a copy lying beside the training data is one mistake away from a leak.
    (folder / "test.jsonl").unlink(missing_ok=True)
    return folder


def _load_split(folder: Path, name: str, system_prompt: str | None) -> list[dict]:
    path = folder / f"{name}.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if system_prompt:
        for row in rows:
            if row["messages"][0]["role"] != "system":
                row["messages"].insert(0, {"role": "system", "content": system_prompt})
    return [{"messages": r["messages"]} for r in rows]


def lora_keys(model, targets: list[str]) -> list[str]:
    """mlx-lm names LoRA targets by their path inside a block, e.g. 'self_attn.q_proj'."""
    keys = sorted({name for name, _ in model.layers[0].named_modules() if name.split(".")[-1] in targets})
    if not keys:
        raise ValidationError(f"none of the target modules {targets} exist in this model")
    return keys


def lr_schedule(spec, total: int):
    import mlx.optimizers as optim

    warmup = round(spec.warmup_ratio * total)
    main = {"cosine": lambda: optim.cosine_decay(spec.learning_rate, max(total - warmup, 1)),
            "linear": lambda: optim.linear_schedule(spec.learning_rate, 0.0, max(total - warmup, 1)),
            "constant": lambda: spec.learning_rate}[spec.lr_schedule]()
    if not warmup:
        return main
    if not callable(main):
        main = (lambda lr: lambda _step: lr)(spec.learning_rate)
    return optim.join_schedules([optim.linear_schedule(0.0, spec.learning_rate, warmup), main], [warmup])


def clipped(opt_cls, max_norm: float):
    """The optimizer class with gradient-norm clipping, which mlx-lm's train() lacks (our peft
    backend clips too, so the same spec behaves the same on both)."""
    if not max_norm:
        return opt_cls
    import mlx.optimizers as optim

    class Clipped(opt_cls):
        def apply_gradients(self, gradients, parameters):
            gradients, _ = optim.clip_grad_norm(gradients, max_norm)
            return super().apply_gradients(gradients, parameters)

    return Clipped


def train(session: RunSession) -> dict:
    """Train the run of `session` (worker.py calls this in the run's own process)."""
    import mlx.core as mx
    import numpy as np
    from mlx_lm import load

    model, tokenizer = load(str(Path(session.model_dir)))
    start = prologue(session, tokenizer)
    spec, step = start.spec, start.start_step
    train_rows, valid_rows = training_rows(session)
    train_set, valid_set = datasets(tokenizer, train_rows, valid_rows)
    steps_per_epoch = max(1, (len(train_rows) // spec.batch_size) // spec.grad_accum)
    total = spec.max_steps or max(1, round(steps_per_epoch * spec.epochs))

    mx.random.seed(spec.seed)
    adapter_config = add_lora(model, spec, start.base, session.run["id"])
    optimizer = build_optimizer(spec, total)
    if start.resume_dir is not None:
        restore(model, optimizer, start.resume_dir)
    np.random.seed(spec.seed + step)  # mlx-lm's batch order comes from numpy's global RNG
    announce(session, start, what=f"lora with mlx on {mx.default_device()}", examples=len(train_rows),
             total_steps=total, dataset={"train_examples": len(train_rows), "validation_examples": len(valid_rows)},
             device={"device": "mlx", "mlx_device": str(mx.default_device())})
    write = functools.partial(write_checkpoint, model=model, optimizer=optimizer,
                              adapter_config=adapter_config, template=start.template)
    reporter = Reporter(hooks=session, spec=spec, start=step, total=total, steps_per_epoch=steps_per_epoch,
                        write=write)
    session.check_cancel(step)
    if step < total:
        run_tuner(session, model, optimizer, train_set, valid_set, reporter, iters=(total - step) * spec.grad_accum)
    if spec.fuse:
        fuse(session, model, tokenizer, start.base)
    return {"final_step": total, "final_loss": reporter.last_loss}


def training_rows(session: RunSession) -> tuple[list[dict], list[dict]]:
    """The exported training and validation conversations; all of them train when no
    validation loss is wanted (as in peft), and validation is off when it would not fill a batch."""
    spec = session.spec
    folder = export_data(session)
    train_rows = _load_split(folder, "train", spec.system_prompt)
    valid_rows = _load_split(folder, "valid", spec.system_prompt)
    if not spec.eval_every:  # no validation loss wanted: train on every approved pair, as peft does
        train_rows, valid_rows = train_rows + valid_rows, []
    if len(train_rows) < spec.batch_size:
        raise ValidationError(f"the training split has {len(train_rows)} pairs, fewer than batch_size="
                              f"{spec.batch_size}: lower --batch-size or sign off more pairs")
    if valid_rows and len(valid_rows) < spec.batch_size:
        session.log(f"validation loss off: {len(valid_rows)} validation pairs, fewer than batch_size")
        valid_rows = []
    return train_rows, valid_rows


def datasets(tokenizer, train_rows: list[dict], valid_rows: list[dict]):
    """mlx-lm's chat datasets, prompt masked (like `mlx_lm lora --mask-prompt`)."""
    from mlx_lm.tuner.datasets import CacheDataset, create_dataset

    config = types.SimpleNamespace(mask_prompt=True)
    train_set = CacheDataset(create_dataset(train_rows, tokenizer, config))
    valid_set = CacheDataset(create_dataset(valid_rows, tokenizer, config)) if valid_rows else None
    return train_set, valid_set


def add_lora(model, spec: JobSpec, base: Path, run_id: str) -> dict:
    """Freeze the model, put LoRA layers on it; return the adapter_config.json of its checkpoints."""
    from mlx_lm.tuner.utils import linear_to_lora_layers

    model.freeze()
    params = {"rank": spec.lora_rank, "scale": spec.lora_alpha / spec.lora_rank,
              "dropout": spec.lora_dropout, "keys": lora_keys(model, spec.target_modules)}
    linear_to_lora_layers(model, spec.mlx_num_layers, params)
    return {"fine_tune_type": "lora", "num_layers": spec.mlx_num_layers, "lora_parameters": params,
            "model": str(base), "run_id": run_id}


def build_optimizer(spec: JobSpec, total: int):
    import mlx.optimizers as optim

    # bias_correction: mlx leaves it off by default, which makes the first updates ~3x larger
    # than torch's AdamW at the same learning rate; on, the same spec means the same on both.
    kwargs = {"bias_correction": True}
    if spec.optimizer == "adamw":
        kwargs["weight_decay"] = spec.weight_decay
    return clipped(optim.AdamW if spec.optimizer == "adamw" else optim.Adam,
                   spec.max_grad_norm)(learning_rate=lr_schedule(spec, total), **kwargs)


def restore(model, optimizer, checkpoint: Path) -> None:
    """Adapter weights and optimizer state (its step count continues the schedule)."""
    import mlx.core as mx
    from mlx.utils import tree_unflatten

    model.load_weights(str(checkpoint / ADAPTERS), strict=False)
    optimizer.state = tree_unflatten(list(mx.load(str(checkpoint / RESUME_OPTIMIZER)).items()))


def write_checkpoint(tmp: Path, *, model, optimizer, adapter_config: dict, template: str | None) -> None:
    """Fill a checkpoint folder: adapters, their config, optimizer state and chat template."""
    import mlx.core as mx
    from mlx.utils import tree_flatten

    mx.save_safetensors(str(tmp / ADAPTERS), dict(tree_flatten(model.trainable_parameters())))
    (tmp / "adapter_config.json").write_text(json.dumps(adapter_config, indent=2), encoding="utf-8")
    mx.save_safetensors(str(tmp / RESUME_OPTIMIZER), dict(tree_flatten(optimizer.state)))
    if template:
        (tmp / "chat_template.jinja").write_text(template, encoding="utf-8")


@dataclass
class Reporter:
    """mlx-lm's TrainingCallback (both of its methods; mlx-lm calls nothing else, and the
    class is not subclassed so that importing this module never loads mlx): turns its reports
    into our events, checkpoints on the run's cadence, stops on cancel or a NaN loss.
    mlx-lm counts micro-batches from 1 in this process; our steps are optimizer steps."""

    hooks: TrainingHooks
    spec: JobSpec
    start: int                              # the step this process started from
    total: int
    steps_per_epoch: int
    write: Callable[[Path], None]           # fills a checkpoint folder
    losses: list[float] = field(default_factory=list)
    last_loss: float = float("nan")

    def on_train_loss_report(self, info: dict) -> None:
        spec = self.spec
        self.losses.append(float(info["train_loss"]))
        if info["iteration"] % spec.grad_accum:
            return
        step = self.start + info["iteration"] // spec.grad_accum
        loss = sum(self.losses) / len(self.losses)
        self.losses.clear()
        self.last_loss = loss
        lr = float(info["learning_rate"])
        self.hooks.check_loss(step, loss, lr)
        self.hooks.emit("step", step=step, total_steps=self.total, epoch=round(step / self.steps_per_epoch, 4),
                        loss=round(loss, 6), lr=lr, tokens_per_s=round(float(info["tokens_per_second"]), 1),
                        memory_mb=round(float(info["peak_memory"]) * 1000, 1))
        if step % spec.checkpoint_every == 0 or step == self.total:
            self.hooks.checkpoint(step, loss, self.write, epoch=step / self.steps_per_epoch, lr=lr,
                                  total_steps=self.total)
        self.hooks.check_cancel(step)

    def on_val_loss_report(self, info: dict) -> None:
        self.hooks.emit("eval", step=self.start + info["iteration"] // self.spec.grad_accum,
                        val_loss=round(float(info["val_loss"]), 6))


def run_tuner(session: RunSession, model, optimizer, train_set, valid_set, reporter: Reporter, *,
              iters: int) -> None:
    """mlx-lm's train() for `iters` micro-batches; its own saving is sent to a scratch folder."""
    from mlx_lm.tuner.trainer import TrainingArgs
    from mlx_lm.tuner.trainer import train as mlx_train

    spec = session.spec
    scratch = session.run_dir / "mlx_scratch"  # mlx-lm's own end-of-training save lands here
    scratch.mkdir(exist_ok=True)
    args = TrainingArgs(batch_size=spec.batch_size, iters=iters,
                        steps_per_report=1, steps_per_eval=max(spec.eval_every or 1, 1) * spec.grad_accum,
                        steps_per_save=10 ** 9, max_seq_length=spec.max_seq_length,
                        adapter_file=str(scratch / ADAPTERS), grad_checkpoint=spec.gradient_checkpointing,
                        grad_accumulation_steps=spec.grad_accum)
    mlx_train(model=model, optimizer=optimizer, train_dataset=train_set, val_dataset=valid_set,
              args=args, training_callback=reporter)
    shutil.rmtree(scratch, ignore_errors=True)


def fuse(session, model, tokenizer, base: Path) -> Path:
    """Fold the trained adapter into the base weights (mlx-lm's fuse), written atomically."""
    from mlx.utils import tree_unflatten
    from mlx_lm.utils import load_config, save

    fused = [(name, module.fuse()) for name, module in model.named_modules() if hasattr(module, "fuse")]
    if fused:
        model.update_modules(tree_unflatten(fused))
    final = session.run_dir / "fused"
    tmp = session.run_dir / ".tmp-fused"
    shutil.rmtree(tmp, ignore_errors=True)
    save(tmp, str(base), model, tokenizer, load_config(base), donate_model=False)
    if final.exists():
        shutil.rmtree(final)
    tmp.rename(final)
    session.log(f"fused model written to {final}", fused_path=str(final))
    session.add_lineage({"fused_model": str(final)})
    return final
