"""What every command shares: the open project, signing in, printing."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from ..paths import env_password

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


@dataclass
class State:
    project_dir: Path
    username: str | None = None
    _project: Any = None

    def project(self, *, readonly: bool = False):
        """The open project. readonly: for commands that only read — the file is opened so
        that nothing can be written (a read-only copy works) and it is never migrated."""
        if self._project is None:
            from ..store import open_project

            self._project = open_project(self.project_dir, readonly=readonly)
        return self._project


def state(ctx: typer.Context) -> State:
    return ctx.find_root().obj


def read_password(prompt: str, from_stdin: bool) -> str:
    """A password from stdin (scripts, CI) or typed without echo. Never from argv."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    env = env_password()
    if env is not None:
        return env
    if not sys.stdin.isatty():
        from ..core.errors import WorkbenchError

        raise WorkbenchError("a password is needed: type it at a terminal or pass --password-stdin")
    return typer.prompt(prompt, hide_input=True)


def require_username(st: State) -> str:
    """Who signs a signed step: --user when given, else the session's user. Either way the
    password asked next is what authenticates them."""
    from ..core.errors import WorkbenchError
    from ..store.sessions import current_user as session_user

    if st.username:
        return st.username
    try:
        return session_user(st.project()).username
    except WorkbenchError:
        raise WorkbenchError("this step needs a signed-in user: run 'workbench login --user NAME' "
                             "first, or name the signer with --user NAME") from None


def current_user(st: State):
    """The acting user of an unsigned write: the user of this OS account's session
    (`workbench login`). --user cannot stand in for a session: naming someone is not being them."""
    from ..core.errors import WorkbenchError
    from ..store.sessions import current_user as session_user

    user = session_user(st.project())
    if st.username and st.username != user.username:
        raise WorkbenchError(f"you are signed in as {user.username}, not {st.username}: "
                             f"run 'workbench logout', then 'workbench login --user {st.username}'")
    return user


def signed_in(st: State, password_stdin: bool, purpose: str):
    """Authenticate the signer of a signed step (the password is asked every time)."""
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


def check_arguments(argv: list[str]) -> None:
    """Refuse arguments that are not text: bytes the terminal's encoding could not decode
    reach Python as unpaired surrogates, which no file or database can store."""
    from ..core.errors import ValidationError

    for n, arg in enumerate(argv, start=1):
        if any("\ud800" <= ch <= "\udfff" for ch in arg):
            raise ValidationError(
                f"argument {n} is not valid text (bytes that are not UTF-8): retype it, or set "
                "your terminal to UTF-8")


#: SQLite's words for a damaged, full or unwritable database → what the user should do.
_SQLITE_PROBLEMS = (
    ("malformed", "the project database is damaged ({exc}): restore workbench.sqlite from a backup"),
    ("not a database", "the project database is damaged ({exc}): restore workbench.sqlite from a backup"),
    ("readonly database", "the project is read-only ({exc}): copy the folder somewhere writable to change it"),
    ("disk is full", "the disk is full ({exc}): free some space and try again"),
    ("disk i/o error", "the disk failed while reading or writing the project ({exc}): check the medium"),
    ("unable to open database", "cannot open the project database ({exc}): check the folder and its permissions"),
)


def environment_error(exc: BaseException) -> str | None:
    """A one-line message for failures that come from the machine, not from a bug: a damaged
    or read-only database, a full disk, a file or folder that cannot be written. None for
    anything else (which is a bug, logged with its traceback)."""
    import sqlite3

    if isinstance(exc, sqlite3.DatabaseError):
        text = str(exc).lower()
        for needle, message in _SQLITE_PROBLEMS:
            if needle in text:
                return message.format(exc=exc)
        return None
    if isinstance(exc, OSError) and exc.filename is not None and exc.strerror:
        return (f"cannot use {exc.filename}: {exc.strerror}; check that it is the right file or "
                "folder, that you may read or write it, and that its disk has free space")
    return None
