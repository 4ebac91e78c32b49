"""The baseline evaluation: the base model alone on the signed hold-out, before any run; its
signed report; and later runs compared against that very evaluation, never a regenerated one."""

from pathlib import Path

import pytest

from workbench.core.errors import PermissionDenied, StateError, ValidationError
from workbench.evaluate.baseline import (baseline_reports, baseline_statement, compared_against, evaluate_base,
                                         sign_baseline_report)
from workbench.evaluate.decision import assess
from workbench.evaluate.evaluator import evaluate
from workbench.evaluate.generation import Generated, Generator
from workbench.store import audit, evaluations as store, snapshots
from workbench.store.evidence import verify_evidence
from workbench.store.runs import add_checkpoint
from workbench.store.users import get_user, set_duties

from .helpers import FR, IT, PASSWORD, add_holdout, register_run, signed_world

DECODING = {"max_new_tokens": 4, "batch_size": 4}


class CountingGenerator(Generator):
    """A stand-in for the model that counts what it is asked to generate, per model state."""

    backend = "scripted"

    def __init__(self):
        self.state, self.calls = None, []

    def use(self, checkpoint_path):
        self.state = None if checkpoint_path is None else Path(checkpoint_path).name

    def generate(self, conversations, progress=None, seed=None):
        self.calls.append(self.state)
        answer = "Vous avez 30 jours pour contester la facture." if self.state else "Je ne sais pas."
        if progress:
            progress(len(conversations))
        return [Generated(answer, 4) for _ in conversations]

    def describe(self):
        return {"backend": "scripted"}


@pytest.fixture
def world(project):
    train, frozen = signed_world(project, {"fr-CH": FR})
    model = project.root / "models" / "base"  # inside the project: stored relative, like the demo's model
    model.mkdir(parents=True)
    return {"train": train, "holdout": frozen, "model": model}


def _run_with_checkpoint(project, world):
    run = register_run(project, world["model"], world["train"], world["holdout"])
    folder = Path(run["run_dir"]) / "checkpoints" / "step-000010"
    folder.mkdir(parents=True)
    add_checkpoint(project, run["id"], step=10, path=str(folder), train_loss=1.0, actor="erik")
    return run


def _baseline(project, world, gen=None, actor="erik", **kw):
    return evaluate_base(project, base_model=str(world["model"]), actor=get_user(project, actor),
                         generator=gen or CountingGenerator(), n_bootstrap=50, decoding=kw.pop("decoding", DECODING),
                         **kw)


def test_the_report_exists_before_the_first_run_and_the_run_reuses_the_baseline(project, world):
    gen = CountingGenerator()
    base = _baseline(project, world, gen)
    assert gen.calls == [None] and base["run_id"] is None and base["checkpoint"] == "base"
    assert store.list_baselines(project, status="completed") == [store.get_evaluation(project, base["id"])]
    statement = baseline_statement(project, base["id"])
    report = sign_baseline_report(project, base["id"], username="claire", password=PASSWORD, meaning=statement)
    assert report["payload_hash"] in report["meaning"] and report["meaning"] == statement
    fr = report["payload"]["locales"]["fr-CH"]
    assert fr["n"] == len(FR) and fr["chrf"]["ci_low"] <= fr["chrf"]["score"] <= fr["chrf"]["ci_high"]
    # "Je ne sais pas." contains none of the required terms: the base fails the checks, by item.
    assert fr["regression_checks"] == "fails" and {f["item_id"] for f in fr["failing"]}
    assert [e["object_id"] for e in audit.entries(project, action="eval.baseline_report")] == [base["id"]]
    assert _baseline(project, world, gen)["reused"] and gen.calls == [None]  # asked again: not regenerated

    run = _run_with_checkpoint(project, world)
    gen.calls.clear()
    results = evaluate(project, run["id"], generator=gen, n_bootstrap=50, decoding=DECODING,
                       actor=get_user(project, "erik"))
    assert gen.calls == ["step-000010"]  # the base was not generated again
    run_base = results[0]
    assert run_base["run_id"] == run["id"] and run_base["settings"]["baseline"] == base["id"]
    assert run_base["answers_hash"] == base["answers_hash"] and run_base["settings_hash"] == base["settings_hash"]
    a = assess(project, run["id"])
    assert a.evaluations["base"]["id"] == run_base["id"]
    chrf = {r["checkpoint"]: r for r in store.scores(project, [run_base["id"], results[1]["id"]])
            if r["metric"] == "chrf"}
    baseline_chrf = next(r for r in store.scores(project, [base["id"]]) if r["metric"] == "chrf")
    assert chrf["base"]["score"] == baseline_chrf["score"] == chrf["step-000010"]["base_score"]
    note = compared_against(project, a.evaluations["base"])
    assert note["baseline"] == base["id"] and [s["signer"] for s in note["signatures"]] == ["claire"]
    assert verify_evidence(project).ok


def test_a_baseline_under_other_decoding_is_not_reused(project, world):
    base = _baseline(project, world, decoding={"max_new_tokens": 4})
    run = _run_with_checkpoint(project, world)
    gen = CountingGenerator()
    results = evaluate(project, run["id"], generator=gen, n_bootstrap=50, decoding={"max_new_tokens": 7},
                       actor=get_user(project, "erik"))
    assert gen.calls == [None, "step-000010"]
    assert "baseline" not in results[0]["settings"] and results[0]["settings_hash"] != base["settings_hash"]
    assert compared_against(project, results[0]) is None


def test_a_holdout_not_frozen_by_every_locale_owner_is_refused(project, world):
    add_holdout(project, "it-CH", IT)
    partial = snapshots.create_snapshot(project, kind="holdout", name="hold-out v2",
                                        actor=get_user(project, "claire"), password=PASSWORD)
    with pytest.raises(StateError, match="not frozen for it-CH"):
        _baseline(project, world, holdout=partial["id"])
    with pytest.raises(StateError, match="not frozen for it-CH"):
        _baseline(project, world)  # the latest hold-out by default
    assert store.list_baselines(project) == []
    with pytest.raises(PermissionDenied):
        _baseline(project, world, actor="claire", holdout=world["holdout"]["id"])  # evaluating is an engineer's


def test_the_signature_verifies_and_a_rewritten_payload_is_detected(project, world):
    base = _baseline(project, world)
    report = sign_baseline_report(project, base["id"], username="claire", password=PASSWORD)
    assert verify_evidence(project).ok
    with pytest.raises(StateError, match="already"):
        sign_baseline_report(project, base["id"], username="claire", password=PASSWORD)
    project.conn.execute("DROP TRIGGER signed_reports_no_update")
    forged = dict(report["payload"], locales={**report["payload"]["locales"]})
    forged["locales"]["fr-CH"] = {**forged["locales"]["fr-CH"], "regression_checks": "passes", "failing": []}
    from workbench.core.hashing import canonical_json

    project.conn.execute("UPDATE signed_reports SET payload = ? WHERE id = ?", (canonical_json(forged), report["id"]))
    problems = verify_evidence(project).problems
    assert any(f"baseline report {report['id']}: its payload no longer matches its hash" in p for p in problems)


def test_who_signs_the_report(project, world):
    base = _baseline(project, world, actor="admin")
    with pytest.raises(PermissionDenied, match="owns none"):
        sign_baseline_report(project, base["id"], username="erik", password=PASSWORD)
    with pytest.raises(PermissionDenied, match="owns none"):
        sign_baseline_report(project, base["id"], username="giulia", password=PASSWORD)  # it-CH, hold-out is fr-CH
    with pytest.raises(PermissionDenied, match="ran this baseline"):
        sign_baseline_report(project, base["id"], username="admin", password=PASSWORD)
    with pytest.raises(ValidationError, match="meaning of this signature"):
        sign_baseline_report(project, base["id"], username="claire", password=PASSWORD, meaning="I agree")
    assert baseline_reports(project, base["id"]) == []
    set_duties(project, False, admin="admin", password=PASSWORD, reason="two-person team during the pilot phase")
    assert sign_baseline_report(project, base["id"], username="admin", password=PASSWORD)["signer"] == "admin"


def test_only_a_completed_baseline_has_a_report(project, world):
    run = _run_with_checkpoint(project, world)
    run_evals = evaluate(project, run["id"], "base", generator=CountingGenerator(), n_bootstrap=50,
                         decoding=DECODING, actor=get_user(project, "erik"))
    with pytest.raises(StateError, match="belongs to run"):
        sign_baseline_report(project, run_evals[0]["id"], username="claire", password=PASSWORD)

    class Failing(CountingGenerator):
        def generate(self, conversations, progress=None, seed=None):
            raise RuntimeError("out of memory")

    with pytest.raises(RuntimeError):
        _baseline(project, world, Failing())
    failed = store.list_baselines(project, status="failed")[0]
    with pytest.raises(StateError, match="is failed"):
        sign_baseline_report(project, failed["id"], username="claire", password=PASSWORD)


def test_a_use_cases_baseline_uses_its_own_holdout(project, tmp_path):
    from tests.usecases.conftest import make_two_use_cases

    made = make_two_use_cases(project)
    base = evaluate_base(project, use_case="contracts", base_model=str(tmp_path / "model"),
                         actor=get_user(project, "erik"), generator=CountingGenerator(), n_bootstrap=50,
                         decoding=DECODING)
    assert base["snapshot_id"] == made["contracts"]["holdout"]["id"] and base["use_case"] == "contracts"
    assert [b["id"] for b in store.list_baselines(project, "contracts")] == [base["id"]]
    assert store.list_baselines(project, "back-office") == []
    with pytest.raises(ValidationError, match="not use case 'contracts'"):
        evaluate_base(project, use_case="contracts", holdout=made["back-office"]["holdout"]["id"],
                      base_model=str(tmp_path / "model"), actor=get_user(project, "erik"),
                      generator=CountingGenerator(), n_bootstrap=50, decoding=DECODING)
    # Without a use case, "the latest hold-out" could be any use case's: refused, nothing recorded.
    gen = CountingGenerator()
    with pytest.raises(ValidationError, match="name the use case"):
        evaluate_base(project, base_model=str(tmp_path / "model"), actor=get_user(project, "erik"),
                      generator=gen, n_bootstrap=50, decoding=DECODING)
    assert gen.calls == [] and len(store.list_baselines(project)) == 1


def test_the_tiny_model_alone_on_the_holdout(project, world, tiny_model_dir):
    """The real generator: the base model is loaded, generates and is scored like in a run."""
    events = []
    base = evaluate_base(project, base_model=str(tiny_model_dir), actor=get_user(project, "erik"), n_bootstrap=50,
                         decoding=DECODING, progress=events.append)
    assert base["status"] == "completed" and base["item_count"] == len(FR)
    assert [e["type"] for e in events][0] == "eval.started" and events[-1]["type"] == "eval.completed"
    assert {r["metric"] for r in store.scores(project, [base["id"]])} >= {"chrf", "bleu", "checks"}


def test_the_command_line_evaluates_shows_and_signs(project, world, tiny_model_dir, capsys, monkeypatch):
    import io
    import json

    from tests.conftest import sign_in_cli
    from workbench.cli import main

    sign_in_cli(project.root, "erik")
    root = str(project.root)
    assert main(["--project", root, "--user", "erik", "eval-base", "--base-model", str(tiny_model_dir),
                 "--max-new-tokens", "4", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["checkpoint"] == "base" and [r["locale"] for r in out["locales"]] == ["fr-CH"]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--project", root, "--user", "erik", "eval-base", "--sign", out["id"], "--password-stdin"]) == 2
    assert "owns none" in capsys.readouterr().err  # erik owns no locale: refused, nothing recorded
    assert baseline_reports(project, out["id"]) == []
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--project", root, "--user", "claire", "eval-base", "--sign", out["id"], "--password-stdin"]) == 0
    assert "baseline report #" in capsys.readouterr().out
    assert main(["--project", root, "eval-base", "--show", out["id"]]) == 0
    shown = capsys.readouterr().out
    assert "fr-CH" in shown and "report signed by" in shown
    assert main(["--project", root, "--user", "erik", "eval-base"]) == 2  # no model named: one line, nothing done
    assert "--base-model" in capsys.readouterr().err
