"""The gate in front of every hand-off: a signed "go" for exactly this checkpoint.

Only weights someone signed off may leave the project, and only the bytes that were
evaluated. So before anything is written we check that
1. the run's *latest* decision is "go" and names this checkpoint (a later "no-go" revokes an
   earlier "go"; a "go" for step 20 does not cover step 10);
2. the decision row still hashes to what its signer signed (`payload_hash`);
3. the checkpoint folder still hashes to the value registered when it was written
   (`weights_sha256`), so nobody swapped an adapter file after the evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import StateError, ValidationError
from ..store import evaluations as evals
from ..store.runs import list_checkpoints

if TYPE_CHECKING:
    from ..store.project import Project

GO = "go"


def latest_decision(project: "Project", run_id: str) -> dict | None:
    """The run's newest signed decision (the eval_decisions table is append-only, so the
    newest row is the one in force), shaped as the hand-off contract expects."""
    rows = evals.decisions(project, run_id)
    if not rows:
        return None
    d = rows[-1]
    return {"decision": d["decision"], "checkpoint": d["checkpoint"], "signer": d["signer"],
            "signer_name": d["signer_name"], "signed_at": d["signed_at"], "signature_id": d["id"],
            "meaning": d["meaning"], "rationale": d["rationale"], "recommendation": d["recommendation"],
            "payload_hash": d["payload_hash"], "payload": d["payload"]}


def checkpoint_label(value) -> str:
    """'step-000010' from 10, '10', 'step-10' or 'step-000010'."""
    v = str(value).strip().lower().removeprefix("step-").removeprefix("step")
    if not v.isdigit():
        raise ValidationError(f"unknown checkpoint '{value}': give a step, e.g. 10 or step-000010")
    return evals.checkpoint_label(int(v))


@dataclass(frozen=True)
class Cleared:
    """What the gate let through: the decision in force and the checkpoint it covers."""
    decision: dict
    checkpoint: dict          # the checkpoints row (step, path, sha256, train_loss, ...)
    label: str
    path: Path


def require_go(project: "Project", run: dict, checkpoint=None) -> Cleared:
    """Raise unless a verified "go" covers `checkpoint` (default: the one the "go" names)."""
    from ..train.checkpoints import weights_sha256

    decision = latest_decision(project, run["id"])
    if decision is None:
        raise StateError(
            f"run {run['id']} has no go/no-go decision: evaluate it and record a signed 'go' "
            f"('workbench --user NAME decide {run['id']} --decision go') before handing it off")
    label = checkpoint_label(checkpoint) if checkpoint is not None else decision["checkpoint"]
    who = f"{decision['signer_name']} ({decision['signer']}) on {decision['signed_at'][:19]}"
    if decision["decision"] != GO:
        raise StateError(
            f"the decision in force for run {run['id']} is {decision['decision'].upper()} for "
            f"{decision['checkpoint']}, signed by {who}: only a checkpoint with a signed 'go' can "
            "be handed off; record a new decision if the situation changed")
    if decision["checkpoint"] != label:
        raise StateError(
            f"the 'go' for run {run['id']} covers {decision['checkpoint']}, not {label} (signed by "
            f"{who}): hand off {decision['checkpoint']}, or record a 'go' for {label} first")
    if not evals.verify_decision(project, decision["signature_id"]):
        raise StateError(
            f"decision {decision['signature_id']} no longer matches what {who} signed (payload hash "
            "mismatch): the project database was altered; run 'workbench audit verify' and ask "
            "your compliance officer before exporting anything")
    step = int(label.removeprefix("step-"))
    rows = [c for c in list_checkpoints(project, run["id"]) if c["step"] == step]
    if not rows:
        raise StateError(f"run {run['id']} has no registered checkpoint {label}")
    row = rows[0]
    path = Path(row["path"])
    path = path if path.is_absolute() else project.root / path
    if not path.is_dir():
        raise StateError(f"the folder of checkpoint {label} ({path}) is missing: it may have been "
                         "pruned or moved; restore it from backup to hand it off")
    if row.get("sha256") and weights_sha256(path) != row["sha256"]:
        raise StateError(
            f"the files of checkpoint {label} in {path} changed after they were registered (their "
            "SHA-256 differs): the evaluated weights are not the ones on disk, so they cannot be "
            "handed off; restore the original checkpoint")
    return Cleared(decision=decision, checkpoint=row, label=label, path=path)
