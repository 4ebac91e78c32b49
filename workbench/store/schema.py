"""Schema and migrations.

The schema version lives in SQLite's `user_version`. Each migration is a function that takes
the project from version N-1 to N inside one transaction, so a crash mid-migration leaves the
previous version intact. Never edit a released migration: add the next one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..core.errors import WorkbenchError
from .migrations import (APPEND_ONLY, v1_foundation, v2_runs, v3_evaluations, v4_portable,  # noqa: F401
                         v5_keys, v6_fixed_facts, v7_deid_facts, v8_item_comments,
                         v9_meaning_as_shown, v10_answer_samples, v11_use_cases)

if TYPE_CHECKING:
    from .project import Project

#: Each entry returns the SQL script that takes the schema one version up. Append only:
#: a released migration is never edited.
MIGRATIONS: list[Callable[[], str]] = [v1_foundation, v2_runs, v3_evaluations, v4_portable, v5_keys,
                                       v6_fixed_facts, v7_deid_facts, v8_item_comments,
                                       v9_meaning_as_shown, v10_answer_samples, v11_use_cases]
SCHEMA_VERSION = len(MIGRATIONS)


def _dangling(conn, tables) -> int:
    return sum(len(conn.execute(f"PRAGMA foreign_key_check({t})").fetchall()) for t in tables
               if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (t,)).fetchone())


def current_version(project: "Project") -> int:
    return project.conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(project: "Project") -> int:
    """Bring the database to SCHEMA_VERSION; return the number of migrations applied."""
    version = current_version(project)
    if version > SCHEMA_VERSION:
        raise WorkbenchError(
            f"this project was written by a newer Apertus Workbench (schema {version}, this "
            f"version knows {SCHEMA_VERSION}): update the application before opening it")
    applied = 0
    conn = project.conn
    while version < SCHEMA_VERSION:
        script = MIGRATIONS[version]()
        # executescript() would COMMIT any open transaction first, so the transaction is
        # part of the script itself. user_version is transactional in SQLite: it moves
        # together with the schema change or not at all. Foreign keys are off while a step
        # runs (SQLite's way to rebuild a table others refer to; the pragma cannot change
        # inside a transaction) and every reference is checked before the step commits.
        # Only the tables a step says refer to what it rebuilds are checked, before and after
        # (a project may carry dangling references from long ago; a step must add none).
        conn.execute("PRAGMA foreign_keys = OFF")
        watched = getattr(MIGRATIONS[version], "rebuilds_referenced_by", ())
        try:
            before = _dangling(conn, watched)
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version + 1};\n")
            if _dangling(conn, watched) > before:
                raise WorkbenchError(f"schema step {version + 1} would break references from "
                                     f"{', '.join(watched)}: nothing was changed")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # Another process may have migrated first; re-read before failing.
            if current_version(project) > version:
                version = current_version(project)
                continue
            raise
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
        version += 1
        applied += 1
    return applied
