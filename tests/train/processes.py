"""Helpers of the multi-process and Slurm tests: the command line as a user types it, the
printed launch command started as a user starts it, and kill -9 of everything it started."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(project, *args) -> int:
    """`workbench --project P --user erik ARGS`, signed in once per project."""
    from tests.conftest import sign_in_cli
    from workbench.cli import main
    from workbench.core.errors import WorkbenchError
    from workbench.store.sessions import current_user

    try:
        current_user(project)
    except WorkbenchError:
        sign_in_cli(project.root, "erik")
    return main(["--project", str(project.root), "--user", "erik", *args])


def launch_printed(project, capsys, spec: dict, *options: str) -> tuple[dict, list[str]]:
    """`workbench train --config spec.yaml OPTIONS --json`: the run it registered and the command
    it printed."""
    import yaml

    from workbench.train import runner

    config = Path(project.root) / f"spec-{len(list(Path(project.root).glob('spec-*.yaml')))}.yaml"
    config.write_text(yaml.safe_dump(spec), encoding="utf-8")
    capsys.readouterr()
    assert cli(project, "train", "--config", str(config), *options, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    return runner.get_run(project, out["run"]), out["command"]


def user_env() -> dict:
    """A user's shell with the workbench's environment active: its bin folder first on PATH
    (accelerate, torchrun, sbatch's job inherit it) and this checkout importable."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}


def start(command: list[str], cwd: Path, log: Path) -> subprocess.Popen:
    """The printed command, unchanged, in a session of its own."""
    with log.open("ab") as out:
        return subprocess.Popen(command, cwd=cwd, env=user_env(), stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def process_tree(pid: int) -> list[int]:
    """pid and all its descendants (the launcher's workers start sessions of their own, so a
    process group does not hold them)."""
    children: dict[int, list[int]] = {}
    for child, parent in _parents():
        children.setdefault(parent, []).append(child)
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo += children.get(p, [])
    return tree


def _parents() -> list[tuple[int, int]]:
    """(pid, parent pid) of every process: from /proc on Linux (no procps needed), else ps."""
    if not Path("/proc/self/stat").exists():
        out = subprocess.run(["ps", "-A", "-o", "pid=,ppid="], capture_output=True, text=True, check=True).stdout
        return [tuple(map(int, line.split())) for line in out.splitlines()]
    pairs = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:  # "pid (name) state ppid …"; the name may hold spaces and parentheses
            pairs.append((int(stat.parent.name), int(stat.read_text().rsplit(")", 1)[1].split()[1])))
        except (OSError, IndexError, ValueError):  # gone meanwhile
            continue
    return pairs


def kill_9(proc: subprocess.Popen) -> None:
    """Freeze the launcher and every worker (nothing moves while they are collected), then
    SIGKILL them all: what a power cut or the kernel's OOM killer leaves behind."""
    tree = process_tree(proc.pid)
    for sig in (signal.SIGSTOP, signal.SIGKILL):
        for p in tree:
            try:
                os.kill(p, sig)
            except ProcessLookupError:
                pass
    proc.wait(timeout=60)
    deadline = time.monotonic() + 60
    while any(_alive(p) for p in tree[1:]) and time.monotonic() < deadline:
        time.sleep(0.05)
    survivors = [(p, _describe(p)) for p in tree if _alive(p)]
    assert not survivors, f"still alive after SIGKILL: {survivors}"


def _describe(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text()[:200]
    except OSError:
        return "?"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (killed, not yet reaped by init) is dead
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return not Path("/proc/self/stat").exists()  # gone meanwhile; elsewhere, kill(0) is the answer


def wait_until(condition, timeout: float = 180.0, poll: float = 0.02, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(poll)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def steps(events: list[dict]) -> dict[int, float]:
    return {e["step"]: float(e["loss"]) for e in events if e["type"] == "step"}


def starts(events: list[dict]) -> list[int]:
    """Index of each worker start in the event list."""
    return [i for i, e in enumerate(events) if e.get("phase") == "start"]
