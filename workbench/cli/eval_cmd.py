"""`workbench eval RUN`, `workbench eval-base`, `workbench decide RUN`, `workbench report RUN`,
`workbench eval-policy`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from .common import (PASSWORD_STDIN, console, current_user, err_console, print_json, read_password, require_username,
                     state)


def _fmt(v, spec=".1f", signed=False) -> str:
    if v is None:
        return "–"
    if signed:
        return format(round(v, 1) + 0.0, "+" + spec)  # + 0.0: no "-0.0"
    return format(v, spec)


def print_assessment(a, checkpoint: str | None = None) -> None:
    """The per-locale table of one checkpoint and the policy's recommendation."""
    rec = a.recommendation
    label = checkpoint or rec.checkpoint
    if label is None:
        console.print("only the base model is evaluated so far: no checkpoint to judge")
        return
    verdict = rec.verdict_for(label)
    rows = {(r["locale"], r["metric"]): r for r in a.scores[label]}
    # Reasons go below the table: in a terminal of 80 columns a reasons column wraps every
    # row into an unreadable tower.
    table = Table("locale", "chrF++ base → tuned", "Δ [95%]", "p", "checks %", "fidelity %", "verdict",
                  title=f"{a.run['id']} · {label} vs base", box=None)
    for v in verdict.locales:
        chk = rows.get((v.locale, "checks"))
        fid = rows.get((v.locale, "fidelity"))
        table.add_row(
            v.locale + (" (target)" if v.target else ""),
            f"{_fmt(v.chrf_base)} → {_fmt(v.chrf)}",
            f"{_fmt(v.chrf_delta, signed=True)} [{_fmt(v.chrf_delta_ci[0], signed=True)},"
            f"{_fmt(v.chrf_delta_ci[1], signed=True)}]",
            _fmt(v.chrf_p, ".3f"),
            f"{_fmt(chk and chk['base_score'], '.0f')} → {_fmt(chk and chk['score'], '.0f')}" if chk else "–",
            f"{_fmt(fid and fid['base_score'], '.0f')} → {_fmt(fid and fid['score'], '.0f')}" if fid else "–",
            _STATUS[v.status])
    console.print(table)
    # Every verdict with the rules that decided it and their numbers (the interval rules
    # always; checks and fidelity, which the table shows, when they did not pass).
    console.print(f"targets: {', '.join(a.targets) or 'none'} ({a.targets_from}); evaluation set "
                  f"{a.evaluation_set[:12]}", highlight=False, markup=False)
    for v in verdict.locales:
        for rule in v.rules:
            if rule.rule in ("non-inferiority", "gain", "evaluated") or rule.outcome != "pass":
                console.print(f"  {v.locale}: {rule.outcome.upper()} {rule.detail}", highlight=False, markup=False)
    colour = "green" if rec.recommendation == "go" else "red"
    console.print(f"recommendation: [bold {colour}]{rec.recommendation.upper()}[/] — {rec.reason}")


_STATUS = {"go": "[green]GO[/]", "no-go": "[red]NO-GO[/]", "inconclusive": "[yellow]INCONCLUSIVE[/]"}


def decision_line(d: dict) -> str:
    """A recorded decision as every command shows it: an overrule is marked as one."""
    from ..evaluate.policy import decision_label

    line = (f"decision #{d['id']}: {decision_label(d)} for {d['checkpoint']}, signed by {d['signer_name']} "
            f"at {d['signed_at'][:19]}Z — \"{d['meaning']}\"")
    if d.get("rationale"):
        line += f"; rationale: \"{d['rationale']}\""
    return line


def eval_run(
    ctx: typer.Context,
    run: str = typer.Argument(..., help="Run id (or its unique end)."),
    checkpoint: Optional[str] = typer.Option(None, "--checkpoint", "-c",
                                             help="Step (20 or step-000020), 'latest' or 'base'; default: all."),
    force: bool = typer.Option(False, help="Evaluate again even if already done under the same settings."),
    max_new_tokens: Optional[int] = typer.Option(None, help="Override the project's decoding setting."),
    batch_size: Optional[int] = typer.Option(None, help="Override the project's generation batch size."),
    sampled: Optional[int] = typer.Option(
        None, "--sampled", metavar="K",
        help="Sample with the model card's settings (temperature 0.8, top-p 0.9) over K fixed seeds, the same "
             "for the base and every checkpoint; intervals then cover items and seeds."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Score the base model and checkpoints of a run on its frozen hold-out, per locale."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..evaluate.decision import assess
    from ..evaluate.evaluator import decoding_for, evaluate
    from ..store.runs import get_run

    st = state(ctx)
    project = st.project()
    decoding = None
    if max_new_tokens is not None or batch_size is not None or sampled is not None:
        base = decoding_for(project, get_run(project, run), None).as_dict()
        base.update({k: v for k, v in (("max_new_tokens", max_new_tokens), ("batch_size", batch_size)) if v})
        if sampled is not None:
            base.update({"temperature": 0.8, "top_p": 0.9, "samples": sampled})
        decoding = base
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err_console, transient=True, disable=as_json) as bar:
        tasks: dict = {}

        def on_event(e: dict) -> None:
            if e["type"] == "eval.started":
                tasks[e["checkpoint"]] = bar.add_task(f"generating {e['checkpoint']}", total=e["total"])
            elif e["type"] == "eval.progress":
                bar.update(tasks[e["checkpoint"]], completed=e["done"])
            elif e["type"] == "eval.completed" and not as_json:
                bar.console.print(f"{e['checkpoint']}: chrF++ "
                                  + ", ".join(f"{k} {v:.1f}" for k, v in e["chrf"].items()))

        results = evaluate(project, run, checkpoint, decoding=decoding, actor=current_user(st) or None,
                           force=force, progress=on_event)
    if as_json:
        print_json([{k: ev[k] for k in ("id", "checkpoint", "step", "status", "reused", "answers_hash")}
                    for ev in results])
        return
    for ev in results:
        if ev.get("reused"):
            console.print(f"{ev['checkpoint']}: already evaluated ({ev['id']})")
    a = assess(project, run)
    if a.recommendation.verdicts:
        print_assessment(a)


def print_baseline(project, evaluation_id: str) -> None:
    """The per-locale table of a baseline evaluation and who signed its report."""
    from ..evaluate.baseline import baseline_reports, baseline_table
    from ..store.evaluations import get_evaluation

    ev = get_evaluation(project, evaluation_id)
    table = Table("locale", "n", "chrF++ [95%]", "checks %", "fidelity %", "regression checks",
                  title=f"baseline {ev['id']} · {ev['settings'].get('base_model')} on {ev['snapshot_id']}", box=None)
    rows = baseline_table(project, ev["id"])
    for r in rows:
        chrf, chk, fid = r["chrf"] or {}, r["checks"], r["fidelity"]
        failing = ", ".join(f"#{f['item_id']} {'/'.join(f['checks'])}" for f in r["failing"])
        table.add_row(r["locale"], str(r["n"]),
                      f"{_fmt(chrf.get('score'))} [{_fmt(chrf.get('ci_low'))},{_fmt(chrf.get('ci_high'))}]",
                      _fmt(chk and chk["score"], ".0f"), _fmt(fid and fid["score"], ".0f"),
                      r["regression_checks"] + (f" ({failing})" if failing else ""))
    console.print(table)
    for rep in baseline_reports(project, ev["id"]):
        console.print(f"report signed by {rep['signer_name']} ({rep['signer']}) at {rep['signed_at'][:19]}Z — "
                      f"\"{rep['meaning']}\"", highlight=False, markup=False)


def eval_base(
    ctx: typer.Context,
    use_case: Optional[str] = typer.Option(None, "--use-case", "-u",
                                           help="Use case whose latest frozen hold-out to evaluate on."),
    holdout: Optional[str] = typer.Option(None, "--holdout", help="Hold-out snapshot id (default: the latest)."),
    base_model: Optional[str] = typer.Option(None, "--base-model", help="Model folder or Hugging Face id."),
    backend: str = typer.Option("peft", help="peft or mlx: what a later run will train and evaluate with."),
    method: str = typer.Option("lora", help="lora or qlora (qlora loads the base in 4 bits)."),
    max_new_tokens: Optional[int] = typer.Option(None, help="Override the project's decoding setting."),
    batch_size: Optional[int] = typer.Option(None, help="Override the project's generation batch size."),
    force: bool = typer.Option(False, help="Evaluate again even if already done under the same settings."),
    sign: Optional[str] = typer.Option(None, "--sign", metavar="EVAL_ID",
                                       help="Sign the report of this baseline evaluation (a domain owner of its "
                                            "locales, or an admin)."),
    show: Optional[str] = typer.Option(None, "--show", metavar="EVAL_ID", help="Show a baseline evaluation."),
    password_stdin: bool = PASSWORD_STDIN,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Score the base model alone on a frozen hold-out, before any run; later runs on that hold-out
    are compared against this evaluation. --sign EVAL_ID signs its report."""
    from ..core.errors import ValidationError
    from ..evaluate import baseline as bl

    st = state(ctx)
    project = st.project()
    if sign or show:
        evaluation_id = sign or show
        if show:
            if as_json:
                print_json({"payload": bl.baseline_payload(project, evaluation_id),
                            "reports": [{k: r[k] for k in ("id", "signer", "signed_at", "meaning", "payload_hash")}
                                        for r in bl.baseline_reports(project, evaluation_id)]})
            else:
                print_baseline(project, evaluation_id)
            return
        meaning = bl.baseline_statement(project, evaluation_id)
        if not as_json:
            print_baseline(project, evaluation_id)
            console.print(f"You are signing: {meaning}", highlight=False, markup=False)
        name = require_username(st)
        pw = read_password(f"Password for {name} (sign the baseline report)", password_stdin)
        rep = bl.sign_baseline_report(project, evaluation_id, username=name, password=pw, meaning=meaning)
        if as_json:
            print_json({k: rep[k] for k in ("id", "subject", "use_case", "signer", "signed_at", "meaning",
                                            "payload_hash")})
        else:
            console.print(f"baseline report #{rep['id']} signed by {rep['signer_name']} at {rep['signed_at'][:19]}Z "
                          f"(record {rep['payload_hash'][:16]}…)", highlight=False, markup=False)
        return
    if not base_model:
        raise ValidationError("name the base model: --base-model DIR (or a Hugging Face id)")
    from ..evaluate.evaluator import decoding_for

    decoding = None
    if max_new_tokens is not None or batch_size is not None:
        decoding = decoding_for(project, {}, None).as_dict()
        decoding.update({k: v for k, v in (("max_new_tokens", max_new_tokens), ("batch_size", batch_size)) if v})
    ev = bl.evaluate_base(project, use_case=use_case, holdout=holdout, base_model=base_model, backend=backend,
                          method=method, decoding=decoding, actor=current_user(st) or None, force=force)
    if as_json:
        print_json({**{k: ev[k] for k in ("id", "checkpoint", "snapshot_id", "use_case", "status", "reused",
                                          "settings_hash", "answers_hash")},
                    "locales": bl.baseline_table(project, ev["id"])})
        return
    if ev.get("reused"):
        console.print(f"already evaluated under these settings ({ev['id']})")
    print_baseline(project, ev["id"])
    if not bl.baseline_reports(project, ev["id"]):
        console.print(f"a domain owner signs its report with: workbench --user NAME eval-base --sign {ev['id']}",
                      highlight=False, markup=False)


def decide(
    ctx: typer.Context,
    run: str = typer.Argument(..., help="Run id."),
    checkpoint: Optional[str] = typer.Option(None, "--checkpoint", "-c",
                                             help="Checkpoint to decide on (default: the recommended one)."),
    decision: Optional[str] = typer.Option(None, help="go or no-go. Without it, only show the recommendation."),
    rationale: str = typer.Option("", help="Why; required when the decision differs from the policy's verdict."),
    password_stdin: bool = PASSWORD_STDIN,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show the go/no-go recommendation; with --decision, record it as a signed entry."""
    from ..evaluate.decision import assess, decide as record, decision_meaning, normalise_decision

    st = state(ctx)
    project = st.project()
    a = assess(project, run)
    label = None
    if checkpoint:
        from ..evaluate.decision import decision_checkpoint

        label = decision_checkpoint(checkpoint)
    if not as_json:
        print_assessment(a, label)
    if decision is None:
        if as_json:
            print_json({"recommendation": a.recommendation.recommendation, "checkpoint": a.recommendation.checkpoint,
                        "reason": a.recommendation.reason,
                        "verdicts": [v.as_dict() for v in a.recommendation.verdicts]})
        else:
            console.print("record the decision with: workbench --user NAME decide "
                          f"{a.run['id']} --decision go|no-go [--rationale TEXT]")
        return
    if not st.username:
        from ..core.errors import WorkbenchError

        raise WorkbenchError("a decision is signed: pass --user NAME (or set WORKBENCH_USER)")
    label = label or a.recommendation.checkpoint
    verdict = a.recommendation.verdict_for(label) if label else None
    meaning = decision_meaning(a.run["id"], label or "?", normalise_decision(decision),
                               verdict.verdict if verdict else "no-go")
    if not as_json:
        console.print(f"You are signing: [bold]{meaning}[/]")
    pw = read_password(f"Password for {st.username} (sign the go/no-go decision)", password_stdin)
    d = record(project, a.run["id"], username=st.username, password=pw, decision=decision,
               checkpoint=label, rationale=rationale, meaning=meaning)
    if as_json:
        from ..evaluate.policy import is_overrule

        print_json({**{k: d[k] for k in ("id", "run_id", "checkpoint", "recommendation", "decision", "rationale",
                                         "signer", "signer_name", "signed_at", "meaning", "payload_hash")},
                    "overrule": is_overrule(d["decision"], d["recommendation"]),
                    "evaluation_set": d["payload"].get("evaluation_set")})
    else:
        console.print(decision_line(d) + f" (record {d['payload_hash'][:16]}…)", highlight=False, markup=False)


def report(
    ctx: typer.Context,
    run: str = typer.Argument(..., help="Run id."),
    out: Path = typer.Option(..., "--out", "-o", help="The HTML file to write."),
    pdf: bool = typer.Option(False, "--pdf", help="Also write FILE.pdf beside it."),
    checkpoint: Optional[str] = typer.Option(None, "--checkpoint", "-c",
                                             help="Checkpoint for the delta table (default: decided or recommended)."),
) -> None:
    """Write the self-contained evaluation report (HTML, optionally PDF)."""
    from ..evaluate.report import write_report

    st = state(ctx)
    label = None
    if checkpoint:
        from ..evaluate.decision import decision_checkpoint

        label = decision_checkpoint(checkpoint)
    written = write_report(st.project(), run, out, pdf=pdf, checkpoint=label, actor=current_user(st) or None)
    console.print(f"report written to {written['html']}" + (f" and {written['pdf']}" if pdf else "")
                  + f" (recommendation {written['recommendation'].upper()})")


def eval_policy(
    ctx: typer.Context,
    chrf_tolerance: Optional[float] = typer.Option(
        None, help="Non-inferiority margin: the lower bound of each locale's 95% interval of the chrF++ delta "
                   "must be at least minus this many points."),
    min_gain: Optional[float] = typer.Option(
        None, help="Each target locale's interval must lie above zero and its lower bound reach this (default 0)."),
    target_locales: Optional[str] = typer.Option(
        None, help="Comma-separated locales, e.g. 'gsw,it-CH' ('' for the default: the locales of each run's "
                   "training snapshot)."),
    fidelity_tolerance: Optional[float] = typer.Option(None, help="Fidelity points a locale may lose."),
    min_items: Optional[int] = typer.Option(None, help="Fewest hold-out items for a locale to be judged "
                                                       "(default 10; fewer: inconclusive)."),
    block_new_check_failures: Optional[bool] = typer.Option(
        None, "--block-new-check-failures/--allow-new-check-failures",
        help="Whether a regression check newly failing blocks the locale."),
    as_json: bool = typer.Option(False, "--json"),
    password_stdin: bool = PASSWORD_STDIN,
) -> None:
    """Show the project's go/no-go policy, or change it (a signed step: the password is asked)."""
    from ..evaluate.decision import load_policy, set_policy

    st = state(ctx)
    project = st.project()
    policy = load_policy(project)
    changes = {k: v for k, v in (("chrf_tolerance", chrf_tolerance), ("min_gain", min_gain),
                                 ("target_locales", target_locales), ("fidelity_tolerance", fidelity_tolerance),
                                 ("min_items", min_items),
                                 ("block_new_check_failures", block_new_check_failures)) if v is not None}
    if changes:
        name = require_username(st)
        pw = read_password(f"Password for {name} (sign: change the go/no-go policy)", password_stdin)
        policy = set_policy(project, {**policy.as_dict(), **changes}, username=name, password=pw)
    if as_json:
        print_json(policy.as_dict())
        return
    for rule in policy.describe():
        console.print(f"• {rule}")


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_run)
    app.command("eval-base")(eval_base)
    app.command("decide")(decide)
    app.command("report")(report)
    app.command("eval-policy")(eval_policy)
