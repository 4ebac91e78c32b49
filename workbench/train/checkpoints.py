"""Checkpoint folders, written atomically.

Layout (a contract: the evaluation and hand-off code read it):
    runs/<run_id>/checkpoints/step-<NNNNNN>/
        peft lora/qlora: adapter_config.json, adapter_model.safetensors  (PeftModel.from_pretrained)
        peft full:       config.json, model.safetensors, tokenizer files (from_pretrained)
        mlx lora:        adapters.safetensors, adapter_config.json       (mlx_lm.load(adapter_path=))
        always:          trainer_state.json {step, loss, ...}
                         checkpoint-manifest.json {files: {path: sha256}}, every other file
        resume only:     resume_* (optimizer, scheduler, RNG state), ignored by readers

A checkpoint is built in a hidden temporary folder beside the others, every file is
fsynced, and the folder is renamed into place: a `step-*` folder is complete or absent,
whatever moment a kill -9 or a power cut strikes. Leftover temporary folders are removed
when the run resumes.

Resuming reads only files the workbench wrote itself, as safetensors or with
`torch.load(weights_only=True)`: nothing in a run folder is ever unpickled. Before a worker
loads any of it, `verify_checkpoint` compares every file with the manifest and the folder's
hash with the registry (`weights_sha256`, which covers the manifest): a changed, missing or
added file refuses the resume with CheckpointMismatch.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from ..core.errors import StateError

if TYPE_CHECKING:
    from ..store.project import Project

CHECKPOINTS = "checkpoints"
STATE_FILE = "trainer_state.json"
MANIFEST = "checkpoint-manifest.json"
MANIFEST_FORMAT = "apertus-workbench-checkpoint/1"
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
        write_manifest(tmp)
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


def weights_sha256(path: Path | str, digests: dict[str, str] | None = None) -> str:
    """One hash over every file a reader loads (not the resume_* state), and the manifest,
    which names the hash of every other file: names and contents. `digests`: the files'
    sha256 by relative path, when already computed."""
    digests = file_digests(path) if digests is None else digests
    outer = hashlib.sha256()
    for rel in sorted(digests, key=lambda r: r.split("/")):  # the order of sorted(Path.rglob())
        name = rel.rsplit("/", 1)[-1]
        if not name.startswith(RESUME_PREFIX) and name != STATE_FILE:
            outer.update(f"{rel}\0{digests[rel]}\n".encode())
    return outer.hexdigest()


# -- manifest and verification ------------------------------------------------------------

class CheckpointMismatch(StateError):
    """A checkpoint folder differs from what was written and registered: not resumed."""


_DIGEST_MEMO: dict[tuple, str] = {}


def file_sha256(path: Path) -> str:
    """sha256 of one file. Remembered for the life of the process by inode, size, mtime and
    ctime (which no user can set back): the manifest and the registry hash of a 70B
    checkpoint read its files once, not twice."""
    st = path.stat()
    key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    if key not in _DIGEST_MEMO:
        inner = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                inner.update(block)
        if len(_DIGEST_MEMO) > 100_000:
            _DIGEST_MEMO.clear()
        _DIGEST_MEMO[key] = inner.hexdigest()
    return _DIGEST_MEMO[key]


def file_digests(path: Path | str, *, include: Callable[[str], bool] | None = None,
                 manifest: bool = True) -> dict[str, str]:
    """sha256 of every file under `path` by relative POSIX path (the manifest too, unless
    manifest=False); `include` limits which are read."""
    root = Path(path)
    out = {}
    for file in root.rglob("*"):
        rel = file.relative_to(root).as_posix()
        if not file.is_file() or (rel == MANIFEST and not manifest) or (include and not include(rel)):
            continue
        out[rel] = file_sha256(file)
    return out


def write_manifest(folder: Path) -> Path:
    """checkpoint-manifest.json: the sha256 of every other file of the checkpoint."""
    path = folder / MANIFEST
    write_json(path, {"format": MANIFEST_FORMAT, "files": dict(sorted(file_digests(folder, manifest=False).items()))})
    return path


def read_manifest(folder: Path) -> dict[str, str]:
    path = Path(folder) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        if data.get("format") != MANIFEST_FORMAT or not all(isinstance(k, str) and isinstance(v, str)
                                                              for k, v in files.items()):
            raise ValueError("unknown format")
        return files
    except FileNotFoundError:
        raise CheckpointMismatch(
            f"checkpoint {Path(folder).name} has no {MANIFEST}, so its files cannot be checked (it was "
            "written by an older version, or the file was removed): the run will not resume from it; "
            "start a new run") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CheckpointMismatch(f"checkpoint {Path(folder).name} has an unreadable {MANIFEST} ({exc}): the "
                                 "run will not resume from it; restore the run folder from a backup or start "
                                 "a new run") from None


def verify_checkpoint(folder: Path | str, *, registered_sha256: str | None = None,
                      include: Callable[[str], bool] | None = None) -> None:
    """Refuse (CheckpointMismatch) a checkpoint whose files differ from its manifest (changed,
    missing or added: a planted file is refused, not ignored), or whose hash differs from the
    registry's. `include`: check only these files' contents (a rank reads its own shards);
    the registry comparison needs them all and is made when `include` is None."""
    folder = Path(folder)
    recorded = read_manifest(folder)
    on_disk = [f.relative_to(folder).as_posix() for f in folder.rglob("*") if f.is_file()]
    added = sorted(set(on_disk) - set(recorded) - {MANIFEST})
    missing = sorted(set(recorded) - set(on_disk))
    digests = file_digests(folder, include=lambda rel: rel in recorded and (include is None or include(rel)),
                           manifest=False)
    changed = sorted(rel for rel, digest in digests.items() if recorded[rel] != digest)
    problems = ([f"{rel} changed" for rel in changed] + [f"{rel} missing" for rel in missing]
                + [f"{rel} added" for rel in added])
    if not problems and registered_sha256 and include is None:
        digests[MANIFEST] = file_sha256(folder / MANIFEST)
        if weights_sha256(folder, digests) != registered_sha256:
            problems.append(f"{MANIFEST} differs from the registry")
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise CheckpointMismatch(
            f"checkpoint {folder.name} was changed after it was written ({shown}): the run will not resume "
            "from a folder it cannot vouch for. Restore the run folder from a backup, or start a new run")


def verify_for_resume(folder: Path | str, *, project: "Project | None", run_id: str, step: int,
                      rank: int = 0) -> None:
    """Before a worker loads a checkpoint: rank 0 checks every file and the registry's hash,
    another rank of a sharded run the files it reads itself (its own shards, shared state)."""
    if rank == 0:
        verify_checkpoint(folder, registered_sha256=registered_sha256(project, run_id, step))
    else:
        from .backends.distributed import rank_files

        verify_checkpoint(folder, include=rank_files(rank))


def registered_sha256(project: "Project | None", run_id: str, step: int) -> str | None:
    """The hash the registry recorded for this checkpoint (None: no row, e.g. a kill between
    publishing the folder and registering it; the manifest is then all there is to check)."""
    if project is None:
        return None
    from ..store.runs import list_checkpoints

    row = next((c for c in list_checkpoints(project, run_id) if int(c["step"]) == int(step)), None)
    return (row or {}).get("sha256") or None
