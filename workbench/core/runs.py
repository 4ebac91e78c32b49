"""What state a training run is in: the closed set of run statuses and the groups they fall in.

`RunStatus` is a `str` enum, so a status compares equal to its name and is stored in SQLite
(and written to the audit trail) as the same plain string as before: `"running"`.
"""

from __future__ import annotations

from enum import Enum


class RunStatus(str, Enum):
    QUEUED = "queued"            # registered; its worker has not started yet
    RUNNING = "running"          # a worker is training it
    COMPLETED = "completed"      # trained to the last step
    FAILED = "failed"            # stopped by an error (message in the run's `error`)
    CANCELLED = "cancelled"      # stopped on request
    INTERRUPTED = "interrupted"  # its worker vanished without a final word (kill -9, power cut)
    REQUEUED = "requeued"        # stopped by Slurm (time limit, preemption) after a checkpoint: the
                                 # job is back in the queue and continues from that checkpoint

    def __str__(self) -> str:
        return self.value


#: A worker is (or is about to be) training the run.
LIVE = frozenset({RunStatus.QUEUED, RunStatus.RUNNING, RunStatus.REQUEUED})
#: Waiting for a worker that a cluster's queue starts (a queued or requeued Slurm job).
WAITING = frozenset({RunStatus.QUEUED, RunStatus.REQUEUED})
#: The run has stopped with a final word from its worker (or the user): cancel has nothing to do.
ENDED = frozenset({RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED})
#: A new worker may continue the run from its last checkpoint.
RESUMABLE = frozenset({RunStatus.INTERRUPTED, RunStatus.FAILED, RunStatus.CANCELLED})
#: The run has a finish time: every status but the live ones.
FINISHED = frozenset(RunStatus) - LIVE
