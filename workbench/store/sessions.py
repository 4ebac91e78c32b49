"""Command-line sign-in: `workbench login` starts a session, every write command checks it.

A session is a random token in a file only the OS user can read (0600, under the user's
config folder, one file per project). The project keeps only the token's SHA-256, inside the
`auth.login` audit entry, so the file alone cannot name another user (the hash would not
match) and the database alone cannot be used to act (it holds no token). A session is valid
while it is younger than the project's `session_hours` (default 8), was started by the same
OS user, was not ended by `auth.logout`, and its user is still active.

The window keeps its own sign-in in memory; this module is for the command line only.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import AuthenticationFailed, WorkbenchError
from ..core.roles import User
from . import audit, settings
from .clock import os_actor
from .users import authenticate, get_user

if TYPE_CHECKING:
    from .project import Project

DEFAULT_SESSION_HOURS = 8
HOURS_KEY = "session_hours"


def session_hours(project: "Project") -> float:
    return float(settings.get_value(project, HOURS_KEY, DEFAULT_SESSION_HOURS))


def session_file(project: "Project") -> Path:
    from ..paths import config_dir

    key = hashlib.sha256(str(project.root.resolve()).encode("utf-8")).hexdigest()[:24]
    return config_dir() / "sessions" / f"{key}.json"


def login(project: "Project", username: str, password: str) -> dict:
    """Check the password, start a session and write its file; return what was written."""
    user = authenticate(project, username, password)
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(hours=session_hours(project))
    record = {"project": str(project.root.resolve()), "username": user.username,
              "os_user": os_actor(), "expires_at": expires.isoformat(), "token": token}
    with project.transaction():
        audit.append(project, actor=user.username, action="auth.login", object_type="user",
                     object_id=user.username,
                     after={"session": _token_hash(token), "os_user": record["os_user"],
                            "expires_at": record["expires_at"]})
    _write_private(session_file(project), record)
    return {k: v for k, v in record.items() if k != "token"}


def logout(project: "Project") -> str | None:
    """End this OS user's session of the project; return who was signed in (None: nobody)."""
    path = session_file(project)
    record = _read(path)
    path.unlink(missing_ok=True)
    if record is None:
        return None
    with project.transaction():
        audit.append(project, actor=record.get("username", "?"), action="auth.logout", object_type="user",
                     object_id=record.get("username", "?"), after={"session": _token_hash(record.get("token", ""))})
    return record.get("username")


def current_user(project: "Project") -> User:
    """The user of a valid session, or an error that says how to sign in."""
    record = _read(session_file(project))
    if record is None:
        raise AuthenticationFailed(
            "nobody is signed in to this project: run 'workbench login --user NAME' first")
    expires = datetime.fromisoformat(record["expires_at"])
    if expires <= datetime.now(timezone.utc):
        raise AuthenticationFailed("your session has expired: run 'workbench login' again")
    if record.get("os_user") != os_actor():
        raise AuthenticationFailed("this session belongs to another OS user: run 'workbench login' as yourself")
    username, hashed = record["username"], _token_hash(record["token"])
    if not _session_open(project, username, hashed):
        raise AuthenticationFailed("this session is not known to the project (ended, or from another "
                                   "project): run 'workbench login' again")
    return get_user(project, username)


def _session_open(project: "Project", username: str, hashed: str) -> bool:
    """The login entry with this token hash exists for this user and no logout ended it."""
    started = ended = False
    for action, after in project.conn.execute(
            "SELECT action, after FROM audit WHERE object_type = 'user' AND object_id = ? "
            "AND action IN ('auth.login', 'auth.logout') ORDER BY seq", (username,)):
        if json.loads(after or "{}").get("session") == hashed:
            started |= action == "auth.login"
            ended |= action == "auth.logout"
    return started and not ended


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _read(path: Path) -> dict | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    required = {"username", "token", "expires_at", "os_user"}
    return record if isinstance(record, dict) and required <= record.keys() else None


def _write_private(path: Path, record: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(record, fh)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        raise WorkbenchError(f"could not write the session file {path}: {exc.strerror}") from exc
