"""Run statuses: a closed set whose values are the plain strings stored in the database."""

import json

from workbench.core.runs import ENDED, FINISHED, LIVE, RESUMABLE, WAITING, RunStatus


def test_statuses_are_the_strings_the_database_holds():
    assert [s.value for s in RunStatus] == ["queued", "running", "completed", "failed", "cancelled",
                                            "interrupted", "requeued"]
    assert RunStatus("running") is RunStatus.RUNNING
    assert RunStatus.RUNNING == "running" and f"run.{RunStatus.RUNNING}" == "run.running"
    assert json.dumps({"status": RunStatus.CANCELLED}) == '{"status": "cancelled"}'


def test_a_plain_status_string_is_found_in_the_groups():
    assert "queued" in LIVE and "running" in LIVE
    assert "completed" in ENDED and "interrupted" not in ENDED
    assert "interrupted" in RESUMABLE and "completed" not in RESUMABLE
    # A requeued Slurm job waits for Slurm to start it again: live, cancellable, not resumable here.
    assert "requeued" in LIVE and "requeued" in WAITING and "requeued" not in RESUMABLE | ENDED


def test_every_status_is_live_or_finished_and_resumable_runs_are_finished():
    assert LIVE | FINISHED == set(RunStatus) and not LIVE & FINISHED
    assert RESUMABLE <= FINISHED and ENDED <= FINISHED
    assert not LIVE & RESUMABLE
    assert WAITING <= LIVE
