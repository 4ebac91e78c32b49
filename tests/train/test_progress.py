"""A run's phase and clock as a person would read them, from the registry, its evaluations
and its event stamps."""

from __future__ import annotations

from workbench.train.progress import timing


def test_elapsed_and_estimate_follow_the_pace_of_the_recent_steps():
    events = [{"t": 100.0, "type": "log", "phase": "start"}]
    events += [{"t": 100.0 + 2 * s, "type": "step", "step": s} for s in range(1, 11)]
    elapsed, left = timing(events, 30, now=121.0)
    assert elapsed == 21.0
    assert left == 20 * 2.0 - 1.0  # 20 steps at 2 s, one second of the next already gone


def test_an_ended_run_has_a_fixed_elapsed_time_and_no_estimate():
    events = [{"t": 10.0, "type": "log", "phase": "start"}, {"t": 11.0, "type": "step", "step": 1},
              {"t": 12.0, "type": "step", "step": 2}, {"t": 15.0, "type": "done", "step": 2}]
    assert timing(events, 2, now=999.0) == (5.0, None)
    # Resumed after the end: the clock runs again.
    events += [{"t": 20.0, "type": "log", "phase": "start"}]
    assert timing(events, 4, now=22.0) == (12.0, None)


def test_no_events_no_figures():
    assert timing([], 10, now=5.0) == (None, None)


def test_a_completed_run_whose_checkpoints_are_being_evaluated_says_so(ready_project):
    from workbench.store import evaluations, runs
    from workbench.store.snapshots import latest_snapshot
    from workbench.store.users import get_user
    from workbench.train.progress import run_phase

    project = ready_project
    erik = get_user(project, "erik")
    hold = latest_snapshot(project, "holdout")["id"]
    run = runs.create_run(project, spec={"eval_each_checkpoint": True, "max_steps": 20}, backend="peft",
                          method="lora", base_model="m", train_snapshot=latest_snapshot(project, "pair")["id"],
                          holdout_snapshot=hold, seed=1, actor=erik, lineage={})
    assert run_phase(project, run).status == "queued"  # no worker holds its lock
    for step in (10, 20):
        runs.add_checkpoint(project, run["id"], step=step, path=f"c{step}", train_loss=1.0, actor=erik)
    runs.set_run_status(project, run["id"], "completed", actor=erik)
    run = runs.get_run(project, run["id"])
    ev = evaluations.start_evaluation(project, run_id=run["id"], step=10, snapshot_id=hold, backend="peft",
                                      settings={}, actor=erik)
    phase = run_phase(project, run)
    assert (phase.status, phase.evaluated, phase.to_evaluate) == ("evaluating", 0, 2)
    evaluations.fail_evaluation(project, ev["id"], error="boom", actor=erik)
    evaluations.start_evaluation(project, run_id=run["id"], step=20, snapshot_id=hold, backend="peft",
                                 settings={}, actor=erik)
    assert run_phase(project, run).eval_failed == 1 and run_phase(project, run).status == "evaluating"
