"""The evaluation worker: a separate process the training runner starts after each checkpoint.

    python -m workbench.evaluate.worker --project DIR --run RUN --checkpoint STEP

A separate process, so training never waits for generation, and at a lower CPU priority, so
on a shared machine the trainer keeps its cores. Progress goes to
runs/<run>/eval_events.jsonl (the trainer, the CLI and the GUI follow that file); results go
to the database. Exit codes: 0 done, 2 a WorkbenchError (message on stderr), 1 anything else.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from ..paths import child_environment


def spawn(project_root: Path | str, run_id: str, step: int | None, *, log_path: Path | None = None,
          extra_env: dict | None = None, python: str | None = None, user: str | None = None) -> subprocess.Popen:
    """Start a worker in the background (for the training runner). The caller may ignore it:
    it writes its own events and rows, and a second worker of the same run waits its turn.
    `python`: the engine interpreter (the desktop bundle has no ML stack of its own).
    `user`: in whose name it evaluates (default: whoever launched the run)."""
    cmd = [python or sys.executable, "-m", "workbench.evaluate.worker",
           "--project", str(project_root), "--run", run_id]
    if user:
        cmd += ["--user", user]
    if step is not None:
        cmd += ["--checkpoint", str(step)]
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL
    try:
        return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=child_environment(**(extra_env or {})), start_new_session=True)
    finally:
        if log_path:
            log.close()  # the child holds its own copy of the descriptor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workbench.evaluate.worker",
                                     description="Evaluate the base model and one checkpoint of a run.")
    parser.add_argument("--project", required=True, help="project folder")
    parser.add_argument("--run", required=True, help="run id")
    parser.add_argument("--checkpoint", default=None, help="step (20 or step-000020), 'latest', 'base' or 'all'")
    parser.add_argument("--nice", type=int, default=10, help="lower CPU priority by this much (POSIX)")
    parser.add_argument("--force", action="store_true", help="evaluate again even if already done")
    parser.add_argument("--user", default=None,
                        help="the user in whose name the worker evaluates (default: who launched the run)")
    parser.add_argument("--threads", type=int, default=1,
                        help="CPU threads for generation (0: the library default)")
    args = parser.parse_args(argv)

    if args.threads > 0:
        # The trainer owns the cores. OpenMP threads that find their core busy spin instead of
        # yielding: on a 2-core machine, 2 threads next to a training run were 17x slower
        # than 1 (bench/eval_speed.py --threads). Set before torch is imported.
        for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
            os.environ[var] = str(args.threads)
    if args.nice and hasattr(os, "nice"):
        try:
            os.nice(args.nice)
        except OSError:
            pass
    # Offline by contract: an evaluation never downloads a model or a tokenizer.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    from ..core.errors import WorkbenchError
    from ..core.roles import SystemActor
    from ..store import open_project
    from ..store.runs import get_run
    from ..store.users import get_user
    from .evaluator import evaluate

    try:
        with open_project(args.project) as project:
            # A worker acts in the name of the user who started it (core/roles.py), and is
            # checked as that user: a deactivated or demoted user's worker evaluates nothing.
            name = args.user or get_run(project, args.run)["created_by"]
            actor = SystemActor(name, on_behalf_of=get_user(project, name))
            results = evaluate(project, args.run, args.checkpoint, force=args.force, actor=actor)
    except WorkbenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the traceback goes to the log the spawner gave us
        import traceback

        traceback.print_exc()
        print(f"unexpected error: {exc!r}", file=sys.stderr)
        return 1
    for ev in results:
        print(f"{ev['checkpoint']}: {ev['id']} {'(already done)' if ev.get('reused') else 'done'}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
