"""Sampled evaluation: the model card's settings over k fixed seeds, the same seeds for the base
and every checkpoint, intervals over items and seeds; a decision rests on one evaluation set
and refuses to mix sets."""

from __future__ import annotations

import shutil

import pytest

from workbench.core.errors import ValidationError
from workbench.evaluate.decision import assess, decide
from workbench.evaluate.evaluator import evaluate
from workbench.evaluate.generation import DecodingSettings
from workbench.evaluate.metrics import text_metric, text_metric_sampled
from workbench.evaluate.policy import MixedEvaluationSets
from workbench.store import evaluations as store
from workbench.store import open_project
from workbench.store.users import get_user

from .helpers import FR, PASSWORD, add_checkpoint, make_peft_checkpoint, register_run, signed_world

GREEDY = {"max_new_tokens": 8, "batch_size": 4}
SAMPLED = DecodingSettings.model_card(samples=2, max_new_tokens=8, batch_size=4).as_dict()


def test_model_card_settings_and_their_validation():
    s = DecodingSettings.model_card(samples=3)
    assert (s.temperature, s.top_p, s.samples, s.seeds) == (0.8, 0.9, 3, [0, 1, 2])
    with pytest.raises(ValidationError, match="same answer for every seed"):
        DecodingSettings.from_dict({"samples": 3})
    # Greedy settings hash as they always did: no samples key.
    assert "samples" not in DecodingSettings().as_dict() and s.as_dict()["samples"] == 3


def test_sampled_metric_resamples_items_and_seeds():
    refs = ["Die Karte ist gesperrt.", "Wir melden uns morgen.", "Die Zinsen steigen im Juli."]
    base = [["Karte gesperrt", "Die Karte"], ["Wir melden", "morgen"], ["Zinsen Juli", "Die Zinsen"]]
    tuned = [["Die Karte ist gesperrt.", "Die Karte ist gesperrt"], ["Wir melden uns morgen.", "Wir melden uns"],
             ["Die Zinsen steigen im Juli.", "Die Zinsen steigen"]]
    r = text_metric_sampled("chrf", "de-CH", tuned, refs, base, n_samples=200)
    assert r.delta > 0 and r.delta_low <= r.delta <= r.delta_high and "samples:2" in r.signature
    # One seed: the same score as the per-item metric.
    one = text_metric_sampled("chrf", "de-CH", [[t[0]] for t in tuned], refs, n_samples=0)
    assert one.score == pytest.approx(text_metric("chrf", "de-CH", [t[0] for t in tuned], refs, n_samples=0).score)
    same = text_metric_sampled("chrf", "de-CH", base, refs, base, n_samples=100)
    assert same.delta == 0 and same.p_value == 1.0
    with pytest.raises(ValueError, match="same number of answers"):
        text_metric_sampled("chrf", "de-CH", [["a"], ["b", "c"], ["d"]], refs)


@pytest.mark.slow
def test_sampled_evaluation_is_paired_by_seed_and_decisions_never_mix_sets(tmp_path, _project_template,
                                                                          tiny_model_dir):
    root = tmp_path / "proj"
    shutil.copytree(_project_template, root)
    p = open_project(root)
    try:
        train, frozen = signed_world(p, {"fr-CH": FR})
        run = register_run(p, tiny_model_dir, train, frozen)
        add_checkpoint(p, run, 10, make_peft_checkpoint, tiny_model_dir, seed=10)
        erik = get_user(p, "erik")
        greedy = evaluate(p, run["id"], decoding=GREEDY, actor=erik, n_bootstrap=50)
        sampled = evaluate(p, run["id"], decoding=SAMPLED, actor=erik, n_bootstrap=50)
        assert greedy[0]["settings_hash"] != sampled[0]["settings_hash"]
        # k answers per item, the same seeds for the base and the checkpoint.
        for ev in sampled:
            rows = store.answers(p, ev["id"])
            assert all([s["seed"] for s in r["samples"]] == [0, 1] for r in rows)
            assert all(r["answer"] == r["samples"][0]["answer"] for r in rows)
        chrf = [s for s in store.scores(p, [sampled[1]["id"]]) if s["metric"] == "chrf"]
        assert chrf and "samples:2|bs:items+seeds" in chrf[0]["signature"]
        # Sampling with fixed seeds repeats exactly.
        again = evaluate(p, run["id"], decoding=SAMPLED, actor=erik, n_bootstrap=50, force=True)
        assert [e["answers_hash"] for e in again] == [e["answers_hash"] for e in sampled]

        newest = assess(p, run["id"])
        assert newest.evaluation_set == sampled[0]["settings_hash"]
        old = assess(p, run["id"], evaluation_set=greedy[0]["settings_hash"])
        assert old.evaluation_set == greedy[0]["settings_hash"]
        assert {e["id"] for e in old.evaluations.values()} == {e["id"] for e in greedy}

        # A third set with only the base evaluated: deciding on step 10 there would pair a
        # base of one set with a checkpoint of another, and is refused.
        third = evaluate(p, run["id"], "base", decoding={**GREEDY, "max_new_tokens": 6}, actor=erik, n_bootstrap=50)
        with pytest.raises(MixedEvaluationSets, match="refusing to mix evaluation sets"):
            decide(p, run["id"], username="claire", password=PASSWORD, decision="no-go", checkpoint="step-000010",
                   evaluation_set=third[0]["settings_hash"])
        d = decide(p, run["id"], username="claire", password=PASSWORD, decision="no-go",
                   checkpoint="step-000010", evaluation_set=sampled[0]["settings_hash"],
                   rationale="the sampled evaluation is the one the owners asked for, not greedy")
        assert d["payload"]["evaluation_set"] == sampled[0]["settings_hash"]
        assert {v["settings_hash"] for v in d["payload"]["evaluations"].values()} == {sampled[0]["settings_hash"]}
    finally:
        p.close()
