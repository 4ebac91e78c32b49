"""Schema steps from v7 on (store/schema.py runs them; migrations.py holds v1 to v6). Released
steps are never edited: a change is a new step at the end."""

from __future__ import annotations

from .migrations import _append_only


def v7_deid_facts() -> str:
    """De-identification becomes a fact about one revision, and original texts can be erased.

    - `deid_analyses`: the detector analysed exactly this revision (its content hash). Triggers
      refuse an item becoming `deidentified` (or `in_review`) unless its current revision was
      analysed and none of that revision's findings is pending, accepted or missed (those mean
      personal data is still in it), and `signed_off` unless a sign-off signature names that
      revision. New items start as drafts. No caller, and no casual sqlite3 session, can set
      either status by hand.
    - Revisions get a hash scheme (core/items.py `HASH_SCHEME`): new ones hash each field, so a
      data-protection erasure that blanks a text keeps its content hash verifiable. The one
      change a revision row may ever undergo is that erasure, with every hash left as it was.
    - `snapshot_supersessions`: a correction (a span marked missed) voids every snapshot that
      holds the corrected revision; training and evaluation refuse such a snapshot.
    Analyses already implied by the record (analyzer findings, or a de-identified status) are
    carried over, marked as recorded before this version."""
    protected = ("OLD.item_id = NEW.item_id AND OLD.rev = NEW.rev AND OLD.content_hash = NEW.content_hash "
                 "AND OLD.origin = NEW.origin AND OLD.author = NEW.author AND OLD.created_at = NEW.created_at "
                 "AND OLD.locale IS NEW.locale AND OLD.hash_scheme = NEW.hash_scheme "
                 "AND OLD.field_hashes IS NEW.field_hashes")
    analysed = ("EXISTS (SELECT 1 FROM deid_analyses a JOIN revisions r ON r.item_id = a.item_id AND r.rev = a.rev "
                "AND r.content_hash = a.content_hash WHERE a.item_id = NEW.id AND a.rev = NEW.current_rev)")
    personal = ("EXISTS (SELECT 1 FROM findings f WHERE f.item_id = NEW.id AND f.rev = NEW.current_rev "
                "AND f.decision IN ('pending', 'accepted', 'missed'))")
    signed = ("EXISTS (SELECT 1 FROM signature_items si JOIN signatures s ON s.id = si.signature_id "
              "JOIN revisions r ON r.item_id = si.item_id AND r.rev = si.rev AND r.content_hash = si.content_hash "
              "WHERE si.item_id = NEW.id AND si.rev = NEW.current_rev AND s.subject_type LIKE 'items:%')")
    moved = "(NEW.status != OLD.status OR NEW.current_rev != OLD.current_rev)"
    deid_why = ("a revision is de-identified only when the detector analysed it and no finding on it is "
                "pending, accepted or missed")
    sql = f"""
        ALTER TABLE revisions ADD COLUMN hash_scheme INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE revisions ADD COLUMN field_hashes TEXT;
        ALTER TABLE revisions ADD COLUMN erased_at TEXT;
        ALTER TABLE revisions ADD COLUMN erased_by TEXT;
        DROP TRIGGER revisions_no_update;
        CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
        WHEN NOT (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.erased_by IS NOT NULL
                  AND NEW.prompt = '' AND NEW.response = '' AND NEW.system = '' AND NEW.checks = '{{}}'
                  AND {protected})
        BEGIN SELECT RAISE(ABORT, 'revisions are append-only: rows cannot be changed (only an erasure blanks a text)');
        END;

        CREATE TABLE deid_analyses (
            item_id INTEGER NOT NULL REFERENCES items(id),
            rev INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            analyzer TEXT NOT NULL,
            findings INTEGER NOT NULL,
            analysed_by TEXT NOT NULL,
            analysed_at TEXT NOT NULL,
            PRIMARY KEY (item_id, rev)
        );
        INSERT OR IGNORE INTO deid_analyses
            SELECT f.item_id, f.rev, r.content_hash, 'recorded before schema v7', count(*), 'migration',
                   strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            FROM findings f JOIN revisions r ON r.item_id = f.item_id AND r.rev = f.rev
            WHERE f.detector != 'reviewer' GROUP BY f.item_id, f.rev;
        INSERT OR IGNORE INTO deid_analyses
            SELECT i.id, i.current_rev, r.content_hash, 'recorded before schema v7', 0, 'migration',
                   strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            FROM items i JOIN revisions r ON r.item_id = i.id AND r.rev = i.current_rev
            WHERE i.status IN ('deidentified', 'in_review', 'signed_off');

        CREATE TABLE snapshot_supersessions (
            snapshot_id TEXT NOT NULL REFERENCES snapshots(id),
            item_id INTEGER NOT NULL,
            rev INTEGER NOT NULL,
            reason TEXT NOT NULL,
            superseded_by TEXT NOT NULL,
            superseded_at TEXT NOT NULL,
            PRIMARY KEY (snapshot_id, item_id, rev)
        );

        CREATE TRIGGER items_start_as_drafts BEFORE INSERT ON items WHEN NEW.status != 'draft'
        BEGIN SELECT RAISE(ABORT, 'a new item is a draft: de-identification and sign-off come later'); END;
        CREATE TRIGGER items_deidentified_is_a_fact BEFORE UPDATE OF status, current_rev ON items
        WHEN NEW.status IN ('deidentified', 'in_review') AND {moved} AND (NOT {analysed} OR {personal})
        BEGIN SELECT RAISE(ABORT, '{deid_why}'); END;
        CREATE TRIGGER items_signed_off_is_a_signature BEFORE UPDATE OF status, current_rev ON items
        WHEN NEW.status = 'signed_off' AND {moved} AND NOT {signed}
        BEGIN SELECT RAISE(ABORT, 'an item is signed off only by a signature over its current revision'); END;
        """
    for table in ("deid_analyses", "snapshot_supersessions"):
        sql += _append_only(table)
    return sql


def v8_item_comments() -> str:
    """`item_comments`: what a domain owner wrote when she returned an item to its annotator
    (store/returns.py). A comment may name a person, so it lives here and never in the audit
    trail (which records its hash); rows are never changed or removed, except that an erasure
    may blank the text and say who and when."""
    return """
        CREATE TABLE item_comments (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id),
            rev INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('returned')),
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            comment TEXT NOT NULL,
            erased_at TEXT,
            erased_by TEXT
        );
        CREATE INDEX item_comments_item ON item_comments(item_id);
        CREATE TRIGGER item_comments_no_update BEFORE UPDATE ON item_comments
        WHEN NOT (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.erased_by IS NOT NULL
                  AND NEW.comment = '' AND OLD.id = NEW.id AND OLD.item_id = NEW.item_id AND OLD.rev = NEW.rev
                  AND OLD.content_hash = NEW.content_hash AND OLD.kind = NEW.kind AND OLD.author = NEW.author
                  AND OLD.created_at = NEW.created_at)
        BEGIN SELECT RAISE(ABORT, 'item_comments are append-only: only an erasure blanks a comment'); END;
        CREATE TRIGGER item_comments_no_delete BEFORE DELETE ON item_comments
        BEGIN SELECT RAISE(ABORT, 'item_comments are append-only: rows cannot be deleted'); END;
        """


def v9_meaning_as_shown() -> str:
    """A signature also keeps its meaning as the signer read it, in the interface language
    (`meaning_shown`, `meaning_language`), beside the English sentence it records and signs
    digitally (`meaning`). NULL for signatures made before, and for English."""
    return """
        ALTER TABLE signatures ADD COLUMN meaning_shown TEXT;
        ALTER TABLE signatures ADD COLUMN meaning_language TEXT;
        """


def v10_answer_samples() -> str:
    """Sampled evaluation (temperature > 0) answers every hold-out item once per fixed seed:
    the row keeps the first seed's answer in `answer` (what greedy evaluations have) and every
    seed's answer in `samples`, a JSON list of {seed, answer, new_tokens}; NULL for greedy."""
    return "ALTER TABLE eval_answers ADD COLUMN samples TEXT;"


def v11_use_cases() -> str:
    """Use cases: the scope a fine-tune is for, signed by its owners, across the data model.

    - `use_cases` and `use_case_scopes`: a use case's scope (tasks, locales, data classes,
      owners) is versioned; every change is a new version, and a version is in force once each
      of its owners signed it (`scope_signatures`, e-signatures in `signatures` whose meaning
      names the scope's hash). Versions and their signatures are never changed.
    - `items.use_case`, `snapshots.use_case`, `runs.use_case`: an item belongs to at most one
      use case; a snapshot (training data or hold-out version) and a run to exactly the use
      case their items belong to (NULL: the project-wide data of projects without use cases).
    - `evaluations.run_id` may be NULL: a *baseline* evaluation scores the base model alone on
      a frozen hold-out, before any run (`evaluations.use_case` says for which use case). The
      table is rebuilt for it (SQLite cannot drop a NOT NULL), rows and ids unchanged.
    - `signed_reports`: a baseline report or a drift re-check finding, its payload hashed and
      signed (the signature's meaning names the payload hash). Append-only."""
    sql = """
        CREATE TABLE use_cases (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40 AND id NOT GLOB '*[^a-z0-9-]*'),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE use_case_scopes (
            use_case_id TEXT NOT NULL REFERENCES use_cases(id),
            version INTEGER NOT NULL,
            scope TEXT NOT NULL,
            scope_hash TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (use_case_id, version)
        );
        CREATE TABLE scope_signatures (
            use_case_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            signature_id INTEGER NOT NULL REFERENCES signatures(id),
            PRIMARY KEY (use_case_id, version, signature_id),
            FOREIGN KEY (use_case_id, version) REFERENCES use_case_scopes(use_case_id, version)
        );
        ALTER TABLE items ADD COLUMN use_case TEXT REFERENCES use_cases(id);
        CREATE INDEX items_use_case ON items (use_case, kind, locale, status);
        CREATE TRIGGER items_use_case_fixed_once_reviewed BEFORE UPDATE OF use_case ON items
        WHEN OLD.use_case IS NOT NEW.use_case AND OLD.status NOT IN ('draft', 'deidentified')
        BEGIN SELECT RAISE(ABORT, 'an item past de-identification keeps its use case: its owner signed it for it');
        END;
        ALTER TABLE snapshots ADD COLUMN use_case TEXT;
        ALTER TABLE runs ADD COLUMN use_case TEXT;

        CREATE TABLE evaluations_v11 (
            id TEXT PRIMARY KEY,
            run_id TEXT REFERENCES runs(id),
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
            finished_at TEXT,
            use_case TEXT,
            CHECK (run_id IS NOT NULL OR checkpoint = 'base')
        );
        INSERT INTO evaluations_v11 (id, run_id, checkpoint, step, snapshot_id, backend, settings, settings_hash,
                                     status, item_count, answers_hash, error, duration_s, created_by, created_at,
                                     finished_at)
            SELECT id, run_id, checkpoint, step, snapshot_id, backend, settings, settings_hash, status,
                   item_count, answers_hash, error, duration_s, created_by, created_at, finished_at
            FROM evaluations;
        DROP TABLE evaluations;
        ALTER TABLE evaluations_v11 RENAME TO evaluations;
        CREATE INDEX evaluations_run ON evaluations (run_id, checkpoint, status);
        CREATE INDEX evaluations_baseline ON evaluations (snapshot_id, settings_hash, status) WHERE run_id IS NULL;
        CREATE TRIGGER evaluations_frozen_when_done BEFORE UPDATE ON evaluations WHEN OLD.status != 'running'
        BEGIN SELECT RAISE(ABORT, 'a finished evaluation cannot be changed'); END;
        CREATE TRIGGER evaluations_no_delete BEFORE DELETE ON evaluations
        BEGIN SELECT RAISE(ABORT, 'evaluations are append-only: rows cannot be deleted'); END;

        CREATE TABLE signed_reports (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('baseline', 'recheck')),
            use_case TEXT,
            subject TEXT NOT NULL,
            payload TEXT NOT NULL,
            payload_hash TEXT NOT NULL,
            signature_id INTEGER NOT NULL REFERENCES signatures(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX signed_reports_subject ON signed_reports (kind, subject);
        """
    for table in ("use_cases", "use_case_scopes", "scope_signatures", "signed_reports"):
        sql += _append_only(table)
    return sql


#: v11 rebuilds `evaluations`; migrate() checks that these tables' references survive it.
v11_use_cases.rebuilds_referenced_by = ("eval_answers", "eval_scores")
