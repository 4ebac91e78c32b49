"""Training backends. Each module has `train(session) -> dict` and imports its framework
(torch/peft or mlx) inside its functions, so choosing one never loads the other."""

from __future__ import annotations

import importlib

from ...core.errors import ValidationError

BACKENDS = {"peft": "workbench.train.backends.peft", "mlx": "workbench.train.backends.mlx"}


def get_backend(name: str):
    if name not in BACKENDS:
        raise ValidationError(f"unknown backend '{name}': use one of {', '.join(BACKENDS)}")
    return importlib.import_module(BACKENDS[name])
