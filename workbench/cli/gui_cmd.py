"""`workbench gui`: the desktop window."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def open_gui(project_dir: Path | None, demo: bool = False, **options) -> None:
    from ..gui.app import run

    raise typer.Exit(run(project_dir, demo=demo, **options))


def gui(
    ctx: typer.Context,
    project_dir: Optional[Path] = typer.Option(None, "--project", "-p",
                                               help="Project folder (also accepted before 'gui')."),
    screenshot: Optional[Path] = typer.Option(None, help="Render offscreen, save a PNG and exit."),
    view: str = typer.Option("data", help="data, editor, review, training, dashboard or audit"),
) -> None:
    """Open the desktop window on the project (--project) or the last one used."""
    root = ctx.find_root()
    project = project_dir or (root.obj.project_dir if root.params.get("project") else None)
    open_gui(project, screenshot=screenshot, view=view)


def register(app: typer.Typer) -> None:
    app.command("gui")(gui)
