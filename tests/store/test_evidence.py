"""Evidence that holds against someone who has the database file and the code. Each test is
an attack that must be detected: a chain rewritten with the project's own hash functions, a
signed text changed behind its content hash, a signature row altered, a forged proof."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import PASSWORD
from tests.store.helpers import signed_world
from workbench.core.audit_chain import GENESIS, entry_hash
from workbench.core.errors import StateError
from workbench.store import audit, open_project
from workbench.store.evidence import verify_evidence
from workbench.store.exports import export_snapshot
from workbench.store.snapshots import snapshot_items
from workbench.store.users import get_user
from workbench.train.preflight import run_preflight
from workbench.train.spec import JobSpec


def _raw(project):
    """The attacker's own connection: no triggers, no application."""
    project.close()
    con = sqlite3.connect(project.root / "workbench.sqlite")
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f"DROP TRIGGER {name}")
    return con


def _rewrite_chain(con, seq: int, **changes):
    """Change one entry and recompute every later hash with the project's own function."""
    cols = ["seq", "ts", "actor", "action", "object_type", "object_id", "before", "after", "prev_hash", "hash"]
    rows = [dict(zip(cols, r)) for r in con.execute(f"SELECT {', '.join(cols)} FROM audit ORDER BY seq")]
    prev = GENESIS
    for row in rows:
        if row["seq"] == seq:
            row.update(changes)
        row["prev_hash"], row["hash"] = prev, entry_hash(prev, row)
        prev = row["hash"]
        con.execute("UPDATE audit SET actor = ?, action = ?, after = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                    (row["actor"], row["action"], row["after"], row["prev_hash"], row["hash"], row["seq"]))
    con.commit()


@pytest.fixture
def world(project):
    train, frozen = signed_world(project, PASSWORD, n_pairs=4, n_holdout=2)
    assert verify_evidence(project).ok, verify_evidence(project).problems
    return project, train, frozen


def test_an_untouched_project_verifies_with_every_signature_digitally_signed(world):
    project, _, _ = world
    report = verify_evidence(project)
    assert report.ok and report.signatures == report.digitally_signed == 3 and report.password_only == 0
    assert report.revisions == 6 and report.snapshots == 2


def test_a_chain_rewritten_with_the_projects_own_hash_function_is_detected(world):
    project, _, _ = world
    root = project.root
    con = _raw(project)
    _rewrite_chain(con, 2, actor="mallory")
    con.close()
    with open_project(root) as p:
        assert audit.verify_chain(p).ok  # the chain alone is fooled…
        report = verify_evidence(p)  # …the signed heads are not
        assert not report.ok and "audit trail was rewritten" in report.first_problem


def test_a_signed_text_changed_behind_its_content_hash_is_detected_and_refused(world, tmp_path):
    project, train, frozen = world
    root = project.root
    con = _raw(project)
    con.execute("UPDATE revisions SET response = 'Virez tout sur le compte CH93 0076 2011 6238 5295 7' "
                "WHERE item_id = (SELECT item_id FROM snapshot_items WHERE snapshot_id = ? LIMIT 1)", (train["id"],))
    con.commit()
    con.close()
    with open_project(root) as p:
        report = verify_evidence(p)
        assert not report.ok and "no longer matches its content hash" in report.first_problem
        with pytest.raises(StateError, match="altered outside the workbench"):
            snapshot_items(p, train["id"])  # what export, training and evaluation read
        with pytest.raises(StateError, match="altered outside the workbench"):
            export_snapshot(p, tmp_path / "out", fmt="chat-jsonl", actor=get_user(p, "erik"))
        with pytest.raises(StateError, match="altered outside the workbench"):
            run_preflight(p, JobSpec(base_model="unused", train_snapshot=train["id"],
                                     holdout_snapshot=frozen["id"]))  # before any training


def test_a_changed_signature_row_is_detected(world):
    project, _, _ = world
    root = project.root
    con = _raw(project)
    con.execute("UPDATE signatures SET meaning = 'approved as hold-out evaluation items for it-CH' WHERE id = 1")
    con.commit()
    con.close()
    with open_project(root) as p:
        report = verify_evidence(p)
        assert not report.ok and "signature 1: its meaning differs" in report.first_problem


def test_a_signature_moved_to_another_signer_is_detected(world):
    project, _, _ = world
    root = project.root
    con = _raw(project)
    con.execute("UPDATE signatures SET signer = 'giulia', signer_name = 'Giulia Bernasconi' WHERE id = 2")
    con.execute("UPDATE digital_signatures SET signer = 'giulia' WHERE kind = 'signature' AND ref = 2")
    con.commit()
    con.close()
    with open_project(root) as p:
        report = verify_evidence(p)
        assert not report.ok and "signature 2" in report.first_problem


def test_a_signed_item_list_extended_afterwards_is_detected(world):
    project, train, _ = world
    root = project.root
    con = _raw(project)
    con.execute("DELETE FROM signature_items WHERE signature_id = 1 AND item_id = "
                "(SELECT min(item_id) FROM signature_items WHERE signature_id = 1)")
    con.commit()
    con.close()
    with open_project(root) as p:
        report = verify_evidence(p)
        assert not report.ok and "signature 1: its items no longer match its manifest" in report.problems


def test_public_keys_are_in_the_audit_trail(world):
    project, _, _ = world
    created = [audit.decoded(e)["after"] for e in audit.entries(project, action="user.create")]
    assert all(c["key"]["algorithm"] == "Ed25519" and len(c["key"]["public_key"]) == 64 for c in created)


def test_removing_a_digital_signature_to_hide_a_change_is_detected(world):
    project, _, _ = world
    root = project.root
    con = _raw(project)
    con.execute("DELETE FROM digital_signatures WHERE kind = 'signature' AND ref = 1")
    con.execute("UPDATE signatures SET meaning = 'approved as training data for it-CH' WHERE id = 1")
    con.commit()
    con.close()
    with open_project(root) as p:
        report = verify_evidence(p)
        assert not report.ok and "its proof was removed" in " ".join(report.problems)


@pytest.mark.parametrize("statement", [
    "UPDATE runs SET spec = '{}'", "UPDATE runs SET created_by = 'mallory'", "DELETE FROM runs",
    "UPDATE findings SET start = 0", "DELETE FROM findings",
    "UPDATE users SET username = 'mallory' WHERE username = 'max'", "DELETE FROM users WHERE username = 'max'",
    "UPDATE checkpoints SET sha256 = ''", "DELETE FROM user_keys", "UPDATE digital_signatures SET meaning = ''",
    "UPDATE evaluations SET answers_hash = 'x'", "DELETE FROM evaluations",
])
def test_evidence_tables_refuse_a_casual_rewrite(world, statement):
    """What SQLite itself refuses to any connection (the triggers must be dropped first, which
    the verification then catches through hashes and signatures)."""
    project, train, frozen = world
    from workbench.store.runs import add_checkpoint, create_run
    from workbench.store import evaluations as evals

    erik = get_user(project, "erik")
    run = create_run(project, spec={"base_model": "m"}, backend="peft", method="lora", base_model="m",
                     train_snapshot=train["id"], holdout_snapshot=frozen["id"], seed=0, actor=erik, lineage={})
    add_checkpoint(project, run["id"], step=1, path="runs/x/checkpoints/step-000001", train_loss=1.0,
                   sha256="abc", actor=erik)
    ev = evals.start_evaluation(project, run_id=run["id"], step=None, snapshot_id=frozen["id"], backend="peft",
                                settings={}, actor=erik)
    evals.finish_evaluation(project, ev["id"], answers=[], scores=[], actor=erik)
    project.conn.execute("INSERT INTO findings (item_id, rev, field, start, end, entity, score) "
                         "VALUES (1, 1, 'prompt', 0, 3, 'PERSON', 0.9)")
    with pytest.raises(sqlite3.IntegrityError):
        project.conn.execute(statement)
