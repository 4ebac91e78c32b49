"""The dashboard's evaluation: start the evaluation worker for the run shown, and redraw when
an evaluation of that run completes — the page's own or one started while the run trains.

A mixin of DashboardView (it reads the page's data, banner, follower and `refresh`), so its
texts keep the page's translation context.
"""

from __future__ import annotations

from pathlib import Path


class EvaluationActions:
    """Evaluate now, and the watch on the shown run's evaluation events."""

    def evaluate_run(self) -> None:
        """Start the evaluation worker process (base, then every checkpoint) for the run shown."""
        if not self.evaluate_button.isEnabled() or not self.data or not self.data.run_id:
            return
        from ..core.errors import WorkbenchError
        from .engine_call import engine_python

        run = next(r for r in self.data.runs if r["id"] == self.data.run_id)
        try:
            python = engine_python()
            self.evaluation.start(self.session.root, run, python=python, user=self.session.user.username)
        except WorkbenchError as exc:
            self.banner.show_message(str(exc), "error")
            return
        except OSError as exc:
            self.banner.show_message(self.tr("Could not start the evaluation: {error}").format(error=exc), "error")
            return
        self.banner.show_message(self.tr("Evaluating run {run} in the background…").format(run=run["id"]), "info")
        self._gate()

    def _evaluated(self, code: int, tail: str) -> None:
        if code == 0:
            self.banner.show_message(self.tr("Evaluation finished."), "ok")
            self.session.audit_changed.emit()
        else:
            self.banner.show_message(self.tr("The evaluation failed: {error} (log: {log})").format(
                error=tail or code, log=self.evaluation.log_path), "error")
        self.refresh()

    def _eval_events_path(self) -> Path | None:
        run = next((r for r in (self.data.runs if self.data else []) if r["id"] == self.data.run_id), None)
        if run is None:
            return None
        from ..evaluate.evaluator import EVENTS_FILE

        return Path(run["run_dir"]) / EVENTS_FILE

    def _watch_evaluations(self) -> None:
        if not self.isVisible() or self.busy() or not self.data or not self.data.run_id:
            return
        from ..train.events import events_size, read_from

        path, seen = self._eval_events_path(), self._eval_seen
        if path is None or seen is None or seen[0] != self.data.run_id:  # a run just shown
            self._eval_seen = (self.data.run_id, events_size(path.parent, name=path.name) if path else 0)
            return
        news, pos = read_from(path.parent, seen[1], name=path.name)  # only what was appended since
        self._eval_seen = (self.data.run_id, pos)
        if any(e.get("type") in ("eval.completed", "eval.failed") for e in news):
            self.refresh()
