"""Single process, or one rank of many (accelerate launch / torchrun), behind one interface.

One process (WORLD_SIZE unset or 1): plain PyTorch, nothing wrapped. Several: accelerate's
Accelerator reads the launcher's environment (the FSDP config written by launchers.py, or
plain DDP) and wraps model and optimizer. LoRA/QLoRA use DDP (each GPU holds the whole,
possibly 4-bit, base); full fine-tunes of 70B use FSDP (launchers.py writes that config).
Only rank 0 writes events, checkpoints and database rows; every rank takes part in the
collective save (sharded optimizer state) and the gather of the weights.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


class Dist:
    def __init__(self) -> None:
        self.world_size = int(os.environ.get("WORLD_SIZE", "1"))
        self.accelerator: Any = None
        self.rank = 0
        if self.world_size > 1:
            import torch
            from accelerate import Accelerator

            if not torch.cuda.is_available():
                # accelerate only forms a CPU process group (gloo) when told to; without this
                # every torchrun process would believe it is the only one.
                os.environ.setdefault("ACCELERATE_USE_CPU", "1")
            self.accelerator = Accelerator()
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
        return self.accelerator.prepare(model, optimizer)

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
        self.accelerator.save_state(str(folder))

    def load_resume_state(self, folder: Path) -> None:
        self.accelerator.load_state(str(folder))

    def register(self, obj) -> None:
        if self.enabled:
            self.accelerator.register_for_checkpointing(obj)
