"""House rules that test themselves (the house style's "Rules as tests").

- Only `gui/` imports Qt: every other module of workbench imports without PySide6.
- core, store and the CLI import without torch, transformers, mlx, peft or bitsandbytes;
  those are imported inside the functions of train/ and evaluate/ that need them.
- `workbench --help` loads none of the heavy libraries and starts well under a second.
- No module is over 400 lines.
- Style and the Qt import ban as a lint: `ruff check .` (pyproject.toml), run by `make test`.

Each check runs in a fresh interpreter: in this process the other tests have long since
imported everything.
"""

from __future__ import annotations

import json
import os
import pkgutil
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import workbench

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "pyqtgraph")
TORCH_STACK = ("torch", "transformers", "mlx", "peft", "bitsandbytes")
#: Nothing `workbench --help` needs; each costs from a tenth of a second (numpy) to
#: several seconds (torch, spaCy) on a laptop.
HEAVY_FOR_HELP = QT + TORCH_STACK + ("mlx_lm", "accelerate", "datasets", "presidio_analyzer",
                                     "presidio_anonymizer", "spacy", "numpy", "pandas", "pyarrow",
                                     "sacrebleu", "weasyprint")
#: CPU seconds (user + system) of the whole `workbench --help` process: measured 0.3 s, of
#: which 0.17-0.28 s is imports (typer and rich are most of it). CPU time, not wall time:
#: it barely moves when the machine is busy with other tests, while one heavy import still
#: breaks the budget (torch alone is 2-5 s).
HELP_CPU_BUDGET_S = 1.0

#: Imports every module of one part of workbench (a subpackage, walked, or a plain module)
#: and prints their names and the top-level names of everything then in sys.modules.
PROBE = """
import importlib, json, pkgutil, sys
module = importlib.import_module(sys.argv[1])
names = [module.__name__]
if hasattr(module, "__path__"):
    names += [m.name for m in pkgutil.walk_packages(module.__path__, module.__name__ + ".")
              if not m.name.endswith(".__main__")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "loaded": sorted({m.split(".")[0] for m in sys.modules})}))
"""

PARTS = sorted(m.name for m in pkgutil.iter_modules(workbench.__path__)
               if m.name not in ("gui", "__main__"))
TORCH_FREE = {"core", "store", "cli", "paths"}


def _python(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)


def _imported_by(part: str) -> dict:
    done = _python("-c", PROBE, f"workbench.{part}")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.parametrize("part", PARTS)
def test_modules_outside_gui_import_without_qt_and_core_store_cli_without_torch(part):
    found = _imported_by(part)
    assert found["modules"], part
    banned = QT + (TORCH_STACK if part in TORCH_FREE else ())
    assert not set(banned) & set(found["loaded"]), (
        f"importing workbench.{part} loads {sorted(set(banned) & set(found['loaded']))}: import it "
        "inside the function that needs it")


def test_the_parts_checked_are_the_whole_package_but_gui():
    assert {"core", "store", "cli", "train", "evaluate", "deid"} <= set(PARTS)
    assert "gui" not in PARTS


def _cpu_seconds_of_children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run_help() -> tuple[float, set[str], str]:
    """CPU seconds of `python -X importtime -m workbench.cli --help`, the top-level names of
    the modules it imported, and what it printed."""
    before = _cpu_seconds_of_children()
    done = _python("-X", "importtime", "-m", "workbench.cli", "--help")
    cpu = _cpu_seconds_of_children() - before
    assert done.returncode == 0, done.stderr
    loaded = {line.rsplit("|", 1)[1].strip().split(".")[0] for line in done.stderr.splitlines()
              if line.startswith("import time:") and "self [us]" not in line}
    return cpu, loaded, done.stdout


def test_workbench_help_imports_no_heavy_library_and_stays_within_its_budget():
    cpu, loaded, text = _run_help()
    assert "Usage" in text and "workbench" in loaded
    assert not set(HEAVY_FOR_HELP) & loaded, sorted(set(HEAVY_FOR_HELP) & loaded)
    # The best of three: a busy machine slows one run, never all three the same way.
    if cpu >= HELP_CPU_BUDGET_S:
        cpu = min([cpu] + [_run_help()[0] for _ in range(2)])
    assert cpu < HELP_CPU_BUDGET_S, f"workbench --help takes {cpu:.2f} s of CPU"


def test_no_module_is_over_400_lines():
    """A module over ~400 lines is asking to split (one concept per module)."""
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / "workbench").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, long
