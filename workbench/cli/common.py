"""What every command shares: the open project, signing in, printing."""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


@dataclass
class State:
    project_dir: Path
    username: str | None = None
    _project: Any = None

    def project(self):
        if self._project is None:
            from ..store import open_project

            self._project = open_project(self.project_dir)
        return self._project


def state(ctx: typer.Context) -> State:
    return ctx.find_root().obj


def read_password(prompt: str, from_stdin: bool) -> str:
    """A password from stdin (scripts, CI) or typed without echo. Never from argv."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    env = os.environ.get("WORKBENCH_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        from ..core.errors import WorkbenchError

        raise WorkbenchError("a password is needed: type it at a terminal or pass --password-stdin")
    return typer.prompt(prompt, hide_input=True)


def require_username(st: State) -> str:
    if not st.username:
        from ..core.errors import WorkbenchError

        raise WorkbenchError("this step needs a signed-in user: pass --user NAME (or set WORKBENCH_USER)")
    return st.username


def current_user(st: State):
    """The acting user for unsigned steps (role checks), or the OS login when none is named."""
    if not st.username:
        return ""
    from ..store.users import get_user

    return get_user(st.project(), st.username)


def signed_in(st: State, password_stdin: bool, purpose: str):
    """Authenticate the --user for a signed step (the password is asked every time)."""
    from ..store.users import authenticate

    name = require_username(st)
    pw = read_password(f"Password for {name} ({purpose})", password_stdin)
    return authenticate(st.project(), name, pw), pw


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def log_exception(exc: BaseException) -> Path:
    from ..paths import log_dir

    path = log_dir() / "workbench.log"
    logging.basicConfig(filename=path, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("workbench").exception("unhandled error", exc_info=exc)
    return path


PASSWORD_STDIN = typer.Option(False, "--password-stdin", help="Read the password from the first line of stdin.")
