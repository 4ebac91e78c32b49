"""Evaluation end to end with real generation by the tiny Apertus (peft backend).

The world: fr-CH and it-CH hold-out items signed by their owners and frozen; a run with two
LoRA checkpoints made without the trainer. The regression is planted with real answers:
the fr-CH references are the *base* model's own answers (so the tuned model can only lose
there, and one required term is a word only the base says), the it-CH references are the
step-20 checkpoint's answers (so it gains there).
"""

import shutil
import sqlite3
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from workbench.core.errors import AuthenticationFailed, PermissionDenied, StateError, ValidationError
from workbench.evaluate.decision import assess, decide, set_policy
from workbench.evaluate.evaluator import evaluate
from workbench.evaluate.generation import DecodingSettings, conversation
from workbench.evaluate.policy import NO_GO, Policy
from workbench.store import audit, open_project
from workbench.store import evaluations as store
from workbench.store.users import get_user

from .helpers import (FR, IT, PASSWORD, add_checkpoint, clean_for_reference, make_peft_checkpoint,
                      distinctive_word, register_run, signed_world)

pytestmark = pytest.mark.slow

SETTINGS = DecodingSettings(max_new_tokens=12, batch_size=4)
# Gibberish from a random model has no language, so fidelity is left out of this policy
# (it has its own tests); everything else is the default policy plus it-CH as a target.
POLICY = Policy(chrf_tolerance=1.0, min_gain=1.0, target_locales=("it-CH",), fidelity_tolerance=100.0, min_items=2)



@pytest.fixture(scope="module")
def world(tmp_path_factory, _project_template, tiny_model_dir):
    from workbench.evaluate.gen_peft import PeftGenerator

    scratch = tmp_path_factory.mktemp("adapters")
    ckpt20 = make_peft_checkpoint(tiny_model_dir, scratch / "c20", seed=20)
    prompts = [{"prompt": p} for p, _, _ in FR + IT]
    gen = PeftGenerator(tiny_model_dir, SETTINGS)
    convs = [conversation(p) for p in prompts]
    base_answers = [g.answer for g in gen.generate(convs)]
    gen.use(ckpt20)
    tuned_answers = [g.answer for g in gen.generate(convs)]
    gen.close()

    fr = []
    planted = None
    for (prompt, _, _), base, tuned in zip(FR, base_answers[:3], tuned_answers[:3]):
        word = distinctive_word(base, tuned) if planted is None else None
        if word:
            planted = word
        fr.append((prompt, clean_for_reference(base), {"required": [word]} if word else {}))
    assert planted, "the perturbed adapter should change at least one word of the base answers"
    it = [(prompt, clean_for_reference(tuned), {}) for (prompt, _, _), tuned in zip(IT, tuned_answers[3:])]

    root = tmp_path_factory.mktemp("eval_e2e") / "proj"
    shutil.copytree(_project_template, root)
    project = open_project(root)
    train, frozen = signed_world(project, {"fr-CH": fr, "it-CH": it})
    run = register_run(project, tiny_model_dir, train, frozen)
    add_checkpoint(project, run, 10, make_peft_checkpoint, tiny_model_dir, seed=10)
    path20 = Path(run["run_dir"]) / "checkpoints" / "step-000020"
    shutil.copytree(ckpt20, path20)
    from workbench.store.runs import add_checkpoint as register_checkpoint

    register_checkpoint(project, run["id"], step=20, path=str(path20), train_loss=1.5, actor="erik")
    store.set_json_setting(project, store.DECODING_KEY, SETTINGS.as_dict(), actor=get_user(project, "erik"))
    set_policy(project, POLICY, username="erik", password=PASSWORD)
    events = []
    results = evaluate(project, run["id"], progress=events.append, actor=get_user(project, "erik"))
    yield {"project": project, "run": run, "results": results, "events": events, "frozen": frozen,
           "base_answers": base_answers, "tuned_answers": tuned_answers, "planted": planted,
           "tiny": tiny_model_dir}
    project.close()


def test_one_row_per_checkpoint_and_locale(world):
    p, run = world["project"], world["run"]
    assert [r["checkpoint"] for r in world["results"]] == ["base", "step-000010", "step-000020"]
    rows = store.scores(p, [r["id"] for r in world["results"]])
    chrf = [(r["checkpoint"], r["locale"]) for r in rows if r["metric"] == "chrf"]
    assert sorted(chrf) == sorted((c, loc) for c in ("base", "step-000010", "step-000020")
                                  for loc in ("fr-CH", "it-CH"))
    for metric in ("bleu", "ter"):
        assert len([r for r in rows if r["metric"] == metric]) == 6
    # Only the fr-CH items carry regression checks: no pass rate is invented for it-CH.
    assert sorted(r["locale"] for r in rows if r["metric"] == "checks") == ["fr-CH"] * 3
    base_rows = [r for r in rows if r["checkpoint"] == "base"]
    assert all(r["delta"] is None for r in base_rows)
    tuned = [r for r in rows if r["checkpoint"] != "base" and r["metric"] == "chrf"]
    assert all(r["delta"] is not None and r["p_value"] is not None and r["signature"] for r in tuned)
    assert {e["type"] for e in world["events"]} >= {"eval.started", "eval.progress", "eval.completed"}
    assert (Path(run["run_dir"]) / "eval_events.jsonl").exists()


def test_every_answer_is_kept_and_linked_to_its_revision(world):
    p = world["project"]
    from workbench.store.snapshots import snapshot_items

    held = {(i["id"], i["rev"], i["content_hash"]) for i in snapshot_items(p, world["frozen"]["id"])}
    for ev in world["results"]:
        answers = store.answers(p, ev["id"])
        assert {(a["item_id"], a["rev"], a["content_hash"]) for a in answers} == held
        assert ev["answers_hash"] == store.answers_hash(answers)
    # The base answers are exactly what the model generated on its own (same settings).
    base = store.answers(p, world["results"][0]["id"])
    assert [a["answer"] for a in base] == world["base_answers"]
    # Evidence cannot be rewritten, not even from a plain sqlite3 session.
    other = sqlite3.connect(p.path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            other.execute("UPDATE eval_answers SET answer = 'better' WHERE evaluation_id = ?",
                          (world["results"][0]["id"],))
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            other.execute("DELETE FROM eval_scores")
    finally:
        other.rollback()
        other.close()


def test_swapped_adapter_answers_like_a_fresh_load(world):
    """Step 20 was evaluated after swapping out step 10's adapter on the same base; its
    answers equal those of a base that only ever saw step 20's adapter."""
    step20 = store.answers(world["project"], world["results"][2]["id"])
    assert [a["answer"] for a in step20] == world["tuned_answers"]
    assert world["tuned_answers"] != world["base_answers"]


def test_batched_generation_equals_one_at_a_time(world):
    from workbench.evaluate.gen_peft import PeftGenerator

    convs = [conversation({"prompt": p}) for p, _, _ in FR + IT]
    one = PeftGenerator(world["tiny"], DecodingSettings(max_new_tokens=12, batch_size=1))
    assert [g.answer for g in one.generate(convs)] == world["base_answers"]


def test_evaluating_again_reuses_what_is_done(world):
    p, run = world["project"], world["run"]
    before = len(store.list_evaluations(p, run["id"]))
    again = evaluate(p, run["id"], actor=get_user(p, "erik"))
    assert all(r["reused"] for r in again) and len(store.list_evaluations(p, run["id"])) == before


def test_planted_regression_is_no_go_in_fr_while_it_improves(world):
    a = assess(world["project"], world["run"]["id"])
    v20 = {v.locale: v for v in a.recommendation.verdict_for("step-000020").locales}
    assert v20["it-CH"].go and v20["it-CH"].chrf_delta > POLICY.min_gain
    assert not v20["fr-CH"].go
    assert v20["fr-CH"].chrf_delta < -POLICY.chrf_tolerance
    assert v20["fr-CH"].newly_failing, "the planted required term must fail for the tuned model"
    assert a.recommendation.recommendation == NO_GO


def test_decision_is_signed_audited_and_needs_a_rationale_to_overrule(world):
    p, run = world["project"], world["run"]
    n_before = len(store.decisions(p, run["id"]))
    with pytest.raises(AuthenticationFailed):
        decide(p, run["id"], username="claire", password="wrong", decision="no-go", checkpoint="step-000020")
    with pytest.raises(PermissionDenied):
        decide(p, run["id"], username="max", password=PASSWORD, decision="no-go", checkpoint="step-000020")
    with pytest.raises(ValidationError, match="rationale"):
        decide(p, run["id"], username="claire", password=PASSWORD, decision="go", checkpoint="step-000020")
    assert len(store.decisions(p, run["id"])) == n_before
    d = decide(p, run["id"], username="claire", password=PASSWORD, decision="no-go", checkpoint="step-000020")
    assert d["decision"] == d["recommendation"] == NO_GO and d["signer_name"] == "Claire Rochat"
    assert d["meaning"].startswith("NO-GO for checkpoint step-000020")
    assert d["payload"]["verdict"]["verdict"] == NO_GO and store.verify_decision(p, d["id"])
    over = decide(p, run["id"], username="admin", password=PASSWORD, decision="go", checkpoint="step-000020",
                  rationale="fr-CH regression accepted: fr-CH is out of scope for this release")
    assert over["decision"] == "go" and over["recommendation"] == NO_GO
    entries = [e for e in audit.entries(p, action="eval.decision")]
    assert {e["actor"] for e in entries[-2:]} == {"claire", "admin"}
    assert audit.verify_chain(p).ok


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.external, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith("#"):
                self.external.append(value)

    def handle_data(self, data):
        self.text.append(data)


def test_report_renders_as_html_and_pdf(world, tmp_path):
    from workbench.evaluate.report import write_report

    p, run = world["project"], world["run"]
    written = write_report(p, run["id"], tmp_path / "report.html", pdf=True, actor=get_user(p, "cora"))
    html = Path(written["html"]).read_text(encoding="utf-8")
    parser = _Collector()
    parser.feed(html)
    parser.close()
    text = " ".join(parser.text)
    assert parser.external == []  # self-contained: nothing to fetch
    assert parser.tags.count("svg") >= 2 * 3  # every metric × locale, plus the legend
    assert "fr-CH" in text and "it-CH" in text and "NO-GO" in text
    assert world["planted"] in text  # the failing regression item is shown with its answers
    assert "Claire Rochat" in text  # who signed the hold-out (and the decision)
    entry = list(audit.entries(p, action="report.export"))[-1]
    assert audit.decoded(entry)["after"]["audit_head"] in text
    pdf = Path(written["pdf"]).read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


def wb(*args, input=None):
    import os

    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_PASSWORD"}
    return subprocess.run([sys.executable, "-m", "workbench.cli", *map(str, args)], input=input,
                          capture_output=True, text=True, env=env, timeout=300)


def test_cli_eval_decide_report(world, tmp_path):
    import json

    root, run = world["project"].root, world["run"]["id"]
    assert wb("-p", root, "login", "--user", "erik", "--password-stdin", input=PASSWORD + "\n").returncode == 0
    out = wb("-p", root, "eval", run, "--json")
    assert out.returncode == 0, out.stderr
    assert [r["checkpoint"] for r in json.loads(out.stdout)] == ["base", "step-000010", "step-000020"]
    shown = wb("-p", root, "decide", run, "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["recommendation"] == "no-go"
    signed = wb("-p", root, "-u", "giulia", "decide", run, "-c", "20", "--decision", "no-go",
                "--password-stdin", "--json", input=PASSWORD + "\n")
    assert signed.returncode == 0, signed.stderr
    assert json.loads(signed.stdout)["signer"] == "giulia"
    refused = wb("-p", root, "-u", "giulia", "decide", run, "-c", "20", "--decision", "go", "--password-stdin",
                 input=PASSWORD + "\n")
    assert refused.returncode == 2 and "rationale" in refused.stderr and "Traceback" not in refused.stderr
    rep = wb("-p", root, "report", run, "--out", tmp_path / "r.html", "--pdf")
    assert rep.returncode == 0, rep.stderr
    assert (tmp_path / "r.pdf").read_bytes()[:4] == b"%PDF"
    pol = wb("-p", root, "eval-policy", "--json")
    assert json.loads(pol.stdout)["target_locales"] == ["it-CH"]


def test_worker_process_evaluates_a_new_checkpoint(world):
    """What the training runner does after saving a checkpoint."""
    p, run = world["project"], world["run"]
    add_checkpoint(p, run, 30, make_peft_checkpoint, world["tiny"], seed=30)
    from workbench.evaluate.worker import spawn

    log = Path(run["run_dir"]) / "eval_worker.log"
    worker = spawn(p.root, run["id"], 30, log_path=log)
    assert worker.wait(timeout=300) == 0, log.read_text()
    assert "step-000030" in log.read_text()
    current = store.current_set(p, run["id"])
    assert current["base"]["id"] == world["results"][0]["id"]  # base reused, not generated again
    rows = store.scores(p, [current["step-000030"]["id"]])
    assert sorted(r["locale"] for r in rows if r["metric"] == "chrf") == ["fr-CH", "it-CH"]
    log = (Path(run["run_dir"]) / "eval_events.jsonl").read_text()
    assert '"checkpoint": "step-000030"' in log and "eval.completed" in log


def test_the_engineer_who_launched_the_run_cannot_sign_its_go(world):
    """Four eyes: erik launched the run; his GO is refused even with a rationale, his NO-GO is not."""
    p, run = world["project"], world["run"]
    assert run["created_by"] == "erik"
    n_before = len(store.decisions(p, run["id"]))
    with pytest.raises(PermissionDenied, match="launched this run"):
        decide(p, run["id"], username="erik", password=PASSWORD, decision="go", checkpoint="step-000020",
               rationale="I am sure this checkpoint is fine, trust me on this one")
    assert len(store.decisions(p, run["id"])) == n_before


def test_loosening_the_policy_after_the_evaluations_then_go_is_refused(world):
    """Kept last in this module: it changes the project's policy after the evaluations."""
    p, run = world["project"], world["run"]
    loose = Policy(chrf_tolerance=100.0, min_gain=0.0, target_locales=(), fidelity_tolerance=100.0)
    set_policy(p, loose, username="erik", password=PASSWORD)
    with pytest.raises(StateError, match="policy changed after the evaluations"):
        decide(p, run["id"], username="admin", password=PASSWORD, decision="go", checkpoint="step-000020",
               rationale="the new policy is what the business owners agreed on")
