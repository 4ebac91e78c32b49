"""No hand-off without a signed "go" for exactly this checkpoint, and only of the bytes that
were registered. Refusals happen before anything is written (no model is loaded here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.handoff.conftest import record_decision
from tests.store.helpers import signed_world
from workbench.core.errors import StateError, ValidationError
from workbench.handoff.export import export_handoff
from workbench.store import audit
from workbench.store.runs import add_checkpoint, create_run
from workbench.store.users import get_user
from workbench.train.checkpoints import weights_sha256


@pytest.fixture
def run_with_checkpoint(project, tmp_path):
    """A registered peft run with step 10 on disk (adapter files; their content is not
    loaded by the gate) and its hash registered, as the trainer does."""
    train, frozen = signed_world(project, PASSWORD, n_pairs=3, n_holdout=2)
    run = create_run(project, spec={"base_model": "swiss-ai/Apertus-8B-Instruct-2509"}, backend="peft",
                     method="lora", base_model="swiss-ai/Apertus-8B-Instruct-2509",
                     train_snapshot=train["id"], holdout_snapshot=frozen["id"], seed=1,
                     actor=get_user(project, "erik"), lineage={})
    folder = Path(run["run_dir"]) / "checkpoints" / "step-000010"
    folder.mkdir(parents=True)
    (folder / "adapter_config.json").write_text(json.dumps({"r": 8, "target_modules": ["q_proj"]}))
    (folder / "adapter_model.safetensors").write_bytes(b"weights")
    (folder / "trainer_state.json").write_text(json.dumps({"step": 10}))
    add_checkpoint(project, run["id"], step=10, path=str(folder), train_loss=1.0,
                   sha256=weights_sha256(folder), actor="erik")
    return run, folder


def decide(project, run, checkpoint="step-000010", decision="go"):
    return record_decision(project, run, checkpoint, decision)


def refused(project, run, tmp_path, match, exc=StateError, **kwargs):
    out = tmp_path / "handoff"
    before = audit.head(project)
    with pytest.raises(exc, match=match):
        kwargs.setdefault("actor", get_user(project, "erik"))
        export_handoff(project, run["id"], out=out, **kwargs)
    assert not out.exists() and not list(tmp_path.glob(".handoff.partial-*"))  # nothing written
    assert audit.head(project) == before  # and nothing recorded as exported


def test_refused_without_any_decision(project, run_with_checkpoint, tmp_path):
    run, _ = run_with_checkpoint
    refused(project, run, tmp_path, "no go/no-go decision", checkpoint=10)


def test_refused_when_the_decision_is_no_go(project, run_with_checkpoint, tmp_path):
    run, _ = run_with_checkpoint
    decide(project, run, decision="no-go")
    refused(project, run, tmp_path, "NO-GO", checkpoint=10)


def test_a_later_no_go_revokes_an_earlier_go(project, run_with_checkpoint, tmp_path):
    run, _ = run_with_checkpoint
    decide(project, run, decision="go")
    decide(project, run, decision="no-go")
    refused(project, run, tmp_path, "decision in force .* NO-GO")


def test_a_go_for_another_checkpoint_does_not_cover_this_one(project, run_with_checkpoint, tmp_path):
    run, _ = run_with_checkpoint
    decide(project, run, checkpoint="step-000020")
    refused(project, run, tmp_path, "covers step-000020, not step-000010", checkpoint="step-000010")


def test_refused_when_checkpoint_files_changed_after_registration(project, run_with_checkpoint, tmp_path):
    run, folder = run_with_checkpoint
    decide(project, run)
    (folder / "adapter_model.safetensors").write_bytes(b"swapped weights")
    refused(project, run, tmp_path, "changed after they were registered", checkpoint=10)


def test_refused_when_the_checkpoint_folder_is_gone(project, run_with_checkpoint, tmp_path):
    import shutil

    run, folder = run_with_checkpoint
    decide(project, run)
    shutil.rmtree(folder)
    refused(project, run, tmp_path, "is missing")


def test_refused_into_a_folder_that_is_not_empty(project, run_with_checkpoint, tmp_path):
    run, _ = run_with_checkpoint
    decide(project, run)
    out = tmp_path / "handoff"
    out.mkdir()
    (out / "keep.txt").write_text("someone's file")
    with pytest.raises(ValidationError, match="not empty"):
        export_handoff(project, run["id"], out=out, actor=get_user(project, "erik"))
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_unknown_checkpoint_spelling_is_a_clear_error(project, run_with_checkpoint, tmp_path):
    run, _ = run_with_checkpoint
    decide(project, run)
    refused(project, run, tmp_path, "give a step", exc=ValidationError, checkpoint="latest-good")


def test_latest_decision_contract(project, run_with_checkpoint):
    from workbench.handoff.gate import latest_decision

    run, _ = run_with_checkpoint
    assert latest_decision(project, run["id"]) is None
    d = decide(project, run)
    got = latest_decision(project, run["id"])
    assert {k: got[k] for k in ("decision", "checkpoint", "signer", "signed_at", "signature_id")} == \
        {"decision": "go", "checkpoint": "step-000010", "signer": "claire", "signed_at": d["signed_at"],
         "signature_id": d["id"]}


def test_a_handoff_needs_an_engineer_or_admin(project, run_with_checkpoint, tmp_path):
    """Nobody may hand off a checkpoint without a role for it, not even with a signed GO."""
    from workbench.core.errors import PermissionDenied

    run, _ = run_with_checkpoint
    decide(project, run)
    for who in ("claire", "cora", "max"):
        refused(project, run, tmp_path, "hand a checkpoint off", exc=PermissionDenied, actor=get_user(project, who))


def _raw(project):
    import sqlite3

    con = sqlite3.connect(project.root / "workbench.sqlite")
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f"DROP TRIGGER {name}")
    return con


def test_a_forged_go_row_does_not_open_the_gate(project, run_with_checkpoint, tmp_path):
    """Someone with the database writes a GO row by hand (no password, no evaluation)."""
    run, _ = run_with_checkpoint
    con = _raw(project)
    con.execute("INSERT INTO eval_decisions (run_id, checkpoint, recommendation, decision, rationale, payload, "
                "payload_hash, signer, signer_name, signed_at, meaning) VALUES (?, 'step-000010', 'go', 'go', '', "
                "'{}', ?, 'claire', 'Claire Rochat', '2026-12-01T10:00:00Z', 'GO for step-000010')",
                (run["id"], __import__("workbench.core.hashing", fromlist=["sha256_hex"]).sha256_hex({})))
    con.commit()
    con.close()
    refused(project, run, tmp_path, "rests on no stored evaluation")


def test_a_go_copied_onto_another_evaluation_without_a_signature_is_refused(project, run_with_checkpoint, tmp_path):
    """A real evaluation exists, and the attacker writes the GO row pointing at it, unsigned."""
    from workbench.core.hashing import canonical_json, sha256_hex

    run, _ = run_with_checkpoint
    real = decide(project, run, decision="no-go")
    payload = {**real["payload"]}
    con = _raw(project)
    con.execute("INSERT INTO eval_decisions (run_id, checkpoint, recommendation, decision, rationale, payload, "
                "payload_hash, signer, signer_name, signed_at, meaning) VALUES (?, 'step-000010', 'go', 'go', '', "
                "?, ?, 'claire', 'Claire Rochat', '2026-12-01T10:00:00Z', 'GO for step-000010')",
                (run["id"], canonical_json(payload), sha256_hex(payload)))
    con.commit()
    con.close()
    refused(project, run, tmp_path, "no digital signature")


def test_a_rewritten_audit_chain_stops_the_handoff(project, run_with_checkpoint, tmp_path):
    from tests.store.test_evidence import _rewrite_chain

    run, _ = run_with_checkpoint
    decide(project, run)
    con = _raw(project)
    _rewrite_chain(con, 3, actor="mallory")
    con.close()
    refused(project, run, tmp_path, "does not verify")
