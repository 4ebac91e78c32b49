"""Evaluation results, generated answers and go/no-go decisions.

An *evaluation* is one model state (the base model, or one checkpoint of a run) run over the
run's frozen hold-out snapshot with one set of decoding settings. Its row is written when it
starts (status `running`), so a worker that dies leaves an explainable trace; its answers and
scores are written together with the `completed` status and the audit entry in one
transaction, so there are never scores without their answers or answers without an entry.

Answers, scores and decisions are append-only (SQLite triggers refuse changes): a
re-evaluation adds a new evaluation, it never rewrites an old one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..core.errors import NotFound, StateError
from ..core.hashing import canonical_json, sha256_hex
from ..core.roles import Action, User, actor_name, check
from . import audit, keys, leases, settings
from .clock import utc_now
from .sql import placeholders, query, query_one

if TYPE_CHECKING:
    from .project import Project

BASE = "base"
#: A baseline evaluation has no run; a run's base evaluation taken from one names it in its
#: settings under this key.
BASELINE = "baseline"
POLICY_KEY = "eval_policy"
DECODING_KEY = "eval_decoding"

#: How long a running evaluation's claim lasts when its process is on another machine
#: (on this machine a dead process frees it at once).
EVAL_LEASE_S = 24 * 3600

SCORE_FIELDS = ("locale", "metric", "score", "ci_low", "ci_high", "n", "base_score", "delta",
                "delta_low", "delta_high", "p_value", "signature")


def checkpoint_label(step: int | None) -> str:
    """'base' for the untuned model, 'step-000010' for a checkpoint (the folder name too)."""
    return BASE if step is None else f"step-{int(step):06d}"


def answers_hash(answers: Iterable[dict]) -> str:
    """One hash over what the model said to which exact revision: evidence for the audit.
    A sampled evaluation's answers count with every seed's answer."""
    return sha256_hex(sorted([a["item_id"], a["rev"], a["content_hash"], a["answer"]]
                             + ([[[s["seed"], s["answer"]] for s in a["samples"]]] if a.get("samples") else [])
                             for a in answers))


def _eval_row(d: dict) -> dict:
    d["settings"] = json.loads(d["settings"])
    return d


def start_evaluation(project: "Project", *, run_id: str | None, step: int | None, snapshot_id: str,
                     backend: str, settings: dict, actor, settings_hash: str | None = None,
                     use_case: str | None = None) -> dict:
    """Register a running evaluation. `settings_hash` identifies what makes two evaluations
    comparable (decoding, metrics, model); it defaults to the hash of all of `settings`.
    `run_id` None: a *baseline* evaluation of the base model alone (evaluate/baseline.py)."""
    now = utc_now()
    checkpoint = checkpoint_label(step)
    if run_id is None and checkpoint != BASE:
        raise StateError("only the base model is evaluated without a run")
    s_hash = settings_hash or sha256_hex(settings)
    eval_id = "ev-" + sha256_hex([run_id, checkpoint, s_hash, now])[:12]
    with project.transaction():
        _claim(project, f"eval:{run_id or BASELINE}:{checkpoint}:{s_hash}:{snapshot_id}", eval_id, checkpoint,
               run_id)
        project.conn.execute(
            "INSERT INTO evaluations (id, run_id, checkpoint, step, snapshot_id, backend, settings, "
            "settings_hash, status, created_by, created_at, use_case) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)",
            (eval_id, run_id, checkpoint, step, snapshot_id, backend, canonical_json(settings), s_hash,
             actor_name(actor), now, use_case))
        after = {"run": run_id, "checkpoint": checkpoint, "snapshot": snapshot_id, "settings_hash": s_hash}
        if use_case:
            after["use_case"] = use_case
        if settings.get(BASELINE):
            after[BASELINE] = settings[BASELINE]
        audit.append(project, actor=actor_name(actor), action="eval.start", object_type="evaluation",
                     object_id=eval_id, after=after)
    return get_evaluation(project, eval_id)


def _claim(project: "Project", resource: str, eval_id: str, checkpoint: str, run_id: str | None) -> None:
    """One running evaluation per run, checkpoint, settings and hold-out: a second one started
    meanwhile (another window, a second worker) is refused instead of doubling the rows."""
    if not leases.claim(project, [resource], owner=leases.new_owner(eval_id), ttl_s=EVAL_LEASE_S):
        held = leases.holders(project, [resource])[resource]
        what = f"{checkpoint} of run {run_id}" if run_id else "the base model on this hold-out"
        raise StateError(
            f"{what} is already being evaluated with these settings (by "
            f"process {held['owner'].split(':')[1]} since {held['acquired_at'][:19]}): wait for "
            "it to finish; its results will then be reused")


def finish_evaluation(project: "Project", evaluation_id: str, *, answers: list[dict],
                      scores: list[dict], actor, duration_s: float | None = None) -> dict:
    """Store every answer and every score and mark the evaluation completed, atomically."""
    ev = get_evaluation(project, evaluation_id)
    if ev["status"] != "running":
        raise StateError(f"evaluation {evaluation_id} is {ev['status']}: it cannot be completed again")
    a_hash = answers_hash(answers)
    with project.transaction():
        project.conn.executemany(
            "INSERT INTO eval_answers (evaluation_id, item_id, rev, content_hash, locale, answer, "
            "new_tokens, checks, fidelity, samples) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(evaluation_id, a["item_id"], a["rev"], a["content_hash"], a["locale"], a["answer"],
              a.get("new_tokens"), canonical_json(a.get("checks") or {}),
              None if a.get("fidelity") is None else canonical_json(a["fidelity"]),
              canonical_json(a["samples"]) if a.get("samples") else None) for a in answers])
        project.conn.executemany(
            "INSERT INTO eval_scores (evaluation_id, run_id, checkpoint, locale, metric, score, ci_low, "
            "ci_high, n, base_score, delta, delta_low, delta_high, p_value, signature) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(evaluation_id, ev["run_id"] or "", ev["checkpoint"], *(s.get(f) for f in SCORE_FIELDS[:-1]),
              s.get("signature") or "") for s in scores])
        project.conn.execute(
            "UPDATE evaluations SET status = 'completed', item_count = ?, answers_hash = ?, "
            "duration_s = ?, finished_at = ? WHERE id = ?",
            (len(answers), a_hash, duration_s, utc_now(), evaluation_id))
        leases.release_tagged(project, evaluation_id)
        summary = {f"{s['locale']}:{s['metric']}": s["score"] for s in scores
                   if s["metric"] in ("chrf", "bleu", "checks")}
        audit.append(project, actor=actor_name(actor), action="eval.complete", object_type="evaluation",
                     object_id=evaluation_id,
                     after={"run": ev["run_id"], "checkpoint": ev["checkpoint"], "items": len(answers),
                            "answers_hash": a_hash, "scores": summary})
    return get_evaluation(project, evaluation_id)


def fail_evaluation(project: "Project", evaluation_id: str, *, error: str, actor) -> None:
    with project.transaction():
        project.conn.execute(
            "UPDATE evaluations SET status = 'failed', error = ?, finished_at = ? WHERE id = ? "
            "AND status = 'running'", (error[:2000], utc_now(), evaluation_id))
        leases.release_tagged(project, evaluation_id)
        audit.append(project, actor=actor_name(actor), action="eval.fail", object_type="evaluation",
                     object_id=evaluation_id, after={"error": error[:500]})


def get_evaluation(project: "Project", evaluation_id: str) -> dict:
    row = query_one(project, "SELECT * FROM evaluations WHERE id = ?", (evaluation_id,))
    if row is None:
        raise NotFound(f"no evaluation '{evaluation_id}'")
    return _eval_row(row)


def list_evaluations(project: "Project", run_id: str, *, status: str | None = None,
                     settings_hash: str | None = None) -> list[dict]:
    sql, params = "SELECT * FROM evaluations WHERE run_id = ?", [run_id]
    if status:
        sql += " AND status = ?"
        params.append(status)
    if settings_hash:
        sql += " AND settings_hash = ?"
        params.append(settings_hash)
    return [_eval_row(r) for r in query(project, sql + " ORDER BY created_at, id", params)]


def find_completed(project: "Project", run_id: str, checkpoint: str, *, settings_hash: str,
                   snapshot_id: str) -> dict | None:
    """The newest completed evaluation of this model state under exactly these settings."""
    row = query_one(
        project,
        "SELECT * FROM evaluations WHERE run_id = ? AND checkpoint = ? AND settings_hash = ? AND "
        "snapshot_id = ? AND status = 'completed' ORDER BY finished_at DESC, id DESC LIMIT 1",
        (run_id, checkpoint, settings_hash, snapshot_id))
    return None if row is None else _eval_row(row)


def find_baseline(project: "Project", snapshot_id: str, settings_hash: str) -> dict | None:
    """The newest completed baseline evaluation (the base model alone, no run) of this hold-out
    under exactly these comparable settings, or None."""
    row = query_one(
        project,
        "SELECT * FROM evaluations WHERE run_id IS NULL AND checkpoint = 'base' AND snapshot_id = ? AND "
        "settings_hash = ? AND status = 'completed' ORDER BY finished_at DESC, id DESC LIMIT 1",
        (snapshot_id, settings_hash))
    return None if row is None else _eval_row(row)


def list_baselines(project: "Project", use_case: str | None = None, *, status: str | None = None) -> list[dict]:
    """Baseline evaluations, oldest first; with `use_case`, only that use case's."""
    sql, params = "SELECT * FROM evaluations WHERE run_id IS NULL", []
    if use_case:
        sql += " AND use_case = ?"
        params.append(use_case)
    if status:
        sql += " AND status = ?"
        params.append(status)
    return [_eval_row(r) for r in query(project, sql + " ORDER BY created_at, id", params)]


def adopt_baseline(project: "Project", run_id: str, baseline: dict, *, actor) -> dict:
    """The run's base evaluation recorded from a completed baseline evaluation of the same
    hold-out under the same settings: its answers and scores, unchanged (nothing is generated
    again), in a new evaluation of the run whose settings name the baseline."""
    if baseline["run_id"] is not None or baseline["status"] != "completed":
        raise StateError(f"evaluation {baseline['id']} is not a completed baseline evaluation")
    rows = answers(project, baseline["id"])
    ev = start_evaluation(project, run_id=run_id, step=None, snapshot_id=baseline["snapshot_id"],
                          backend=baseline["backend"], settings={**baseline["settings"], BASELINE: baseline["id"]},
                          settings_hash=baseline["settings_hash"], actor=actor, use_case=baseline.get("use_case"))
    try:
        return finish_evaluation(project, ev["id"], answers=rows, scores=scores(project, [baseline["id"]]),
                                 actor=actor, duration_s=0.0)
    except BaseException as exc:
        fail_evaluation(project, ev["id"], error=f"{type(exc).__name__}: {exc}", actor=actor)
        raise


def add_signed_report(project: "Project", *, kind: str, subject: str, use_case: str | None, payload: dict,
                      signer: User, password: str, meaning: str, subject_type: str,
                      shown: tuple[str, str] | None = None, audit_action: str,
                      audit_object: tuple[str, str] | None = None, audit_after: dict | None = None,
                      inside: Callable[[int], dict] | None = None) -> dict:
    """A signed report (a baseline report, a re-check finding): its payload, the payload's
    hash, the e-signature whose meaning names that hash, and the audit entry, in one durable
    transaction. The caller authenticated the signer and checked who may sign.
    `audit_object` (type, id; default: the evaluation `subject`) and `audit_after` shape the
    entry; `inside(report_id)` runs in the transaction, before the entry, and returns more of
    it (the re-check rewrites the hand-off card there)."""
    from .signoff import record_signature

    p_hash = sha256_hex(payload)
    if p_hash not in meaning:
        raise StateError("the meaning of a signed report must name its payload hash")
    with project.transaction(durable=True):
        sig = record_signature(project, signer, password=password, meaning=meaning, subject_type=subject_type,
                               entries=[], shown=shown)
        cur = project.conn.execute(
            "INSERT INTO signed_reports (kind, use_case, subject, payload, payload_hash, signature_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (kind, use_case, subject, canonical_json(payload), p_hash, sig["id"], utc_now()))
        report_id = cur.lastrowid
        extra = inside(report_id) if inside is not None else {}
        object_type, object_id = audit_object or ("evaluation", subject)
        audit.append(project, actor=signer.username, action=audit_action, object_type=object_type,
                     object_id=object_id, after={"report": report_id, "kind": kind, "subject": subject,
                                                 "payload_hash": p_hash, "signature": sig["id"], "meaning": meaning,
                                                 "use_case": use_case, **(audit_after or {}), **extra})
    return get_signed_report(project, report_id)


def get_signed_report(project: "Project", report_id: int) -> dict:
    r = query_one(project, "SELECT r.*, s.signer, s.signer_name, s.signed_at, s.meaning FROM signed_reports r "
                           "JOIN signatures s ON s.id = r.signature_id WHERE r.id = ?", (int(report_id),))
    if r is None:
        raise NotFound(f"no signed report {report_id}")
    r["payload"] = json.loads(r["payload"])
    return r


def signed_reports(project: "Project", kind: str, subject: str | None = None) -> list[dict]:
    """The signed reports of one kind (of one subject, e.g. an evaluation id), oldest first."""
    sql, params = "SELECT id FROM signed_reports WHERE kind = ?", [kind]
    if subject is not None:
        sql += " AND subject = ?"
        params.append(subject)
    return [get_signed_report(project, r[0]) for r in project.conn.execute(sql + " ORDER BY id", params)]


def current_set(project: "Project", run_id: str, *, settings_hash: str | None = None,
                snapshot_id: str | None = None) -> dict[str, dict]:
    """checkpoint label → evaluation, for the settings of the run's newest completed
    evaluation (or of `settings_hash`: one evaluation set). Base and checkpoints are only
    comparable under identical settings, so evaluations under other settings are left out
    (they stay on record). Only evaluations on the run's own hold-out count, unless
    `snapshot_id` names another (a drift re-check on a newer hold-out version): a re-check
    never changes what the run's dashboard and its go/no-go decision compare."""
    if snapshot_id is None:
        row = project.conn.execute("SELECT holdout_snapshot FROM runs WHERE id = ?", (run_id,)).fetchone()
        snapshot_id = row[0] if row else None
    done = [e for e in list_evaluations(project, run_id, status="completed")
            if snapshot_id is None or e["snapshot_id"] == snapshot_id]
    if settings_hash:
        done = [e for e in done if e["settings_hash"] == settings_hash]
    if not done:
        return {}
    newest = max(done, key=lambda e: (e["finished_at"] or "", e["id"]))
    out: dict[str, dict] = {}
    for ev in done:
        if ev["settings_hash"] == newest["settings_hash"] and ev["snapshot_id"] == newest["snapshot_id"]:
            prev = out.get(ev["checkpoint"])
            if prev is None or (ev["finished_at"] or "") >= (prev["finished_at"] or ""):
                out[ev["checkpoint"]] = ev
    return dict(sorted(out.items(), key=lambda kv: (kv[1]["step"] is not None, kv[1]["step"] or 0)))


def scores(project: "Project", evaluation_ids: Iterable[str]) -> list[dict]:
    ids = list(evaluation_ids)
    if not ids:
        return []
    return query(project,
                 f"SELECT * FROM eval_scores WHERE evaluation_id IN ({placeholders(len(ids))}) "
                 "ORDER BY checkpoint, locale, metric", ids)


def answers(project: "Project", evaluation_id: str) -> list[dict]:
    out = query(project, "SELECT * FROM eval_answers WHERE evaluation_id = ? ORDER BY item_id",
                (evaluation_id,))
    for d in out:
        d["checks"] = json.loads(d["checks"])
        d["fidelity"] = None if d["fidelity"] is None else json.loads(d["fidelity"])
        d["samples"] = json.loads(d["samples"]) if d.get("samples") else None
    return out


def add_decision(project: "Project", *, run_id: str, checkpoint: str, recommendation: str,
                 decision: str, rationale: str, payload: dict, signer: User, password: str, meaning: str) -> dict:
    """Write a signed decision row, its digital signature (the password unseals the signer's
    key) and its audit entry. The caller has re-authenticated the signer (e-signature rule)
    and checked the role; this runs in its own transaction."""
    signed_at = utc_now()
    p_hash = sha256_hex(payload)
    with project.transaction(durable=True):
        cur = project.conn.execute(
            "INSERT INTO eval_decisions (run_id, checkpoint, recommendation, decision, rationale, "
            "payload, payload_hash, signer, signer_name, signed_at, meaning) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, checkpoint, recommendation, decision, rationale, canonical_json(payload), p_hash,
             signer.username, signer.display_name, signed_at, meaning))
        decision_id = cur.lastrowid
        keys.sign(project, signer, password, kind="decision", ref=decision_id, digest=p_hash, meaning=meaning,
                  signed_at=signed_at)
        audit.append(project, actor=signer.username, action="eval.decision", object_type="run",
                     object_id=run_id,
                     after={"decision_id": decision_id, "checkpoint": checkpoint,
                            "recommendation": recommendation, "decision": decision,
                            "rationale": rationale, "payload_hash": p_hash, "meaning": meaning,
                            "signer_name": signer.display_name, "signed_at": signed_at})
    return get_decision(project, decision_id)


def decision_proof(project: "Project", decision_id: int) -> dict | None:
    """The decision's digital signature (store/keys.py), or None for one made without."""
    return query_one(project, "SELECT * FROM digital_signatures WHERE kind = 'decision' AND ref = ?",
                     (int(decision_id),))


def get_decision(project: "Project", decision_id: int) -> dict:
    d = query_one(project, "SELECT * FROM eval_decisions WHERE id = ?", (int(decision_id),))
    if d is None:
        raise NotFound(f"no decision {decision_id}")
    d["payload"] = json.loads(d["payload"])
    return d


def decisions(project: "Project", run_id: str | None = None) -> list[dict]:
    sql, params = "SELECT id FROM eval_decisions", []
    if run_id:
        sql += " WHERE run_id = ?"
        params.append(run_id)
    return [get_decision(project, r[0]) for r in project.conn.execute(sql + " ORDER BY id", params)]


def verify_decision(project: "Project", decision_id: int) -> bool:
    """The stored payload still hashes to what the signer signed."""
    d = get_decision(project, decision_id)
    return sha256_hex(d["payload"]) == d["payload_hash"]


def get_json_setting(project: "Project", key: str) -> Any:
    return settings.get_value(project, key)


def setting_changed_at(project: "Project", key: str) -> str | None:
    """When the setting was last changed (its newest audit entry), or None if never."""
    return project.conn.execute("SELECT max(ts) FROM audit WHERE action = ?", (f"settings.{key}",)).fetchone()[0]


def set_json_setting(project: "Project", key: str, value: dict, *, actor,
                     action: Action = Action.EVALUATE) -> None:
    """Project-wide evaluation settings (decoding; the policy through evaluate.decision's
    signed `set_policy`, action DECIDE): role-checked and audited, since changing them after
    the fact would change what 'go' meant."""
    who = check(actor, action)
    before = settings.get_value(project, key)
    with project.transaction():
        settings.set_value(project, key, value)
        audit.append(project, actor=who, action=f"settings.{key}", object_type="settings",
                     object_id=key, before=before, after=value)
