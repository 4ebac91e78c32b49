"""Resume without unpickling: a checkpoint carries a manifest of its files' hashes, the registry
hash covers it, a changed, missing or planted file refuses the resume, and the sharded resume
state is written and read without pickle (safetensors, torch.load(weights_only=True))."""

from __future__ import annotations

import hashlib
import os
import pickle
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.train import checkpoints as ckpt

ROOT = Path(__file__).resolve().parents[2]


class Plant:
    """A pickle that creates a marker file when it is unpickled."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def plant_pickle(path: Path, marker: Path) -> None:
    path.write_bytes(pickle.dumps(Plant(marker), protocol=2))


def write_checkpoint(run_dir: Path, step: int = 2) -> Path:
    with ckpt.atomic_checkpoint(run_dir, step) as tmp:
        (tmp / "adapter_model.safetensors").write_bytes(b"weights" * 100)
        (tmp / "adapter_config.json").write_text('{"r": 4}')
        (tmp / "resume_state.pt").write_bytes(b"optimizer" * 50)
        (tmp / "resume_accelerate").mkdir()
        (tmp / "resume_accelerate" / "optimizer-rank00000.pt").write_bytes(b"shard0")
        (tmp / "resume_accelerate" / "optimizer-rank00001.pt").write_bytes(b"shard1")
        ckpt.write_json(tmp / ckpt.STATE_FILE, {"step": step, "loss": 1.0})
    return ckpt.checkpoints_dir(run_dir) / ckpt.step_dir_name(step)


def test_every_checkpoint_carries_a_manifest_of_its_files(tmp_path):
    folder = write_checkpoint(tmp_path)
    files = ckpt.read_manifest(folder)
    assert set(files) == {"adapter_model.safetensors", "adapter_config.json", "resume_state.pt",
                          "resume_accelerate/optimizer-rank00000.pt", "resume_accelerate/optimizer-rank00001.pt",
                          ckpt.STATE_FILE}
    assert files["resume_state.pt"] == hashlib.sha256(b"optimizer" * 50).hexdigest()
    ckpt.verify_checkpoint(folder, registered_sha256=ckpt.weights_sha256(folder))  # as written: fine


@pytest.mark.parametrize("tamper, expected", [
    (lambda f: (f / "resume_state.pt").write_bytes(b"evil"), "resume_state.pt changed"),
    (lambda f: (f / "adapter_model.safetensors").unlink(), "adapter_model.safetensors missing"),
    (lambda f: (f / ckpt.STATE_FILE).write_text('{"step": 999}'), f"{ckpt.STATE_FILE} changed"),
    (lambda f: (f / "resume_accelerate" / "custom_checkpoint_0.pkl").write_bytes(b"x"),
     "resume_accelerate/custom_checkpoint_0.pkl added"),
    (lambda f: (f / ckpt.MANIFEST).unlink(), "no checkpoint-manifest.json"),
    (lambda f: (f / ckpt.MANIFEST).write_text("{not json"), "unreadable"),
])
def test_a_tampered_checkpoint_is_refused_with_one_clear_line(tmp_path, tamper, expected):
    folder = write_checkpoint(tmp_path)
    registered = ckpt.weights_sha256(folder)
    tamper(folder)
    with pytest.raises(ckpt.CheckpointMismatch) as caught:
        ckpt.verify_checkpoint(folder, registered_sha256=registered)
    message = str(caught.value)
    assert expected in message and "\n" not in message and "step-000002" in message


def test_a_manifest_rewritten_to_match_the_tampering_still_differs_from_the_registry(tmp_path):
    folder = write_checkpoint(tmp_path)
    registered = ckpt.weights_sha256(folder)
    (folder / "resume_state.pt").write_bytes(b"evil")
    (folder / ckpt.MANIFEST).unlink()
    ckpt.write_manifest(folder)  # the tamperer covers their tracks in the folder
    ckpt.verify_checkpoint(folder)  # consistent in itself…
    with pytest.raises(ckpt.CheckpointMismatch, match="differs from the registry"):
        ckpt.verify_checkpoint(folder, registered_sha256=registered)  # …but not with the registry


def test_another_rank_checks_only_the_files_it_reads(tmp_path):
    folder = write_checkpoint(tmp_path)
    (folder / "resume_accelerate" / "optimizer-rank00000.pt").write_bytes(b"rank 0's shard changed")
    ckpt.verify_for_resume(folder, project=None, run_id="r", step=2, rank=1)   # not its shard
    with pytest.raises(ckpt.CheckpointMismatch):
        ckpt.verify_for_resume(folder, project=None, run_id="r", step=2, rank=0)
    (folder / "resume_accelerate" / "planted.pkl").write_bytes(b"x")
    with pytest.raises(ckpt.CheckpointMismatch, match="planted.pkl added"):  # added files: every rank
        ckpt.verify_for_resume(folder, project=None, run_id="r", step=2, rank=1)


def test_the_registry_hash_of_a_folder_without_a_manifest_is_what_it_always_was(tmp_path):
    """Checkpoints registered before manifests existed still pass the hand-off gate."""
    folder = tmp_path / "old"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.safetensors", "a.json", "sub/b.bin", "sub.json", "resume_state.pt", ckpt.STATE_FILE):
        (folder / name).write_bytes(name.encode() * 3)
    outer = hashlib.sha256()
    for file in sorted(folder.rglob("*")):  # the former implementation, verbatim
        if not file.is_file() or file.name.startswith(ckpt.RESUME_PREFIX) or file.name == ckpt.STATE_FILE:
            continue
        inner = hashlib.sha256(file.read_bytes()).hexdigest()
        outer.update(f"{file.relative_to(folder).as_posix()}\0{inner}\n".encode())
    assert ckpt.weights_sha256(folder) == outer.hexdigest()


# ---- the sharded resume state: no pickle ------------------------------------------------------

def small_training():
    import functools

    import torch

    torch.manual_seed(3)
    model = torch.nn.Sequential(torch.nn.Embedding(10, 6), torch.nn.Dropout(0.2), torch.nn.Linear(6, 10))
    model[2].weight = model[0].weight  # tied, as embeddings and lm_head are
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.05)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, functools.partial(pow, 0.9))
    return model, optimizer, scheduler


def train_steps(model, optimizer, scheduler, n: int, seed: int = 0):
    import torch

    data = torch.Generator().manual_seed(seed)
    for _ in range(n):
        tokens = torch.randint(0, 10, (4, 5), generator=data)
        model(tokens).logsumexp(-1).mean().backward()
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)


def test_sharded_state_round_trip_in_one_process(tmp_path):
    import torch

    from workbench.train.backends.distributed import load_sharded_state, save_sharded_state

    model, optimizer, scheduler = small_training()
    train_steps(model, optimizer, scheduler, 2)
    save_sharded_state(tmp_path, model=model, optimizer=optimizer, schedulers=[scheduler], rank=0, world_size=1)
    train_steps(model, optimizer, scheduler, 3, seed=1)
    expected = {k: v.clone() for k, v in model.state_dict().items()}

    torch.manual_seed(42)
    fresh, fresh_opt, fresh_sched = small_training()
    load_sharded_state(tmp_path, model=fresh, optimizer=fresh_opt, schedulers=[fresh_sched], rank=0, world_size=1)
    train_steps(fresh, fresh_opt, fresh_sched, 3, seed=1)
    assert all(torch.equal(fresh.state_dict()[k], v) for k, v in expected.items())
    assert fresh_sched.last_epoch == scheduler.last_epoch
    assert not list(tmp_path.glob("*.pkl"))


def test_sharded_state_refuses_another_number_of_processes(tmp_path):
    from workbench.core.errors import StateError
    from workbench.train.backends.distributed import load_sharded_state, save_sharded_state

    model, optimizer, scheduler = small_training()
    save_sharded_state(tmp_path, model=model, optimizer=optimizer, schedulers=[scheduler], rank=0, world_size=1)
    with pytest.raises(StateError, match="written by 1 processes"):
        load_sharded_state(tmp_path, model=model, optimizer=optimizer, schedulers=[scheduler], rank=0,
                           world_size=2)


def test_a_planted_or_swapped_in_pickle_is_never_unpickled(tmp_path):
    import torch

    from workbench.train.backends.distributed import load_sharded_state, save_sharded_state

    marker = tmp_path / "pwned"
    state = tmp_path / "state"
    model, optimizer, scheduler = small_training()
    save_sharded_state(state, model=model, optimizer=optimizer, schedulers=[scheduler], rank=0, world_size=1)
    # What accelerate's load_state would have unpickled: never opened.
    for name in ("custom_checkpoint_0.pkl", "random_states_0.pkl", "optimizer.bin", "scheduler.bin"):
        plant_pickle(state / name, marker)
    load_sharded_state(state, model=model, optimizer=optimizer, schedulers=[scheduler], rank=0, world_size=1)
    assert not marker.exists()
    # A pickle swapped in for a file that is read: torch.load(weights_only=True) refuses it.
    for name in ("optimizer-rank00000.pt", "schedulers.pt", "rng-rank00000.pt"):
        fresh = tmp_path / f"swap-{name}"
        fresh.mkdir()
        save_sharded_state(fresh, model=model, optimizer=optimizer, schedulers=[scheduler], rank=0, world_size=1)
        plant_pickle(fresh / name, marker)
        with pytest.raises(pickle.UnpicklingError):
            load_sharded_state(fresh, model=model, optimizer=optimizer, schedulers=[scheduler], rank=0,
                               world_size=1)
        assert not marker.exists()
    assert isinstance(torch.load(state / "schedulers.pt", weights_only=True), list)


def test_two_fsdp_processes_resume_exactly_from_the_sharded_state(tmp_path):
    """FSDP2 over gloo on the CPU: each rank reloads its own shards, optimizer state (made
    sharded again), scheduler and RNG, and trains on bit for bit as if never stopped."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("fsdp_resume_probe.py")),
                           str(tmp_path / "state"), str(port)], env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "rank 0 resumed exactly" in done.stdout and "rank 1 resumed exactly" in done.stdout
    names = sorted(p.name for p in (tmp_path / "state").iterdir())
    assert names == ["model-rank00000-part0000.safetensors", "model-rank00001-part0000.safetensors",
                     "optimizer-rank00000.pt", "optimizer-rank00001.pt", "rng-rank00000.pt", "rng-rank00001.pt",
                     "schedulers.pt", "shards.json"]


# ---- through the worker: a run whose checkpoint was changed is not resumed -------------------

@pytest.fixture
def ready_project(project):
    from tests.train.conftest import make_ready

    return make_ready(project)


def wait_for(condition, timeout: float = 240.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.slow
def test_the_worker_refuses_to_resume_a_tampered_run_and_never_unpickles(ready_project, tiny_model_dir, tmp_path):
    from workbench.store.users import get_user
    from workbench.train import runner
    from workbench.train.events import read_events
    from workbench.train.spec import JobSpec

    erik = get_user(ready_project, "erik")
    spec = JobSpec(base_model=str(tiny_model_dir), method="lora", max_steps=400, batch_size=2,
                   learning_rate=1e-3, checkpoint_every=2, seed=2)
    run = runner.launch_run(ready_project, spec, erik)
    run_dir = Path(run["run_dir"])
    wait_for(lambda: ckpt.latest_on_disk(run_dir) is not None)
    runner.cancel_run(ready_project, run["id"], erik)
    runner.wait(run_dir, timeout_s=120)
    step, folder = ckpt.latest_on_disk(run_dir)
    original = (folder / "resume_state.pt").read_bytes()

    def resume() -> list[dict]:
        offset = len(read_events(run_dir))
        runner.resume_run(ready_project, run["id"], erik)
        runner.wait(run_dir, timeout_s=240)
        return read_events(run_dir)[offset:]

    marker = tmp_path / "pwned"
    plant_pickle(folder / "custom_checkpoint_0.pkl", marker)
    events = resume()
    error = next(e for e in events if e["type"] == "error")["message"]
    assert f"checkpoint {folder.name} was changed after it was written" in error
    assert "custom_checkpoint_0.pkl added" in error
    assert not any(e["type"] == "step" for e in events) and not marker.exists()
    assert runner.get_run(ready_project, run["id"])["status"] == "failed"

    (folder / "custom_checkpoint_0.pkl").unlink()
    (folder / "resume_state.pt").write_bytes(original + b"\0")  # a changed optimizer state
    events = resume()
    assert "resume_state.pt changed" in next(e for e in events if e["type"] == "error")["message"]

    # Put back as written: the run resumes from that very checkpoint.
    (folder / "resume_state.pt").write_bytes(original)
    offset = len(read_events(run_dir))
    runner.resume_run(ready_project, run["id"], erik)
    wait_for(lambda: any(e["type"] == "step" for e in read_events(run_dir)[offset:]))
    runner.cancel_run(ready_project, run["id"], erik)
    runner.wait(run_dir, timeout_s=120)
    resumed = [e["step"] for e in read_events(run_dir)[offset:] if e["type"] == "step"]
    assert resumed[0] == step + 1
