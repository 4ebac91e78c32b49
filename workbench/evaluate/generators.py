"""Which module generates for which backend: a name→module table, like train.backends.

The table names modules and never imports them, so asking for one backend never loads the
other's framework, and gen_peft.py / gen_mlx.py import generation.py without a cycle. Each
registered module has `load(base_model, settings, *, method) -> Generator`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..core.errors import ValidationError
from .generation import DecodingSettings, Generator

GENERATORS = {"peft": "workbench.evaluate.gen_peft", "mlx": "workbench.evaluate.gen_mlx"}


def open_generator(backend: str, base_model: str | Path, settings: DecodingSettings, *,
                   method: str = "lora") -> Generator:
    """Load the base model once for `backend` ('peft' or 'mlx')."""
    if backend not in GENERATORS:
        raise ValidationError(f"unknown backend '{backend}': use peft or mlx")
    return importlib.import_module(GENERATORS[backend]).load(base_model, settings, method=method)
