"""Schema and migrations.

The schema version lives in SQLite's `user_version`. Each migration is a function that takes
the project from version N-1 to N inside one transaction, so a crash mid-migration leaves the
previous version intact. Never edit a released migration: add the next one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..core.errors import WorkbenchError

if TYPE_CHECKING:
    from .project import Project

# Tables whose rows are evidence: once written, never changed or removed. The triggers make
# SQLite itself refuse, so a bug (or a casual sqlite3 session) cannot rewrite history.
APPEND_ONLY = ("audit", "revisions", "signatures", "signature_items", "snapshots",
               "snapshot_items")


def _v1() -> str:
    sql = """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);

        CREATE TABLE users (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE user_roles (
            username TEXT NOT NULL REFERENCES users(username),
            role TEXT NOT NULL,
            locale TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (username, role, locale)
        );

        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('pair', 'holdout')),
            locale TEXT NOT NULL,
            status TEXT NOT NULL,
            current_rev INTEGER NOT NULL,
            tags TEXT NOT NULL DEFAULT '[]',
            source TEXT NOT NULL DEFAULT '',
            import_id TEXT,
            dedup_key TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX items_kind_locale_status ON items (kind, locale, status);
        CREATE INDEX items_status ON items (status);
        CREATE INDEX items_import ON items (import_id);
        CREATE INDEX items_dedup ON items (dedup_key);

        CREATE TABLE revisions (
            item_id INTEGER NOT NULL REFERENCES items(id),
            rev INTEGER NOT NULL,
            prompt TEXT NOT NULL,
            response TEXT NOT NULL,
            system TEXT NOT NULL DEFAULT '',
            checks TEXT NOT NULL DEFAULT '{}',
            content_hash TEXT NOT NULL,
            origin TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (item_id, rev)
        );
        CREATE INDEX revisions_hash ON revisions (content_hash);

        CREATE TABLE signatures (
            id INTEGER PRIMARY KEY,
            signer TEXT NOT NULL REFERENCES users(username),
            signer_name TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            meaning TEXT NOT NULL,
            subject_type TEXT NOT NULL,
            manifest_hash TEXT NOT NULL,
            item_count INTEGER NOT NULL
        );
        CREATE TABLE signature_items (
            signature_id INTEGER NOT NULL REFERENCES signatures(id),
            item_id INTEGER NOT NULL REFERENCES items(id),
            rev INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            PRIMARY KEY (signature_id, item_id)
        );
        CREATE INDEX signature_items_item ON signature_items (item_id, rev);

        CREATE TABLE snapshots (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            frozen INTEGER NOT NULL DEFAULT 0,
            manifest_hash TEXT NOT NULL,
            item_count INTEGER NOT NULL,
            locale_counts TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            signature_id INTEGER REFERENCES signatures(id)
        );
        CREATE TABLE snapshot_items (
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id),
            item_id INTEGER NOT NULL REFERENCES items(id),
            rev INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            PRIMARY KEY (snapshot_id, item_id)
        );

        -- De-identification findings on one revision; written by workbench.deid.
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id),
            rev INTEGER NOT NULL,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            entity TEXT NOT NULL,
            score REAL NOT NULL,
            detector TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT 'pending',
            decided_by TEXT,
            decided_at TEXT
        );
        CREATE INDEX findings_item ON findings (item_id, rev, decision);

        CREATE TABLE imports (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            kind TEXT NOT NULL,
            item_count INTEGER NOT NULL,
            duplicate_count INTEGER NOT NULL,
            actor TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            ts TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            object_type TEXT NOT NULL,
            object_id TEXT NOT NULL,
            before TEXT,
            after TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        );
        CREATE INDEX audit_object ON audit (object_type, object_id);
        CREATE INDEX audit_action ON audit (action);

        -- Full-text search over every revision's text; the items view joins on current_rev.
        -- Filled by store/items.py right after it appends revisions, in the same transaction:
        -- one INSERT … SELECT per batch is ~15x faster than a per-row trigger on 100k rows.
        CREATE VIRTUAL TABLE revisions_fts USING fts5(
            prompt, response, system, content='revisions', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2');
        """
    for table in APPEND_ONLY:
        sql += f"""
            CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be changed'); END;
            CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be deleted'); END;
            """
    return sql


def _v2_runs() -> str:
    """Training runs and their checkpoints (the run registry)."""
    return """
        CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            backend TEXT NOT NULL,
            method TEXT NOT NULL,
            base_model TEXT NOT NULL,
            spec TEXT NOT NULL,
            train_snapshot TEXT NOT NULL REFERENCES snapshots(id),
            holdout_snapshot TEXT NOT NULL REFERENCES snapshots(id),
            seed INTEGER NOT NULL,
            run_dir TEXT NOT NULL,
            lineage TEXT NOT NULL DEFAULT '{}',
            error TEXT,
            pid INTEGER,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT
        );
        CREATE INDEX runs_status ON runs (status);
        CREATE TABLE checkpoints (
            run_id TEXT NOT NULL REFERENCES runs(id),
            step INTEGER NOT NULL,
            path TEXT NOT NULL,
            train_loss REAL,
            sha256 TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (run_id, step)
        );
    """


def _v3_evaluations() -> str:
    """Evaluation results: one evaluation per run x checkpoint ('base' for the untuned model),
    every generated answer (linked to the exact hold-out revision), per-locale scores, and
    the signed go/no-go decisions. Answers, scores and decisions are evidence: append-only."""
    sql = """
        CREATE TABLE evaluations (
            id TEXT PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs(id),
            checkpoint TEXT NOT NULL,
            step INTEGER,
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id),
            backend TEXT NOT NULL,
            settings TEXT NOT NULL,
            settings_hash TEXT NOT NULL,
            status TEXT NOT NULL,
            item_count INTEGER NOT NULL DEFAULT 0,
            answers_hash TEXT,
            error TEXT,
            duration_s REAL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            finished_at TEXT
        );
        CREATE INDEX evaluations_run ON evaluations (run_id, checkpoint, status);
        CREATE TABLE eval_answers (
            evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
            item_id INTEGER NOT NULL,
            rev INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            locale TEXT NOT NULL,
            answer TEXT NOT NULL,
            new_tokens INTEGER,
            checks TEXT NOT NULL DEFAULT '{}',
            fidelity TEXT,
            PRIMARY KEY (evaluation_id, item_id),
            FOREIGN KEY (item_id, rev) REFERENCES revisions(item_id, rev)
        );
        CREATE TABLE eval_scores (
            evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
            run_id TEXT NOT NULL,
            checkpoint TEXT NOT NULL,
            locale TEXT NOT NULL,
            metric TEXT NOT NULL,
            score REAL,
            ci_low REAL,
            ci_high REAL,
            n INTEGER NOT NULL,
            base_score REAL,
            delta REAL,
            delta_low REAL,
            delta_high REAL,
            p_value REAL,
            signature TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evaluation_id, locale, metric)
        );
        CREATE INDEX eval_scores_run ON eval_scores (run_id, checkpoint, locale);
        CREATE TABLE eval_decisions (
            id INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs(id),
            checkpoint TEXT NOT NULL,
            recommendation TEXT NOT NULL,
            decision TEXT NOT NULL,
            rationale TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,
            payload_hash TEXT NOT NULL,
            signer TEXT NOT NULL REFERENCES users(username),
            signer_name TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            meaning TEXT NOT NULL
        );
        CREATE INDEX eval_decisions_run ON eval_decisions (run_id);
    """
    for table in ("eval_answers", "eval_scores", "eval_decisions"):
        sql += f"""
            CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be changed'); END;
            CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be deleted'); END;
            """
    return sql


#: Each entry returns the SQL script that takes the schema one version up. Append only:
#: a released migration is never edited.
MIGRATIONS: list[Callable[[], str]] = [_v1, _v2_runs, _v3_evaluations]
SCHEMA_VERSION = len(MIGRATIONS)


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
        # together with the schema change or not at all.
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version + 1};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # Another process may have migrated first; re-read before failing.
            if current_version(project) > version:
                version = current_version(project)
                continue
            raise
        version += 1
        applied += 1
    return applied
