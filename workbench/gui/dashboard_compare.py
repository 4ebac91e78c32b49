"""Two runs side by side on the dashboard: per locale, each run's chosen checkpoint against its
base on the metrics the policy judges, and each run's verdict — so "did the second data set
help Italian?" is one look, not two pages.

The second run is read with the same load as the page (dashboard_data.load_dashboard), in
the background; verdicts come from the assessment (workbench.evaluate), never recomputed here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from . import theme
from .dashboard_charts import delta_of, judged_metrics, metric_label, score_rows, signed
from .dashboard_panels import verdict_text
from .tasks import worker_project
from .widgets import muted_label


class RunComparison(QWidget):
    """Locales × (run A Δ, run B Δ per judged metric, both verdicts)."""

    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.a = None          # (run, assessment, checkpoint label) of the page's run
        self.b = None          # the same for the run compared with
        self._ids: list[str] = []
        self.loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        label = QLabel(self.tr("Compare with"))
        row.addWidget(label)
        self.other = QComboBox(minimumWidth=240)
        self.other.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.other)
        self.other.currentIndexChanged.connect(lambda _: self._load_other())
        row.addWidget(self.other, 1)
        row.addStretch()
        lay.addLayout(row)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.note = muted_label(wrap=True)
        lay.addWidget(self.note)

    def set_page(self, data, label: str | None) -> None:
        """The page's run (and its chosen checkpoint); the other run stays as picked."""
        a = data.assessment if data else None
        self.a = (a, label) if a is not None and label else None
        runs = [r for r in (data.runs if data else []) if r["id"] != (data.run_id if data else None)]
        ids = [r["id"] for r in runs]
        if ids != self._ids:
            current = self.other_id()
            self.other.blockSignals(True)
            self.other.clear()
            self._ids = ids
            for r in runs:
                self.other.addItem(r["name"] or r["id"])
                self.other.setItemData(self.other.count() - 1, r["id"], Qt.ItemDataRole.ToolTipRole)
            if current in ids:
                self.other.setCurrentIndex(ids.index(current))
            self.other.blockSignals(False)
            if self.other_id() != current:
                self.b = None
                self._load_other()
                return
        self._draw()

    def other_id(self) -> str | None:
        i = self.other.currentIndex()
        return self._ids[i] if 0 <= i < len(self._ids) else None

    def _load_other(self) -> None:
        run_id, root = self.other_id(), self.ctx.session.root
        if run_id is None or root is None:
            self.b = None
            self._draw()
            return
        self.loading = True

        def work(token):
            from .dashboard_data import load_dashboard

            with worker_project(root) as p:
                return load_dashboard(p, run_id)

        def done(data):
            self.loading = False
            a = data.assessment
            self.b = (a, a.recommendation.checkpoint) if a is not None and a.recommendation.checkpoint else None
            self._draw()

        def failed(message):
            self.loading = False
            self.b = None
            self._draw(message)

        self.ctx.tasks.start(self.tr("Reading the run to compare…"), work, on_done=done, on_error=failed)

    def _draw(self, problem: str = "") -> None:
        self.table.clear()
        self.table.setRowCount(0)
        if self.a is None or self.b is None:
            self.table.setColumnCount(0)
            self.note.setText(problem or (self.tr("Pick another evaluated run to compare with.")
                                          if self.a is not None else ""))
            self.loaded.emit()
            return
        (a, la), (b, lb) = self.a, self.b
        metrics = [m for m in ("chrf", "checks", "fidelity") if m in judged_metrics(a.policy)]
        name_a, name_b = a.run.get("name") or a.run["id"], b.run.get("name") or b.run["id"]
        heads = []
        for m in metrics:
            heads += [self.tr("{run}: {metric} Δ").format(run=run, metric=metric_label(m)) for run in (name_a, name_b)]
        heads += [self.tr("Verdict {run}").format(run=run) for run in (name_a, name_b)]
        locales = sorted(set(a.locales) | set(b.locales))
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(locales))
        self.table.setVerticalHeaderLabels(locales)
        rows_a, rows_b = score_rows(a, la), score_rows(b, lb)
        verdicts = [{v.locale: v for v in x.recommendation.verdict_for(label).locales}
                    for x, label in ((a, la), (b, lb))]
        c = theme.current()
        for r, loc in enumerate(locales):
            col = 0
            for m in metrics:
                da, db = delta_of(rows_a.get((loc, m))), delta_of(rows_b.get((loc, m)))
                for value, other in ((da, db), (db, da)):
                    item = QTableWidgetItem(signed(value))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if value is not None and other is not None and round(value - other, 1) > 0:
                        font = QFont()
                        font.setBold(True)
                        item.setFont(font)  # the better of the two runs for this locale
                    self.table.setItem(r, col, item)
                    col += 1
            for v in (verdicts[0].get(loc), verdicts[1].get(loc)):
                item = QTableWidgetItem(verdict_text(v.verdict) if v else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if v:
                    item.setForeground(QBrush(QColor(c.good if v.go else c.bad)))
                self.table.setItem(r, col, item)
                col += 1
        self.note.setText(self.tr("{a} at {la} against {b} at {lb}, each against its own base on its own frozen "
                                  "hold-out; bold: the better run for that locale.").format(
            a=name_a, la=la, b=name_b, lb=lb))
        self.loaded.emit()
