"""The desktop bundle's recipe, checked without building it (packaging/ci_smoke.sh builds and
starts the real bundle in CI): the ML stack is excluded, the desktop entry and icons agree,
and the engine Python is found the way the README says."""

from __future__ import annotations

import ast
import configparser
import struct
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((PACKAGING / "apertus-workbench.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in the spec")


def test_spec_excludes_the_whole_ml_stack():
    assert {"torch", "transformers", "peft", "bitsandbytes", "accelerate", "mlx", "datasets", "triton",
            "nvidia"} <= set(_spec_list("ML_STACK"))


def test_spec_keeps_what_the_desktop_app_runs():
    # Excluding any of these would break start-up, de-identification or the window.
    excluded = set(_spec_list("ML_STACK")) | set(_spec_list("UNUSED"))
    for needed in ("spacy", "presidio_analyzer", "fr_core_news_sm", "PySide6", "PySide6.QtSvg", "sqlite_utils",
                   "argon2", "numpy", "jinja2", "typer"):
        assert needed not in excluded


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_and_icons_agree():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in .desktop files
    entry.read(PACKAGING / "apertus-workbench.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Name"] == "Apertus Workbench" and d["Terminal"] == "false"
    assert d["Exec"].split()[0] == "apertus-workbench" and d["Categories"].endswith(";")
    icons = PACKAGING / "icons"
    assert (icons / f"{d['Icon']}.svg").read_text().lstrip().startswith("<?xml")
    for size in (16, 32, 48, 128, 256, 512):
        assert _png_size(icons / f"{d['Icon']}-{size}.png") == (size, size)


def test_scripts_are_executable_bash():
    import subprocess

    for script in ("build.sh", "ci_smoke.sh"):
        path = PACKAGING / script
        assert path.stat().st_mode & 0o111
        assert subprocess.run(["bash", "-n", str(path)]).returncode == 0


def test_engine_python(monkeypatch):
    from workbench.core.errors import WorkbenchError
    from workbench.paths import ENGINE_ENV, engine_python, require_engine_python

    monkeypatch.delenv(ENGINE_ENV, raising=False)
    assert engine_python() == sys.executable  # from source: this Python has the ML stack
    monkeypatch.setenv(ENGINE_ENV, "/opt/engine/bin/python")
    assert engine_python() == "/opt/engine/bin/python"
    assert engine_python("/srv/py/bin/python3") == "/srv/py/bin/python3"  # the app's setting wins
    monkeypatch.delenv(ENGINE_ENV)
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # as inside the bundle
    assert engine_python() is None
    with pytest.raises(WorkbenchError, match=ENGINE_ENV):
        require_engine_python()
    # A configured engine that is not a program is refused before any run is registered.
    with pytest.raises(WorkbenchError, match="not an executable program"):
        require_engine_python("/opt/nowhere/bin/python")
    assert require_engine_python(sys.executable) == sys.executable
