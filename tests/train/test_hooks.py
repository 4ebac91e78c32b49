"""The contract between a training loop and its run: TrainingHooks, met by every hooks object."""

from __future__ import annotations

from workbench.train.backends import TrainingHooks
from workbench.train.backends.mlx import Reporter
from workbench.train.backends.peft import NullHooks
from workbench.train.session import RunSession
from workbench.train.spec import JobSpec


def test_the_run_session_and_the_benchmark_hooks_are_training_hooks(tmp_path):
    session = RunSession(project=None, run={"id": "run-x"}, spec=JobSpec(base_model="m"), run_dir=tmp_path,
                         events=None, actor="erik")
    assert isinstance(session, TrainingHooks)
    assert isinstance(NullHooks(), TrainingHooks)


def test_the_mlx_reporter_turns_optimizer_steps_into_step_events_and_checkpoints(tmp_path):
    seen = []

    class Hooks(NullHooks):
        def emit(self, type_, **fields):
            seen.append((type_, fields.get("step")))

        def checkpoint(self, step, loss, write, **state):
            seen.append(("checkpoint", step))

    spec = JobSpec(base_model="m", grad_accum=2, checkpoint_every=2)
    reporter = Reporter(hooks=Hooks(), spec=spec, start=4, total=8, steps_per_epoch=4, write=lambda tmp: None)
    for iteration in (1, 2, 3, 4):
        reporter.on_train_loss_report({"iteration": iteration, "train_loss": 1.0, "learning_rate": 1e-4,
                                       "tokens_per_second": 10.0, "peak_memory": 0.1})
    reporter.on_val_loss_report({"iteration": 4, "val_loss": 0.5})
    assert seen == [("step", 5), ("step", 6), ("checkpoint", 6), ("eval", 6)]
    assert reporter.last_loss == 1.0
