"""Lineage of a run: what exactly went in, so an auditor can trace a checkpoint back.

Recorded at launch, in the run registry and the audit trail: the snapshots (ids, manifest
hashes, signatures), the resolved spec and its hash, the seed, the base model's fingerprint,
the chat template's hash, the contamination check, package versions and the git revision
of this application. The worker adds what it learns while training (token counts, device).
"""

from __future__ import annotations

import hashlib
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from .. import __version__
from ..core.hashing import sha256_hex
from .spec import JobSpec

PACKAGES = ("torch", "transformers", "peft", "bitsandbytes", "accelerate", "tokenizers", "safetensors",
            "mlx", "mlx-lm", "datasets", "numpy")
REPO_ROOT = Path(__file__).resolve().parents[2]
#: Weight files up to this size are hashed in full at launch; bigger ones are fingerprinted
#: by name and size (hashing 140 GB of a 70B model would delay every launch by minutes).
FULL_HASH_LIMIT = 512 * 1024 ** 2


def package_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {"python": platform.python_version(), "platform": platform.platform()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def git_revision() -> dict | None:
    """The commit of this application, and whether the working tree had changes."""
    try:
        rev = subprocess.run(["git", "-C", str(REPO_ROOT), "rev-parse", "HEAD"], capture_output=True,
                             text=True, timeout=5)
        if rev.returncode != 0:
            return None
        dirty = subprocess.run(["git", "-C", str(REPO_ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5)
        return {"commit": rev.stdout.strip(), "dirty": bool(dirty.stdout.strip())}
    except (OSError, subprocess.SubprocessError):
        return None


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_fingerprint(folder: Path | None, ref: str) -> dict:
    if folder is None:
        return {"ref": ref, "path": None, "note": "hub id, downloaded by the worker"}
    weights = sorted(p for p in folder.iterdir() if p.suffix in (".safetensors", ".bin"))
    total = sum(p.stat().st_size for p in weights)
    out = {"ref": ref, "path": str(folder), "weights_bytes": total,
           "files": {p.name: p.stat().st_size for p in weights}}
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json"):
        if (folder / name).exists():
            out[f"{name}_sha256"] = _file_sha256(folder / name)
    if total <= FULL_HASH_LIMIT:
        out["weights_sha256"] = {p.name: _file_sha256(p) for p in weights}
    return out


def snapshot_record(snap: dict) -> dict:
    return {k: snap.get(k) for k in ("id", "name", "kind", "manifest_hash", "item_count", "locale_counts",
                                     "signature_id", "frozen", "created_by", "created_at")}


def build_lineage(spec: JobSpec, preflight, model, device: str, chat_template: str | None) -> dict:
    return {
        "workbench_version": __version__,
        "git": git_revision(),
        "packages": package_versions(),
        "spec_hash": spec.spec_hash,
        "seed": spec.seed,
        "train_snapshot": snapshot_record(preflight.train),
        "holdout_snapshot": snapshot_record(preflight.holdout),
        "base_model": model_fingerprint(model.path, model.ref),
        "chat_template": {"choice": spec.chat_template,
                          "sha256": sha256_hex(chat_template) if chat_template else None},
        "system_prompt": {"version": spec.system_prompt_version,
                          "sha256": sha256_hex(spec.system_prompt) if spec.system_prompt else None},
        "contamination": {**preflight.contamination.as_dict(limit=50),
                          "override_reason": preflight.override_reason},
        "launch_device": device,
        "python_executable": sys.executable,
    }
