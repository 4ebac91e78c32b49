"""The machine is described once and kept; presets follow what it can run."""

from __future__ import annotations

from workbench.train import hardware, presets


def test_the_machine_is_detected_once_and_then_read_from_the_cache(tmp_path, monkeypatch):
    calls = []
    real = hardware.describe_machine
    monkeypatch.setattr(hardware, "describe_machine", lambda folder=None: calls.append(1) or real(None))
    first = hardware.machine_profile(tmp_path / "runs", cache_dir=tmp_path / "config")
    second = hardware.machine_profile(tmp_path / "runs", cache_dir=tmp_path / "config")
    assert len(calls) == 1 and not first["cached"] and second["cached"]
    assert second["cpu_cores"] == first["cpu_cores"] and second["disk_free_gb"] is not None
    hardware.machine_profile(cache_dir=tmp_path / "config", refresh=True)
    assert len(calls) == 2


def test_a_cpu_laptop_is_offered_no_cuda_preset():
    laptop = {"cuda": [], "mlx": False, "cpu_cores": 8}
    keys = presets.suited(laptop)
    assert keys and all(size == "tiny" and backend == "peft" for backend, _, size in keys)
    gpu = {"cuda": [{"name": "H100", "memory_gb": 80.0, "bf16": True}], "mlx": False}
    assert ("peft", "lora", "8b") in presets.suited(gpu)
    assert ("mlx", "lora", "8b") in presets.suited({"cuda": [], "mlx": True})
