"""What the machine must offer for a job spec: the model folder, a device, packages, disk.

Checked in the launching process before a run is registered, so a job that cannot work is
refused with a reason instead of dying in its child process an hour later. torch is only
imported to ask for CUDA, and only for the peft backend.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import NotFound, ValidationError, WorkbenchError
from .spec import JobSpec, estimate_parameters, total_steps

GB = 1024 ** 3
#: Above this many parameters, training on CPU is not a slow run but a hopeless one.
CPU_PARAMETER_LIMIT = 2_000_000_000
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


class ResourceError(WorkbenchError):
    """The machine lacks what the job needs (a GPU, a package, disk space)."""


@dataclass(frozen=True)
class ModelFolder:
    path: Path | None          # None: a hub id that will be downloaded (online only)
    ref: str                   # what the spec named
    config: dict


def locate_model(base_model: str, backend: str = "peft") -> ModelFolder:
    """Find the model folder and check that it has a config, weights and a tokenizer."""
    folder = Path(base_model).expanduser()
    if folder.exists():
        if not folder.is_dir():
            raise ValidationError(f"{folder} is a file: base_model must be a model folder "
                                  "(config.json, *.safetensors, tokenizer.json)")
        if not (folder / "config.json").exists():
            raise ValidationError(f"{folder} has no config.json: point base_model at the folder of a "
                                  "Hugging Face checkpoint (e.g. a download of swiss-ai/Apertus-8B-Instruct-2509)")
        weights = list(folder.glob("*.safetensors"))
        if backend == "peft":
            weights += list(folder.glob("pytorch_model*.bin"))
        if not weights:
            raise ValidationError(
                f"{folder} has no model weights (*.safetensors): the download is incomplete or this "
                "is an adapter folder; download the full base model, e.g. 'hf download "
                "swiss-ai/Apertus-8B-Instruct-2509 --local-dir DIR'")
        if not ((folder / "tokenizer.json").exists() or (folder / "tokenizer.model").exists()):
            raise ValidationError(f"{folder} has no tokenizer (tokenizer.json): copy it from the base model")
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        return ModelFolder(folder.resolve(), base_model, config)
    if _HUB_ID.match(base_model):
        cached = _hub_cache_folder(base_model)
        if cached is not None:
            return locate_model(str(cached), backend)
        # Nothing is ever downloaded, online or not: a model is used from a folder on this
        # machine, whose files can be hashed into the run's lineage.
        raise NotFound(
            f"{base_model} is not a folder on this machine nor in its Hugging Face cache, and the "
            "workbench never downloads models: download it on a connected machine (e.g. 'hf download "
            f"{base_model} --local-dir DIR'), copy it here and choose that folder")
    raise NotFound(f"no model folder at {folder}: pass the folder of a downloaded base model")


def _hub_cache_folder(repo_id: str) -> Path | None:
    """The cached snapshot of a Hub model, or None when there is none to use here."""
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo_id, local_files_only=True))
    # ImportError: no hub library. OSError: not cached (LocalEntryNotFoundError is a
    # FileNotFoundError) or the cache is unreadable. ValueError: an id the hub rejects
    # (HFValidationError). The caller decides what each "not here" means.
    except (ImportError, OSError, ValueError):
        return None


def require_packages(spec: JobSpec) -> None:
    needed = {"peft": ["torch", "transformers", "peft"], "mlx": ["mlx", "mlx_lm"]}[spec.backend]
    if spec.method == "qlora" or (spec.optimizer or "") in _bnb_optimizers():
        needed.append("bitsandbytes")
    missing = [name for name in needed if importlib.util.find_spec(name) is None]
    if missing:
        extra = {"mlx": "pip install 'apertus-workbench[mlx]'"}.get(spec.backend,
                                                                  "pip install 'apertus-workbench[cuda]'")
        raise ResourceError(f"the {spec.backend} backend needs {', '.join(missing)}, which is not "
                            f"installed: {extra}")


def _bnb_optimizers() -> set[str]:
    from .spec import BNB_OPTIMIZERS

    return BNB_OPTIMIZERS


def resolve_device(spec: JobSpec) -> str:
    """'cuda' or 'cpu' for peft (refusing what the machine cannot do); 'mlx' for mlx."""
    if spec.backend == "mlx":
        return "mlx"
    import torch

    has_cuda = torch.cuda.is_available()
    if spec.device == "cuda" and not has_cuda:
        raise ResourceError(
            "this job asks for a CUDA GPU but none is visible (torch.cuda.is_available() is False): "
            "run it on the GPU machine, check the NVIDIA driver and CUDA_VISIBLE_DEVICES, or pass --device cpu "
            "for a small test model")
    device = "cuda" if (spec.device == "cuda" or (spec.device == "auto" and has_cuda)) else "cpu"
    if spec.precision == "bf16":
        if device != "cuda":
            raise ResourceError("bf16 training needs a CUDA GPU and none is in use: use --precision fp32 "
                                "(CPU, test models only) or run on a GPU machine")
        if not torch.cuda.is_bf16_supported():
            raise ResourceError("this GPU has no bf16 support (pre-Ampere): use an A100, H100 or L40S, "
                                "or --precision fp32")
    return device


def check_cpu_size(spec: JobSpec, device: str, config: dict) -> None:
    if device == "cpu" and config and estimate_parameters(config) > CPU_PARAMETER_LIMIT:
        n = estimate_parameters(config) / 1e9
        raise ResourceError(f"training a {n:.0f}B-parameter model on the CPU would take weeks: run it on a "
                            "CUDA machine (or a Mac with the mlx backend)")


def checkpoint_bytes(spec: JobSpec, config: dict) -> int:
    """Bytes one checkpoint takes: weights (or adapter) plus optimizer state."""
    params = estimate_parameters(config) if config else 8_000_000_000
    opt_bytes = 2 if "8bit" in (spec.optimizer or "") else 8        # two fp32 moments, or two 8-bit ones
    if spec.optimizer and "ademamix" in spec.optimizer:
        opt_bytes = opt_bytes * 3 // 2                              # a third moment
    if spec.method == "full":
        return params * (2 + opt_bytes)                             # bf16 weights + state
    h = int(config.get("hidden_size", 4096)) if config else 4096
    layers = int(config.get("num_hidden_layers", 32)) if config else 32
    inter = int(config.get("intermediate_size", 4 * h)) if config else 4 * h
    # LoRA A and B per target: rank x (in + out); roughly (h + h) per attention projection
    # and (h + inter) per MLP projection.
    per_layer = (spec.lora_rank or 16) * (4 * 2 * h + 2 * (h + inter))
    return layers * per_layer * (4 + opt_bytes)


def check_disk(spec: JobSpec, config: dict, n_examples: int, folder: Path,
               free_bytes: int | None = None) -> int:
    """Refuse when the checkpoints this run will keep do not fit; return the estimate."""
    steps = total_steps(spec, n_examples)
    count = steps // spec.checkpoint_every + 1
    if spec.keep_checkpoints:
        count = min(count, spec.keep_checkpoints + 1)   # +1: the new one exists before the oldest goes
    needed = int(checkpoint_bytes(spec, config) * count * 1.1) + 256 * 1024 ** 2
    if free_bytes is None:
        folder.mkdir(parents=True, exist_ok=True)
        free_bytes = shutil.disk_usage(folder).free
    if needed > free_bytes:
        raise ResourceError(
            f"this run needs about {needed / GB:.1f} GB for {count} checkpoint(s) in {folder}, but only "
            f"{free_bytes / GB:.1f} GB are free: free some space, checkpoint less often "
            "(checkpoint_every) or keep fewer (keep_checkpoints)")
    return needed


def describe_machine(folder: Path | None = None) -> dict:
    """What this machine offers for training, for the GUI's hardware line and `--dry-run`:
    CUDA devices (name, memory, bf16), whether mlx is importable, CPU cores, RAM, free disk.
    Imports torch (seconds): call it off the GUI thread."""
    info: dict = {"cpu_cores": os.cpu_count() or 1, "cuda": [], "mlx": False, "ram_gb": None,
                  "disk_free_gb": None, "torch": None}
    try:
        import torch

        info["torch"] = torch.__version__
        if torch.cuda.is_available():
            for i in range(torch.cuda.device_count()):
                p = torch.cuda.get_device_properties(i)
                info["cuda"].append({"name": p.name, "memory_gb": round(p.total_memory / GB, 1),
                                     "bf16": bool(torch.cuda.is_bf16_supported())})
    except ImportError:
        pass
    # mlx is importable on Apple silicon (Metal) and, via mlx[cpu], on Linux.
    info["mlx"] = importlib.util.find_spec("mlx") is not None and importlib.util.find_spec("mlx_lm") is not None
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        info["ram_gb"] = round(pages * size / GB, 1)
    except (ValueError, OSError, AttributeError):  # not on every platform
        pass
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        info["disk_free_gb"] = round(shutil.disk_usage(folder).free / GB, 1)
    return info


#: Where the machine's description is kept between sessions (once per machine: torch takes seconds).
HARDWARE_CACHE = "hardware.json"


def machine_profile(folder: Path | None = None, *, refresh: bool = False, cache_dir: Path | None = None) -> dict:
    """describe_machine, detected once per machine and kept in the user's config folder;
    free disk space (which changes, and costs nothing) is measured each time. `refresh`
    detects again (a new GPU, a driver installed)."""
    import json
    import platform

    from ..paths import config_dir

    path = (cache_dir or config_dir()) / HARDWARE_CACHE
    machine = platform.node() or "this machine"
    info = None
    if not refresh:
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
            info = cached["info"] if cached.get("machine") == machine else None
        except (OSError, ValueError, KeyError, TypeError):
            info = None
    if info is None:
        info = describe_machine()
        info.pop("disk_free_gb", None)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"machine": machine, "info": info}, indent=2), encoding="utf-8")
        except OSError:
            pass  # a read-only home: detect again next time
        info = {**info, "cached": False}
    else:
        info = {**info, "cached": True}
    info["disk_free_gb"] = None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        info["disk_free_gb"] = round(shutil.disk_usage(folder).free / GB, 1)
    return info
