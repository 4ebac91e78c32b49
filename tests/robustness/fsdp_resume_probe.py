"""Two CPU processes (gloo) train a small FSDP2-sharded model, save the sharded resume state
with the workbench's writer, and check that a fresh model, optimizer and scheduler loaded
from it train on exactly as the uninterrupted ones do. Run by test_resume_integrity.py:

    python fsdp_resume_probe.py FOLDER PORT
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def warmup_then_decay(step: int, warmup: int = 2, total: int = 20) -> float:
    return (step + 1) / warmup if step < warmup else max(0.0, (total - step) / (total - warmup))


def build(seed: int, mesh):
    import functools

    import torch
    from torch.distributed.fsdp import fully_shard

    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.Dropout(0.3), torch.nn.ReLU(),
                                torch.nn.Linear(16, 5))
    for layer in (model[0], model[3]):
        fully_shard(layer, mesh=mesh)
    fully_shard(model, mesh=mesh)
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.05)
    # Like transformers' schedulers: a LambdaLR over a functools.partial (state: plain values).
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, functools.partial(warmup_then_decay, total=20))
    return model, optimizer, scheduler


def step(model, optimizer, scheduler, batch) -> None:
    model(batch).pow(2).mean().backward()
    optimizer.step()
    scheduler.step()
    optimizer.zero_grad(set_to_none=True)


def shards(model) -> dict:
    return {k: v.to_local().detach().clone() for k, v in model.state_dict().items()}


def run(rank: int, world: int, folder: str, port: int) -> None:
    import torch
    import torch.distributed as dist
    from torch.distributed.device_mesh import init_device_mesh

    from workbench.train.backends.distributed import load_sharded_state, save_sharded_state

    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    dist.init_process_group("gloo", rank=rank, world_size=world)
    mesh = init_device_mesh("cpu", (world,))
    data = torch.Generator().manual_seed(100 + rank)
    batches = [torch.randn(4, 8, generator=data) for _ in range(4)]
    model, optimizer, scheduler = build(1, mesh)
    step(model, optimizer, scheduler, batches[0])
    save_sharded_state(Path(folder), model=model, optimizer=optimizer, schedulers=[scheduler], rank=rank,
                       world_size=world)
    dist.barrier()
    for batch in batches[1:]:
        step(model, optimizer, scheduler, batch)
    expected, expected_lr = shards(model), scheduler.get_last_lr()

    torch.manual_seed(999)  # another RNG state and other weights: all must come from the files
    fresh, fresh_opt, fresh_sched = build(2, mesh)
    load_sharded_state(Path(folder), model=fresh, optimizer=fresh_opt, schedulers=[fresh_sched], rank=rank,
                       world_size=world)
    for batch in batches[1:]:
        step(fresh, fresh_opt, fresh_sched, batch)
    got = shards(fresh)
    assert got.keys() == expected.keys()
    for name in expected:
        assert torch.equal(got[name], expected[name]), f"rank {rank}: {name} differs after resume"
    assert fresh_sched.get_last_lr() == expected_lr
    dist.barrier()
    dist.destroy_process_group()
    print(f"rank {rank} resumed exactly", flush=True)


if __name__ == "__main__":
    import torch.multiprocessing as mp

    mp.spawn(run, args=(2, sys.argv[1], int(sys.argv[2])), nprocs=2)
