"""Checkpoint folders, written atomically.

Layout (a contract: the evaluation and hand-off code read it):
    runs/<run_id>/checkpoints/step-<NNNNNN>/
        peft lora/qlora: adapter_config.json, adapter_model.safetensors  (PeftModel.from_pretrained)
        peft full:       config.json, model.safetensors, tokenizer files (from_pretrained)
        mlx lora:        adapters.safetensors, adapter_config.json       (mlx_lm.load(adapter_path=))
        always:          trainer_state.json {step, loss, ...}
        resume only:     resume_* (optimizer, scheduler, RNG state), ignored by readers

A checkpoint is built in a hidden temporary folder beside the others, every file is
fsynced, and the folder is renamed into place: a `step-*` folder is complete or absent,
whatever moment a kill -9 or a power cut strikes. Leftover temporary folders are removed
when the run resumes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
from pathlib import Path
from typing import Iterator

CHECKPOINTS = "checkpoints"
STATE_FILE = "trainer_state.json"
RESUME_PREFIX = "resume_"
_STEP_DIR = re.compile(r"^step-(\d{6,})$")


def step_dir_name(step: int) -> str:
    return f"step-{step:06d}"


def checkpoints_dir(run_dir: Path | str) -> Path:
    return Path(run_dir) / CHECKPOINTS


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems refuse fsync on directories; the rename still orders
        pass
    finally:
        os.close(fd)


def temporary_dir(run_dir: Path | str, step: int, shared: bool = False) -> Path:
    """Where step `step` is assembled. `shared`: one name for every rank of a distributed run,
    which all write their shards into it; otherwise this process's own."""
    suffix = "shared" if shared else str(os.getpid())
    return checkpoints_dir(run_dir) / f".tmp-{step_dir_name(step)}-{suffix}"


@contextlib.contextmanager
def atomic_checkpoint(run_dir: Path | str, step: int, shared: bool = False) -> Iterator[Path]:
    """Yield a temporary folder to write step `step` into; publish it when the block ends."""
    parent = checkpoints_dir(run_dir)
    parent.mkdir(parents=True, exist_ok=True)
    final = parent / step_dir_name(step)
    tmp = temporary_dir(run_dir, step, shared)
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        yield tmp
        if not (tmp / STATE_FILE).exists():
            raise RuntimeError(f"checkpoint {step} was written without {STATE_FILE}")
        for path in sorted(tmp.rglob("*")):
            if path.is_file():
                _fsync_path(path)
        _fsync_path(tmp)
        if final.exists():
            # Re-writing a step after a resume: move the old one aside first, because
            # rename() cannot replace a non-empty folder.
            trash = parent / f".old-{final.name}-{os.getpid()}"
            os.replace(final, trash)
            os.replace(tmp, final)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            os.replace(tmp, final)
        _fsync_path(parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def list_on_disk(run_dir: Path | str) -> list[tuple[int, Path]]:
    parent = checkpoints_dir(run_dir)
    if not parent.exists():
        return []
    found = []
    for path in parent.iterdir():
        m = _STEP_DIR.match(path.name)
        if m and path.is_dir() and (path / STATE_FILE).exists():
            found.append((int(m.group(1)), path))
    return sorted(found)


def latest_on_disk(run_dir: Path | str) -> tuple[int, Path] | None:
    found = list_on_disk(run_dir)
    return found[-1] if found else None


def read_state(path: Path) -> dict:
    return json.loads((Path(path) / STATE_FILE).read_text(encoding="utf-8"))


def remove_partial(run_dir: Path | str) -> list[str]:
    """Delete temporary folders a killed worker left behind; return their names."""
    parent = checkpoints_dir(run_dir)
    if not parent.exists():
        return []
    gone = []
    for path in parent.iterdir():
        if path.name.startswith((".tmp-", ".old-")):
            shutil.rmtree(path, ignore_errors=True)
            gone.append(path.name)
    return gone


def prune(run_dir: Path | str, keep: int | None) -> list[int]:
    """Keep the newest `keep` checkpoints; return the steps removed."""
    if not keep:
        return []
    found = list_on_disk(run_dir)
    removed = []
    for step, path in found[:-keep]:
        shutil.rmtree(path, ignore_errors=True)
        removed.append(step)
    return removed


def weights_sha256(path: Path | str) -> str:
    """One hash over every file a reader loads (not the resume_* state): names and contents."""
    outer = hashlib.sha256()
    for file in sorted(Path(path).rglob("*")):
        if not file.is_file() or file.name.startswith(RESUME_PREFIX) or file.name == STATE_FILE:
            continue
        inner = hashlib.sha256()
        with file.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                inner.update(block)
        outer.update(f"{file.relative_to(path).as_posix()}\0{inner.hexdigest()}\n".encode())
    return outer.hexdigest()
