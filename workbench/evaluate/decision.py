"""Assessing a run against the project's policy, and recording the signed go/no-go decision.

The decision follows the same e-signature rules as a sign-off: the signer re-enters the
password, the row records user name, printed name, UTC time and the sentence signed
(`meaning`), and `payload_hash` covers exactly what was decided on — the checkpoint, the
policy in force, every locale's verdict with its numbers, the evaluations and their answer
hashes, the evaluation set (settings hash) they share, and the audit head at that moment. A
human may overrule the policy, but only with a written rationale of real length
(policy.MIN_RATIONALE_CHARS), and both the recommendation and the decision stay on record,
the decision marked as an overrule wherever it is shown (policy.decision_label).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import StateError, ValidationError
from ..core.roles import Action, check, require
from ..store import audit
from ..store import evaluations as store
from ..store.project import Project
from ..store.runs import get_run
from ..store.snapshots import get_snapshot
from ..store.users import authenticate
from .policy import (GO, NO_GO, Policy, Recommendation, check_rationale, is_overrule, judge_checkpoint, recommend,
                     regressions, require_one_evaluation_set)


def load_policy(project: Project) -> Policy:
    return Policy.from_dict(store.get_json_setting(project, store.POLICY_KEY))


def holdout_plan_for(project: Project, policy: Policy | None = None, use_case: str | None = None) -> list:
    """Per locale, before training: the hold-out items it has (any status but rejected: the
    hold-out as it is being designed) and whether that many can show the policy's tolerance
    at all (policy.holdout_plan). What the Review page shows beside the hold-out; with
    `use_case`, that use case's hold-out (each use case's adapter is judged on its own)."""
    from ..store.items import counts_by
    from .policy import holdout_plan

    counts: dict[str, int] = {}
    for row in counts_by(project, "kind", "locale", "status", use_case=use_case):
        if row["kind"] == "holdout" and row["status"] != "rejected":
            counts[row["locale"]] = counts.get(row["locale"], 0) + row["count"]
    return holdout_plan(counts, policy or load_policy(project))


def set_policy(project: Project, policy: Policy | dict, *, username: str, password: str) -> Policy:
    """Change the project's go/no-go policy: a signed step (the signer re-enters the password
    and agrees to the rules in words). Decisions record the policy they used, and a GO is
    refused while the policy changed after the evaluations it rests on."""
    from ..store.signoff import record_signature

    signer = authenticate(project, username, password)
    check(signer, Action.DECIDE)
    policy = policy if isinstance(policy, Policy) else Policy.from_dict(policy)
    meaning = "Change the go/no-go policy to: " + "; ".join(policy.describe())
    with project.transaction(durable=True):
        record_signature(project, signer, password=password, meaning=meaning, subject_type="settings", entries=[])
        store.set_json_setting(project, store.POLICY_KEY, policy.as_dict(), actor=signer, action=Action.DECIDE)
    return policy


@dataclass
class Assessment:
    run: dict
    snapshot: dict
    policy: Policy
    locales: list[str]
    evaluations: dict[str, dict]          # checkpoint label → evaluation
    scores: dict[str, list[dict]]         # checkpoint label → score rows
    answers: dict[str, list[dict]]        # checkpoint label → answer rows
    recommendation: Recommendation
    targets: tuple[str, ...] = ()         # the target locales in force
    targets_from: str = "policy"          # "policy" or "training snapshot"
    evaluation_set: str = ""              # the settings hash every evaluation here shares

    @property
    def base(self) -> dict:
        return self.evaluations["base"]


def assess(project: Project, run_id: str, policy: Policy | None = None, *,
           evaluation_set: str | None = None, holdout: str | None = None) -> Assessment:
    """Judge every evaluated checkpoint of the run against the base under the policy, within
    one evaluation set (default: the set of the run's newest completed evaluation) on the
    run's own hold-out (or `holdout`, a newer version: the drift re-check, evaluate/recheck.py)."""
    run = get_run(project, run_id)
    policy = policy or load_policy(project)
    evs = store.current_set(project, run["id"], settings_hash=evaluation_set, snapshot_id=holdout)
    if "base" not in evs:
        under = f" under evaluation set {evaluation_set[:12]}" if evaluation_set else ""
        under += f" on hold-out {holdout}" if holdout else ""
        raise StateError(f"run {run['id']} has no evaluation of the base model{under} yet: run "
                         f"'workbench eval {run['id']}' first")
    eval_set = require_one_evaluation_set(evs, evaluation_set)
    snap = get_snapshot(project, evs["base"]["snapshot_id"])
    locales = sorted(snap["locale_counts"])
    training = _training_locales(project, run)
    targets = policy.targets(training)
    scores = {label: store.scores(project, [ev["id"]]) for label, ev in evs.items()}
    answers = {label: store.answers(project, ev["id"]) for label, ev in evs.items()}
    verdicts = [judge_checkpoint(policy, label, ev["step"], locales, scores[label],
                                 regressions(answers["base"], answers[label]), targets=targets)
                for label, ev in evs.items() if label != "base"]
    return Assessment(run, snap, policy, locales, evs, scores, answers, recommend(verdicts), targets=targets,
                      targets_from="policy" if policy.target_locales else "training snapshot",
                      evaluation_set=eval_set)


def _training_locales(project: Project, run: dict) -> list[str]:
    from ..core.errors import WorkbenchError

    try:
        return sorted(get_snapshot(project, run["train_snapshot"])["locale_counts"])
    except WorkbenchError:
        return []


def normalise_decision(value: str) -> str:
    v = (value or "").strip().lower().replace("_", "-").replace(" ", "-")
    if v in ("go", "yes", "approve", "approved"):
        return GO
    if v in ("no-go", "nogo", "no", "reject", "rejected"):
        return NO_GO
    raise ValidationError(f"unknown decision '{value}': use go or no-go")


def decision_meaning(run_id: str, checkpoint: str, decision: str, policy_verdict: str) -> str:
    """The sentence the signer agrees to, shown before signing and stored verbatim."""
    return (f"{decision.upper()} for checkpoint {checkpoint} of run {run_id} "
            f"(the go/no-go policy says {policy_verdict.upper()})")


def decide(project: Project, run_id: str, *, username: str, password: str, decision: str,
           checkpoint: str | None = None, rationale: str = "", meaning: str | None = None,
           policy: Policy | None = None, evaluation_set: str | None = None) -> dict:
    """Record a signed go/no-go decision for one checkpoint (default: the recommended one).
    `evaluation_set`: the settings hash the signer looked at; refused when the evaluations
    the decision would rest on belong to another set."""
    signer = authenticate(project, username, password)
    require(signer, Action.DECIDE)
    decision = normalise_decision(decision)
    a = assess(project, run_id, policy, evaluation_set=evaluation_set)
    label = decision_checkpoint(checkpoint) or a.recommendation.checkpoint
    if label is None:
        raise StateError(f"run {a.run['id']} has no evaluated checkpoint to decide on")
    if label not in a.evaluations:
        _refuse_other_set(project, a, label)
    verdict = a.recommendation.verdict_for(label)
    rationale = check_rationale(decision, verdict.verdict, rationale)
    _check_duties(project, a, signer.username, decision, label)
    expected = decision_meaning(a.run["id"], label, decision, verdict.verdict)
    if meaning is not None and meaning != expected:
        raise ValidationError(f"the meaning of this signature is '{expected}', not '{meaning}'")
    payload = {
        "run": a.run["id"], "checkpoint": label, "decision": decision,
        "policy_verdict": verdict.verdict, "recommendation": a.recommendation.recommendation,
        "recommended_checkpoint": a.recommendation.checkpoint, "rationale": rationale,
        "overrule": is_overrule(decision, verdict.verdict),
        "policy": a.policy.as_dict(), "policy_rules": a.policy.describe(a.targets),
        "targets": list(a.targets), "targets_from": a.targets_from,
        "verdict": verdict.as_dict(), "evaluation_set": a.evaluation_set,
        "holdout": {"id": a.snapshot["id"], "manifest_hash": a.snapshot["manifest_hash"]},
        "evaluations": {k: {"id": a.evaluations[k]["id"], "answers_hash": a.evaluations[k]["answers_hash"],
                            "settings_hash": a.evaluations[k]["settings_hash"]}
                        for k in ("base", label)},
        "audit_head": audit.head(project)[1],
        # The use case whose adapter this decides on (absent in projects without use cases).
        **({"use_case": a.run["use_case"]} if a.run.get("use_case") else {}),
    }
    return store.add_decision(project, run_id=a.run["id"], checkpoint=label,
                              recommendation=verdict.verdict, decision=decision, rationale=rationale,
                              payload=payload, signer=signer, password=password, meaning=expected)


def _refuse_other_set(project: Project, a: Assessment, label: str) -> None:
    """A checkpoint evaluated only under other settings than the base in this set."""
    others = [e for e in store.list_evaluations(project, a.run["id"], status="completed")
              if e["checkpoint"] == label]
    if others:
        from .policy import MixedEvaluationSets

        raise MixedEvaluationSets(
            f"{label} was evaluated under evaluation set {others[-1]['settings_hash'][:12]}, the base of this "
            f"decision under {a.evaluation_set[:12]}: refusing to mix evaluation sets; evaluate {label} under "
            "the same decoding settings as the base")


def _check_duties(project: Project, a: "Assessment", signer: str, decision: str, label: str) -> None:
    """Four eyes on a GO: not the launcher, and not under a policy changed since the evaluations."""
    from ..core.duties import check_not_launcher, check_policy_unchanged
    from ..store.users import duties_policy

    duties = duties_policy(project)
    check_not_launcher(duties, signer, a.run["created_by"], decision)
    changed = store.setting_changed_at(project, store.POLICY_KEY)
    evaluated = [a.evaluations[k].get("finished_at") or a.evaluations[k]["created_at"] for k in ("base", label)]
    check_policy_unchanged(duties, changed, evaluated, decision)


def decision_checkpoint(checkpoint) -> str | None:
    """The checkpoint label a decision names (None: the recommended one)."""
    from .evaluator import parse_checkpoint

    which = parse_checkpoint(checkpoint)
    if which is None:
        return None
    if which == "base":
        raise ValidationError("the go/no-go decision is about a tuned checkpoint, not the base model")
    if which == "latest":
        raise ValidationError("name the checkpoint to decide on (e.g. step-000020), or leave it out "
                              "for the recommended one")
    return store.checkpoint_label(which)
