"""Preconditions: a frozen hold-out first, signed-off pairs only, no contamination."""

from __future__ import annotations

import pytest

from tests.train.conftest import FR_PAIRS, add_signed_pairs, take_pairs_snapshot
from workbench.core.errors import StateError, ValidationError
from workbench.train.contamination import ContaminationFound, check_overlap, normalise
from workbench.train.preflight import run_preflight
from workbench.train.spec import JobSpec


def spec(tiny_model_dir, **kw):
    return JobSpec(base_model=str(tiny_model_dir), **kw)


def test_no_training_before_a_frozen_holdout(project, tiny_model_dir):
    add_signed_pairs(project, FR_PAIRS, "fr-CH")
    take_pairs_snapshot(project)
    with pytest.raises(StateError, match="no frozen hold-out"):
        run_preflight(project, spec(tiny_model_dir))


def test_ready_project_passes_and_names_untested_locales(ready_project, tiny_model_dir):
    pre = run_preflight(ready_project, spec(tiny_model_dir))
    assert pre.contamination.clean and pre.contamination.pairs_checked == 10
    assert pre.holdout["frozen"] and pre.train["kind"] == "pair"
    assert pre.warnings == []


def test_a_holdout_snapshot_cannot_be_the_training_set(ready_project, tiny_model_dir):
    from workbench.store.snapshots import latest_snapshot

    hold = latest_snapshot(ready_project, "holdout")
    with pytest.raises(StateError, match="never the hold-out"):
        run_preflight(ready_project, spec(tiny_model_dir, train_snapshot=hold["id"]))


def test_item_rejected_after_the_snapshot_blocks_training(ready_project, tiny_model_dir):
    from workbench.store.items import list_items, set_status
    from workbench.store.users import get_user

    victim = list_items(ready_project, kind="pair")[0]["id"]
    set_status(ready_project, [victim], "rejected", actor=get_user(ready_project, "claire"), reason="wrong rate")
    with pytest.raises(StateError, match="rejected after the snapshot"):
        run_preflight(ready_project, spec(tiny_model_dir))


def test_contaminated_training_set_is_refused_unless_overridden_with_a_reason(ready_project, tiny_model_dir):
    # A near copy of a hold-out prompt (another amount) and an exact copy of another.
    add_signed_pairs(ready_project, [
        ("Combien coûte la tenue d'un compte privé par année ?", "Elle coûte 60 francs par année."),
        ("Qui contacter en cas de perte de la carte ?", "La centrale de blocage, jour et nuit."),
    ], "fr-CH")
    take_pairs_snapshot(ready_project, "train v2")
    with pytest.raises(ContaminationFound) as refused:
        run_preflight(ready_project, spec(tiny_model_dir))
    report = refused.value.report
    assert len(report.train_items) == 2
    assert {o.exact for o in report.overlaps} == {True, False}
    assert "--allow-contamination" in str(refused.value)
    with pytest.raises(ValidationError, match="reason"):
        run_preflight(ready_project, spec(tiny_model_dir), contamination_override="ok")
    pre = run_preflight(ready_project, spec(tiny_model_dir),
                        contamination_override="generic FAQ wording, answers differ; approved by C. Rochat")
    assert pre.override_reason.startswith("generic FAQ") and not pre.contamination.clean


def test_overlap_check_ignores_case_punctuation_and_short_answers():
    train = [{"id": 1, "prompt": "WIE VIEL ist 7 mal 6 ??", "response": "42"},
             {"id": 2, "prompt": "Ganz etwas anderes, das nichts gemeinsam hat", "response": "42"}]
    hold = [{"id": 9, "prompt": "Wie viel ist 7 mal 6?", "response": "42"}]
    report = check_overlap(train, hold)
    assert [(o.train_item, o.holdout_item, o.field, o.exact) for o in report.overlaps] == [(1, 9, "prompt", True)]
    assert normalise("  L'État,  c'est MOI! ") == "l état c est moi"


def test_only_engineers_and_admins_launch_runs(ready_project, tiny_model_dir):
    from workbench.core.errors import PermissionDenied
    from workbench.store.runs import list_runs
    from workbench.store.users import get_user
    from workbench.train.runner import launch_run

    with pytest.raises(PermissionDenied, match="launch training runs"):
        launch_run(ready_project, spec(tiny_model_dir), get_user(ready_project, "max"))
    assert list_runs(ready_project) == []


def test_every_problem_is_listed_at_once_each_with_its_fix(project, tiny_model_dir):
    from workbench.train.preflight import PreflightFailed, check_data, launch_problems
    from workbench.store.users import get_user

    pre, problems = check_data(project, spec(tiny_model_dir))
    assert pre is None
    assert [(p.code, p.fix) for p in problems] == [("no_holdout", "freeze_holdout"),
                                                    ("no_training_snapshot", "training_snapshot")]
    # The words never name a command; the command line adds its own.
    assert all("workbench" not in p.message and "--" not in p.message for p in problems)
    with pytest.raises(PreflightFailed) as refused:
        run_preflight(project, spec(tiny_model_dir))
    assert "no frozen hold-out" in str(refused.value) and "no training snapshot" in str(refused.value)
    assert "'workbench snapshot create --kind pairs'" in str(refused.value)
    # The launch check adds the model's problems to the data's.
    problems, advice = launch_problems(project, spec("/nowhere/model"), get_user(project, "erik"))
    assert [p.code for p in problems] == ["model", "no_holdout", "no_training_snapshot"] and advice == []
    problems, _ = launch_problems(project, spec(tiny_model_dir), get_user(project, "max"))
    assert problems[0].code == "permission"


def test_pairs_signed_off_after_the_snapshot_are_named_with_the_step_that_adds_them(ready_project, tiny_model_dir):
    from workbench.train.preflight import check_data

    add_signed_pairs(ready_project, [("Quel est le taux d'intérêt du compte ?",
                                      "Le taux est de 0,5 pour cent par an.")], "fr-CH")
    pre, problems = check_data(ready_project, spec(tiny_model_dir))
    assert problems == []
    assert [(a.code, a.fix, a.params["n"]) for a in pre.advice] == [("newer_signoffs", "training_snapshot", 1)]
    take_pairs_snapshot(ready_project, "train v2")
    pre, _ = check_data(ready_project, spec(tiny_model_dir))
    assert pre.advice == [] and pre.train_items and len(pre.train_items) == 11
