"""Schema versions and migrations."""

import sqlite3

import pytest

from workbench.core.errors import NotFound, WorkbenchError
from workbench.store import init_project, open_project, schema


def test_new_project_is_at_the_latest_version_with_wal_and_foreign_keys(tmp_path):
    p = init_project(tmp_path / "p")
    assert schema.current_version(p) == schema.SCHEMA_VERSION
    assert p.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert p.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        p.conn.execute("INSERT INTO revisions (item_id, rev, prompt, response, content_hash, origin, author, "
                       "created_at) "
                       "VALUES (999, 1, 'p', 'r', 'h', 'x', 'x', 't')")


def test_old_project_is_migrated_step_by_step(tmp_path, monkeypatch):
    # Create a version-1 project, then open it with all migrations available.
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    p = init_project(tmp_path / "old")
    assert schema.current_version(p) == 1
    assert not p.conn.execute("SELECT name FROM sqlite_master WHERE name = 'runs'").fetchone()
    p.close()
    monkeypatch.undo()
    p = open_project(tmp_path / "old")
    assert schema.current_version(p) == schema.SCHEMA_VERSION
    assert p.conn.execute("SELECT name FROM sqlite_master WHERE name = 'runs'").fetchone()
    assert schema.migrate(p) == 0  # idempotent


def test_failed_migration_leaves_previous_version(tmp_path, monkeypatch):
    p = init_project(tmp_path / "p")
    version = schema.current_version(p)
    monkeypatch.setattr(schema, "MIGRATIONS",
                        [*schema.MIGRATIONS, lambda: "CREATE TABLE ok (x); CREATE TABLE broken ("])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version + 1)
    with pytest.raises(sqlite3.Error):
        schema.migrate(p)
    assert schema.current_version(p) == version
    assert not p.conn.execute("SELECT name FROM sqlite_master WHERE name = 'ok'").fetchone()


def test_newer_project_is_refused_with_advice(tmp_path):
    p = init_project(tmp_path / "p")
    p.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    p.close()
    with pytest.raises(WorkbenchError, match="newer Apertus Workbench"):
        open_project(tmp_path / "p")


def test_missing_project_says_how_to_create_one(tmp_path):
    with pytest.raises(NotFound, match="workbench init"):
        open_project(tmp_path / "nowhere")


def test_a_v6_project_keeps_its_deidentified_items_and_old_hashes_verify(tmp_path, monkeypatch):
    """Schema v7 makes de-identification a recorded fact and hashes each field. A project from
    before keeps its items' states (the analyses implied by its findings and statuses are
    carried over), its old content hashes still verify, and its originals can be erased."""
    import json

    from tests.conftest import PASSWORD
    from workbench.core.items import stored_content_hash
    from workbench.store.erasure import erase_originals
    from workbench.store.evidence import verify_evidence
    from workbench.store.users import create_user

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 6)
    p = init_project(tmp_path / "old")
    create_user(p, "admin", PASSWORD, display_name="Ada Admin", roles=["admin"])
    texts = [("Je suis Lucie Delacrétaz.", "Merci."), ("Je suis <PERSON_1>.", "Merci.")]
    with p.transaction():
        p.conn.execute("INSERT INTO items (id, kind, locale, status, current_rev, dedup_key, created_at, updated_at) "
                       "VALUES (1, 'pair', 'fr-CH', 'draft', 1, 'k', '2026-01-01', '2026-01-01')")
        for rev, (prompt, response) in enumerate(texts, start=1):
            h = stored_content_hash("pair", "fr-CH", prompt, response, "", {}, scheme=1)
            p.conn.execute("INSERT INTO revisions (item_id, rev, prompt, response, system, checks, content_hash, "
                           "origin, author, created_at, locale) VALUES (1, ?, ?, ?, '', '{}', ?, ?, 'max', "
                           "'2026-01-01', 'fr-CH')", (rev, prompt, response, h, "import" if rev == 1 else "deid"))
        p.conn.execute("INSERT INTO findings (item_id, rev, field, start, end, entity, score, detector, decision) "
                       "VALUES (1, 1, 'prompt', 8, 24, 'PERSON', 0.9, 'spacy', 'accepted')")
        p.conn.execute("UPDATE items SET current_rev = 2, status = 'deidentified' WHERE id = 1")
    p.close()
    monkeypatch.undo()

    p = open_project(tmp_path / "old")
    assert schema.current_version(p) == schema.SCHEMA_VERSION
    analysed = [tuple(r) for r in p.conn.execute("SELECT item_id, rev FROM deid_analyses ORDER BY rev")]
    assert analysed == [(1, 1), (1, 2)]
    report = verify_evidence(p)
    assert report.ok and report.revisions == 2, report.problems
    done = erase_originals(p, username="admin", password=PASSWORD, item_ids=[1])
    assert done["revisions"] == 1 and json.loads(json.dumps(done))["rejected"] == []
    report = verify_evidence(p)
    assert report.ok and report.erased_unrecomputable == 1, report.problems
    p.close()


def _v10_project_with_an_evaluation(root, monkeypatch):
    """A project written before schema v11: one item, a hold-out, a run and its completed base
    evaluation with an answer, written as v10 wrote them."""
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 10)
    p = init_project(root)
    with p.transaction():
        c = p.conn
        c.execute("INSERT INTO items (id, kind, locale, status, current_rev, dedup_key, created_at, updated_at) "
                  "VALUES (1, 'holdout', 'fr-CH', 'draft', 1, 'k', '2026-01-01', '2026-01-01')")
        c.execute("INSERT INTO revisions (item_id, rev, prompt, response, system, checks, content_hash, origin, "
                  "author, created_at, locale) VALUES (1, 1, 'Q', 'A', '', '{}', 'h1', 'import', 'max', "
                  "'2026-01-01', 'fr-CH')")
        c.execute("INSERT INTO snapshots (id, name, kind, frozen, manifest_hash, item_count, locale_counts, "
                  "created_by, created_at) VALUES ('holdout-x', 'v1', 'holdout', 1, 'm', 1, '{}', 'anna', "
                  "'2026-01-01')")
        c.execute("INSERT INTO runs (id, status, backend, method, base_model, spec, train_snapshot, "
                  "holdout_snapshot, seed, run_dir, created_by, created_at) VALUES ('run-1', 'completed', 'peft', "
                  "'lora', 'm', '{}', 'holdout-x', 'holdout-x', 1, 'runs/run-1', 'erik', '2026-01-01')")
        c.execute("INSERT INTO evaluations (id, run_id, checkpoint, snapshot_id, backend, settings, settings_hash, "
                  "status, item_count, answers_hash, created_by, created_at, finished_at) VALUES ('ev-1', 'run-1', "
                  "'base', 'holdout-x', 'peft', '{}', 's', 'completed', 1, 'a', 'erik', '2026-01-01', '2026-01-01')")
        c.execute("INSERT INTO eval_answers (evaluation_id, item_id, rev, content_hash, locale, answer) "
                  "VALUES ('ev-1', 1, 1, 'h1', 'fr-CH', 'A')")
    p.close()
    monkeypatch.undo()


def test_v11_rebuilds_the_evaluations_with_their_evidence_and_guards_intact(tmp_path, monkeypatch):
    """Schema v11 rebuilds `evaluations` (a baseline has no run). Evaluations are evidence: the
    rebuild keeps every row, every answer still points at its evaluation, and the guards that
    make a finished evaluation unchangeable are back."""
    _v10_project_with_an_evaluation(tmp_path / "old", monkeypatch)
    p = open_project(tmp_path / "old")
    assert schema.current_version(p) == schema.SCHEMA_VERSION
    row = p.conn.execute("SELECT run_id, checkpoint, status, answers_hash, use_case FROM evaluations").fetchone()
    assert tuple(row) == ("run-1", "base", "completed", "a", None)
    assert p.conn.execute("PRAGMA foreign_key_check(eval_answers)").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError, match="finished evaluation cannot be changed"):
        p.conn.execute("UPDATE evaluations SET answers_hash = 'forged' WHERE id = 'ev-1'")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        p.conn.execute("DELETE FROM evaluations WHERE id = 'ev-1'")
    # A run-less evaluation is a baseline of the base model, never of a checkpoint.
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        p.conn.execute("INSERT INTO evaluations (id, run_id, checkpoint, snapshot_id, backend, settings, "
                       "settings_hash, status, created_by, created_at) VALUES ('ev-2', NULL, 'step-000010', "
                       "'holdout-x', 'peft', '{}', 's', 'running', 'erik', '2026-01-02')")


def test_a_schema_step_that_would_orphan_evidence_changes_nothing(tmp_path, monkeypatch):
    """Attack on the rebuild mechanism itself: a step that drops the rows answers point at is
    refused before it commits, and the project stays at its version with its rows."""
    from workbench.core.errors import WorkbenchError

    p = init_project(tmp_path / "p")
    version = schema.current_version(p)
    with p.transaction():
        p.conn.execute("INSERT INTO items (id, kind, locale, status, current_rev, dedup_key, created_at, "
                       "updated_at) VALUES (1, 'holdout', 'fr-CH', 'draft', 1, 'k', '2026-01-01', '2026-01-01')")
        p.conn.execute("INSERT INTO revisions (item_id, rev, prompt, response, system, checks, content_hash, "
                       "origin, author, created_at, locale) VALUES (1, 1, 'Q', 'A', '', '{}', 'h1', 'import', "
                       "'max', '2026-01-01', 'fr-CH')")
        p.conn.execute("INSERT INTO snapshots (id, name, kind, frozen, manifest_hash, item_count, locale_counts, "
                       "created_by, created_at) VALUES ('holdout-x', 'v1', 'holdout', 1, 'm', 1, '{}', 'anna', "
                       "'2026-01-01')")
        p.conn.execute("INSERT INTO evaluations (id, run_id, checkpoint, snapshot_id, backend, settings, "
                       "settings_hash, status, created_by, created_at) VALUES ('ev-b', NULL, 'base', 'holdout-x', "
                       "'peft', '{}', 's', 'running', 'erik', '2026-01-01')")
        p.conn.execute("INSERT INTO eval_answers (evaluation_id, item_id, rev, content_hash, locale, answer) "
                       "VALUES ('ev-b', 1, 1, 'h1', 'fr-CH', 'A')")

    def careless():
        return ("CREATE TABLE evaluations_new (id TEXT PRIMARY KEY, run_id TEXT, checkpoint TEXT); "
                "DROP TABLE evaluations; ALTER TABLE evaluations_new RENAME TO evaluations;")
    careless.rebuilds_referenced_by = ("eval_answers",)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, careless])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version + 1)
    with pytest.raises(WorkbenchError, match="would break references from eval_answers"):
        schema.migrate(p)
    assert schema.current_version(p) == version
    assert p.conn.execute("SELECT count(*) FROM evaluations").fetchone()[0] == 1
    assert p.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
