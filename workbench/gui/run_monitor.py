"""Following one training run live: progress, loss and learning-rate curves, tokens/s,
memory, checkpoints, the log tail.

The run is another process; this widget only reads its `events.jsonl` on a timer (from the
byte offset it reached, so a long run costs nothing more per tick) and never blocks the
window. Closing the window leaves the run going: it is followed again when reopened.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtGui import QColor, QFont  # noqa: E402
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar,  # noqa: E402
                               QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from ..train.events import TERMINAL, read_from  # noqa: E402
from . import theme  # noqa: E402
from .widgets import EmptyState, muted_label, title_label  # noqa: E402

POLL_MS = 500
LOG_LINES = 400
#: Step events kept for the pace of the estimate (older ones only cost memory).
PACE_STEPS = 50


def duration(seconds: float) -> str:
    """1 h 04 min, 3 min 12 s, 45 s."""
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        return QCoreApplication.translate("RunMonitor", "{h} h {m:02d} min").format(h=h, m=m)
    if m:
        return QCoreApplication.translate("RunMonitor", "{m} min {s:02d} s").format(m=m, s=s)
    return QCoreApplication.translate("RunMonitor", "{s} s").format(s=s)


def plot_widget(title: str, y_label: str) -> pg.PlotWidget:
    """A chart that follows the light/dark theme."""
    c = theme.current()
    plot = pg.PlotWidget(background=c.base)
    plot.setTitle(title, color=c.text, size="10pt")
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setLabel("bottom", "step")
    plot.setLabel("left", y_label)
    plot.setMouseEnabled(x=True, y=False)
    plot.setMinimumHeight(160)
    return plot


class RunMonitor(QWidget):
    #: The run reached a terminal event (done, error, cancelled, interrupted, requeued).
    ended = Signal(str)
    #: A checkpoint was written (step) — the dashboard may have new results soon.
    checkpoint = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.run_dir: Path | None = None
        self.run_id: str | None = None
        self.pos = 0
        self.total: int | None = None
        self.steps: list[int] = []
        self.losses: list[float] = []
        self.lrs: list[float] = []
        self.val_steps: list[int] = []
        self.val_losses: list[float] = []
        #: How the run ended (done, error, cancelled, interrupted, requeued), once it has.
        self.outcome = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = title_label("", "SectionTitle")
        lay.addWidget(self.heading)
        #: The run's phase, elapsed time and estimate ("Running · 1 min 12 s elapsed · about 40 s left").
        self.state = muted_label(wrap=True)
        lay.addWidget(self.state)
        self.phase_text, self.phase = "", ""
        self.stamps: list[dict] = []
        self.progress = QProgressBar()
        # The theme's bar is thin: the step count is a figure below, not text on the bar.
        self.progress.setTextVisible(False)
        lay.addWidget(self.progress)
        figures = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        for col, (key, label) in enumerate((("step", self.tr("Step")), ("loss", self.tr("Loss")),
                                            ("lr", self.tr("Learning rate")),
                                            ("speed", self.tr("Tokens/s")), ("memory", self.tr("Memory")),
                                            ("checkpoint", self.tr("Last checkpoint")))):
            figures.addWidget(muted_label(label, wrap=True), 0, col, Qt.AlignmentFlag.AlignBottom)
            value = QLabel("–")
            f = QFont()
            f.setPointSizeF(f.pointSizeF() * 1.25)
            f.setWeight(QFont.Weight.DemiBold)
            value.setFont(f)
            self.figures[key] = value
            figures.addWidget(value, 1, col)
        lay.addLayout(figures)
        #: Per checkpoint: evaluated, n of m answers, failed or waiting.
        self.evals = muted_label(wrap=True)
        self.evals.hide()
        lay.addWidget(self.evals)
        self.eval_pos = 0
        self.eval_state: dict[str, str] = {}
        self.checkpoints: list[int] = []
        self.eval_each = False
        split = QSplitter(Qt.Orientation.Vertical)
        charts = QWidget()
        cl = QHBoxLayout(charts)
        cl.setContentsMargins(0, 0, 0, 0)
        c = theme.current()
        self.loss_plot = plot_widget(self.tr("Training loss"), self.tr("loss"))
        # The legend names only lines that have points: "validation" appears with its first.
        self.legend = self.loss_plot.addLegend(offset=(-10, 10))
        self.loss_curve = self.loss_plot.plot([], [], pen=pg.mkPen(QColor(c.accent), width=2))
        self.val_curve = self.loss_plot.plot([], [], pen=None, symbol="o", symbolSize=7,
                                             symbolBrush=QColor(c.warn))
        self.lr_plot = plot_widget(self.tr("Learning rate"), self.tr("lr"))
        self.lr_curve = self.lr_plot.plot([], [], pen=pg.mkPen(QColor(c.good), width=2))
        cl.addWidget(self.loss_plot, 3)
        cl.addWidget(self.lr_plot, 2)
        # No steps, no axes: an empty chart with made-up ranges reads as data.
        self.charts = QStackedWidget()
        self.no_data = EmptyState("training", self.tr("No steps yet"),
                                  self.tr("The loss and learning-rate curves appear with the run's first step."))
        self.charts.addWidget(self.no_data)
        self.charts.addWidget(charts)
        split.addWidget(self.charts)
        self.log = QPlainTextEdit(readOnly=True)
        self.log.setMaximumBlockCount(LOG_LINES)
        self.log.setPlaceholderText(self.tr("The run's messages appear here."))
        split.addWidget(self.log)
        split.setSizes([320, 140])
        lay.addWidget(split, 1)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)

    # -- following ------------------------------------------------------------------------
    def follow(self, run: dict | None) -> None:
        """Show `run` (a registry row) from its first event, and keep following it."""
        self.timer.stop()
        self.run_dir = Path(run["run_dir"]) if run else None
        self.run_id = run["id"] if run else None
        self.pos, self.total, self.outcome = 0, None, ""
        self.steps, self.losses, self.lrs, self.val_steps, self.val_losses = [], [], [], [], []
        self.stamps, self.eval_pos, self.eval_state, self.checkpoints = [], 0, {}, []
        self.eval_each = bool(run and (run.get("spec") or {}).get("eval_each_checkpoint"))
        self.legend.clear()
        self.state.clear()
        for plot in (self.loss_plot, self.lr_plot):
            for line in [i for i in plot.items() if isinstance(i, pg.InfiniteLine)]:
                plot.removeItem(line)
        self.log.clear()
        for label in self.figures.values():
            label.setText("–")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if run is None:
            self.heading.setText(self.tr("No run selected"))
            self._redraw()
            return
        self.heading.setText(f"{run['id']}" + (f" · {run['name']}" if run.get("name") else ""))
        self.total = (run.get("spec") or {}).get("max_steps")
        self.phase_text, self.phase = "", str(run["status"])
        self.poll()
        self.timer.start()

    def show_phase(self, text: str, phase: str) -> None:
        """The run's phase as the run list worked it out (train/progress.py)."""
        self.phase_text, self.phase = text, phase
        self._show_timing()

    def poll(self) -> None:
        if self.run_dir is None:
            return
        events, self.pos = read_from(self.run_dir, self.pos)
        for e in events:
            self._apply(e)
            self._stamp(e)
        if events:
            self._redraw()
        self._poll_evaluations()
        self._show_timing()

    def _stamp(self, e: dict) -> None:
        """Keep what the clock needs: the first event, (re)starts and ends, the recent steps."""
        kind = e.get("type")
        starts = kind == "log" and e.get("phase") == "start"
        if self.stamps and kind not in ("step", "interrupted", *TERMINAL) and not starts:
            return
        self.stamps.append({k: e.get(k) for k in ("t", "type", "step", "phase")})
        steps = [i for i, x in enumerate(self.stamps) if i and x["type"] == "step"]
        if len(steps) > PACE_STEPS:
            del self.stamps[steps[0]]

    def _show_timing(self) -> None:
        from ..train.progress import timing

        if self.run_id is None:
            return
        elapsed, left = timing(self.stamps, self.total, time.time())
        parts = [self.phase_text or self.phase]
        if elapsed is not None:
            parts.append(self.tr("{time} elapsed").format(time=duration(elapsed)))
        if left is not None and self.phase in ("running", "queued", ""):
            parts.append(self.tr("about {time} left").format(time=duration(left)))
        self.state.setText(" · ".join(p for p in parts if p))

    def _poll_evaluations(self) -> None:
        """Evaluation progress per checkpoint, from the evaluation workers' own event file."""
        from ..evaluate.evaluator import EVENTS_FILE

        events, self.eval_pos = read_from(self.run_dir, self.eval_pos, name=EVENTS_FILE)
        for e in events:
            label = e.get("checkpoint")
            if not label:
                continue
            if e["type"] == "eval.progress":
                self.eval_state[label] = self.tr("{done} of {total} answers").format(done=e.get("done"),
                                                                                     total=e.get("total"))
            elif e["type"] == "eval.started":
                self.eval_state[label] = self.tr("started")
            elif e["type"] == "eval.completed":
                self.eval_state[label] = self.tr("evaluated")
            elif e["type"] == "eval.failed":
                self.eval_state[label] = self.tr("failed")
        if not (self.eval_each or self.eval_state):
            self.evals.hide()
            return
        parts = []
        if "base" in self.eval_state:
            parts.append(self.tr("base: {state}").format(state=self.eval_state["base"]))
        for step in self.checkpoints:
            state = self.eval_state.get(f"step-{step:06d}", self.tr("waiting"))
            parts.append(self.tr("step {step}: {state}").format(step=step, state=state))
        self.evals.setText(self.tr("Evaluation per checkpoint — {parts}").format(parts=" · ".join(parts))
                           if parts else self.tr("Evaluation per checkpoint: no checkpoint yet"))
        self.evals.show()

    def _apply(self, e: dict) -> None:
        kind = e.get("type")
        if e.get("total_steps"):
            self.total = int(e["total_steps"])
        if kind == "step":
            try:
                loss = float(e["loss"])
            except (TypeError, ValueError):
                loss = float("nan")
            # A resumed run repeats steps after its last checkpoint: the newer value wins.
            while self.steps and self.steps[-1] >= e["step"]:
                self.steps.pop(), self.losses.pop(), self.lrs.pop()
            self.steps.append(int(e["step"]))
            self.losses.append(loss)
            self.lrs.append(float(e.get("lr") or 0.0))
            self.figures["loss"].setText(f"{loss:.4f}")
            self.figures["lr"].setText(f"{float(e.get('lr') or 0):.2e}")
            if e.get("tokens_per_s") is not None:
                self.figures["speed"].setText(f"{float(e['tokens_per_s']):,.0f}")
            if e.get("memory_mb") is not None:
                self.figures["memory"].setText(f"{float(e['memory_mb']) / 1024:.2f} GB")
        elif kind == "eval" and e.get("val_loss") is not None:
            self.val_steps.append(int(e["step"]))
            self.val_losses.append(float(e["val_loss"]))
            self._line(f"step {e['step']}: validation loss {float(e['val_loss']):.4f}")
        elif kind == "checkpoint":
            if int(e["step"]) not in self.checkpoints:
                self.checkpoints.append(int(e["step"]))
            self.figures["checkpoint"].setText(self.tr("step {step}").format(step=e["step"]))
            marker = pg.InfiniteLine(pos=e["step"], angle=90,
                                     pen=pg.mkPen(QColor(theme.current().muted), style=Qt.PenStyle.DashLine))
            self.loss_plot.addItem(marker)
            self._line(self.tr("checkpoint at step {step} written").format(step=e["step"]))
            self.checkpoint.emit(int(e["step"]))
        elif kind == "log":
            prefix = f"[{e['level']}] " if e.get("level") else ""
            self._line(prefix + str(e.get("message", "")))
        elif kind in ("error", "interrupted"):
            self._line(f"{kind.upper()}: {e.get('message', '')}")
        elif kind == "cancelled":
            self._line(self.tr("cancelled by {who} at step {step}").format(who=e.get("by"), step=e.get("step")))
        elif kind == "done":
            loss = e.get("loss")  # as the metrics row shows it, not 2.921903642196229
            self._line(self.tr("done: step {step}, loss {loss}").format(
                step=e.get("step"), loss=f"{loss:.4f}" if isinstance(loss, (int, float)) else "–"))
        elif kind == "requeued":
            self._line(self.tr("requeued by Slurm at step {step}: the job continues from its checkpoint when "
                               "Slurm starts it again").format(step=e.get("step")))
        if kind in ("done", "error", "cancelled", "interrupted", "requeued"):
            self.outcome = kind
            self.ended.emit(kind)
        elif kind == "log" and e.get("phase") == "start":
            self.outcome = ""  # a resumed run: the earlier worker's end is history

    def _line(self, text: str) -> None:
        self.log.appendPlainText(text)

    def _redraw(self) -> None:
        self.charts.setCurrentIndex(1 if self.steps else 0)
        self.loss_curve.setData(self.steps, self.losses)
        self.val_curve.setData(self.val_steps, self.val_losses)
        self.lr_curve.setData(self.steps, self.lrs)
        self.legend.clear()
        if self.val_steps:  # one line needs no legend; two do
            self.legend.addItem(self.loss_curve, self.tr("training"))
            self.legend.addItem(self.val_curve, self.tr("validation (split of the training snapshot)"))
        done = self.steps[-1] if self.steps else 0
        total = max(self.total or 0, done, 1)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.figures["step"].setText(self.tr("{done} of {total}").format(done=done, total=total)
                                     if self.steps else "–")
        if self.lrs:
            # Autorange on a constant schedule zooms into nothing; start the axis at zero.
            self.lr_plot.setYRange(0, max(self.lrs) * 1.15 or 1e-6, padding=0)

    def stop(self) -> None:
        self.timer.stop()
