"""Attacks on the drift re-check: a handed-off adapter re-checked on a newer hold-out whose items
it fails is found 're-tune' by the real policy on real scores, under the decoding of its GO;
the finding is signed (by an owner, not the launcher), on the audit trail and in the model card's
History, the hand-off folder still verifies, a rewritten report is detected, and the run's own
evaluation set — what its dashboard and GO compare — does not move."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, sign_in_cli
from tests.handoff import recheck_world
from workbench.core.errors import PermissionDenied, StateError, ValidationError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(_project_template, tiny_model_dir, tmp_path_factory):
    return recheck_world.build(tmp_path_factory.mktemp("recheck_world"), _project_template, tiny_model_dir)


@pytest.fixture
def project(world, tmp_path):
    """A private copy of the world's project, with private copies of its hand-off folders (the
    audit entries name the world's folders, so the copies are put back after the test)."""
    from workbench.store import open_project

    saved = {uc: tmp_path / f"saved-{uc}" for uc in world.handoffs}
    for uc, result in world.handoffs.items():
        shutil.copytree(result["out"], saved[uc])
    p = open_project(world.copy(tmp_path / "proj"))
    yield p
    p.close()
    for uc, result in world.handoffs.items():
        shutil.rmtree(result["out"])
        shutil.copytree(saved[uc], result["out"])


def test_a_recheck_on_a_holdout_the_adapter_fails_records_retune_signed_and_in_the_card(world, project):
    from workbench.evaluate.recheck import recheck, recheck_statement, reports, sign_recheck
    from workbench.handoff.export import verify_handoff
    from workbench.handoff.registry import current_adapters
    from workbench.store import audit
    from workbench.store import evaluations as evals
    from workbench.store.evidence import verify_evidence
    from workbench.store.users import get_user

    run = world.runs["back-office"]
    before = {k: e["id"] for k, e in evals.current_set(project, run["id"]).items()}
    go_tuned = evals.get_evaluation(project, before["step-000010"])

    r = recheck(project, "back-office", holdout=world.holdout_v2, actor=get_user(project, "erik"))
    assert r.payload["subject"] == "back-office@v1" and r.payload["use_case"] == "back-office"
    assert r.payload["decoding"] == go_tuned["settings"]["decoding"]          # the GO's decoding, repeated
    fr = next(f for f in r.locales if f["locale"] == "fr-CH")
    # Real scores: the base says what the new references say; the adapter does not.
    assert fr["chrf_base"] > fr["chrf"] and fr["chrf_delta"] < 0
    assert fr["finding"] == "re-tune" and "target gain lost" in fr["reasons"]
    assert fr["rule"].startswith("FAIL") and fr["go"] is not None
    assert fr["delta_vs_go"] == pytest.approx(fr["chrf_delta"] - fr["go"]["chrf_delta"])
    assert r.finding == "re-tune"
    # The re-check's evaluations are on v2; the run's own set (dashboard, GO) is unchanged.
    assert {k: e["id"] for k, e in evals.current_set(project, run["id"]).items()} == before
    on_v2 = evals.current_set(project, run["id"], snapshot_id=world.holdout_v2)
    assert {e["snapshot_id"] for e in on_v2.values()} == {world.holdout_v2}
    from workbench.evaluate.decision import assess

    assert assess(project, run["id"]).snapshot["id"] == world.holdout_v1

    meaning = recheck_statement(project, "back-office", holdout=world.holdout_v2)
    assert r.payload_hash in meaning and "RE-TUNE" in meaning
    # erik launched the run (he may evaluate it, not sign its re-check); cora owns no use case.
    with pytest.raises(PermissionDenied):
        sign_recheck(project, "back-office", holdout=world.holdout_v2, username="erik", password=PASSWORD)
    with pytest.raises(PermissionDenied):
        sign_recheck(project, "back-office", holdout=world.holdout_v2, username="cora", password=PASSWORD)
    with pytest.raises(ValidationError, match="meaning"):
        sign_recheck(project, "back-office", holdout=world.holdout_v2, username="claire", password=PASSWORD,
                     meaning=meaning.replace("RE-TUNE", "STILL FIT"))
    signed = sign_recheck(project, "back-office", holdout=world.holdout_v2, username="claire", password=PASSWORD,
                          meaning=meaning)
    assert signed["payload"]["finding"] == "re-tune" and signed["signer"] == "claire"
    assert signed["card"]["updated"] is True
    with pytest.raises(StateError, match="signed already"):
        sign_recheck(project, "back-office", holdout=world.holdout_v2, username="giulia", password=PASSWORD)
    [entry] = list(audit.entries(project, action="handoff.recheck"))
    after = json.loads(entry["after"])
    assert after["finding"] == "re-tune" and after["locales"]["fr-CH"] == "re-tune"
    assert after["payload_hash"] == r.payload_hash and entry["actor"] == "claire"
    assert [x["subject"] for x in reports(project, run=run["id"])] == ["back-office@v1"]

    # The card's History, and the folder still verifies (its SHA256SUMS re-written and recorded).
    folder = world.handoffs["back-office"]["out"]
    card = (Path(folder) / "README.md").read_text(encoding="utf-8")
    history = card[card.index("## History"):card.index("## Licence chain")]
    assert world.holdout_v2 in history and "**re-tune**" in history and "fr-CH: re-tune" in history
    assert "Claire Rochat" in history
    assert verify_handoff(folder).ok
    assert "back-office" in [a.name for a in current_adapters(project)]    # still intact for the registry
    assert verify_evidence(project).ok

    # A rewritten finding ("still fit") is detected by the evidence check.
    project.conn.execute("DROP TRIGGER IF EXISTS signed_reports_no_update")
    triggers = [r[0] for r in project.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'signed_reports'")]
    for name in triggers:
        project.conn.execute(f"DROP TRIGGER {name}")
    forged = {**signed["payload"], "finding": "still fit"}
    project.conn.execute("UPDATE signed_reports SET payload = ? WHERE id = ?", (json.dumps(forged), signed["id"]))
    report = verify_evidence(project)
    assert not report.ok and any("recheck report" in p and "no longer matches" in p for p in report.problems)


def test_a_recheck_refuses_another_use_cases_holdout_an_unfrozen_one_and_other_decoding(world, project):
    from workbench.evaluate.recheck import recheck
    from workbench.evaluate.evaluator import evaluate
    from workbench.store.snapshots import latest_snapshot
    from workbench.store.users import get_user

    erik = get_user(project, "erik")
    contracts_hold = latest_snapshot(project, "holdout", use_case="contracts")["id"]
    with pytest.raises(ValidationError, match="own use case"):
        recheck(project, "back-office", holdout=contracts_hold, actor=erik)
    with pytest.raises(ValidationError, match="only judged on its own use case"):
        evaluate(project, world.runs["back-office"]["id"], checkpoint=10, actor=erik, holdout=contracts_hold)
    train = latest_snapshot(project, "pairs", use_case="back-office")["id"]
    with pytest.raises(ValidationError, match="not a frozen hold-out"):
        recheck(project, "back-office", holdout=train, actor=erik)
    with pytest.raises(ValidationError, match="newer version"):
        recheck(project, "back-office", holdout=world.holdout_v1, actor=erik)
    with pytest.raises(ValidationError, match="repeats the decoding"):
        recheck(project, "back-office", holdout=world.holdout_v2, actor=erik, decoding={"max_new_tokens": 64})


def test_the_command_line_rechecks_signs_and_lists_adapters_by_use_case(world, project, capsys, monkeypatch):
    from workbench.cli import main

    root = str(project.root)
    sign_in_cli(project.root, "erik")
    assert main(["--project", root, "recheck", "back-office", "--holdout", world.holdout_v2, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["finding"] == "re-tune" and out["subject"] == "back-office@v1"
    assert main(["--project", root, "recheck", "back-office", "--holdout", "nope"]) == 2
    assert "no snapshot" in capsys.readouterr().err

    sign_in_cli(project.root, "claire")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert main(["--project", root, "recheck", "back-office", "--holdout", world.holdout_v2, "--sign",
                 "--password-stdin"]) == 0
    text = capsys.readouterr().out
    assert "fr-CH: re-tune" in text and "signed by claire" in text

    assert main(["--project", root, "adapters"]) == 0
    listing = capsys.readouterr().out
    assert listing.index("use case back-office") < listing.index("use case contracts")
    assert main(["--project", root, "adapters", "--serve", "vllm"]) == 0
    command = capsys.readouterr().out.replace("\n", "")
    assert command.count("vllm serve") == 1 and "--enable-lora" in command
    for uc in ("back-office", "contracts"):
        assert f"{uc}={world.handoffs[uc]['out']}/adapter" in command


def test_an_adapter_of_a_use_case_is_named_after_it_and_carries_it(world, project):
    from workbench.handoff.registry import by_use_case, list_adapters

    adapters = list_adapters(project)
    assert {(a.name, a.use_case, a.version) for a in adapters} == {("back-office", "back-office", 1),
                                                                   ("contracts", "contracts", 1)}
    assert list(by_use_case(adapters)) == ["back-office", "contracts"]
    assert len({a.base_model_id for a in adapters}) == 1
