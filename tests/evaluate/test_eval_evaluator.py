"""The evaluator's bookkeeping, with a scripted stand-in for the model (no torch needed):
which checkpoints run, what is reused, what a failure leaves behind, who may evaluate."""

from pathlib import Path

import pytest

from workbench.core.errors import PermissionDenied, StateError, ValidationError
from workbench.evaluate.evaluator import evaluate, parse_checkpoint
from workbench.evaluate.generation import DecodingSettings, Generated, Generator
from workbench.store import audit
from workbench.store import evaluations as store
from workbench.store.runs import add_checkpoint
from workbench.store.users import get_user

from .helpers import FR, register_run, signed_world


class ScriptedGenerator(Generator):
    """Answers each prompt with a fixed text per model state; can be told to fail."""

    backend = "scripted"

    def __init__(self, fail_on: str = "never"):
        self.state, self.fail_on, self.calls = None, fail_on, []

    def use(self, checkpoint_path):
        self.state = None if checkpoint_path is None else Path(checkpoint_path).name

    def generate(self, conversations, progress=None):
        self.calls.append(self.state)
        if self.state == self.fail_on:
            raise RuntimeError("out of memory")
        answer = "Vous avez 30 jours pour contester la facture." if self.state else "Je ne sais pas."
        if progress:
            progress(len(conversations))
        return [Generated(answer, 8) for _ in conversations]

    def describe(self):
        return {"backend": "scripted"}


@pytest.fixture
def world(project, tmp_path):
    train, frozen = signed_world(project, {"fr-CH": FR})
    run = register_run(project, tmp_path / "no-model", train, frozen)
    for step in (10, 20):
        folder = Path(run["run_dir"]) / "checkpoints" / f"step-{step:06d}"
        folder.mkdir(parents=True)
        add_checkpoint(project, run["id"], step=step, path=str(folder), train_loss=1.0, actor="erik")
    return run


def test_parse_checkpoint():
    assert parse_checkpoint(None) is None and parse_checkpoint("all") is None
    assert parse_checkpoint("step-000020") == parse_checkpoint("20") == parse_checkpoint(20) == 20
    assert parse_checkpoint("BASE") == "base" and parse_checkpoint("latest") == "latest"
    with pytest.raises(ValidationError, match="unknown checkpoint"):
        parse_checkpoint("best")


def test_base_once_then_only_new_checkpoints(project, world):
    gen = ScriptedGenerator()
    first = evaluate(project, world["id"], "10", generator=gen, n_bootstrap=50, actor=get_user(project, "erik"))
    assert [r["checkpoint"] for r in first] == ["base", "step-000010"] and gen.calls == [None, "step-000010"]
    gen.calls.clear()
    second = evaluate(project, world["id"], generator=gen, n_bootstrap=50, actor=get_user(project, "erik"))
    assert [(r["checkpoint"], r["reused"]) for r in second] == [
        ("base", True), ("step-000010", True), ("step-000020", False)]
    assert gen.calls == ["step-000020"]
    chrf = {r["checkpoint"]: r for r in store.scores(project, [e["id"] for e in second]) if r["metric"] == "chrf"}
    assert chrf["step-000020"]["base_score"] == chrf["base"]["score"] and chrf["step-000020"]["delta"] > 0


def test_other_settings_mean_a_new_comparable_set(project, world):
    gen = ScriptedGenerator()
    evaluate(project, world["id"], "10", generator=gen, n_bootstrap=50, actor=get_user(project, "erik"))
    evaluate(project, world["id"], "10", generator=gen, n_bootstrap=50, actor=get_user(project, "erik"),
             decoding=DecodingSettings(max_new_tokens=7))
    current = store.current_set(project, world["id"])
    assert set(current) == {"base", "step-000010"}
    assert {e["settings"]["decoding"]["max_new_tokens"] for e in current.values()} == {7}


def test_a_failure_is_recorded_and_leaves_no_scores(project, world):
    gen = ScriptedGenerator(fail_on="step-000020")
    with pytest.raises(RuntimeError, match="out of memory"):
        evaluate(project, world["id"], generator=gen, n_bootstrap=50, actor=get_user(project, "erik"))
    evs = {e["checkpoint"]: e for e in store.list_evaluations(project, world["id"])}
    assert evs["step-000010"]["status"] == "completed"
    failed = evs["step-000020"]
    assert failed["status"] == "failed" and "out of memory" in failed["error"]
    assert store.answers(project, failed["id"]) == [] and store.scores(project, [failed["id"]]) == []
    assert [e["object_id"] for e in audit.entries(project, action="eval.fail")] == [failed["id"]]
    assert audit.verify_chain(project).ok


def test_missing_folder_unknown_step_and_role(project, world):
    with pytest.raises(ValidationError, match="no checkpoint at step 30"):
        evaluate(project, world["id"], 30, generator=ScriptedGenerator(), actor=get_user(project, "erik"))
    add_checkpoint(project, world["id"], step=40, path=str(Path(world["run_dir"]) / "gone"), train_loss=None,
                   actor="erik")
    with pytest.raises(StateError, match="missing"):
        evaluate(project, world["id"], 40, generator=ScriptedGenerator(), actor=get_user(project, "erik"))
    with pytest.raises(PermissionDenied, match="run evaluations"):
        evaluate(project, world["id"], 10, generator=ScriptedGenerator(), actor=get_user(project, "max"))


def test_report_before_any_checkpoint_is_evaluated(project, world, tmp_path):
    from workbench.evaluate.report import write_report

    evaluate(project, world["id"], "base", generator=ScriptedGenerator(), n_bootstrap=50,
             actor=get_user(project, "erik"))
    written = write_report(project, world["id"], tmp_path / "early.html", actor=get_user(project, "cora"))
    html = Path(written["html"]).read_text(encoding="utf-8")
    assert written["recommendation"] == "no-go" and "no checkpoint has been evaluated yet" in html
    assert "pdf" not in written
