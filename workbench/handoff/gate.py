"""The gate in front of every hand-off: a signed "go" for exactly this checkpoint.

Only weights someone signed off may leave the project, and only the bytes that were
evaluated. So before anything is written we check that
1. the run's *latest* decision is "go" and names this checkpoint (a later "no-go" revokes an
   earlier "go"; a "go" for step 20 does not cover step 10);
2. the decision row still hashes to what its signer signed (`payload_hash`);
3. the checkpoint has a registered hash and its folder still hashes to it (`weights_sha256`),
   so nobody swapped an adapter file after the evaluation;
4. the "go" rests on stored, completed evaluations of exactly that checkpoint and of the base,
   both in the one evaluation set (settings hash) the decision names — never a mix — and an
   overruling "go" carries a rationale of real length (the policy's own rules,
   evaluate/policy.py); it carries a
   valid Ed25519 signature of its signer (store/keys.py), and the whole record verifies
   (store/evidence.py: chain, signed heads, content hashes, manifests): a decision row
   written into the database by hand, or a rewritten chain, stops the hand-off.
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
    if not row.get("sha256"):
        raise StateError(f"checkpoint {label} has no registered hash, so nothing shows its files are the "
                         "evaluated ones: it cannot be handed off")
    if weights_sha256(path) != row["sha256"]:
        raise StateError(
            f"the files of checkpoint {label} in {path} changed after they were registered (their "
            "SHA-256 differs): the evaluated weights are not the ones on disk, so they cannot be "
            "handed off; restore the original checkpoint")
    _require_evidence(project, run, decision, label, who)
    return Cleared(decision=decision, checkpoint=row, label=label, path=path)


def _require_evidence(project: "Project", run: dict, decision: dict, label: str, who: str) -> None:
    from ..store.evidence import verify_evidence

    from ..evaluate.policy import check_rationale, require_one_evaluation_set

    payload = decision["payload"]
    refs = payload.get("evaluations") or {}
    ref = refs.get(label) or {}
    stored = {e["id"]: e for e in evals.list_evaluations(project, run["id"])}
    ev = stored.get(ref.get("id"))
    if ev is None or ev["status"] != "completed" or ev["checkpoint"] != label \
            or ev["answers_hash"] != ref.get("answers_hash"):
        raise StateError(
            f"the 'go' for {label} of run {run['id']} (signed by {who}) rests on no stored evaluation of that "
            "checkpoint: evaluate it, then record the decision again")
    rested_on = {k: stored[r["id"]] for k, r in refs.items() if r.get("id") in stored}
    try:
        require_one_evaluation_set(rested_on, payload.get("evaluation_set"))
        check_rationale(decision["decision"], decision["recommendation"], decision["rationale"])
    except ValidationError as exc:
        raise StateError(f"the 'go' for {label} of run {run['id']} (signed by {who}) cannot be handed off: {exc}") \
            from None
    if not evals.decision_proof(project, decision["signature_id"]):
        raise StateError(
            f"the 'go' for {label} of run {run['id']} has no digital signature of its signer (it was written "
            "before signing keys, or not by the workbench): record the decision again to hand it off")
    report = verify_evidence(project)
    if not report.ok:
        raise StateError(f"the project's record does not verify ({report.first_problem}): nothing can be "
                         "handed off until compliance has looked at it (Audit page → Verify)")
