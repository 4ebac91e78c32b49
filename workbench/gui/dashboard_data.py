"""What the dashboard reads and writes, always off the GUI thread (ctx.tasks + worker_project):
one run's assessment with everything the page draws, and the report export."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import StateError, WorkbenchError


@dataclass
class DashboardData:
    """What one load reads, in the background, for the page to draw."""
    runs: list[dict]
    run_id: str | None = None
    assessment: object = None          # workbench.evaluate.decision.Assessment
    not_evaluated: str = ""            # why there is nothing to compare yet
    decisions: list[dict] = field(default_factory=list)
    items: dict[int, dict] = field(default_factory=dict)
    #: When the run's base evaluation came from a baseline evaluation: which, and who signed its report.
    baseline_note: dict | None = None


def load_dashboard(project, run_id: str | None, use_case: str | None = None) -> DashboardData:
    """`use_case`: only that use case's runs (store.items.NO_USE_CASE: runs of none)."""
    from ..evaluate.decision import assess
    from ..store import evaluations, snapshots
    from ..store.items import NO_USE_CASE
    from ..train.runner import list_runs

    runs = list(reversed(list_runs(project)))  # newest first
    if use_case is not None:
        wanted = None if use_case == NO_USE_CASE else use_case
        runs = [r for r in runs if r.get("use_case") == wanted]
    ids = [r["id"] for r in runs]
    data = DashboardData(runs, run_id if run_id in ids else (ids[0] if ids else None))
    if data.run_id is None:
        return data
    try:
        data.assessment = assess(project, data.run_id)
    except StateError as exc:
        data.not_evaluated = str(exc)
        return data
    from ..evaluate.baseline import compared_against

    data.baseline_note = compared_against(project, data.assessment.evaluations.get("base"))
    data.decisions = [{**d, "verified": evaluations.verify_decision(project, d["id"])}
                      for d in evaluations.decisions(project, data.run_id)]
    data.items = {i["id"]: i for i in snapshots.snapshot_items(project, data.assessment.snapshot["id"],
                                                                superseded_ok=True)}
    return data


def export_report_files(project, run_id: str, path: Path | str, *, checkpoint: str | None, actor) -> dict:
    """The HTML report and its PDF beside it; the HTML alone (with `pdf_error` saying why)
    where weasyprint's libraries are missing, since a browser prints the HTML just as well."""
    from ..evaluate.report import write_report

    try:
        return write_report(project, run_id, path, pdf=True, checkpoint=checkpoint, actor=actor)
    except WorkbenchError as exc:
        if "weasyprint" not in str(exc):
            raise
        return {**write_report(project, run_id, path, checkpoint=checkpoint, actor=actor), "pdf_error": str(exc)}
