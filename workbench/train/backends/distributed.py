"""Single process, or one rank of many (accelerate launch / torchrun), behind one interface.

One process (WORLD_SIZE unset or 1): plain PyTorch, nothing wrapped. Several: accelerate's
Accelerator reads the launcher's environment (the FSDP config written by launchers.py, or
plain DDP) and wraps model and optimizer. LoRA/QLoRA use DDP (each GPU holds the whole,
possibly 4-bit, base); full fine-tunes of 70B use FSDP (launchers.py writes that config).
Only rank 0 writes events, checkpoints and database rows; every rank takes part in the
collective save (sharded optimizer state) and the gather of the weights.

The sharded resume state (FSDP) is written here, not by accelerate's save_state, whose
load_state unpickles (custom_checkpoint_0.pkl, RNG states, FSDP metadata): a tampered run
folder would run code on resume. Each rank writes its shard of the model as safetensors,
its optimizer state and RNG state with torch.save of tensors and plain values only, read back
with `torch.load(weights_only=True)`; rank 0 adds the scheduler state and shards.json. Only
these named files are ever read, after the worker checked them against the checkpoint's
manifest and the registry (checkpoints.verify_checkpoint).
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

from ...core.errors import StateError

SHARDS_META = "shards.json"
SHARDS_FORMAT = "apertus-workbench-shards/1"
#: Model shards are written in files of at most this many bytes, so a rank never holds more
#: than this much extra host memory while saving.
SHARD_FILE_BYTES = 2 * 2 ** 30


class Dist:
    def __init__(self) -> None:
        self.world_size = int(os.environ.get("WORLD_SIZE", "1"))
        self.accelerator: Any = None
        self.rank = 0
        self.model: Any = None          # the prepared model and optimizer, and the registered
        self.optimizer: Any = None      # scheduler(s): what the sharded resume state holds
        self.registered: list = []
        if self.world_size > 1:
            import torch
            from accelerate import Accelerator

            if not torch.cuda.is_available():
                # accelerate only forms a CPU process group (gloo) when told to; without this
                # every torchrun process would believe it is the only one.
                os.environ.setdefault("ACCELERATE_USE_CPU", "1")
            self.accelerator = Accelerator()
            _fsdp_on_cpu(self.accelerator)
            if self.accelerator.num_processes != self.world_size:
                from ..hardware import ResourceError

                raise ResourceError(
                    f"launched as {self.world_size} processes but accelerate sees "
                    f"{self.accelerator.num_processes}: start the run with the command from "
                    "'workbench train --launcher accelerate' (or torchrun on CUDA GPUs)")
            self.rank = self.accelerator.process_index

    @property
    def enabled(self) -> bool:
        return self.accelerator is not None

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def uses_fsdp(self) -> bool:
        return self.enabled and str(self.accelerator.distributed_type).endswith("FSDP")

    @property
    def device(self) -> str | None:
        return str(self.accelerator.device) if self.enabled else None

    def prepare(self, model, optimizer):
        if not self.enabled:
            return model, optimizer
        self.model, self.optimizer = self.accelerator.prepare(model, optimizer)
        return self.model, self.optimizer

    def backward(self, loss) -> None:
        if self.enabled:
            self.accelerator.backward(loss)
        else:
            loss.backward()

    def clip(self, model, max_norm: float) -> float:
        import torch

        params = [p for p in model.parameters() if p.requires_grad]
        if self.enabled:
            return float(self.accelerator.clip_grad_norm_(params, max_norm))
        return float(torch.nn.utils.clip_grad_norm_(params, max_norm))

    def sum(self, value: float) -> float:
        """Sum a number over all ranks (for the reported loss and token counts)."""
        if not self.enabled:
            return value
        import torch

        t = torch.tensor([value], dtype=torch.float64, device=self.accelerator.device)
        return float(self.accelerator.reduce(t, reduction="sum").item())

    def agree(self, code: int) -> int:
        """The highest `code` of all ranks (each calls it at the same point of its loop): one
        rank asked to stop means every rank stops at the same step."""
        if not self.enabled:
            return code
        import torch
        import torch.distributed as tdist

        t = torch.tensor([code], dtype=torch.int64, device=self.accelerator.device)
        tdist.all_reduce(t, op=tdist.ReduceOp.MAX)
        return int(t.item())

    def barrier(self) -> None:
        if self.enabled:
            self.accelerator.wait_for_everyone()

    def unwrap(self, model):
        return self.accelerator.unwrap_model(model) if self.enabled else model

    def full_state_dict(self, model) -> dict | None:
        """Gathered weights (FSDP shards joined) for save_pretrained; None = use the model's own."""
        if not self.enabled:
            return None
        return self.accelerator.get_state_dict(model)

    def save_resume_state(self, folder: Path) -> None:
        """Collective: every rank writes its shard of model/optimizer/RNG state."""
        save_sharded_state(Path(folder), model=self.model, optimizer=self.optimizer, schedulers=self.registered,
                           rank=self.rank, world_size=self.world_size)

    def load_resume_state(self, folder: Path) -> None:
        load_sharded_state(Path(folder), model=self.model, optimizer=self.optimizer, schedulers=self.registered,
                           rank=self.rank, world_size=self.world_size)

    def register(self, obj) -> None:
        """A scheduler (anything with state_dict/load_state_dict of plain values) saved with
        the sharded resume state."""
        self.registered.append(obj)


def _fsdp_on_cpu(accelerator) -> None:
    """Shard with FSDP2 on the CPU (gloo) when the launcher's config asks for FSDP.

    accelerate turns a CPU process group into MULTI_CPU (plain DDP) and ignores the FSDP
    config; a GPU job is unaffected. The CI runs the tiny model's full fine-tune on the
    CPU, so it sets the same FSDP2 plugin accelerate builds on GPUs from the launcher's
    environment (FSDP_* variables): the same fully_shard wrapping, state-dict gathering,
    clipping and sharded checkpoints then run over gloo."""
    import os

    from accelerate.utils import DistributedType, FullyShardedDataParallelPlugin

    if (accelerator.distributed_type != DistributedType.MULTI_CPU
            or os.environ.get("ACCELERATE_USE_FSDP", "false").lower() != "true"):
        return
    from accelerate.state import PartialState

    state = accelerator.state
    state.fsdp_plugin = FullyShardedDataParallelPlugin()
    state.distributed_type = DistributedType.FSDP
    PartialState._shared_state["distributed_type"] = DistributedType.FSDP


# -- sharded resume state, without pickle -------------------------------------------------

def _local(t):
    """This rank's part of a sharded tensor (DTensor), or the tensor itself."""
    return t.to_local() if hasattr(t, "to_local") else t


def _host_copy(t):
    # A copy on the CPU: never a view, so tied weights (embeddings and lm_head) are two
    # tensors for safetensors, which refuses shared memory.
    return _local(t).detach().to("cpu", copy=True).contiguous()


def _rank_file(kind: str, rank: int, suffix: str) -> str:
    return f"{kind}-rank{rank:05d}{suffix}"


def rank_files(rank: int):
    """Which files of a sharded resume folder this rank reads (for verifying only those)."""
    return lambda rel: "-rank" not in rel.rsplit("/", 1)[-1] or f"-rank{rank:05d}" in rel


def save_sharded_state(folder: Path, *, model, optimizer, schedulers, rank: int, world_size: int) -> None:
    """This rank's model shard (safetensors, in parts of SHARD_FILE_BYTES), optimizer state
    and RNG state (torch.save of tensors and plain values); rank 0 adds the schedulers and
    shards.json. The caller synchronises the ranks before the folder is published."""
    import torch
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    written, size, part = 0, 0, {}
    for name, tensor in model.state_dict().items():
        part[name] = _host_copy(tensor)
        size += part[name].numel() * part[name].element_size()
        if size >= SHARD_FILE_BYTES:  # at most one part in host memory
            written = _save_part(save_file, part, folder, rank, written)
            size, part = 0, {}
    if part or not written:
        written = _save_part(save_file, part, folder, rank, written)
    state = optimizer.state_dict()
    plain = {"state": {pid: {k: _host_copy(v) if torch.is_tensor(v) else v for k, v in entry.items()}
                       for pid, entry in state["state"].items()},
             "param_groups": state["param_groups"]}
    torch.save(plain, folder / _rank_file("optimizer", rank, ".pt"))
    rng = {"torch": torch.get_rng_state(), "python": random.getstate()}
    if torch.cuda.is_available():
        rng["cuda"] = torch.cuda.get_rng_state()
    torch.save(rng, folder / _rank_file("rng", rank, ".pt"))
    if rank == 0:
        torch.save([s.state_dict() for s in schedulers], folder / "schedulers.pt")
        (folder / SHARDS_META).write_text(json.dumps({"format": SHARDS_FORMAT, "world_size": world_size}) + "\n",
                                          encoding="utf-8")


def _save_part(save_file, part: dict, folder: Path, rank: int, written: int) -> int:
    save_file(part, folder / _rank_file("model", rank, f"-part{written:04d}.safetensors"))
    return written + 1


def load_sharded_state(folder: Path, *, model, optimizer, schedulers, rank: int, world_size: int) -> None:
    """Restore what save_sharded_state wrote, reading only its named files: safetensors and
    torch.load(weights_only=True), which cannot run code whatever the files hold."""
    import torch
    from safetensors import safe_open

    try:
        meta = json.loads((folder / SHARDS_META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StateError(f"{folder} holds no readable {SHARDS_META} ({exc}): the run cannot resume "
                         "from this checkpoint") from None
    if meta.get("format") != SHARDS_FORMAT or meta.get("world_size") != world_size:
        raise StateError(f"checkpoint {folder.parent.name} was written by {meta.get('world_size')} processes: "
                         f"resume it with that many (this launch has {world_size})")
    targets = model.state_dict()
    seen = set()
    with torch.no_grad():
        for path in sorted(folder.glob(_rank_file("model", rank, "-part*.safetensors"))):
            with safe_open(str(path), framework="pt") as fh:
                for name in fh.keys():
                    if name not in targets:
                        raise StateError(f"checkpoint {folder.parent.name} holds '{name}', which this model "
                                         "does not have: resume with the run's own spec")
                    local = _local(targets[name])
                    local.copy_(fh.get_tensor(name).to(local.device))
                    seen.add(name)
    if seen != set(targets):
        raise StateError(f"checkpoint {folder.parent.name} lacks {len(set(targets) - seen)} of the model's "
                         "tensors: it cannot be resumed")
    saved = torch.load(folder / _rank_file("optimizer", rank, ".pt"), map_location="cpu", weights_only=True)
    optimizer.load_state_dict(_resharded(saved, optimizer))
    states = torch.load(folder / "schedulers.pt", map_location="cpu", weights_only=True)
    for scheduler, state in zip(schedulers, states):
        scheduler.load_state_dict(state)
    rng = torch.load(folder / _rank_file("rng", rank, ".pt"), map_location="cpu", weights_only=True)
    torch.set_rng_state(rng["torch"])
    random.setstate(_as_random_state(rng["python"]))
    if "cuda" in rng and torch.cuda.is_available():
        torch.cuda.set_rng_state(rng["cuda"])


def _resharded(saved: dict, optimizer) -> dict:
    """Saved local optimizer tensors made sharded again like their parameters (DTensor)."""
    params = [p for group in optimizer.param_groups for p in group["params"]]
    for pid, entry in saved["state"].items():
        param = params[int(pid)]
        if not hasattr(param, "device_mesh"):
            continue
        from torch.distributed.tensor import DTensor

        for key, value in entry.items():
            if hasattr(value, "dim") and value.dim() > 0 and tuple(value.shape) == tuple(_local(param).shape):
                entry[key] = DTensor.from_local(value.to(_local(param).device), param.device_mesh,
                                                param.placements, run_check=False, shape=param.shape,
                                                stride=param.stride())
    return saved


def _as_random_state(value):
    # random.getstate() is (version, tuple of ints, gauss); torch.load may give lists back.
    version, internal, gauss = value
    return version, tuple(internal), gauss
