"""`workbench init`, `workbench demo`, `workbench tiny-model`, `workbench status`."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from .common import console, state


def init(
    directory: Path = typer.Argument(..., help="Folder of the new project."),
    demo: bool = typer.Option(False, "--demo", help="Fill it with the demo items and demo users."),
    name: Optional[str] = typer.Option(None, help="Project name (default: the folder name)."),
) -> None:
    """Create a project (a folder with one SQLite file)."""
    from ..store import init_project
    from ..store.demo import DEMO_PASSWORD, create_demo_project

    if demo:
        project = create_demo_project(directory)
        console.print(f"demo project created in {project.root}")
        console.print(f"demo users (password '{DEMO_PASSWORD}'): admin, anna (de-CH), ueli (gsw), "
                      "claire (fr-CH), giulia (it-CH), curdin (rm), emma (en), erik (engineer), "
                      "cora (compliance), max (annotator)")
        _summary(project)
    else:
        project = init_project(directory, name=name)
        console.print(f"project created in {project.root}; add the first user with "
                      f"'workbench -p {directory} users add NAME --role admin'")


def _summary(project) -> None:
    from ..core.locales import LOCALE_CODES
    from ..store.audit import verify_chain
    from ..store.items import counts_by

    counts: dict = {}
    for row in counts_by(project, "kind", "locale", "status"):
        counts.setdefault((row["kind"], row["locale"]), {})[row["status"]] = row["count"]
    table = Table("locale", "pairs", "hold-out", "signed off", box=None)
    for loc in LOCALE_CODES:
        pairs = sum(counts.get(("pair", loc), {}).values())
        hold = sum(counts.get(("holdout", loc), {}).values())
        signed = (counts.get(("pair", loc), {}).get("signed_off", 0)
                  + counts.get(("holdout", loc), {}).get("signed_off", 0))
        table.add_row(loc, str(pairs), str(hold), str(signed))
    console.print(table)
    report = verify_chain(project)
    console.print(f"audit trail: {'intact' if report.ok else 'BROKEN'}, {report.entries} entries, "
                  f"head {report.head[:16]}…")
    from ..store.users import relaxations

    for relaxed in relaxations(project):
        console.print(f"[bold yellow]{relaxed}[/]")


def status(ctx: typer.Context) -> None:
    """Summarise the project: items per locale, snapshots, audit state."""
    _summary(state(ctx).project(readonly=True))


def demo(
    headless: bool = typer.Option(False, "--headless", help="No window: run the loop and print the result."),
    out: Optional[Path] = typer.Option(None, help="Folder for the demo project (default: a temporary one)."),
    backend: str = typer.Option("peft", help="peft or mlx (used by the training step)."),
) -> None:
    """Create a fresh demo project and open it (or, headless, walk the loop and print a summary)."""
    folder = out or Path(tempfile.mkdtemp(prefix="apertus-demo-"))
    if headless:
        _headless(folder, backend)
        return
    if not (folder / "workbench.sqlite").exists():
        from ..evaluate.demo_loop import create_prepared_demo

        console.print(f"preparing the demo project in {folder} …")
        create_prepared_demo(folder, say=console.print).close()
    from .gui_cmd import open_gui

    open_gui(folder, demo=True)


def _headless(folder: Path, backend: str) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..evaluate.demo_loop import run_demo_loop
    from .common import err_console
    from .eval_cmd import print_assessment

    if (folder / "workbench.sqlite").exists():
        from ..core.errors import ValidationError

        raise ValidationError(f"{folder} already holds a project: the headless demo needs a new folder")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("loss {task.fields[loss]}"), console=err_console, transient=True) as bar:
        task = bar.add_task("training", total=None, loss="–")

        def on_event(e: dict) -> None:
            if e.get("total_steps"):
                bar.update(task, total=e["total_steps"])
            if e["type"] == "step":
                bar.update(task, completed=e["step"], loss=f"{float(e['loss']):.3f}")

        def on_event_bar(e: dict) -> None:
            if e["type"] == "started":
                bar.reset(task, total=e.get("total_steps"))
            on_event(e)

        result = run_demo_loop(folder, backend=backend, say=bar.console.print, on_event=on_event_bar)
    from .eval_cmd import decision_line

    for number, outcome in enumerate(result.outcomes, 1):
        console.rule(f"run {number}: {outcome.demo_run.title}", style="dim")
        print_assessment(outcome.assessment)
        console.print(decision_line(outcome.decision), highlight=False, markup=False)
    _summary(result.project)
    for outcome in result.outcomes:
        console.print(f"report: workbench -p {folder} report {outcome.run['id']} --out report.html")


def tiny_model(
    out: Path = typer.Argument(..., help="Folder to write the checkpoint to."),
    seed: int = typer.Option(0, help="Seed of the random weights."),
) -> None:
    """Write the tiny random-weight Apertus used by tests and the demo (few MB, no download)."""
    from ..train.tiny_model import build_tiny_apertus

    path = build_tiny_apertus(out, seed=seed)
    size = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    console.print(f"tiny Apertus written to {path} ({size / 1e6:.1f} MB)")


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("status")(status)
    app.command("demo")(demo)
    app.command("tiny-model")(tiny_model)
