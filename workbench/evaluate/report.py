"""The evaluation report: one self-contained HTML file (and its PDF) per run.

What a regulator-bound owner needs to defend the decision, in one place: the policy and its
recommendation, the per-locale deltas with intervals, every metric over the checkpoints
against the base, the failing regression items with base and tuned answers side by side,
the data lineage, who signed what, and the audit head hash at the time of writing.
The template is resources/report/evaluation.html.j2; charts are inline SVG (charts.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable

from ..core.errors import WorkbenchError
from ..core.hashing import sha256_hex
from ..store import audit
from ..store import evaluations as store
from ..store.clock import utc_now
from ..store.project import Project
from ..store.runs import list_checkpoints
from ..store.settings import get_value
from ..store.signoff import signatures_over_snapshots
from ..store.snapshots import get_snapshot, snapshot_items
from .charts import legend, metric_chart
from .checks import failed_kinds, newly_failing
from .decision import Assessment, assess
from .metrics import BOOTSTRAP_SEED, HIGHER_IS_BETTER, N_BOOTSTRAP
from .policy import Policy, decision_label

METRIC_NAMES = {"chrf": "chrF++", "bleu": "BLEU", "ter": "TER", "checks": "Checks passed %",
                "fidelity": "Locale fidelity %"}
DELTA_METRICS = ("chrf", "bleu", "ter", "checks", "fidelity")
MAX_FAILING_SHOWN = 60
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str | None) -> str:
    # Random or broken models emit control bytes; they are invalid in XML/PDF text.
    return _CONTROL.sub("\ufffd", text or "")


def _fmt(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _signed(value, digits: int = 1) -> str:
    if value is None or value == float("-inf"):
        return "–"
    return f"{round(value, digits) + 0.0:+.{digits}f}"  # + 0.0: no "-0.0" for a tiny loss


def build_context(project: Project, run_id: str, *, policy: Policy | None = None,
                  checkpoint: str | None = None) -> dict:
    a = assess(project, run_id, policy)
    decisions = store.decisions(project, a.run["id"])
    labels = [label for label in a.evaluations if label != "base"]
    selected = checkpoint or (decisions[-1]["checkpoint"] if decisions else None) or \
        a.recommendation.checkpoint or (labels[-1] if labels else "base")
    seq, head_hash = audit.head(project)
    base_eval = a.base
    return {
        "project_name": get_value(project, "project_name", project.root.name),
        "generated_at": utc_now(), "version": _version(),
        "audit_head": {"seq": seq, "hash": head_hash}, "audit_ok": audit.verify_chain(project).ok,
        "run": a.run, "holdout": a.snapshot, "train": _train_snapshot(project, a.run),
        "recommendation": a.recommendation, "policy_rules": a.policy.describe(a.targets),
        "targets": list(a.targets), "targets_from": a.targets_from, "evaluation_set": a.evaluation_set,
        "sampled": base_eval["settings"]["decoding"].get("samples", 1) > 1,
        "decoding_note": _decoding_note(base_eval["settings"]["decoding"]),
        "bootstrap": base_eval["settings"].get("bootstrap", {"n": N_BOOTSTRAP, "seed": BOOTSTRAP_SEED}),
        "selected": selected, "locales": a.locales,
        "delta_metrics": DELTA_METRICS, "metric_names": METRIC_NAMES,
        "delta_table": _delta_table(a, selected),
        "verdicts": [v.as_dict() for v in a.recommendation.verdicts],
        "legend": legend(), "chart_blocks": _charts(a, labels),
        **_failing(project, a, selected),
        "checkpoints": _checkpoints(project, a),
        "base_eval": base_eval,
        "settings_json": json.dumps(base_eval["settings"], indent=2, ensure_ascii=False),
        "metric_signatures": _signatures_of_metrics(a),
        "spec_json": json.dumps({"spec": a.run["spec"], "lineage": a.run["lineage"]}, indent=2,
                                ensure_ascii=False, default=str),
        "signatures": _signatures(project, a),
        "decisions": [dict(d, label=decision_label(d)) for d in decisions],
    }


def _decoding_note(decoding: dict) -> str:
    if not decoding.get("temperature"):
        return "greedy decoding"
    k = decoding.get("samples", 1)
    return (f"sampled at temperature {decoding['temperature']:g}, top-p {decoding.get('top_p', 1):g}, "
            f"{k} fixed seed{'s' if k != 1 else ''} from {decoding.get('seed', 0)}")


def _version() -> str:
    from .. import __version__

    return __version__


def _train_snapshot(project: Project, run: dict) -> dict:
    try:
        return get_snapshot(project, run["train_snapshot"])
    except WorkbenchError:
        return {"id": run["train_snapshot"], "name": "?", "item_count": "?", "locale_counts": {},
                "manifest_hash": "?"}


def _rows(a: Assessment, label: str) -> dict:
    return {(r["locale"], r["metric"]): r for r in a.scores.get(label, [])}


def _delta_table(a: Assessment, selected: str) -> list[dict]:
    if selected == "base":
        return []
    rows = _rows(a, selected)
    verdict = a.recommendation.verdict_for(selected)
    out = []
    for v in verdict.locales:
        cells = {m: rows.get((v.locale, m)) for m in DELTA_METRICS}
        out.append({"locale": v.locale, "verdict": v.verdict, "target": v.target, "reasons": v.reasons,
                    "basis": v.basis(),
                    "cells": cells})
    return out


def _charts(a: Assessment, labels: list[str]) -> list[dict]:
    base_rows = _rows(a, "base")
    per_label = {label: _rows(a, label) for label in labels}
    blocks = []
    for metric in DELTA_METRICS:
        charts = []
        for locale in a.locales:
            points = []
            for label in labels:
                r = per_label[label].get((locale, metric))
                points.append({"step": a.evaluations[label]["step"], "score": r["score"] if r else None,
                               "ci_low": r["ci_low"] if r else None, "ci_high": r["ci_high"] if r else None})
            if not any(p["score"] is not None for p in points) and (locale, metric) not in base_rows:
                continue
            charts.append(metric_chart(locale, points, base_rows.get((locale, metric)),
                                       lower_is_better=not HIGHER_IS_BETTER.get(metric, True),
                                       y_range=(0, 100) if metric in ("checks", "fidelity") else None))
        if charts:
            blocks.append({"title": METRIC_NAMES[metric], "charts": charts})
    return blocks


def _failing(project: Project, a: Assessment, selected: str) -> dict:
    if selected == "base" or selected not in a.answers:
        return {"failing": [], "failing_truncated": False}
    items = {i["id"]: i for i in snapshot_items(project, a.snapshot["id"], superseded_ok=True)}
    base = {r["item_id"]: r for r in a.answers["base"]}
    rows = []
    for r in a.answers[selected]:
        failed = failed_kinds(r["checks"])
        if not failed:
            continue
        b = base.get(r["item_id"], {"checks": {}, "answer": ""})
        item = items.get(r["item_id"], {})
        rows.append({"item_id": r["item_id"], "rev": r["rev"], "locale": r["locale"], "failed": failed,
                     "newly": newly_failing(b["checks"], r["checks"]),
                     "missing": r["checks"].get("missing", []),
                     "found_forbidden": r["checks"].get("found_forbidden", []),
                     "prompt": _clean(item.get("prompt")), "reference": _clean(item.get("response")),
                     "base_answer": _clean(b["answer"]), "answer": _clean(r["answer"])})
    rows.sort(key=lambda f: (not f["newly"], f["locale"], f["item_id"]))
    return {"failing": rows[:MAX_FAILING_SHOWN], "failing_truncated": len(rows) > MAX_FAILING_SHOWN}


def _checkpoints(project: Project, a: Assessment) -> list[dict]:
    out = []
    for c in list_checkpoints(project, a.run["id"]):
        ev = a.evaluations.get(store.checkpoint_label(c["step"]))
        out.append({**c, "evaluation": ev["id"] if ev else None, "answers_hash": ev["answers_hash"] if ev else None})
    return out


def _signatures_of_metrics(a: Assessment) -> list[dict]:
    seen = {}
    for r in a.scores["base"]:
        if r["metric"] in ("bleu", "chrf", "ter"):
            seen.setdefault((r["locale"], r["metric"]), r["signature"])
    return [{"locale": k[0], "metric": METRIC_NAMES.get(k[1], k[1]), "signature": v} for k, v in sorted(seen.items())]


def _signatures(project: Project, a: Assessment) -> list[dict]:
    """Signatures over revisions the run used: item sign-offs and the hold-out freeze."""
    rows = signatures_over_snapshots(project, [a.snapshot["id"], a.run["train_snapshot"]])
    return [{**{k: v for k, v in d.items() if k != "covered"},
             "covers": f"{d['item_count']} revision(s), {d['subject_type']}", "hash": d["manifest_hash"]}
            for d in rows]


def render_html(context: dict) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    from ..paths import resources_dir

    env = Environment(loader=FileSystemLoader(str(resources_dir() / "report")),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["fmt"] = _fmt
    env.filters["signed"] = _signed
    return env.get_template("evaluation.html.j2").render(**context)


def html_to_pdf(html: str, out: Path) -> None:
    """Render with weasyprint. Its fetcher is refused every URL: the report must need none."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:
        raise WorkbenchError(
            f"PDF export needs weasyprint and its Pango libraries ({exc}); install them, or print "
            "the HTML report from a browser") from exc

    def no_fetch(url, *args, **kwargs):
        raise ValueError(f"the report must be self-contained; refusing to fetch {url}")

    HTML(string=html, url_fetcher=no_fetch).write_pdf(str(out))


def write_report(project: Project, run_id: str, out: Path | str, *, pdf: bool = False,
                 policy: Policy | None = None, checkpoint: str | None = None, actor=None,
                 record: bool = True) -> dict:
    """Write FILE.html (and FILE.pdf beside it); audit which report left the system.
    record=False: the report goes into a package whose own entry records it."""
    from ..core.roles import Action, check

    out = Path(out)
    if out.suffix.lower() not in (".html", ".htm"):
        out = out.with_suffix(".html")
    out.parent.mkdir(parents=True, exist_ok=True)
    context = build_context(project, run_id, policy=policy, checkpoint=checkpoint)
    html = render_html(context)
    out.write_text(html, encoding="utf-8")
    written = {"html": str(out), "html_sha256": sha256_hex(html.encode("utf-8"))}
    if pdf:
        pdf_path = out.with_suffix(".pdf")
        html_to_pdf(html, pdf_path)
        written.update(pdf=str(pdf_path), pdf_sha256=sha256_hex(pdf_path.read_bytes()))
    if not record:
        return {**written, "recommendation": context["recommendation"].recommendation,
                "checkpoint": context["selected"]}
    with project.transaction():
        audit.append(project, actor=check(actor, Action.READ_AUDIT), action="report.export",
                     object_type="run", object_id=context["run"]["id"],
                     after={**written, "checkpoint": context["selected"],
                            "audit_head": context["audit_head"]["hash"]})
    return {**written, "recommendation": context["recommendation"].recommendation,
            "checkpoint": context["selected"]}


def reports_for_audit(project: Project, folder: Path | str, *, actor=None,
                      record: bool = True) -> list[Path]:
    """The evaluation report of every evaluated run, written into `folder`, for the audit
    package (a compliance officer gets the per-locale deltas without asking for them).
    Runs whose base model was never evaluated have no report to give."""
    from ..core.errors import StateError
    from ..store.runs import list_runs

    out = []
    for run in list_runs(project):
        try:
            written = write_report(project, run["id"], Path(folder) / f"report-{run['id']}.html", actor=actor,
                                   record=record)
        except StateError:
            continue
        out.append(Path(written["html"]))
    return out


def write_audit_package(project: Project, out: Path | str, *, actor=None,
                        reports: Iterable[Path | str] | None = None, force: bool = False) -> dict:
    """Export the audit package: what the CLI's `audit export` and the Audit page's Export
    button both do. Checks the role and the destination (an existing zip is replaced only
    with `force`), writes the report of every evaluated run (unless `reports` names the ones
    to include) and the zip (store.exports.audit_package). The package's one audit entry,
    naming its reports, is written once the zip is complete."""
    import tempfile

    from ..core.roles import Action, check
    from ..store.destinations import check_file
    from ..store.exports.audit_package import build_audit_package

    check(actor, Action.READ_AUDIT)
    out = Path(out)
    check_file(out if out.suffix == ".zip" else out.with_suffix(".zip"), force=force,
               what="the audit package")
    with tempfile.TemporaryDirectory(prefix="audit-reports-") as tmp:
        if reports is None:
            reports = reports_for_audit(project, tmp, actor=actor or None, record=False)
        return build_audit_package(project, out, reports=reports, actor=actor, force=force)
