"""Opening a project folder and running write transactions on its database.

Two writers on one project (two windows, the GUI and a CLI) are normal. SQLite serialises
them: WAL lets readers carry on while one writer works, every write transaction starts with
BEGIN IMMEDIATE so it takes the write lock up front (no deadlock on lock upgrade), and a
busy timeout plus a short retry loop makes a second writer wait instead of failing.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import itertools
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..core.errors import NotFound, WorkbenchError
from . import dbfile, schema
from .clock import os_actor, utc_now

DB_NAME = "workbench.sqlite"
BUSY_TIMEOUT_S = 30.0

_savepoint_ids = itertools.count(1)


@dataclass
class Project:
    root: Path
    conn: sqlite3.Connection

    def __post_init__(self) -> None:
        self._counted = self.path.resolve()
        _OPEN[self._counted] += 1

    @property
    def path(self) -> Path:
        return self.root / DB_NAME

    @property
    def runs_dir(self) -> Path:
        return self.root / "runs"

    @contextlib.contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside commits together, or nothing does.

        A nested call joins the outer transaction through a savepoint: if it fails, only its
        own changes are undone and the outer transaction carries on (or fails as a whole).
        `durable`: a signature's transaction is synced to disk before COMMIT returns
        (synchronous=FULL), so a signer never sees "signed" for a record a power cut loses;
        everything else keeps WAL's NORMAL, which is safe across application crashes.
        """
        if self.conn.in_transaction:
            with _savepoint(self.conn):
                yield self.conn
            return
        if durable:
            self.conn.execute("PRAGMA synchronous = FULL")
            try:
                with self.transaction():
                    yield self.conn
            finally:
                self.conn.execute("PRAGMA synchronous = NORMAL")
            return
        _begin_immediate(self.conn)
        try:
            yield self.conn
        except BaseException:
            _rollback(self.conn)
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            # A refused COMMIT (a deferred foreign key, SQLITE_BUSY, a full disk) leaves the
            # transaction open: undo it, or every later write would join a dead transaction.
            _rollback(self.conn)
            raise

    def close(self) -> None:
        self.conn.close()
        if self._counted is not None:
            _OPEN[self._counted] -= 1
            self._counted = None

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _rollback(conn: sqlite3.Connection) -> None:
    # An error such as a RAISE(ROLLBACK) trigger may have ended the transaction already.
    if conn.in_transaction:
        conn.execute("ROLLBACK")


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    name = f"wb_savepoint_{next(_savepoint_ids)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        # Cleaning up a savepoint that a RAISE(ROLLBACK) already destroyed would mask the
        # original error with "no such savepoint".
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            conn.execute(f"RELEASE SAVEPOINT {name}")
        raise
    conn.execute(f"RELEASE SAVEPOINT {name}")


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


def _connect(path: Path, *, new: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    if not new:
        # Before the first write (switching to WAL is one): a stranger's file stays untouched.
        try:
            dbfile.identify(conn, path, schema.SCHEMA_VERSION)
        except BaseException:
            conn.close()
            raise
    # Recursive triggers also make INSERT OR REPLACE fire DELETE triggers, so a REPLACE cannot
    # slip past the append-only tables' no-delete triggers.
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable across application crashes in WAL mode (only an OS crash can lose the
    # last commits, never corrupt the file), and makes bulk imports several times faster.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # 32 MB page cache: bulk imports touch several indexes at once; the default 2 MB thrashes.
    conn.execute("PRAGMA cache_size = -32768")
    return conn


#: Connections this process holds, per database file (see open_project).
_OPEN: collections.Counter = collections.Counter()


def _open_here(path: Path) -> bool:
    return _OPEN[path.resolve()] > 0


def find_project_root(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        if (folder / DB_NAME).exists():
            return folder
    return None


def open_project(root: Path | str, *, migrate: bool = True, readonly: bool = False) -> Project:
    """Open an existing project folder (or a folder inside one).

    readonly: for commands that only read (status, listing, audit verification). The file
    is opened so that nothing can be written, even on a read-only medium, and it is never
    migrated: a project of an older schema is read through an upgraded private copy."""
    root = Path(root).expanduser().resolve()
    found = find_project_root(root)
    if found is None:
        raise NotFound(
            f"no Apertus Workbench project at {root}: create one with 'workbench init {root}' "
            "or pass --project DIR")
    path = found / DB_NAME
    if not _open_here(path):
        # Reading the header opens and closes the file, and closing any descriptor of a file
        # drops every POSIX lock this process holds on it, SQLite's included: with a
        # connection already open here (the window's, beside a background task's), another
        # process could then write under it. Such a file was checked when it was opened.
        dbfile.check_file(path)
    if readonly:
        conn = dbfile.connect_readonly(path)
        try:
            version = dbfile.identify(conn, path, schema.SCHEMA_VERSION)
        except BaseException:
            conn.close()
            raise
        if version < schema.SCHEMA_VERSION:
            conn = _upgraded_copy(found, conn)
        return Project(found, conn)
    dbfile.check_writable(path)
    project = Project(found, _connect(path))
    if migrate:
        schema.migrate(project)
    return project


def _upgraded_copy(root: Path, conn: sqlite3.Connection) -> sqlite3.Connection:
    """An older project opened for reading: its database is copied to a private scratch file
    and migrated there, so every query of this version works while the project's own file
    stays as it is (it is upgraded when a command that changes the project opens it)."""
    scratch = Path(tempfile.mkdtemp(prefix="workbench-read-"))
    atexit.register(shutil.rmtree, scratch, True)
    copy = sqlite3.connect(scratch / DB_NAME, check_same_thread=False)
    try:
        conn.backup(copy)
    finally:
        conn.close()
    schema.migrate(Project(root, copy))
    copy.execute("PRAGMA query_only = ON")
    return copy


def init_project(root: Path | str, *, name: str | None = None) -> Project:
    """Create a project folder with an empty, migrated database."""
    root = Path(root).expanduser().resolve()
    if (root / DB_NAME).exists():
        raise WorkbenchError(f"{root} already holds a project: open it instead of creating one")
    try:
        root.mkdir(parents=True, exist_ok=True)
        project = Project(root, _connect(root / DB_NAME, new=True))
    except (OSError, sqlite3.OperationalError) as exc:
        raise WorkbenchError(f"cannot create a project in {root} ({getattr(exc, 'strerror', None) or exc}): "
                             "choose a folder you can write to") from None
    schema.migrate(project)
    (root / "runs").mkdir(exist_ok=True)
    from . import audit, settings

    with project.transaction():
        settings.set_value(project, "project_name", name or root.name)
        settings.set_value(project, "created_at", utc_now())
        audit.append(project, actor=os_actor(), action="project.create", object_type="project",
                     object_id=name or root.name, after={"schema_version": schema.SCHEMA_VERSION})
    return project
