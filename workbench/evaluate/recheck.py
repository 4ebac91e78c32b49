"""Drift re-check: is a handed-off checkpoint still fit on a newer version of its hold-out?

    r = recheck(project, "back-office@v1", holdout="holdout-…", actor=erik)   # evaluates, judges
    sign_recheck(project, "back-office@v1", holdout="holdout-…", username="claire",
                 password=..., meaning=recheck_statement(project, "back-office@v1", holdout="holdout-…"))

The checkpoint and its base are evaluated on the newer frozen hold-out of the run's use case
under the SAME decoding (and bootstrap) as the evaluation that justified the GO; then, per
locale of the new hold-out, the project's go/no-go policy judges tuned versus base exactly as
for a run (evaluate/decision.py `assess`, on that hold-out), and each locale's numbers are put
beside the GO evaluation's. A locale is *still fit* when the policy passes it, *re-tune* when a
rule fails (regressed, not shown non-inferior, target gain lost, checks, fidelity), and
*inconclusive* when the hold-out is too small to show it. Overall: re-tune if any locale says
so, else inconclusive if any is, else still fit.

The re-check's evaluations are stored on the new hold-out; the run's own evaluation set, its
dashboard and its decision keep comparing on its own hold-out (store.evaluations.current_set).
The signed finding is a `signed_reports` row (kind 'recheck') whose meaning names the payload's
hash, an e-signature, and a `handoff.recheck` audit entry; when the adapter's hand-off folder is
intact, its model card gets a History section (handoff/history.py). Who signs: a domain owner
of the run's use case, or an admin; not the engineer who launched the run while duties are
enforced. The one place these rules live: the CLI and the GUI call this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..core.errors import NotFound, PermissionDenied, StateError, ValidationError
from ..core.hashing import canonical_json, sha256_hex
from ..core.roles import Action, Role, check
from ..store import evaluations as evals
from ..store.project import Project
from ..store.runs import get_run
from ..store.snapshots import get_snapshot
from .metrics import N_BOOTSTRAP
from .policy import FAIL, GO, INCONCLUSIVE

STILL_FIT, RETUNE, UNDECIDED = "still fit", "re-tune", "inconclusive"
KIND = "recheck"

_WHY = {"non-inferiority": "not shown non-inferior", "gain": "target gain lost",
        "checks": "regression checks newly failing", "fidelity": "locale fidelity lost",
        "evaluated": "not evaluated"}


@dataclass(frozen=True)
class Target:
    """What is re-checked: a run's checkpoint, the hand-off it left as (if any) and its GO."""

    run: dict
    label: str
    adapter: object | None      # handoff.registry.Adapter
    go: dict                    # the signed GO decision (store.evaluations.get_decision)

    @property
    def subject(self) -> str:
        if self.adapter is not None:
            return f"{self.adapter.name}@v{self.adapter.version}"
        return f"{self.run['id']}:{self.label}"

    @property
    def step(self) -> int:
        return int(self.label.removeprefix("step-"))


@dataclass
class Recheck:
    target: Target
    payload: dict

    @property
    def finding(self) -> str:
        return self.payload["finding"]

    @property
    def locales(self) -> list[dict]:
        return self.payload["locales"]

    @property
    def payload_hash(self) -> str:
        return sha256_hex(self.payload)

    def as_dict(self) -> dict:
        return {**self.payload, "payload_hash": self.payload_hash}


def resolve(project: Project, adapter_or_run: str) -> Target:
    """'name' or 'name@v2' (a hand-off in the registry), or 'RUN:CHECKPOINT' (e.g. run-…:10)."""
    from ..handoff.registry import find_adapter
    from .decision import decision_checkpoint

    text = (adapter_or_run or "").strip()
    if not text:
        raise ValidationError("name the adapter (name or name@vN) or the run and checkpoint (RUN:STEP) to re-check")
    if ":" in text:
        run_id, _, ckpt = text.rpartition(":")
        run = get_run(project, run_id)
        label = decision_checkpoint(ckpt)
        adapters = [a for a in _adapters_of(project, run["id"]) if a.checkpoint == label]
        return Target(run, label, adapters[-1] if adapters else None, _go_for(project, run, label, None))
    name, _, version = text.partition("@")
    version = version.lower().removeprefix("v")
    if version and not version.isdigit():
        raise ValidationError(f"'{text}': give the version as name@v2")
    adapter = find_adapter(project, name, int(version) if version else None)
    run = get_run(project, adapter.run)
    return Target(run, adapter.checkpoint, adapter, _go_for(project, run, adapter.checkpoint, adapter.decision_id))


def _adapters_of(project: Project, run_id: str) -> list:
    from ..handoff.registry import list_adapters

    return [a for a in list_adapters(project) if a.run == run_id]


def _go_for(project: Project, run: dict, label: str, decision_id: int | None) -> dict:
    if decision_id is not None:
        d = evals.get_decision(project, decision_id)
    else:
        gos = [d for d in evals.decisions(project, run["id"]) if d["checkpoint"] == label and d["decision"] == GO]
        if not gos:
            raise StateError(f"{label} of run {run['id']} has no signed GO: a re-check compares a handed-off "
                             "checkpoint with the evaluation that justified its GO")
        d = gos[-1]
    if not evals.verify_decision(project, d["id"]):
        raise StateError(f"decision {d['id']} no longer matches what its signer signed: run 'workbench audit verify'")
    return d


def _go_evaluations(project: Project, t: Target) -> tuple[dict, dict]:
    """(base, tuned) evaluations the GO rests on."""
    refs = t.go["payload"].get("evaluations") or {}
    try:
        base, tuned = (evals.get_evaluation(project, refs[k]["id"]) for k in ("base", t.label))
    except (KeyError, NotFound):
        raise StateError(f"the GO for {t.label} of run {t.run['id']} (decision {t.go['id']}) names no stored "
                         "evaluation of the base and the checkpoint: there are no settings to re-check under") \
            from None
    if "decoding" not in tuned["settings"]:
        raise StateError(f"evaluation {tuned['id']} behind the GO records no decoding settings: it cannot be "
                         "repeated on a newer hold-out")
    return base, tuned


def _newer_holdout(project: Project, t: Target, holdout: str) -> dict:
    snap = get_snapshot(project, holdout)
    if snap["kind"] != "holdout" or not snap["frozen"]:
        raise ValidationError(f"snapshot {snap['id']} is not a frozen hold-out: freeze the newer hold-out first")
    if snap.get("use_case") != t.run.get("use_case"):
        raise ValidationError(
            f"hold-out {snap['id']} belongs to {snap.get('use_case') or 'no use case'}, {t.subject} to "
            f"{t.run.get('use_case') or 'no use case'}: re-check it on a hold-out of its own use case")
    if snap["id"] == t.run["holdout_snapshot"]:
        raise ValidationError(f"{snap['id']} is the hold-out the GO was decided on: re-check on a newer version")
    return snap


def recheck(project: Project, adapter_or_run: str, *, holdout: str, actor, decoding=None,
            progress: Callable[[dict], None] | None = None, generator=None) -> Recheck:
    """Evaluate the checkpoint and the base on the newer hold-out (evaluations already made under
    the same settings are reused) and judge them; nothing is signed here."""
    from .evaluator import evaluate

    check(actor, Action.EVALUATE)
    t = resolve(project, adapter_or_run)
    _, tuned = _go_evaluations(project, t)
    go_decoding = tuned["settings"]["decoding"]
    if decoding is not None:
        from .generation import DecodingSettings

        given = decoding.as_dict() if isinstance(decoding, DecodingSettings) else \
            DecodingSettings.from_dict({**go_decoding, **decoding}).as_dict()
        if given != go_decoding:
            raise ValidationError("a re-check repeats the decoding of the evaluation that justified the GO "
                                  f"({canonical_json(go_decoding)}): other settings would not be comparable")
    snap = _newer_holdout(project, t, holdout)
    n_bootstrap = (tuned["settings"].get("bootstrap") or {}).get("n", N_BOOTSTRAP)
    evaluate(project, t.run["id"], checkpoint=t.step, decoding=go_decoding, actor=actor, n_bootstrap=n_bootstrap,
             progress=progress, generator=generator, holdout=snap["id"])
    return assess_recheck(project, adapter_or_run, holdout=snap["id"])


def _recheck_set(project: Project, t: Target, snap: dict, tuned_go: dict) -> str:
    """The settings hash of the newest evaluation of the checkpoint on `snap` under the GO's decoding."""
    same = [e for e in evals.list_evaluations(project, t.run["id"], status="completed")
            if e["snapshot_id"] == snap["id"] and e["checkpoint"] == t.label
            and e["settings"].get("decoding") == tuned_go["settings"]["decoding"]
            and e["settings"].get("bootstrap") == tuned_go["settings"].get("bootstrap")]
    if not same:
        raise StateError(f"{t.subject} has not been evaluated on hold-out {snap['id']} under the decoding of its GO: "
                         f"run 'workbench recheck {t.subject} --holdout {snap['id']}' first")
    return max(same, key=lambda e: (e["finished_at"] or "", e["id"]))["settings_hash"]


def assess_recheck(project: Project, adapter_or_run: str, *, holdout: str) -> Recheck:
    """The finding from stored evaluations only (what a signer looks at; no model is loaded)."""
    from .decision import assess

    t = resolve(project, adapter_or_run)
    base_go, tuned_go = _go_evaluations(project, t)
    snap = _newer_holdout(project, t, holdout)
    a = assess(project, t.run["id"], evaluation_set=_recheck_set(project, t, snap, tuned_go), holdout=snap["id"])
    verdict = a.recommendation.verdict_for(t.label)
    go_rows = {r["locale"]: r for r in evals.scores(project, [tuned_go["id"]]) if r["metric"] == "chrf"}
    locales = [_locale_finding(v, go_rows.get(v.locale)) for v in verdict.locales]
    findings = {f["finding"] for f in locales}
    overall = RETUNE if RETUNE in findings else UNDECIDED if UNDECIDED in findings or not locales else STILL_FIT
    adapter = t.adapter
    payload = {
        "kind": KIND, "subject": t.subject, "use_case": t.run.get("use_case"), "run": t.run["id"],
        "checkpoint": t.label,
        "adapter": None if adapter is None else {"name": adapter.name, "version": adapter.version,
                                                 "folder": adapter.folder, "base_model_id": adapter.base_model_id},
        "go": {"decision_id": t.go["id"], "payload_hash": t.go["payload_hash"], "signer": t.go["signer"],
               "signed_at": t.go["signed_at"], "holdout": tuned_go["snapshot_id"],
               "evaluations": {"base": _ref(base_go), t.label: _ref(tuned_go)}},
        "holdout": {"id": snap["id"], "name": snap["name"], "manifest_hash": snap["manifest_hash"],
                    "item_count": snap["item_count"], "locale_counts": snap["locale_counts"]},
        "decoding": tuned_go["settings"]["decoding"], "evaluation_set": a.evaluation_set,
        "evaluations": {"base": _ref(a.evaluations["base"]), t.label: _ref(a.evaluations[t.label])},
        "policy": a.policy.as_dict(), "policy_rules": a.policy.describe(a.targets), "targets": list(a.targets),
        "locales": locales, "finding": overall,
    }
    return Recheck(t, payload)


def _ref(ev: dict) -> dict:
    return {"id": ev["id"], "answers_hash": ev["answers_hash"], "settings_hash": ev["settings_hash"]}


def _locale_finding(v, go_row: dict | None) -> dict:
    status = v.status
    finding = STILL_FIT if status == GO else UNDECIDED if status == INCONCLUSIVE else RETUNE
    failing = [r for r in v.rules if r.outcome == FAIL]
    reasons = [("regressed" if r.rule == "non-inferiority" and r.detail.startswith("regressed") else _WHY[r.rule])
               for r in failing]
    lo, hi = v.chrf_delta_ci
    out = {"locale": v.locale, "finding": finding, "target": v.target, "reasons": reasons,
           "rule": v.basis()[0] if v.rules else "", "basis": v.basis(), "n": v.n, "chrf": v.chrf,
           "chrf_base": v.chrf_base, "chrf_delta": v.chrf_delta, "chrf_delta_ci": [lo, hi],
           "items_needed": v.items_needed, "go": None, "delta_vs_go": None}
    if go_row is not None and go_row.get("base_score") is not None:
        go_delta = go_row["score"] - go_row["base_score"]
        out["go"] = {"chrf": go_row["score"], "chrf_base": go_row["base_score"], "chrf_delta": go_delta,
                     "n": go_row.get("n")}
        if v.chrf_delta is not None:
            out["delta_vs_go"] = v.chrf_delta - go_delta
    return out


# -- signing -----------------------------------------------------------------------------

def statement(r: Recheck) -> str:
    """The sentence the signer agrees to; it names the report's hash (store/evidence.py checks it)."""
    return _statement(r.payload)


def statement_of(shown: dict) -> str:
    """The statement of a re-check as shown (`Recheck.as_dict()`, e.g. sent back by a task)."""
    return _statement({k: v for k, v in shown.items() if k != "payload_hash"})


def _statement(payload: dict) -> str:
    per = "; ".join(f"{f['locale']} {f['finding']}" for f in payload["locales"]) or "no locale"
    return (f"Drift re-check of {payload['subject']} (run {payload['run']}, {payload['checkpoint']}) on "
            f"hold-out {payload['holdout']['id']}: {payload['finding'].upper()} ({per}), judged by the go/no-go "
            f"policy against the base; report SHA-256 {sha256_hex(payload)}")


def recheck_statement(project: Project, adapter_or_run: str, *, holdout: str) -> str:
    """What a signature of this re-check records (shown before signing)."""
    return statement(assess_recheck(project, adapter_or_run, holdout=holdout))


def _check_signer(project: Project, signer, r: Recheck) -> None:
    from ..store.users import duties_policy

    roles = signer.roles
    use_case = r.payload["use_case"]
    if Role.ADMIN not in roles:
        if Role.DOMAIN_OWNER not in roles:
            raise PermissionDenied(f"{signer.username} may not sign a re-check: a domain owner of the use case or an "
                                   "admin signs it")
        if use_case:
            from ..store.usecases import get_use_case, user_owns

            if not user_owns(signer, get_use_case(project, use_case)):
                raise PermissionDenied(f"{signer.username} is not an owner of use case '{use_case}': one of its "
                                       "owners (or an admin) signs its re-check")
    if duties_policy(project).enforced and signer.username == r.target.run["created_by"]:
        raise PermissionDenied(f"{signer.username} launched run {r.target.run['id']}: separation of duties asks "
                               "someone else to sign its re-check")


def sign_recheck(project: Project, adapter_or_run: str, *, holdout: str, username: str, password: str,
                 meaning: str | None = None) -> dict:
    """Record the signed finding: report, e-signature, audit entry, and the card's History."""
    from ..store.users import authenticate

    signer = authenticate(project, username, password)
    r = assess_recheck(project, adapter_or_run, holdout=holdout)
    _check_signer(project, signer, r)
    expected = statement(r)
    if meaning is not None and meaning != expected:
        raise ValidationError(f"the meaning of this signature is '{expected}', not '{meaning}': the re-check "
                              "changed since it was shown; look at it again")
    if any(d["payload_hash"] == r.payload_hash for d in reports(project)):
        raise StateError(f"this re-check of {r.payload['subject']} on {holdout} is signed already")
    adapter, updates, cards = r.target.adapter, [], []

    def card(report_id: int) -> dict:
        """In the report's transaction: the hand-off card's History, undone if the write fails."""
        update, record = _update_card(project, adapter, r.payload["subject"]) if adapter else (None, None)
        updates.append(update)
        cards.append(record)
        return {"card": record}

    try:
        report = evals.add_signed_report(
            project, kind=KIND, subject=r.payload["subject"], use_case=r.payload["use_case"], payload=r.payload,
            signer=signer, password=password, meaning=expected, subject_type=f"report:recheck:{r.payload['subject']}",
            audit_action="handoff.recheck", audit_object=("run", r.payload["run"]), inside=card,
            audit_after={"holdout": r.payload["holdout"]["id"], "finding": r.finding,
                         "locales": {f["locale"]: f["finding"] for f in r.locales}})
    except BaseException:
        for update in updates:
            if update is not None:
                update.restore()
        raise
    return {**report, "card": cards[0] if cards else None}


def _update_card(project: Project, adapter, subject: str):
    """Rewrite the hand-off card's History when the folder is intact; (update, audit record)."""
    from pathlib import Path

    from ..handoff.history import rewrite_card
    from ..handoff.registry import find_adapter

    current = find_adapter(project, adapter.name, adapter.version)   # checked on disk now
    if not current.intact:
        return None, {"folder": adapter.folder, "updated": False, "problem": current.problem}
    update = rewrite_card(Path(current.folder), reports(project, subject=subject))
    return update, {"folder": current.folder, "updated": True, "sha256sums": update.sha256sums}


def reports(project: Project, *, subject: str | None = None, run: str | None = None) -> list[dict]:
    """Signed re-check reports (oldest first) with their signer and signing time."""
    return [d for d in evals.signed_reports(project, KIND, subject)
            if run is None or d["payload"].get("run") == run]
