"""Project.transaction(): all or nothing, nested savepoints, and a refused COMMIT."""

import sqlite3

import pytest

from workbench.store import settings


def _count(project, sql, params=()):
    return project.conn.execute(sql, params).fetchone()[0]


def test_a_refused_commit_rolls_back_and_the_next_transaction_works(project):
    # A deferred foreign key is only checked at COMMIT: the write succeeds, the COMMIT fails.
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        with project.transaction():
            project.conn.execute("PRAGMA defer_foreign_keys = ON")
            project.conn.execute("INSERT INTO user_roles (username, role) VALUES ('nobody', 'admin')")
            settings.set_value(project, "written_before_the_failed_commit", True)
    assert not project.conn.in_transaction
    assert _count(project, "SELECT count(*) FROM user_roles WHERE username = 'nobody'") == 0
    assert settings.get_value(project, "written_before_the_failed_commit") is None

    with project.transaction():
        settings.set_value(project, "after", 1)
    assert not project.conn.in_transaction
    assert settings.get_value(project, "after") == 1


def test_a_failing_nested_transaction_undoes_only_its_own_writes(project):
    with project.transaction():
        settings.set_value(project, "outer", 1)
        with pytest.raises(ValueError):
            with project.transaction():
                settings.set_value(project, "inner", 2)
                raise ValueError("inner step failed")
        with project.transaction():
            settings.set_value(project, "second_inner", 3)
    assert not project.conn.in_transaction
    assert (settings.get_value(project, "outer"), settings.get_value(project, "inner"),
            settings.get_value(project, "second_inner")) == (1, None, 3)


def test_an_error_in_a_nested_transaction_left_unhandled_undoes_everything(project):
    with pytest.raises(ValueError):
        with project.transaction():
            settings.set_value(project, "outer", 1)
            with project.transaction():
                settings.set_value(project, "inner", 2)
                raise ValueError("inner step failed")
    assert not project.conn.in_transaction
    assert settings.get_value(project, "outer") is None and settings.get_value(project, "inner") is None


def test_replace_cannot_slip_past_an_append_only_table(project):
    # With recursive triggers on, INSERT OR REPLACE fires the no-delete trigger it would bypass.
    before = _count(project, "SELECT count(*) FROM audit")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with project.transaction():
            project.conn.execute("INSERT OR REPLACE INTO audit SELECT * FROM audit WHERE seq = 1")
    assert _count(project, "SELECT count(*) FROM audit") == before
