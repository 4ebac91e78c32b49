"""The generator registry: a name→module table that imports only the backend asked for."""

from __future__ import annotations

import importlib

import pytest

from workbench.core.errors import ValidationError
from workbench.evaluate.generation import DecodingSettings
from workbench.evaluate.generators import GENERATORS, open_generator


def test_every_registered_module_has_a_load_function():
    for module in GENERATORS.values():
        assert callable(importlib.import_module(module).load)


def test_an_unknown_backend_names_the_known_ones():
    with pytest.raises(ValidationError, match="use peft or mlx"):
        open_generator("onnx", "/nowhere", DecodingSettings())


def test_mlx_refuses_checkpoints_it_cannot_swap_before_loading_anything():
    with pytest.raises(ValidationError, match="not 'full' checkpoints"):
        open_generator("mlx", "/nowhere", DecodingSettings(), method="full")
