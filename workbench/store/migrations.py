"""The SQL of each schema version, one function per step (store/schema.py runs them).

Released steps are never edited: a change is a new step at the end of `schema.MIGRATIONS`.
"""

from __future__ import annotations

# Tables whose rows are evidence: once written, never changed or removed. The triggers make
# SQLite itself refuse, so a bug (or a casual sqlite3 session) cannot rewrite history.
APPEND_ONLY = ("audit", "revisions", "signatures", "signature_items", "snapshots",
               "snapshot_items")


def _append_only(table: str) -> str:
    return f"""
        CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be changed'); END;
        CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows cannot be deleted'); END;
        """


def v1_foundation() -> str:
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
        sql += _append_only(table)
    return sql


def v2_runs() -> str:
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


def v3_evaluations() -> str:
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
        sql += _append_only(table)
    return sql


def v4_portable() -> str:
    """A project that identifies itself, moves, and claims its work.

    - `application_id` 'APWT': a file without it (and without our tables) is refused
      before anything is written to it (store/dbfile.py).
    - Run folders and checkpoints are stored relative to the project folder, so a copied
      or moved project (or a read-only copy on a USB stick) finds them. A run folder is
      always `<project>/runs/<run id>`, so any absolute path ending in `/runs/<run id>` is
      one of ours, wherever the project lay when it was written.
    - `leases`: work in progress claimed by one process (a `deid run` claims the revisions
      it analyses, an evaluation its run/checkpoint/settings), with an owner and an expiry,
      so two processes split work instead of doing it twice."""
    from .dbfile import APPLICATION_ID

    tail = "'/runs/' || {id}"
    posix = "replace({col}, '\\', '/')"
    run_dir, ck_path = posix.format(col="run_dir"), posix.format(col="path")
    runs_tail, ck_tail = tail.format(id="id"), tail.format(id="run_id")
    return f"""
        PRAGMA application_id = {APPLICATION_ID};
        CREATE TABLE leases (
            resource TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            acquired_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE INDEX leases_owner ON leases (owner);
        UPDATE runs SET run_dir = 'runs/' || id
            WHERE substr({run_dir}, -length({runs_tail})) = {runs_tail};
        UPDATE checkpoints
            SET path = 'runs/' || run_id || substr({ck_path}, instr({ck_path}, {ck_tail} || '/') + length({ck_tail}))
            WHERE instr({ck_path}, {ck_tail} || '/') > 0;
    """


def v5_keys() -> str:
    """Digital signatures (store/keys.py): every user's Ed25519 public keys, the sealed private
    key, and one proof per e-signature or decision. Revisions record their locale, so every
    content hash can be recomputed from the stored text. Signatures written before this version
    stay valid as password-only e-signatures (they have no proof) and are shown as such.
    Checkpoints become append-only, and an evaluation can only change while it runs."""
    sql = """
        -- The locale a revision was written in (it is part of its content hash); NULL for
        -- revisions of before this version, whose locale is the item's.
        ALTER TABLE revisions ADD COLUMN locale TEXT;
        CREATE TABLE user_keys (
            key_id TEXT PRIMARY KEY,
            username TEXT NOT NULL REFERENCES users(username),
            public_key TEXT NOT NULL,
            sealed_private TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX user_keys_user ON user_keys (username);
        CREATE TABLE digital_signatures (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('signature', 'decision')),
            ref INTEGER NOT NULL,
            key_id TEXT NOT NULL REFERENCES user_keys(key_id),
            signer TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            digest TEXT NOT NULL,
            meaning TEXT NOT NULL,
            audit_head TEXT NOT NULL,
            signature TEXT NOT NULL,
            UNIQUE (kind, ref)
        );
        CREATE TRIGGER evaluations_frozen_when_done BEFORE UPDATE ON evaluations WHEN OLD.status != 'running'
        BEGIN SELECT RAISE(ABORT, 'a finished evaluation cannot be changed'); END;
        CREATE TRIGGER evaluations_no_delete BEFORE DELETE ON evaluations
        BEGIN SELECT RAISE(ABORT, 'evaluations are append-only: rows cannot be deleted'); END;
        """
    for table in ("user_keys", "digital_signatures", "checkpoints"):
        sql += _append_only(table)
    return sql


def _frozen_columns(table: str, columns: str, why: str) -> str:
    return f"""
        CREATE TRIGGER {table}_facts_fixed BEFORE UPDATE OF {columns} ON {table}
        BEGIN SELECT RAISE(ABORT, '{why}'); END;
        CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} rows are evidence: they cannot be deleted'); END;
        """


def v6_fixed_facts() -> str:
    """Tables whose rows change as work goes on (a run's status, a finding's decision, an
    account's active flag) still keep what they are about fixed: what a run trains on and
    as whom, where a finding is, who an account is. Rows are never deleted."""
    return (_frozen_columns("runs", "id, spec, backend, method, base_model, train_snapshot, holdout_snapshot, "
                                    "seed, created_by, created_at",
                            "what a run trains on, and who launched it, cannot change")
            + _frozen_columns("findings", "item_id, rev, field, start, end, entity, score, detector",
                              "where a finding is and what it found cannot change")
            + _frozen_columns("users", "username, created_at",
                              "an account cannot be renamed: deactivate it and create another"))


# Steps from v7 on live in migrations_since_v7.py (this module stays under the size limit).
from .migrations_since_v7 import (v7_deid_facts, v8_item_comments, v9_meaning_as_shown,  # noqa: E402,F401
                                  v10_answer_samples, v11_use_cases)
