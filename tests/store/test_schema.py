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
