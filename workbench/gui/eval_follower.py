"""Starting the evaluation worker process from the window and following it.

The worker is a child process (workbench.evaluate.worker), not a thread: generation takes
minutes and must survive a closed window. It writes its progress to the run's
eval_events.jsonl and its output to a log; a timer reads both (the events with the run event
log's own reader, only what was appended since the last look), so the window never waits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal


class EvaluationFollower(QObject):
    #: A line for the user while the worker runs ("Evaluating step-000020: 3 of 6 answers…").
    progress = Signal(str)
    #: Exit code and, when it failed, the last line of its log.
    finished = Signal(int, str)

    POLL_MS = 1000

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.process = None
        self.run_id: str | None = None
        self.log_path: Path | None = None
        self.events_path: Path | None = None
        self._events_pos = 0
        self._newest: dict = {}
        self._timer = QTimer(self, interval=self.POLL_MS)
        self._timer.timeout.connect(self._poll)

    def running(self) -> bool:
        return self.process is not None

    def start(self, project_root: Path, run: dict, *, python: str | None = None, user: str | None = None) -> None:
        """Evaluate the base model and every checkpoint of `run` (raises OSError if the
        process cannot be started)."""
        from ..evaluate.evaluator import EVENTS_FILE
        from ..evaluate.worker import spawn
        from ..train.events import events_size

        run_dir = Path(run["run_dir"])
        self.log_path, self.events_path = run_dir / "eval-gui.log", run_dir / EVENTS_FILE
        # The file keeps every evaluation of the run: follow only what this one appends.
        self._events_pos, self._newest = events_size(run_dir, name=EVENTS_FILE), {}
        self.process = spawn(project_root, run["id"], None, log_path=self.log_path, python=python, user=user)
        self.run_id = run["id"]
        self._timer.start()

    def _poll(self) -> None:
        if self.process is None:
            self._timer.stop()
            return
        code = self.process.poll()
        if code is None:
            event = self._newest_event()
            if event.get("type") == "eval.progress":
                self.progress.emit(self.tr("Evaluating {checkpoint}: {done} of {total} answers…").format(
                    checkpoint=event.get("checkpoint"), done=event.get("done"), total=event.get("total")))
            return
        self._timer.stop()
        self.process = None
        tail = ""
        if code and self.log_path is not None and self.log_path.exists():
            lines = self.log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            tail = lines[-1] if lines else ""
        self.finished.emit(code, tail)

    def _newest_event(self) -> dict:
        """The newest event this evaluation wrote ({} before its first); each look reads only
        what was appended since the last one."""
        from ..train.events import read_from

        if self.events_path is None:
            return {}
        try:
            events, self._events_pos = read_from(self.events_path.parent, self._events_pos,
                                                 name=self.events_path.name)
        except OSError:
            return self._newest
        if events:
            self._newest = events[-1]
        return self._newest
