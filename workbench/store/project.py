"""Opening a project folder and running write transactions on its database.

Two writers on one project (two windows, the GUI and a CLI) are normal. SQLite serialises
them: WAL lets readers carry on while one writer works, every write transaction starts with
BEGIN IMMEDIATE so it takes the write lock up front (no deadlock on lock upgrade), and a
busy timeout plus a short retry loop makes a second writer wait instead of failing.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

from ..core.errors import NotFound, WorkbenchError
from . import schema

DB_NAME = "workbench.sqlite"
BUSY_TIMEOUT_S = 30.0


def utc_now() -> str:
    """UTC time with microseconds, ISO 8601 — sortable as text, unambiguous to an auditor."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def os_actor() -> str:
    """Who is at the keyboard when nobody signed in (recorded, never trusted for signatures)."""
    try:
        return "os:" + getpass.getuser()
    except Exception:  # pragma: no cover - containers without a passwd entry
        return "os:unknown"


@dataclass
class Project:
    root: Path
    db: sqlite_utils.Database

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def path(self) -> Path:
        return self.root / DB_NAME

    @property
    def runs_dir(self) -> Path:
        return self.root / "runs"

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic write: everything inside commits together, or nothing does.

        Nested calls join the outer transaction (sqlite-utils' atomic() uses savepoints).
        """
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        _begin_immediate(self.conn)
        try:
            yield self.db
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _begin_immediate(conn: sqlite3.Connection, attempts: int = 5) -> None:
    for attempt in range(attempts):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if attempt == attempts - 1:
                raise WorkbenchError(
                    "the project is busy: another window or command has been writing to it for "
                    f"over {int(BUSY_TIMEOUT_S * attempts)} s; try again when it has finished") from exc
            time.sleep(0.2 * (attempt + 1))


def _connect(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable across application crashes in WAL mode (only an OS crash can lose the
    # last commits, never corrupt the file), and makes bulk imports several times faster.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # 32 MB page cache: bulk imports touch several indexes at once; the default 2 MB thrashes.
    conn.execute("PRAGMA cache_size = -32768")
    return db


def find_project_root(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        if (folder / DB_NAME).exists():
            return folder
    return None


def open_project(root: Path | str, *, migrate: bool = True) -> Project:
    """Open an existing project folder (or a folder inside one)."""
    root = Path(root).expanduser().resolve()
    found = find_project_root(root)
    if found is None:
        raise NotFound(
            f"no Apertus Workbench project at {root}: create one with 'workbench init {root}' "
            "or pass --project DIR")
    project = Project(found, _connect(found / DB_NAME))
    if migrate:
        schema.migrate(project)
    return project


def init_project(root: Path | str, *, name: str | None = None) -> Project:
    """Create a project folder with an empty, migrated database."""
    root = Path(root).expanduser().resolve()
    if (root / DB_NAME).exists():
        raise WorkbenchError(f"{root} already holds a project: open it instead of creating one")
    root.mkdir(parents=True, exist_ok=True)
    project = Project(root, _connect(root / DB_NAME))
    schema.migrate(project)
    (root / "runs").mkdir(exist_ok=True)
    from . import audit, settings

    with project.transaction():
        settings.set_value(project, "project_name", name or root.name)
        settings.set_value(project, "created_at", utc_now())
        audit.append(project, actor=os_actor(), action="project.create", object_type="project",
                     object_id=name or root.name, after={"schema_version": schema.SCHEMA_VERSION})
    return project
