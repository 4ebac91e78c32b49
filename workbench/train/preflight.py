"""Preconditions every training run must meet before it is registered.

1. A frozen, signed hold-out snapshot exists (the evaluation set is designed and approved
   before any training, so nobody can tune the test to the model).
2. The training snapshot names only signed-off revisions of pairs (a signature is only
   given to de-identified items with no open findings), none of them rejected since.
3. No training pair overlaps the hold-out (contamination.py), unless someone with the
   right to train records why it is acceptable; that reason goes into the audit trail in
   the same transaction as the run.

`check_data` finds every problem at once (each with the step that fixes it, so the Training
page shows one button per problem and the CLI one command); `run_preflight` refuses on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.errors import StateError, ValidationError, WorkbenchError
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
    #: The warnings as problems that do not block, each with the step that fixes it.
    advice: list["Problem"] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """One reason a run cannot start (or, as advice, a thing worth fixing first).

    `message` says what is wrong and what to do in words; `fix` names the step that fixes it
    (a front end shows its own button or command for it: "freeze_holdout", "training_snapshot",
    "review", "override", "form"); `command` is the command line's way to take that step;
    `params` carries the figures of the message so a front end can say it in its language."""

    code: str
    message: str
    fix: str | None = None
    command: str | None = None
    params: dict = field(default_factory=dict, compare=False)

    def cli_text(self) -> str:
        return self.message + (f" ('{self.command}')" if self.command else "")


class PreflightFailed(StateError):
    """Every problem of a pre-launch check at once (`problems`), in one message."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.cli_text() for p in problems))
        self.problems = problems


def _holdout_problem(project: "Project", sid: str | None,
                     use_case: str | None = None) -> tuple[dict | None, Problem | None]:
    snap = get_snapshot(project, sid) if sid else latest_snapshot(project, "holdout", use_case)
    if snap is None:
        return None, Problem("no_holdout", "no frozen hold-out yet: training starts only after the domain owners "
                             "have signed off the evaluation items and frozen them", "freeze_holdout",
                             "workbench snapshot create --kind holdout")
    if snap["kind"] != "holdout" or not snap["frozen"] or not snap["signature_id"]:
        return None, Problem("not_a_holdout", f"snapshot {snap['id']} is not a frozen, signed hold-out: name a "
                             "hold-out snapshot", "form", "workbench snapshot list", {"id": snap["id"]})
    missing = unfrozen_locales(project, snap)
    if missing:
        return None, Problem(
            "holdout_unfrozen_locales", f"hold-out {snap['id']} is not frozen for {', '.join(missing)} yet: each "
            "locale's hold-out is frozen by that locale's owner, so the owner of each must freeze it too",
            "freeze_holdout", "workbench snapshot create --kind holdout",
            {"id": snap["id"], "locales": ", ".join(missing)})
    if not verify_snapshot(project, snap["id"]) or not verify_signature(project, snap["signature_id"]):
        return None, Problem("holdout_altered", f"hold-out {snap['id']} no longer matches its manifest or "
                             "signature: the database was altered; freeze a new hold-out and report it to "
                             "compliance", "freeze_holdout", None, {"id": snap["id"]})
    return snap, None


def _training_problem(project: "Project", sid: str | None,
                       use_case: str | None = None) -> tuple[dict | None, Problem | None]:
    snap = get_snapshot(project, sid) if sid else latest_snapshot(project, "pair", use_case)
    if snap is None:
        return None, Problem("no_training_snapshot", "no training snapshot yet: sign off pairs, then take a "
                             "training snapshot", "training_snapshot", "workbench snapshot create --kind pairs")
    if snap["kind"] != "pair":
        return None, Problem("not_pairs", f"snapshot {snap['id']} holds {snap['kind']} items: training uses a "
                             "snapshot of pairs, never the hold-out", "form", None, {"id": snap["id"]})
    if not verify_snapshot(project, snap["id"]):
        return None, Problem("training_altered", f"training snapshot {snap['id']} does not match its manifest: "
                             "the database was altered; take a new snapshot and report it to compliance",
                             "training_snapshot", "workbench snapshot create --kind pairs", {"id": snap["id"]})
    return snap, None


def holdout_snapshot(project: "Project", sid: str | None, use_case: str | None = None) -> dict:
    """The named hold-out (else the use case's, else the project's, latest), if frozen by the
    owners of all its locales and intact; else a StateError saying what to do."""
    snap, problem = _holdout_problem(project, sid, use_case)
    if problem is not None:
        raise StateError(problem.cli_text())
    return snap


def training_snapshot(project: "Project", sid: str | None) -> dict:
    snap, problem = _training_problem(project, sid)
    if problem is not None:
        raise StateError(problem.cli_text())
    return snap


def _item_problems(project: "Project", snap: dict, items: list[dict]) -> list[Problem]:
    what = "hold-out" if snap["kind"] == "holdout" else "training snapshot"
    again = ("freeze_holdout", "workbench snapshot create --kind holdout") if snap["kind"] == "holdout" \
        else ("training_snapshot", "workbench snapshot create --kind pairs")
    problems = []
    unsigned = [i["id"] for i in items if not is_signed(project, i["id"], i["rev"], i["content_hash"])]
    if unsigned:
        problems.append(Problem("unsigned_items", f"{what} {snap['id']} names revisions nobody signed off (items "
                                f"{unsigned[:5]}): take a new snapshot of signed-off items", *again,
                                {"id": snap["id"], "n": len(unsigned)}))
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
        problems.append(Problem("rejected_items", f"{len(rejected)} item(s) of {what} {snap['id']} were rejected "
                                f"after the snapshot was taken (e.g. item {rejected[0]}): take a new snapshot",
                                *again, {"id": snap["id"], "n": len(rejected), "item": rejected[0]}))
    if pending:
        problems.append(Problem("pending_findings", f"{len(pending)} item(s) of {what} {snap['id']} have unreviewed "
                                f"de-identification findings (e.g. item {pending[0]}): review them first",
                                "review", "workbench deid review list",
                                {"id": snap["id"], "n": len(pending), "item": pending[0]}))
    return problems


def _items(project: "Project", snap: dict | None) -> tuple[list[dict], Problem | None]:
    """The snapshot's items, or the reason they may not be read (superseded, altered)."""
    if snap is None:
        return [], None
    try:
        return snapshot_items(project, snap["id"]), None
    except StateError as exc:
        fix = getattr(exc, "fix", None) or ("freeze_holdout" if snap["kind"] == "holdout" else "training_snapshot")
        return [], Problem("snapshot_unusable", str(exc), fix, None, {"id": snap["id"]})


def _newer_signoffs(project: "Project", spec: JobSpec, train: dict) -> Problem | None:
    """Advice: pairs signed off since the training snapshot was taken are not in this run."""
    if spec.train_snapshot:
        return None  # a snapshot named on purpose
    current = {r[0] for r in project.conn.execute(
        "SELECT si.item_id FROM signature_items si JOIN items i ON i.id = si.item_id AND i.current_rev = si.rev "
        "WHERE i.kind = 'pair' AND i.status = 'signed_off'")}
    taken = {r[0] for r in project.conn.execute(
        "SELECT item_id FROM snapshot_items WHERE snapshot_id = ?", (train["id"],))}
    newer = len(current - taken)
    if not newer:
        return None
    return Problem("newer_signoffs", f"{newer} pair(s) signed off since training snapshot {train['id']} was taken "
                   "are not in it: take a new training snapshot to train on them", "training_snapshot",
                   "workbench snapshot create --kind pairs", {"id": train["id"], "n": newer})


def _thin_data(spec: JobSpec, train: dict) -> Problem | None:
    """Advice: fewer signed pairs than the method's rule of thumb (train/volume.py)."""
    from .volume import advise

    advice = advise(train["locale_counts"], spec.method, spec.model_size)
    if advice is None or advice.enough:
        return None
    return Problem("thin_data", f"training snapshot {train['id']}: {advice.text()}", "review", None,
                   {"id": train["id"], "pairs": advice.pairs, "wanted": advice.wanted, "share": advice.share,
                    "method": spec.method, "size": spec.model_size.upper(),
                    "thin": ", ".join(advice.thin_locales()) or "–"})


def _scope_problem(project: "Project", spec: JobSpec, train: dict, holdout: dict) -> Problem | None:
    """A run trains one use case's adapter, on that use case's snapshots, under a signed scope
    (store/usecases.py check_run_scope)."""
    from ..store.usecases import check_run_scope

    if spec.use_case and train.get("use_case") != spec.use_case:
        return Problem("use_case_mismatch", f"training snapshot {train['id']} is not of use case {spec.use_case}: "
                       "take that use case's training snapshot", "training_snapshot", None,
                       {"id": train["id"], "use_case": spec.use_case})
    try:
        check_run_scope(project, train, holdout)
    except WorkbenchError as exc:
        fix = getattr(exc, "fix", None) or "form"
        params = {}
        if fix == "sign_scope":   # the scope is not signed by every owner: who still has to
            from ..store.usecases import get_use_case

            uc = get_use_case(project, train["use_case"])
            params = {"use_case": uc["id"], "version": uc["version"], "missing": ", ".join(uc["missing"])}
        return Problem("use_case_scope", str(exc), fix, None, params)
    return None


def _outside_scope(project: "Project", train: dict, items: list[dict]) -> Problem | None:
    """Advice: items of this run whose personal data lies outside the data classes the use
    case's scope declares (store/usecases.py out_of_scope): the owners should look first."""
    if not train.get("use_case"):
        return None
    from ..store.usecases import out_of_scope

    ids = {i["id"] for i in items}
    flagged = [f for f in out_of_scope(project, train["use_case"]) if f["item_id"] in ids]
    if not flagged:
        return None
    entities = sorted({e for f in flagged for e in f["entities"]})
    return Problem("out_of_scope_data", f"{len(flagged)} item(s) of use case {train['use_case']} held personal data "
                   f"of a kind its scope does not declare ({', '.join(entities)}; e.g. item {flagged[0]['item_id']}): "
                   "the owners should check the items or widen the scope", "review", None,
                   {"n": len(flagged), "use_case": train["use_case"], "entities": ", ".join(entities),
                    "item": flagged[0]["item_id"]})


def check_data(project: "Project", spec: JobSpec, *, contamination_override: str | None = None,
               threshold: float = DEFAULT_THRESHOLD) -> tuple[Preflight | None, list[Problem]]:
    """Every data precondition at once: (the preflight when nothing blocks, the problems).
    The rule of what may be trained on; run_preflight raises on what this finds."""
    holdout, p_hold = _holdout_problem(project, spec.holdout_snapshot, spec.use_case)
    train, p_train = _training_problem(project, spec.train_snapshot, spec.use_case)
    problems = [p for p in (p_hold, p_train) if p is not None]
    if holdout and train:
        scope = _scope_problem(project, spec, train, holdout)
        if scope is not None:
            problems.append(scope)
    holdout_items, p_hold = _items(project, holdout)
    train_items, p_train = _items(project, train)
    problems += [p for p in (p_hold, p_train) if p is not None]
    holdout = holdout if p_hold is None else None
    train = train if p_train is None else None
    if holdout:
        problems += _item_problems(project, holdout, holdout_items)
    if train:
        problems += _item_problems(project, train, train_items)
    advice = []
    if train:
        newer = _newer_signoffs(project, spec, train)
        if newer is not None:
            advice.append(newer)
    if holdout is None or train is None:
        return None, problems
    report = check_overlap(train_items, holdout_items, threshold=threshold)
    reason = (contamination_override or "").strip() or None
    if not report.clean:
        if reason is None:
            problems.append(Problem("contamination", str(ContaminationFound(report)), "override", None,
                                    {"summary": report.summary(), "n": len(report.train_items)}))
        elif len(reason) < MIN_REASON_CHARS:
            problems.append(Problem("override_too_short", "an override of the contamination check needs a reason "
                                    f"an auditor can follow (at least {MIN_REASON_CHARS} characters), not "
                                    f"'{reason}'", "override", None, {"min": MIN_REASON_CHARS}))
    thin = _thin_data(spec, train)
    if thin is not None:
        advice.append(thin)
    outside = _outside_scope(project, train, train_items + holdout_items)
    if outside is not None:
        advice.append(outside)
    untested = sorted(set(train["locale_counts"]) - set(holdout["locale_counts"]))
    if untested:
        advice.append(Problem("untested_locales", f"the hold-out has no items in {', '.join(untested)}: the "
                              "evaluation cannot show a gain or a regression there", "review", None,
                              {"locales": ", ".join(untested)}))
    pre = Preflight(train, holdout, train_items, holdout_items, report,
                    reason if not report.clean else None, [a.cli_text() for a in advice], advice)
    return pre, problems


def run_preflight(project: "Project", spec: JobSpec, *, contamination_override: str | None = None,
                  threshold: float = DEFAULT_THRESHOLD) -> Preflight:
    """Check everything; raise naming every problem and what to do (ContaminationFound or a
    ValidationError when the overlap with the hold-out is the only one)."""
    pre, problems = check_data(project, spec, contamination_override=contamination_override, threshold=threshold)
    if len(problems) == 1 and problems[0].code == "contamination":
        raise ContaminationFound(pre.contamination)
    if len(problems) == 1 and problems[0].code == "override_too_short":
        raise ValidationError(problems[0].message)
    if problems:
        raise PreflightFailed(problems)
    return pre


def launch_problems(project: "Project", spec: JobSpec, actor, *, contamination_override: str | None = None,
                    launcher: str | None = None) -> tuple[list[Problem], list[Problem]]:
    """Every reason the launch (runner.plan_run) would refuse, at once, for a front end that
    lists them together: the role, the model and the machine, then the data (check_data).
    Returns (problems, advice): advice does not block (see Preflight.advice)."""
    from ..core.errors import WorkbenchError
    from ..core.roles import Action, check
    from . import launchers
    from .hardware import check_cpu_size, check_disk, locate_model, require_packages, resolve_device

    problems: list[Problem] = []
    try:
        check(actor, Action.TRAIN)
    except WorkbenchError as exc:
        problems.append(Problem("permission", str(exc)))
    if launcher is not None:
        try:
            launchers.check_launcher(launcher)
        except WorkbenchError as exc:
            problems.append(Problem("launcher", str(exc), "form"))
    model = None
    try:
        model = locate_model(spec.base_model, spec.backend)
        spec = spec.resolve(model.config)
        require_packages(spec)
        check_cpu_size(spec, resolve_device(spec), model.config)
    except WorkbenchError as exc:
        problems.append(Problem("model", str(exc), "form"))
    pre, data = check_data(project, spec, contamination_override=contamination_override)
    problems += data
    if pre is not None and model is not None and not problems:
        try:
            check_disk(spec, model.config, len(pre.train_items), project.runs_dir)
        except WorkbenchError as exc:
            problems.append(Problem("disk", str(exc), "form"))
    return problems, (pre.advice if pre is not None else [])
