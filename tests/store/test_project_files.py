"""A project file that says what it is, opens read-only for reading, and can be moved.

The database carries application_id 'APWT'; older projects get it when a write command first
opens them; read commands never migrate and work on a read-only copy; run folders and
checkpoints are stored relative to the project folder, so a moved copy finds them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.store.helpers import signed_world
from workbench.core.errors import NotAProject
from workbench.store import init_project, open_project, schema
from workbench.store.dbfile import APPLICATION_ID
from workbench.store.runs import add_checkpoint, create_run, get_run, list_checkpoints
from workbench.store.users import get_user

REPO = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "workbench.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=300)


def test_a_new_project_carries_the_application_id(tmp_path):
    p = init_project(tmp_path / "p")
    assert p.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x41505754
    assert schema.current_version(p) == schema.SCHEMA_VERSION


def _old_project(tmp_path, monkeypatch, version: int = 3) -> Path:
    """A project as version `version` of the schema left it (no application_id), with a run
    and a checkpoint recorded by absolute path, as the application wrote them then."""
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version)
    p = init_project(tmp_path / "old")
    p.close()
    monkeypatch.undo()
    con = sqlite3.connect(tmp_path / "old" / "workbench.sqlite")
    con.execute("PRAGMA foreign_keys = OFF")
    insert_run = ("INSERT INTO runs (id, status, backend, method, base_model, spec, train_snapshot, "
                  "holdout_snapshot, seed, run_dir, created_by, created_at) "
                  "VALUES (?, 'completed', 'peft', 'lora', 'm', '{}', 's', 'h', 0, ?, 'erik', '2026-01-01T00:00:00Z')")
    moved_before = Path("/elsewhere/before-a-move")
    for run_id, root in (("run-20260101-aaaa0001", tmp_path / "old"), ("run-20260101-bbbb0002", moved_before)):
        run_dir = root / "runs" / run_id
        con.execute(insert_run, (run_id, str(run_dir)))
        con.execute("INSERT INTO checkpoints (run_id, step, path, created_at) "
                    "VALUES (?, 10, ?, '2026-01-01T00:00:00Z')",
                    (run_id, str(run_dir / "checkpoints" / "step-000010")))
    con.execute(insert_run, ("run-x", "/data/somewhere/else"))
    con.commit()
    con.close()
    return tmp_path / "old"


def test_opening_an_old_project_to_write_adds_the_id_and_makes_run_paths_relative(tmp_path, monkeypatch):
    root = _old_project(tmp_path, monkeypatch)
    p = open_project(root)
    assert p.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    stored = dict(p.conn.execute("SELECT id, run_dir FROM runs"))
    # Any folder that ends in runs/<its id> is the run's own, wherever the project lay then.
    assert stored == {"run-20260101-aaaa0001": "runs/run-20260101-aaaa0001",
                      "run-20260101-bbbb0002": "runs/run-20260101-bbbb0002",
                      "run-x": "/data/somewhere/else"}
    assert {r[0] for r in p.conn.execute("SELECT path FROM checkpoints")} == {
        "runs/run-20260101-aaaa0001/checkpoints/step-000010", "runs/run-20260101-bbbb0002/checkpoints/step-000010"}
    assert get_run(p, "run-20260101-bbbb0002")["run_dir"] == str(root / "runs" / "run-20260101-bbbb0002")
    assert list_checkpoints(p, "run-20260101-aaaa0001")[0]["path"] == str(
        root / "runs" / "run-20260101-aaaa0001" / "checkpoints" / "step-000010")


def test_reading_an_old_project_does_not_migrate_it(tmp_path, monkeypatch):
    root = _old_project(tmp_path, monkeypatch)
    before = digest(root / "workbench.sqlite")
    p = open_project(root, readonly=True)  # every query of this version works on it...
    assert get_run(p, "run-20260101-aaaa0001")["run_dir"] == str(root / "runs" / "run-20260101-aaaa0001")
    p.close()
    for command in (["status"], ["items", "list", "--json"], ["audit", "verify"]):
        out = cli("-p", root, *command)
        assert out.returncode == 0, out.stderr
    assert digest(root / "workbench.sqlite") == before  # ...and the file stays as it was
    con = sqlite3.connect(f"file:{root / 'workbench.sqlite'}?mode=ro", uri=True)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0
    con.close()


def test_a_foreign_database_is_refused_before_anything_is_written(tmp_path):
    folder = tmp_path / "theirs"
    folder.mkdir()
    con = sqlite3.connect(folder / "workbench.sqlite")
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = digest(folder / "workbench.sqlite")
    for readonly in (False, True):
        with pytest.raises(NotAProject, match="another application"):
            open_project(folder, readonly=readonly)
    assert digest(folder / "workbench.sqlite") == before
    assert not (folder / "workbench.sqlite-wal").exists()


def test_a_project_moved_elsewhere_finds_its_runs_and_checkpoints(project, tmp_path):
    train, frozen = signed_world(project, PASSWORD, n_pairs=2, n_holdout=1)
    inside = project.root / "models" / "tiny"
    inside.mkdir(parents=True)
    run = create_run(project, spec={"base_model": str(inside)}, backend="peft", method="lora",
                     base_model=str(inside), train_snapshot=train["id"], holdout_snapshot=frozen["id"],
                     seed=0, actor=get_user(project, "erik"), lineage={})
    folder = Path(run["run_dir"]) / "checkpoints" / "step-000010"
    folder.mkdir(parents=True)
    (folder / "adapter_model.safetensors").write_bytes(b"weights")
    add_checkpoint(project, run["id"], step=10, path=str(folder), train_loss=1.0, actor="erik")
    assert project.conn.execute("SELECT run_dir, base_model FROM runs").fetchone() == (
        f"runs/{run['id']}", "./models/tiny")
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    moved = tmp_path / "usb-stick" / "project"
    shutil.move(str(project.root), moved)
    p = open_project(moved)
    try:
        again = get_run(p, run["id"])
        assert again["run_dir"] == str(moved / "runs" / run["id"]) and Path(again["run_dir"]).is_dir()
        assert again["base_model"] == str(moved / "models" / "tiny")
        ckpt = list_checkpoints(p, run["id"])[0]
        assert Path(ckpt["path"]) == moved / "runs" / run["id"] / "checkpoints" / "step-000010"
        assert (Path(ckpt["path"]) / "adapter_model.safetensors").read_bytes() == b"weights"
    finally:
        p.close()


READ_ONLY_MEDIUM = """
set -e
mount --bind "$1" "$1"
mount -o remount,ro,bind "$1" "$1"
shift_root="$1"; shift
"$@"
"""


def _can_mount_read_only() -> bool:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount --bind /tmp /tmp"], capture_output=True)
    return probe.returncode == 0


def _read_on_read_only_copy(root: Path, *command: str) -> subprocess.CompletedProcess:
    """Run a command on `root` as an auditor would: from a read-only medium (a read-only
    bind mount for root in a private mount namespace; a chmod'ed copy otherwise)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    argv = [sys.executable, "-m", "workbench.cli", "-p", str(root), *command]
    if _can_mount_read_only():
        return subprocess.run(["unshare", "-m", "sh", "-c", READ_ONLY_MEDIUM, "sh", str(root), *argv],
                              capture_output=True, text=True, env=env, timeout=300)
    if os.geteuid() == 0:
        pytest.skip("needs a read-only medium: run as non-root, or as root with unshare and mount")
    for path in root.rglob("*"):
        path.chmod(0o555 if path.is_dir() else 0o444)
    root.chmod(0o555)
    try:
        return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300)
    finally:
        root.chmod(0o755)
        for path in root.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.mark.parametrize("command", [("audit", "verify"), ("items", "list", "--json"), ("status",)])
def test_a_read_only_copy_can_be_read_and_verified(project, tmp_path, command):
    signed_world(project, PASSWORD, n_pairs=2, n_holdout=1)
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    copy = tmp_path / "auditor"
    shutil.copytree(project.root, copy)
    out = _read_on_read_only_copy(copy, *command)
    assert out.returncode == 0, out.stderr
    if command[0] == "audit":
        assert out.stdout.startswith("intact")
    if command[0] == "items":
        assert len([json.loads(line) for line in out.stdout.splitlines()]) == 3


def test_a_write_on_a_read_only_copy_says_so_in_one_line(project, tmp_path):
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    copy = tmp_path / "auditor"
    shutil.copytree(project.root, copy)
    data = tmp_path / "rows.jsonl"
    data.write_text('{"prompt": "a", "response": "b"}\n', encoding="utf-8")
    out = _read_on_read_only_copy(copy, "import", str(data), "--locale", "en")
    assert out.returncode == 2
    assert [line for line in out.stderr.splitlines() if line.strip()] == [out.stderr.strip()]
    assert "read-only" in out.stderr and "Traceback" not in out.stderr


def test_a_second_connection_never_opens_and_closes_the_database_file(project, monkeypatch):
    """Closing any descriptor of a file drops every POSIX lock the process holds on it,
    SQLite's included: with the window's connection open, a background task opening the
    same project must not read the header through a descriptor of its own (another process
    could then write under the window's reader, which saw "database disk image is malformed")."""
    from workbench.store import dbfile

    def forbidden(path):
        raise AssertionError(f"{path} was opened and closed beside a live connection")

    monkeypatch.setattr(dbfile, "check_file", forbidden)
    second = open_project(project.root)
    second.close()
    project.close()
    with pytest.raises(AssertionError):  # with no connection left, the header is checked again
        open_project(project.root)
