"""The run registry: every training run, its full lineage and its checkpoints.

A run row is written before the child process starts (status `queued`), so a run that dies
at once is still on record. Status changes and checkpoints are audited.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import NotFound, ValidationError
from ..core.hashing import sha256_hex
from ..core.roles import actor_name
from ..core.runs import FINISHED, RunStatus
from . import audit
from .clock import utc_now
from .sql import query

if TYPE_CHECKING:
    from .project import Project


def _row(project: "Project", d: dict) -> dict:
    for k in ("spec", "lineage"):
        d[k] = json.loads(d[k]) if d.get(k) else {}
    d["run_dir"] = str(resolve_path(project, d["run_dir"]))
    if d.get("base_model", "").startswith(IN_PROJECT):
        d["base_model"] = str(project.root / d["base_model"][len(IN_PROJECT):])
    # Snapshots of this run in which personal data was found after it was made (a correction):
    # the dashboard and the model card flag the run.
    d["superseded"] = [r[0] for r in project.conn.execute(
        "SELECT DISTINCT snapshot_id FROM snapshot_supersessions WHERE snapshot_id IN (?, ?) ORDER BY 1",
        (d.get("train_snapshot"), d.get("holdout_snapshot")))] if _has_supersessions(project) else []
    return d


def _has_supersessions(project: "Project") -> bool:
    return project.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'snapshot_supersessions'").fetchone() is not None


#: Prefix of a base model stored inside the project folder (the demo's tiny model), kept
#: apart from hub ids such as 'swiss-ai/Apertus-8B-Instruct-2509', which never start so.
IN_PROJECT = "./"


def _stored_model(project: "Project", base_model: str) -> str:
    path = Path(base_model)
    if not path.is_absolute():
        return base_model
    stored = stored_path(project, path)
    return base_model if Path(stored).is_absolute() else IN_PROJECT + stored


def model_as_run_shows(project: "Project", base_model: str) -> str:
    """The base model as a run's row reads back (get_run): stored the way create_run stores it,
    then resolved against this project's folder. A baseline evaluation names its model so, so
    that a later run on the same model gets the same comparable settings."""
    stored = _stored_model(project, str(base_model))
    return str(project.root / stored[len(IN_PROJECT):]) if stored.startswith(IN_PROJECT) else stored


def stored_path(project: "Project", path: Path | str) -> str:
    """How a path is written to the database: relative to the project folder when it lies
    inside it (with '/', on every system), so a moved or copied project still finds it."""
    path = Path(path)
    try:
        return path.resolve().relative_to(project.root).as_posix()
    except ValueError:
        return str(path)


def resolve_path(project: "Project", stored: str) -> Path:
    """A stored path made absolute against this project's folder (where it is now)."""
    path = Path(stored)
    return path if path.is_absolute() else project.root / path


def create_run(project: "Project", *, spec: dict, backend: str, method: str, base_model: str,
               train_snapshot: str, holdout_snapshot: str, seed: int, actor, lineage: dict,
               name: str = "", use_case: str | None = None) -> dict:
    """Register a run. Its id is derived from its spec and time, so two runs never collide."""
    now = utc_now()
    run_id = "run-" + now[:10].replace("-", "") + "-" + sha256_hex([spec, now])[:8]
    run_dir = project.runs_dir / run_id
    with project.transaction():
        project.conn.execute(
            "INSERT INTO runs (id, name, status, backend, method, base_model, spec, train_snapshot, "
            "holdout_snapshot, seed, run_dir, lineage, created_by, created_at, use_case) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, name, RunStatus.QUEUED.value, backend, method, _stored_model(project, base_model),
             json.dumps(spec, ensure_ascii=False), train_snapshot, holdout_snapshot, int(seed),
             stored_path(project, run_dir),
             json.dumps(lineage, ensure_ascii=False), actor_name(actor), now, use_case))
        audit.append(project, actor=actor_name(actor), action="run.create", object_type="run",
                     object_id=run_id, after={"spec": spec, "lineage": lineage, "use_case": use_case})
    run_dir.mkdir(parents=True, exist_ok=True)
    return get_run(project, run_id)


def get_run(project: "Project", run_id: str) -> dict:
    rows = query(project, "SELECT * FROM runs WHERE id = ? OR id LIKE ?", (run_id, f"%{run_id}"))
    if not rows:
        raise NotFound(f"no run '{run_id}': 'workbench runs list' shows them")
    if len(rows) > 1:
        raise ValidationError(f"'{run_id}' matches {len(rows)} runs: give more of the id")
    return _row(project, rows[0])


def list_runs(project: "Project", status: str | None = None) -> list[dict]:
    sql, params = "SELECT * FROM runs", []
    if status:
        sql += " WHERE status = ?"
        params.append(status)
    return [_row(project, r) for r in query(project, sql + " ORDER BY created_at", params)]


def set_run_status(project: "Project", run_id: str, status: RunStatus | str, *, actor,
                   error: str | None = None, pid: int | None = None, extra: dict | None = None,
                   only_from: tuple | None = None) -> bool:
    """Record a run's new status. only_from: only if the run is still in one of these statuses
    when the write lock is held (a check made on an older read, such as "its worker is gone",
    must not overwrite what the worker recorded meanwhile); False when it was not."""
    try:
        status = RunStatus(status)
    except ValueError:
        raise ValidationError(f"unknown run status '{status}'") from None
    run = get_run(project, run_id)
    now = utc_now()
    sets = ["status = ?"]
    params: list[Any] = [status.value]
    if status is RunStatus.RUNNING:
        sets.append("started_at = coalesce(started_at, ?)")
        params.append(now)
        # A resumed run is running again: its earlier end and error no longer describe it
        # (both stay in the audit trail).
        sets.append("finished_at = NULL")
        if error is None:
            sets.append("error = NULL")
    if status in FINISHED:
        sets.append("finished_at = ?")
        params.append(now)
    if error is not None:
        sets.append("error = ?")
        params.append(error)
    if pid is not None:
        sets.append("pid = ?")
        params.append(pid)
    with project.transaction():
        current = project.conn.execute("SELECT status FROM runs WHERE id = ?", (run["id"],)).fetchone()[0]
        if only_from is not None and current not in {RunStatus(s).value for s in only_from}:
            return False
        project.conn.execute(f"UPDATE runs SET {', '.join(sets)} WHERE id = ?", [*params, run["id"]])
        audit.append(project, actor=actor_name(actor), action=f"run.{status.value}", object_type="run",
                     object_id=run["id"], before={"status": current},
                     after={"status": status.value, "error": error, **(extra or {})})
    return True


def record_launch(project: "Project", run_id: str, *, pid: int, command: list[str], actor,
                  action: str = "run.launch", extra: dict | None = None) -> None:
    """The worker process of a run was started (first launch or a resume)."""
    run = get_run(project, run_id)
    with project.transaction():
        project.conn.execute("UPDATE runs SET pid = ? WHERE id = ?", (int(pid), run["id"]))
        audit.append(project, actor=actor_name(actor), action=action, object_type="run",
                     object_id=run["id"], before={"status": run["status"], "pid": run["pid"]},
                     after={"pid": int(pid), "command": command, **(extra or {})})


def note(project: "Project", run_id: str, action: str, *, actor, after: dict) -> None:
    """An audited event of a run that changes no row (a cancel request, an override)."""
    with project.transaction():
        audit.append(project, actor=actor_name(actor), action=action, object_type="run",
                     object_id=run_id, after=after)


def update_lineage(project: "Project", run_id: str, lineage: dict, *, actor) -> None:
    run = get_run(project, run_id)
    merged = {**run["lineage"], **lineage}
    with project.transaction():
        project.conn.execute("UPDATE runs SET lineage = ? WHERE id = ?",
                             (json.dumps(merged, ensure_ascii=False), run["id"]))
        audit.append(project, actor=actor_name(actor), action="run.lineage", object_type="run",
                     object_id=run["id"], after=lineage)


def add_checkpoint(project: "Project", run_id: str, *, step: int, path: str, train_loss: float | None,
                   sha256: str = "", actor) -> None:
    with project.transaction():
        project.conn.execute(
            "INSERT OR REPLACE INTO checkpoints (run_id, step, path, train_loss, sha256, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (run_id, int(step), stored_path(project, path), train_loss, sha256, utc_now()))
        audit.append(project, actor=actor_name(actor), action="run.checkpoint", object_type="run",
                     object_id=run_id, after={"step": int(step), "path": str(path),
                                              "train_loss": train_loss, "sha256": sha256})


def list_checkpoints(project: "Project", run_id: str) -> list[dict]:
    rows = query(project, "SELECT * FROM checkpoints WHERE run_id = ? ORDER BY step", (run_id,))
    for r in rows:
        r["path"] = str(resolve_path(project, r["path"]))
    return rows
