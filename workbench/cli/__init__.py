"""The `workbench` command: thin commands that parse, call the layers below, and print.

Errors a user can meet (WorkbenchError) are printed as one clear message with exit code 2;
anything else is logged with its traceback to the log file and reported in one line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.text import Text

from .. import __version__
from ..core.errors import FIXES, WorkbenchError
from .common import State, check_arguments, console, environment_error, err_console

app = typer.Typer(
    name="workbench",
    help="Apertus Workbench: curate, de-identify, sign off, train and evaluate Apertus fine-tunes.",
    no_args_is_help=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        console.print(f"Apertus Workbench {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    project: Optional[Path] = typer.Option(
        None, "--project", "-p", envvar="WORKBENCH_PROJECT",
        help="Project folder (default: the current folder)."),
    user: Optional[str] = typer.Option(
        None, "--user", "-u", envvar="WORKBENCH_USER",
        help="Act as this user (asks for the password when a step is signed)."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    ctx.obj = State(project_dir=project or Path.cwd(), username=user)
    if ctx.invoked_subcommand is None:
        # No command: open the desktop window, like double-clicking the app.
        from .gui_cmd import open_gui

        open_gui(ctx.obj.project_dir if project else None)


def _register() -> None:
    from . import audit_cmd, data_cmd, demo_cmd, gui_cmd, items_cmd, login_cmd, usecase_cmd, users_cmd

    for module in (login_cmd, items_cmd, data_cmd, usecase_cmd, audit_cmd, users_cmd, demo_cmd, gui_cmd):
        module.register(app)
    # Commands of later layers register themselves when their module exists.
    for name in ("deid_cmd", "train_cmd", "eval_cmd", "handoff_cmd"):
        try:
            module = __import__(f"{__name__}.{name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        module.register(app)


_register()


def main(argv: list[str] | None = None) -> int:
    try:
        check_arguments(sys.argv[1:] if argv is None else argv)
        # With standalone_mode=False click returns an Exit's code instead of raising it.
        rc = app(args=argv, prog_name="workbench", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        err_console.print("aborted")
        return 1
    except WorkbenchError as exc:
        fix = FIXES.get(getattr(exc, "fix", None) or "")
        _print_error(f"{exc} (run: {fix})" if fix else str(exc))
        return 2
    except KeyboardInterrupt:
        err_console.print("interrupted")
        return 130
    except Exception as exc:  # click usage errors have their own exit codes
        if _is_usage_error(exc):
            _print_error(_usage_message(exc))
            return exc.exit_code
        known = environment_error(exc)
        if known:
            _print_error(known)
            return 2
        from .common import log_exception

        where = log_exception(exc)
        err_console.print(f"unexpected error: {exc!r} (details in {where})", highlight=False)
        return 1
    return rc if isinstance(rc, int) else 0


def _print_error(message: str) -> None:
    """One line on stderr, whatever the message holds (row lists, brackets Rich would
    read as markup): scripts and people read the first line only."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    text = " — ".join([lines[0], "; ".join(lines[1:])]) if len(lines) > 1 else (lines or ["failed"])[0]
    err_console.print(Text.assemble(("error:", "bold red"), " ", text), highlight=False)


def _usage_message(exc) -> str:
    ctx = getattr(exc, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"{exc.format_message()}{hint}"


def _is_usage_error(exc: BaseException) -> bool:
    """A mistyped command or option. Recent typer releases carry a click of their own
    (typer._click), whose exceptions are not click's: accept both."""
    classes = []
    for name in ("click", "typer._click"):
        try:
            classes.append(__import__(name, fromlist=["ClickException"]).ClickException)
        except (ImportError, AttributeError):
            continue
    return isinstance(exc, tuple(classes)) and hasattr(exc, "show")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
