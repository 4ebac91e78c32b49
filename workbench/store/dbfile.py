"""Is this file a project database this version can open? Decided before anything is written.

A project database carries SQLite's `application_id` APPLICATION_ID ('APWT'), set when it is
created and by the migration that upgrades older projects. A file that is empty, not SQLite,
truncated, another application's database or written by a newer Apertus Workbench is refused
with one message (NotAProject) before a single byte is written: opening a stranger's file
never "migrates" it.

Read commands open the file read-only. An auditor's copy often lies in a read-only folder,
where SQLite cannot create the `-shm` file that WAL mode reads through; such a file is then
opened `immutable`, which is exact as long as no write-ahead log holds unmerged commits.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from ..core.errors import NotAProject, WorkbenchError

APPLICATION_ID = 0x41505754  # 'APWT'
SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables every version of our schema has; a database without application_id (created
#: before it existed) is ours only if it has them.
OUR_TABLES = frozenset({"settings", "users", "items", "revisions", "audit"})
BUSY_TIMEOUT_S = 30.0


def _refuse(path: Path, what: str, advice: str) -> NotAProject:
    return NotAProject(f"{path} {what}: {advice}")


RESTORE = "restore workbench.sqlite from a backup (or a copy of the project folder)"


def check_file(path: Path) -> None:
    """Refuse by the bytes alone: a folder, an empty file, not SQLite, or shorter than its
    header says (a copy that stopped half-way)."""
    try:
        if path.is_dir():
            raise _refuse(path, "is a folder, not a project database", RESTORE)
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise _refuse(path, f"cannot be read ({exc.strerror or exc})",
                      "check the file's permissions") from None
    if size == 0:
        raise _refuse(path, "is empty (0 bytes) and holds no project",
                      RESTORE + ", or delete it and create a new project with 'workbench init'")
    if not head.startswith(SQLITE_HEADER):
        raise _refuse(path, "is not an SQLite database, so not an Apertus Workbench project",
                      RESTORE + ", or pass --project with the right folder")
    if len(head) < 100 or size % _page_size(head):
        raise _refuse(path, f"is truncated or damaged ({size:,} bytes)", RESTORE)
    if _journal_pending(path):
        return  # the header may describe pages still in the log: SQLite sorts it out on open
    pages = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96]  # the page count is only valid when these agree
    if header_valid and pages and size < pages * _page_size(head):
        raise _refuse(path, f"is truncated ({size:,} of {pages * _page_size(head):,} bytes)", RESTORE)


def _page_size(head: bytes) -> int:
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else max(size, 512)


def _journal_pending(path: Path) -> bool:
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size > 0:
            return True
    return False


def identify(conn: sqlite3.Connection, path: Path, newest: int) -> int:
    """The schema version of an open database that is ours; NotAProject otherwise.
    Only reads (PRAGMAs and sqlite_master)."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, f"cannot be read as a project database ({exc})", RESTORE) from None
    if app_id not in (0, APPLICATION_ID):
        raise _refuse(path, f"belongs to another application (SQLite application_id 0x{app_id & 0xFFFFFFFF:08X})",
                      "it is not an Apertus Workbench project; pass --project with the right folder")
    if app_id == 0 and not OUR_TABLES <= tables:
        what = "is an empty SQLite database" if not tables else "is an SQLite database of another application"
        raise _refuse(path, f"{what}, not an Apertus Workbench project",
                      "pass --project with the right folder, or move the file away and run 'workbench init'")
    if version > newest:
        raise _refuse(path, f"was written by a newer Apertus Workbench (schema {version}, this version "
                            f"knows {newest})", "update the application before opening it")
    return version


def check_writable(path: Path) -> None:
    """Commands that change a project need to write its file and folder (WAL and -shm)."""
    folder = path.parent
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise WorkbenchError(
            f"the project in {folder} is read-only (a read-only file, folder or medium): copy the "
            "folder somewhere writable to change it; read commands such as 'workbench audit "
            "verify' and 'workbench items list' work on it as it is")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: `mode=ro`, or `immutable=1` where SQLite cannot
    create the -shm file beside a WAL database (a read-only folder or medium)."""
    uri = "file:" + quote(str(path.resolve()))
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise WorkbenchError(
            f"{path} can only be read together with its write-ahead log ({wal.name}), and this "
            "read-only folder does not let SQLite open it: copy the project folder somewhere "
            "writable and read the copy")
    # Nothing can change an immutable file behind our back here: the folder is read-only.
    return sqlite3.connect(uri + "?immutable=1", uri=True, check_same_thread=False)
