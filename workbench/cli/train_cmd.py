"""`workbench train` and `workbench runs list | show | follow | cancel | resume`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import console, current_user, err_console, print_json, state

runs_app = typer.Typer(help="Training runs: list, inspect, follow, cancel, resume.", no_args_is_help=True)


def train(
    ctx: typer.Context,
    base_model: Optional[str] = typer.Option(None, "--base-model", "-m", help="Model folder (or hub id when online)."),
    backend: Optional[str] = typer.Option(None, "--backend", "-b", help="peft (CUDA/CPU) or mlx (Apple silicon)."),
    method: Optional[str] = typer.Option(None, "--method", help="lora, qlora or full."),
    config: Optional[Path] = typer.Option(
        None, "--config", "-c", help="Job spec (.yaml or .json); options override it."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", help="Optimizer steps (wins over epochs)."),
    epochs: Optional[float] = typer.Option(None, "--epochs"),
    learning_rate: Optional[float] = typer.Option(None, "--learning-rate", "--lr"),
    batch_size: Optional[int] = typer.Option(None, "--batch-size"),
    seed: Optional[int] = typer.Option(None, "--seed"),
    name: Optional[str] = typer.Option(None, "--name"),
    train_snapshot: Optional[str] = typer.Option(None, "--train-snapshot", help="Default: the latest."),
    holdout_snapshot: Optional[str] = typer.Option(None, "--holdout-snapshot", help="Default: the latest frozen one."),
    use_case: Optional[str] = typer.Option(None, "--use-case",
                                           help="Train this use case's adapter (its latest snapshots by default)."),
    eval_each_checkpoint: bool = typer.Option(False, "--eval-each-checkpoint",
                                              help="Evaluate every checkpoint on the hold-out as it is written."),
    fuse: bool = typer.Option(False, "--fuse", help="mlx: also write base + adapter as one model (runs/<id>/fused)."),
    allow_contamination: Optional[str] = typer.Option(
        None, "--allow-contamination", metavar="REASON",
        help="Train although pairs overlap the hold-out; the reason is recorded in the audit trail."),
    launcher: str = typer.Option("local", "--launcher",
                                 help="local (start now), accelerate, torchrun or slurm (write the job files)."),
    nodes: int = typer.Option(1, "--nodes", help="Machines, for --launcher slurm/accelerate/torchrun."),
    gpus_per_node: int = typer.Option(8, "--gpus-per-node", help="GPUs per machine (with --device cpu: processes)."),
    device: Optional[str] = typer.Option(None, "--device", help="auto, cuda or cpu (cpu: tests and tiny models)."),
    partition: Optional[str] = typer.Option(None, "--partition", help="Slurm partition(s), comma-separated."),
    time_limit: Optional[str] = typer.Option(None, "--time", help="Slurm time limit, e.g. 24:00:00 (the default)."),
    account: Optional[str] = typer.Option(None, "--account", help="Slurm account."),
    cpus_per_task: Optional[int] = typer.Option(None, "--cpus-per-task", help="Slurm CPUs per node (default 32)."),
    submit: bool = typer.Option(False, "--submit", help="--launcher slurm: also sbatch the job from here."),
    detach: bool = typer.Option(False, "--detach", help="Start the run and return; follow it later."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check everything and print the resolved spec."),
    as_json: bool = typer.Option(False, "--json", help="Print events as JSON lines instead of a progress bar."),
) -> None:
    """Fine-tune Apertus on the approved training snapshot."""
    from ..core.errors import ValidationError
    from ..train import runner
    from ..train.spec import JobSpec

    st = state(ctx)
    options = {"base_model": base_model, "backend": backend, "method": method, "max_steps": max_steps,
               "epochs": epochs, "learning_rate": learning_rate, "batch_size": batch_size, "seed": seed,
               "name": name, "train_snapshot": train_snapshot, "holdout_snapshot": holdout_snapshot,
               "device": device, "use_case": use_case}
    for flag, value in (("eval_each_checkpoint", eval_each_checkpoint), ("fuse", fuse)):
        if value:
            options[flag] = True
    if config:
        spec = JobSpec.load(config).with_overrides(**options)
    elif not base_model:
        raise ValidationError("name the base model: --base-model DIR (or --config FILE)")
    else:
        spec = JobSpec.from_dict({k: v for k, v in options.items() if v is not None})
    project, actor = st.project(), current_user(st)
    if dry_run:
        plan = runner.plan_run(project, spec, actor, contamination_override=allow_contamination, launcher=launcher)
        print_json({"spec": plan.spec.as_dict(), "device": plan.device, "warnings": plan.preflight.warnings,
                    "contamination": plan.preflight.contamination.as_dict(limit=20)})
        return
    slurm_options = {k: v for k, v in (("partition", partition), ("time_limit", time_limit), ("account", account),
                                       ("cpus_per_task", cpus_per_task)) if v is not None}
    launched = runner.launch(project, spec, actor, launcher=launcher, nodes=nodes, gpus_per_node=gpus_per_node,
                             contamination_override=allow_contamination, slurm_options=slurm_options, submit=submit)
    run = launched.run
    if launched.command:
        job = runner.slurm_job(run)
        if as_json:
            print_json({"run": run["id"], **{k: str(v) for k, v in launched.files.items()},
                        "command": launched.command, "slurm_job": job})
            return
        if job:
            console.print(f"run [bold]{run['id']}[/] submitted to Slurm as job {job}; "
                          f"'workbench runs follow {run['id']}' follows it")
            return
        console.print(f"run [bold]{run['id']}[/] registered; start its workers with:")
        console.print("  " + " ".join(launched.command), markup=False)
        return
    console.print(f"run [bold]{run['id']}[/] started ({spec.method} on {spec.backend}); "
                  f"events: {Path(run['run_dir']) / 'events.jsonl'}")
    if not detach:
        raise typer.Exit(_follow(run, as_json))


def _follow(run: dict, as_json: bool, start_at: int = 0) -> int:
    """Print a run's events until it ends; return the exit code (0 done, 1 error/cancelled,
    3 interrupted). Ctrl-C stops following, not the run."""
    from ..train.runner import follow

    try:
        if as_json:
            code = 0
            for event in follow(run["run_dir"], start_at=start_at):
                print_json(event)
                code = _exit_code(event, code)
            return code
        return _progress(run, start_at)
    except KeyboardInterrupt:
        err_console.print(f"stopped following; run {run['id']} goes on "
                          f"('workbench runs cancel {run['id']}' stops it)")
        return 0


def _exit_code(event: dict, code: int) -> int:
    """0 done, 1 error or cancelled, 3 interrupted, 4 requeued by Slurm (it goes on later)."""
    return {"error": 1, "cancelled": 1, "interrupted": 3, "requeued": 4, "done": 0}.get(event["type"], code)


def _progress(run: dict, start_at: int = 0) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..train.runner import follow

    code = 0
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("loss {task.fields[loss]}"), TextColumn("{task.fields[speed]} tok/s"),
               TimeElapsedColumn())
    with Progress(*columns, console=err_console) as progress:
        task = progress.add_task(run["id"], total=run["spec"].get("max_steps"), loss="–", speed="–")
        for event in follow(run["run_dir"], start_at=start_at):
            kind = event["type"]
            if event.get("total_steps"):
                progress.update(task, total=event["total_steps"])
            if kind == "step":
                progress.update(task, completed=event["step"], loss=f"{float(event['loss']):.4f}",
                                speed=f"{event.get('tokens_per_s', 0):,.0f}")
            elif kind == "checkpoint":
                progress.console.print(f"checkpoint step {event['step']}: {event['path']}")
            elif kind == "eval":
                progress.console.print(f"step {event['step']}: validation loss {event['val_loss']}")
            elif kind == "log" and event.get("phase") == "start":
                progress.update(task, completed=event.get("resumed_from") or 0)
                progress.console.print(event["message"])
            elif kind == "log":
                progress.console.print(event.get("message", ""), style="yellow" if event.get("level") else None)
            elif kind in ("error", "interrupted"):
                progress.console.print(f"[bold red]{kind}:[/] {event['message']}")
            elif kind == "cancelled":
                progress.console.print(f"cancelled by {event.get('by')} at step {event.get('step')}")
            elif kind == "requeued":
                progress.console.print(f"[yellow]requeued:[/] {event.get('message', '')}")
            elif kind == "done":
                progress.console.print(f"[green]done[/]: step {event.get('step')}, loss {event.get('loss')}")
            code = _exit_code(event, code)
    return code


@runs_app.command("list")
def runs_list(ctx: typer.Context, status: Optional[str] = typer.Option(None, "--status"),
              as_json: bool = typer.Option(False, "--json")) -> None:
    """Every run of the project, newest last."""
    from rich.table import Column, Table

    from ..train.runner import list_runs

    rows = list_runs(state(ctx).project(), status=status)
    if as_json:
        print_json([{k: r[k] for k in ("id", "name", "status", "backend", "method", "base_model", "created_by",
                                       "created_at", "finished_at", "error", "slurm_job", "slurm_state")}
                    for r in rows])
        return
    table = Table("status", "method", "backend", "base model", "by", "created")
    table.columns.insert(0, Column("run", no_wrap=True, min_width=21))  # ids are what users copy
    on_slurm = any(r["slurm_job"] for r in rows)
    if on_slurm:
        table.add_column("Slurm job")
    for r in rows:
        cells = [r["id"], r["status"], r["method"], r["backend"], Path(r["base_model"]).name, r["created_by"],
                 r["created_at"][:19]]
        table.add_row(*cells, *([_slurm_text(r)] if on_slurm else []))
    console.print(table)


def _slurm_text(run: dict) -> str:
    """'1234 (PENDING)': a run's Slurm job and, while Slurm knows it, the job's state."""
    if not run.get("slurm_job"):
        return ""
    return run["slurm_job"] + (f" ({run['slurm_state']})" if run.get("slurm_state") else "")


@runs_app.command("show")
def runs_show(ctx: typer.Context, run_id: str = typer.Argument(...), as_json: bool = typer.Option(False, "--json"),
              events: int = typer.Option(5, "--events", help="How many of the last events to show.")) -> None:
    """A run's spec, lineage, checkpoints and last events."""
    from ..store.runs import list_checkpoints
    from ..train.events import read_events
    from ..train.runner import get_run

    project = state(ctx).project()
    run = get_run(project, run_id)
    ckpts = list_checkpoints(project, run["id"])
    last = read_events(run["run_dir"])[-events:] if events else []
    if as_json:
        print_json({**run, "checkpoints": ckpts, "events": last})
        return
    console.print(f"[bold]{run['id']}[/] {run['status']}  {run['method']} on {run['backend']}  by {run['created_by']}"
                  + (f"  Slurm job {_slurm_text(run)}" if run.get("slurm_job") else ""))
    if run["error"]:
        console.print(f"[red]{run['error']}[/]")
    console.print(f"base model: {run['base_model']}\ntraining snapshot: {run['train_snapshot']}\n"
                  f"hold-out: {run['holdout_snapshot']}\nseed: {run['seed']}\nfolder: {run['run_dir']}")
    contamination = run["lineage"].get("contamination", {})
    if contamination.get("override_reason"):
        console.print(f"[yellow]contamination overridden[/]: {contamination['override_reason']}")
    for c in ckpts:
        console.print(f"  step {c['step']:>6}  loss {c['train_loss']:.4f}  {c['path']}")
    for e in last:
        console.print("  " + json.dumps(e, ensure_ascii=False), markup=False)


@runs_app.command("follow")
def runs_follow(ctx: typer.Context, run_id: str = typer.Argument(...),
                as_json: bool = typer.Option(False, "--json")) -> None:
    """Follow a run's events until it ends."""
    from ..train.runner import get_run

    raise typer.Exit(_follow(get_run(state(ctx).project(), run_id), as_json))


@runs_app.command("cancel")
def runs_cancel(ctx: typer.Context, run_id: str = typer.Argument(...)) -> None:
    """Stop a run at its next step (its checkpoints stay; 'runs resume' continues it)."""
    from ..core.runs import RunStatus
    from ..train.runner import cancel_run

    st = state(ctx)
    run = cancel_run(st.project(), run_id, current_user(st))
    console.print(f"run {run['id']}: " + ("cancelled" if run["status"] == RunStatus.CANCELLED
                                          else "asked to stop at its next step"))


@runs_app.command("resume")
def runs_resume(ctx: typer.Context, run_id: str = typer.Argument(...), detach: bool = typer.Option(False, "--detach"),
                as_json: bool = typer.Option(False, "--json")) -> None:
    """Continue an interrupted, failed or cancelled run from its last checkpoint."""
    from ..train.checkpoints import latest_on_disk
    from ..train.events import events_size
    from ..train.runner import get_run, resume_run

    st = state(ctx)
    # Follow only the new worker's events, not the history of the earlier one(s).
    start_at = events_size(get_run(st.project(), run_id)["run_dir"])
    run = resume_run(st.project(), run_id, current_user(st))
    last = latest_on_disk(run["run_dir"])
    console.print(f"run {run['id']} resumes from " + (f"step {last[0]}" if last else "the start"))
    if not detach:
        raise typer.Exit(_follow(run, as_json, start_at))


def register(app: typer.Typer) -> None:
    app.command("train")(train)
    app.add_typer(runs_app, name="runs")
