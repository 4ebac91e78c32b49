"""Baseline evaluation: is the base model already close enough, before anyone trains?

    evaluate_base(project, use_case="back-office", base_model=..., actor=erik)
    sign_baseline_report(project, evaluation_id, username="claire", password=...)

The base model alone is evaluated on a frozen hold-out (the use case's latest by default,
frozen by the owners of all its locales) with the decoding, metrics, checks and fidelity of a
run's evaluation, and stored as an evaluation without a run (checkpoint 'base'). Its
comparable settings are those a run on the same backend, method, base model and decoding
gets, so a later run on that hold-out is compared against this very evaluation (the
evaluator records the run's base from its answers instead of generating them again).

The baseline report says, per locale, how the base does: chrF++ with its interval, the
regression checks' pass rate, fidelity, and whether the base already passes every
regression check. A domain owner of one of the hold-out's locales (or an admin) signs it; the
person who ran the evaluation does not sign their own baseline while separation of duties is
enforced. The signature's meaning names the payload's hash (store/evidence.py checks it).
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import PermissionDenied, StateError, ValidationError
from ..core.hashing import sha256_hex
from ..core.roles import Action, Role, check
from ..store import evaluations as store
from ..store.project import Project
from ..store.runs import model_as_run_shows
from ..store.snapshots import get_snapshot
from ..train.events import EventLog
from .checks import failed_kinds
from .evaluator import (EVENTS_FILE, EvalJob, Progress, _evaluate_one, comparable_settings, decoding_for,
                        holdout_items, open_base_generator, run_lock)
from .generation import Generator, conversation
from .metrics import N_BOOTSTRAP

REPORT_KIND = "baseline"
AUDIT_ACTION = "eval.baseline_report"


def baseline_dir(project: Project) -> Path:
    """Where baseline evaluations write their events (and take their lock)."""
    return project.root / "evaluations" / "baseline"


def baseline_holdout(project: Project, use_case: str | None = None, holdout: str | None = None) -> dict:
    """The hold-out a baseline is evaluated on: the one named, else the use case's (else the
    project's) latest; refused unless frozen by the owners of all its locales and intact."""
    from ..store.usecases import get_use_case, has_use_cases
    from ..train.preflight import holdout_snapshot

    uc = get_use_case(project, use_case)["id"] if use_case else None
    if uc is None and holdout is None and has_use_cases(project):
        raise ValidationError("this project has use cases: name the use case whose frozen hold-out the base model "
                              "is evaluated on")
    snap = holdout_snapshot(project, holdout, uc)
    if uc and snap.get("use_case") != uc:
        raise ValidationError(f"hold-out {snap['id']} is not use case '{uc}''s: name one of its hold-outs")
    return snap


def baseline_subject(project: Project, snap: dict, *, base_model: str, backend: str = "peft",
                     method: str = "lora") -> dict:
    """What a baseline evaluates, shaped like the run row the evaluator reads (no id, no spec):
    comparable_settings then gives a later run of this model the same settings hash."""
    if not str(base_model or "").strip():
        raise ValidationError("name the base model to evaluate (a folder or a Hugging Face id)")
    return {"id": None, "backend": backend, "method": method, "base_model": model_as_run_shows(project, base_model),
            "spec": {}, "holdout_snapshot": snap["id"], "use_case": snap.get("use_case")}


def evaluate_base(project: Project, *, use_case: str | None = None, holdout: str | None = None,
                  base_model: str, backend: str = "peft", method: str = "lora", decoding=None, actor,
                  force: bool = False, n_bootstrap: int = N_BOOTSTRAP, progress: Progress | None = None,
                  generator: Generator | None = None) -> dict:
    """Evaluate the base model alone on a frozen hold-out; the completed evaluation (with
    `reused` True when one under the same settings existed already)."""
    check(actor, Action.EVALUATE)
    snap = baseline_holdout(project, use_case, holdout)
    subject = baseline_subject(project, snap, base_model=base_model, backend=backend, method=method)
    _, items = holdout_items(project, subject)
    settings = decoding_for(project, subject, decoding)
    comparable = comparable_settings(subject, settings, items, n_bootstrap)
    s_hash = sha256_hex(comparable)
    folder = baseline_dir(project)
    with run_lock(folder), EventLog(folder, name=EVENTS_FILE, on_event=progress) as events:
        done = None if force else store.find_baseline(project, snap["id"], s_hash)
        if done is not None:
            events.emit("eval.skipped", run=None, evaluation=done["id"],
                        reason="the base model was evaluated on this hold-out under these settings already")
            return dict(done, reused=True)
        gen = generator or open_base_generator(subject, settings)
        try:
            job = EvalJob(project=project, run=subject, snapshot=snap, items=items,
                          conversations=[conversation(i, settings.system_prompt) for i in items],
                          generator=gen, comparable=comparable, settings_hash=s_hash,
                          software=gen.describe(), actor=actor, n_bootstrap=n_bootstrap, events=events)
            gen.use(None)
            return _evaluate_one(job, None, base_rows=None)
        finally:
            if generator is None:
                gen.close()


def get_baseline(project: Project, evaluation_id: str) -> dict:
    """A completed baseline evaluation, or a StateError saying why this one is not."""
    ev = store.get_evaluation(project, evaluation_id)
    if ev["run_id"] is not None:
        raise StateError(f"evaluation {ev['id']} belongs to run {ev['run_id']}: a baseline report is about an "
                         "evaluation of the base model alone ('workbench eval-base')")
    if ev["status"] != "completed":
        raise StateError(f"baseline evaluation {ev['id']} is {ev['status']}: only a completed evaluation has a "
                         "report to sign")
    return ev


def _score(row: dict | None) -> dict | None:
    if row is None:
        return None
    return {"score": row["score"], "ci_low": row["ci_low"], "ci_high": row["ci_high"], "n": row["n"]}


def baseline_payload(project: Project, evaluation_id: str) -> dict:
    """What the baseline report states (and its signature covers): per locale, n, chrF++ with
    its 95% interval, the regression checks' pass rate, fidelity, and whether the base already
    passes every regression check there (with the items and checks it fails)."""
    ev = get_baseline(project, evaluation_id)
    snap = get_snapshot(project, ev["snapshot_id"])
    rows = {(s["locale"], s["metric"]): s for s in store.scores(project, [ev["id"]])}
    answers = store.answers(project, ev["id"])
    locales = {}
    for locale in sorted({a["locale"] for a in answers}):
        failing = [{"item_id": a["item_id"], "checks": failed_kinds(a["checks"])}
                   for a in answers if a["locale"] == locale and failed_kinds(a["checks"])]
        checked = any(a["checks"] for a in answers if a["locale"] == locale)
        locales[locale] = {
            "n": sum(1 for a in answers if a["locale"] == locale),
            "chrf": _score(rows.get((locale, "chrf"))),
            "checks": _score(rows.get((locale, "checks"))),
            "fidelity": _score(rows.get((locale, "fidelity"))),
            "regression_checks": ("fails" if failing else "passes") if checked else "none",
            "failing": failing,
        }
    settings = ev["settings"]
    return {"evaluation": ev["id"], "use_case": ev.get("use_case"),
            "holdout": {"id": snap["id"], "manifest_hash": snap["manifest_hash"]},
            "base_model": settings.get("base_model"), "backend": settings.get("backend"),
            "method": settings.get("method"), "decoding": settings.get("decoding"),
            "settings_hash": ev["settings_hash"], "answers_hash": ev["answers_hash"],
            "evaluated_by": ev["created_by"], "evaluated_at": ev["finished_at"], "locales": locales}


def baseline_meaning(payload: dict) -> str:
    parts = []
    for loc, d in payload["locales"].items():
        chrf = d["chrf"]["score"] if d["chrf"] else None
        parts.append(f"{loc} chrF++ {'–' if chrf is None else format(chrf, '.1f')}, regression checks "
                     f"{d['regression_checks']}")
    return (f"I reviewed baseline evaluation {payload['evaluation']} of the base model {payload['base_model']} "
            f"alone on hold-out {payload['holdout']['id']} ({'; '.join(parts)}) and sign its report "
            f"(report hash {sha256_hex(payload)})")


def baseline_statement(project: Project, evaluation_id: str) -> str:
    """The meaning a signature of the baseline report records (shown verbatim before signing)."""
    return baseline_meaning(baseline_payload(project, evaluation_id))


def may_sign(project: Project, user, payload: dict) -> None:
    """A domain owner of one of the hold-out's locales, or an admin; never the person who ran
    the evaluation while separation of duties is enforced."""
    from ..store.users import duties_policy

    locales = set(payload["locales"])
    if Role.ADMIN not in user.roles and not (user.owned_locales() & locales):
        raise PermissionDenied(f"{user.username} owns none of this hold-out's locales ({', '.join(sorted(locales))}): "
                               "a baseline report is signed by a domain owner of one of them, or an admin")
    if duties_policy(project).enforced and user.username == payload["evaluated_by"]:
        raise PermissionDenied(f"{user.username} ran this baseline evaluation: separation of duties asks a domain "
                               "owner of its locales to sign the report")


def sign_baseline_report(project: Project, evaluation_id: str, *, username: str, password: str,
                         meaning: str | None = None, shown: tuple[str, str] | None = None) -> dict:
    """Sign the report of a completed baseline evaluation (e-signature, signed_reports row,
    audit entry 'eval.baseline_report'). `meaning`, when given, must be the statement recorded."""
    from ..store.users import authenticate

    signer = authenticate(project, username, password)
    payload = baseline_payload(project, evaluation_id)
    may_sign(project, signer, payload)
    expected = baseline_meaning(payload)
    if meaning is not None and meaning != expected:
        raise ValidationError(f"the meaning of this signature is '{expected}', not '{meaning}'")
    if any(r["signer"] == signer.username and r["payload_hash"] == sha256_hex(payload)
           for r in store.signed_reports(project, REPORT_KIND, payload["evaluation"])):
        raise StateError(f"{signer.username} signed the report of baseline {payload['evaluation']} already")
    return store.add_signed_report(project, kind=REPORT_KIND, subject=payload["evaluation"],
                                   use_case=payload["use_case"], payload=payload, signer=signer, password=password,
                                   meaning=expected, subject_type=f"report:baseline:{payload['evaluation']}",
                                   shown=shown, audit_action=AUDIT_ACTION)


def baseline_reports(project: Project, evaluation_id: str) -> list[dict]:
    return store.signed_reports(project, REPORT_KIND, evaluation_id)


def compared_against(project: Project, evaluation: dict | None) -> dict | None:
    """When a run's base evaluation came from a baseline evaluation: {"baseline": id,
    "signatures": [{"signer", "signer_name", "signed_at"}]} (empty while nobody signed its
    report); else None."""
    baseline_id = (evaluation or {}).get("settings", {}).get(store.BASELINE)
    if not baseline_id:
        return None
    return {"baseline": baseline_id,
            "signatures": [{k: r[k] for k in ("signer", "signer_name", "signed_at")}
                           for r in baseline_reports(project, baseline_id)]}


def baseline_table(project: Project, evaluation_id: str) -> list[dict]:
    """Per-locale rows for a table (CLI and window): locale, n, chrF++ and interval, checks
    and fidelity rates, the regression checks' outcome and the failing items."""
    ev = store.get_evaluation(project, evaluation_id)
    if ev["status"] != "completed":
        return []
    return [{"locale": loc, **d} for loc, d in baseline_payload(project, evaluation_id)["locales"].items()]
