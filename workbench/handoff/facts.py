"""Everything the model card and handoff.json state, read from the project in one place.

Plain data (JSON-serialisable), so the card, the machine-readable manifest and a test all
see the same numbers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..core.locales import LOCALES
from ..evaluate.policy import decision_label, is_overrule
from ..store import audit
from ..store import evaluations as evals
from ..store.signoff import signatures_over_snapshots
from ..store.snapshots import get_snapshot, supersession, verify_snapshot
from ..store.sql import placeholders

if TYPE_CHECKING:
    from ..store.project import Project
    from .gate import Cleared

#: Hyper-parameters worth a line on the card (the whole resolved spec is in handoff.json).
SPEC_FIELDS = ("method", "backend", "lora_rank", "lora_alpha", "lora_dropout", "target_modules",
               "learning_rate", "lr_schedule", "warmup_ratio", "weight_decay", "optimizer", "epochs",
               "max_steps", "batch_size", "grad_accum", "max_seq_length", "packing", "precision",
               "seed", "chat_template", "system_prompt_version", "mlx_num_layers")


def hf_language(locale: str) -> str:
    """Hub language tag: ISO 639-1 where one exists; Swiss German keeps its own code (gsw),
    since the card must not claim standard German for it."""
    return "gsw" if locale == "gsw" else LOCALES[locale].language if locale in LOCALES else locale


def _snapshot(project: "Project", sid: str) -> dict:
    s = get_snapshot(project, sid)
    return {"id": s["id"], "name": s["name"], "kind": s["kind"], "frozen": s["frozen"],
            "manifest_hash": s["manifest_hash"], "item_count": s["item_count"],
            "locale_counts": s["locale_counts"], "created_by": s["created_by"],
            "created_at": s["created_at"], "verified": verify_snapshot(project, s["id"])}


def signers(project: "Project", snapshot_ids: list[str]) -> list[dict]:
    """Signatures over exactly the revisions the snapshots name (item sign-offs and the
    hold-out freeze), with how many of those revisions each covers."""
    return [{k: v for k, v in s.items() if k != "item_count"}
            for s in signatures_over_snapshots(project, snapshot_ids)]


def deid_summary(project: "Project", snapshot_ids: list[str]) -> dict:
    """Findings on any revision of the snapshots' items, counted by entity and decision (the
    anonymizer's own replacements are not findings)."""
    marks = placeholders(len(snapshot_ids))
    rows = project.conn.execute(
        "SELECT f.entity, f.decision, count(*) FROM findings f WHERE f.item_id IN "
        f"(SELECT item_id FROM snapshot_items WHERE snapshot_id IN ({marks})) AND f.decision != 'replaced' "
        "GROUP BY f.entity, f.decision ORDER BY f.entity, f.decision", snapshot_ids).fetchall()
    by_entity: dict[str, dict[str, int]] = defaultdict(dict)
    decisions: Counter = Counter()
    for entity, decision, n in rows:
        by_entity[entity][decision] = n
        decisions[decision] += n
    items_with = project.conn.execute(
        "SELECT count(DISTINCT f.item_id) FROM findings f WHERE f.item_id IN "
        f"(SELECT item_id FROM snapshot_items WHERE snapshot_id IN ({marks})) AND f.decision != 'replaced'",
        snapshot_ids).fetchone()[0]
    return {"total": sum(decisions.values()), "items_with_findings": items_with,
            "by_entity": dict(by_entity), "by_decision": dict(sorted(decisions.items()))}


def metrics(project: "Project", run_id: str, label: str) -> dict:
    """The checkpoint's per-locale scores against the base, from its newest comparable
    evaluation, with the decoding settings they were measured under."""
    current = evals.current_set(project, run_id)
    ev = current.get(label)
    if ev is None:
        return {"evaluation": None, "rows": [], "settings": {}}
    rows = [{k: r[k] for k in ("locale", "metric", "score", "base_score", "delta", "delta_low",
                               "delta_high", "p_value", "n", "signature")}
            for r in evals.scores(project, [ev["id"]])]
    base = current.get(evals.BASE)
    return {"evaluation": {"id": ev["id"], "answers_hash": ev["answers_hash"], "item_count": ev["item_count"],
                           "finished_at": ev["finished_at"], "settings_hash": ev["settings_hash"]},
            "base_evaluation": base and {"id": base["id"], "answers_hash": base["answers_hash"]},
            "rows": rows, "settings": {k: v for k, v in ev["settings"].items() if k != "software"},
            "software": ev["settings"].get("software", {})}


def collect(project: "Project", run: dict, cleared: "Cleared") -> dict:
    from .. import __version__
    from ..store.settings import get_value

    train = _snapshot(project, run["train_snapshot"])
    holdout = _snapshot(project, run["holdout_snapshot"])
    snaps = [train["id"], holdout["id"]]
    seq, head = audit.head(project)
    chain = audit.verify_chain(project)
    d = cleared.decision
    spec = run.get("spec") or {}
    return {
        "workbench_version": __version__,
        "project": get_value(project, "project_name", project.root.name),
        "run": {"id": run["id"], "name": run["name"], "status": run["status"], "backend": run["backend"],
                "method": run["method"], "base_model": run["base_model"], "seed": run["seed"],
                "created_by": run["created_by"], "created_at": run["created_at"],
                "finished_at": run.get("finished_at"), "spec": spec, "lineage": run.get("lineage") or {}},
        "hyperparameters": {k: spec.get(k, run.get(k)) for k in SPEC_FIELDS if spec.get(k, run.get(k)) is not None},
        "checkpoint": {"label": cleared.label, "step": cleared.checkpoint["step"],
                       "train_loss": cleared.checkpoint.get("train_loss"),
                       "sha256": cleared.checkpoint.get("sha256") or None,
                       "registered_at": cleared.checkpoint.get("created_at")},
        "snapshots": {"train": train, "holdout": holdout},
        "languages": sorted({hf_language(loc) for loc in [*train["locale_counts"], *holdout["locale_counts"]]}),
        "signers": signers(project, snaps),
        "deid": deid_summary(project, snaps),
        "superseded": {k: sup for k, sup in (("train", supersession(project, train["id"])),
                                             ("holdout", supersession(project, holdout["id"]))) if sup},
        "decision": {**{k: d[k] for k in ("signature_id", "decision", "recommendation", "checkpoint", "signer",
                                           "signer_name", "signed_at", "meaning", "rationale", "payload_hash")},
                     "overrule": is_overrule(d["decision"], d["recommendation"]), "label": decision_label(d),
                     "evaluation_set": (d.get("payload") or {}).get("evaluation_set")},
        "metrics": metrics(project, run["id"], cleared.label),
        "audit": {"seq": seq, "head": head, "intact": chain.ok, "entries": chain.entries},
    }
