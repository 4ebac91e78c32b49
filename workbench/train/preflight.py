"""Preconditions every training run must meet before it is registered.

1. A frozen, signed hold-out snapshot exists (the evaluation set is designed and approved
   before any training, so nobody can tune the test to the model).
2. The training snapshot names only signed-off revisions of pairs (a signature is only
   given to de-identified items with no open findings), none of them rejected since.
3. No training pair overlaps the hold-out (contamination.py), unless someone with the
   right to train records why it is acceptable; that reason goes into the audit trail in
   the same transaction as the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.errors import StateError, ValidationError
from ..store.signoff import is_signed, verify_signature
from ..store.snapshots import get_snapshot, latest_snapshot, snapshot_items, unfrozen_locales, verify_snapshot
from ..store.sql import chunks, placeholders
from .contamination import DEFAULT_THRESHOLD, ContaminationFound, ContaminationReport, check_overlap
from .spec import JobSpec

if TYPE_CHECKING:
    from ..store.project import Project

MIN_REASON_CHARS = 15


@dataclass
class Preflight:
    train: dict
    holdout: dict
    train_items: list[dict]
    holdout_items: list[dict]
    contamination: ContaminationReport
    override_reason: str | None = None
    warnings: list[str] = field(default_factory=list)


def holdout_snapshot(project: "Project", sid: str | None) -> dict:
    snap = get_snapshot(project, sid) if sid else latest_snapshot(project, "holdout")
    if snap is None:
        raise StateError(
            "no frozen hold-out yet: training starts only after the domain owners have signed off "
            "the evaluation items and frozen them ('workbench snapshot create --kind holdout')")
    if snap["kind"] != "holdout" or not snap["frozen"] or not snap["signature_id"]:
        raise StateError(f"snapshot {snap['id']} is not a frozen, signed hold-out: name a hold-out "
                         "snapshot (workbench snapshot list)")
    missing = unfrozen_locales(project, snap)
    if missing:
        raise StateError(
            f"hold-out {snap['id']} is not frozen for {', '.join(missing)} yet: each locale's hold-out is "
            "frozen by that locale's owner, so the owner of each must freeze it too (Review page → Freeze)")
    if not verify_snapshot(project, snap["id"]) or not verify_signature(project, snap["signature_id"]):
        raise StateError(f"hold-out {snap['id']} no longer matches its manifest or signature: the "
                         "database was altered; freeze a new hold-out and report it to compliance")
    return snap


def training_snapshot(project: "Project", sid: str | None) -> dict:
    snap = get_snapshot(project, sid) if sid else latest_snapshot(project, "pair")
    if snap is None:
        raise StateError("no training snapshot yet: sign off pairs, then "
                         "'workbench snapshot create --kind pairs'")
    if snap["kind"] != "pair":
        raise StateError(f"snapshot {snap['id']} holds {snap['kind']} items: training uses a snapshot "
                         "of pairs, never the hold-out")
    if not verify_snapshot(project, snap["id"]):
        raise StateError(f"training snapshot {snap['id']} does not match its manifest: the database "
                         "was altered; take a new snapshot and report it to compliance")
    return snap


def _check_items_signed(project: "Project", snap: dict, items: list[dict]) -> None:
    unsigned = [i["id"] for i in items if not is_signed(project, i["id"], i["rev"], i["content_hash"])]
    if unsigned:
        raise StateError(f"snapshot {snap['id']} names revisions nobody signed off (items "
                         f"{unsigned[:5]}): take a new snapshot of signed-off items")
    ids = [i["id"] for i in items]
    rejected, pending = [], []
    for chunk in chunks(ids):
        marks = placeholders(len(chunk))
        rejected += [r[0] for r in project.conn.execute(
            f"SELECT id FROM items WHERE status = 'rejected' AND id IN ({marks})", chunk)]
        pending += [r[0] for r in project.conn.execute(
            f"SELECT DISTINCT f.item_id FROM findings f JOIN snapshot_items si ON si.item_id = f.item_id "
            f"AND si.rev = f.rev AND si.snapshot_id = ? WHERE f.decision = 'pending' AND f.item_id IN ({marks})",
            [snap["id"], *chunk])]
    if rejected:
        raise StateError(f"{len(rejected)} item(s) of snapshot {snap['id']} were rejected after the "
                         f"snapshot was taken (e.g. item {rejected[0]}): take a new snapshot")
    if pending:
        raise StateError(f"{len(pending)} item(s) of snapshot {snap['id']} have unreviewed "
                         f"de-identification findings (e.g. item {pending[0]}): review them first")


def run_preflight(project: "Project", spec: JobSpec, *, contamination_override: str | None = None,
                  threshold: float = DEFAULT_THRESHOLD) -> Preflight:
    """Check everything; raise a StateError (or ContaminationFound) naming what to do."""
    holdout = holdout_snapshot(project, spec.holdout_snapshot)
    train = training_snapshot(project, spec.train_snapshot)
    holdout_items = snapshot_items(project, holdout["id"])
    train_items = snapshot_items(project, train["id"])
    _check_items_signed(project, holdout, holdout_items)
    _check_items_signed(project, train, train_items)
    report = check_overlap(train_items, holdout_items, threshold=threshold)
    reason = (contamination_override or "").strip() or None
    if not report.clean:
        if reason is None:
            raise ContaminationFound(report)
        if len(reason) < MIN_REASON_CHARS:
            raise ValidationError("an override of the contamination check needs a reason an auditor can "
                                  f"follow (at least {MIN_REASON_CHARS} characters), not '{reason}'")
    warnings = []
    untested = sorted(set(train["locale_counts"]) - set(holdout["locale_counts"]))
    if untested:
        warnings.append(f"the hold-out has no items in {', '.join(untested)}: the evaluation cannot "
                        "show a gain or a regression there")
    return Preflight(train, holdout, train_items, holdout_items, report,
                     reason if not report.clean else None, warnings)
