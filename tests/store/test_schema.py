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
