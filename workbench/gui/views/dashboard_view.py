"""Dashboard: every checkpoint of a run against the base, locale by locale — the metrics over
the checkpoints, the heat map of deltas with their significance, the regression failures with
the answers side by side, the policy's go/no-go and the signed decisions; the report export."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QSettings, Qt, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from ...core.roles import Action
from .. import icons
from ..dashboard_baseline import BaselineActions
from ..dashboard_compare import RunComparison
from ..dashboard_charts import METRICS, DeltaHeatMap, MetricChart, metric_label
from ..dashboard_data import DashboardData, load_dashboard
from ..dashboard_decision import DecisionActions
from ..dashboard_evaluation import EvaluationActions
from ..dashboard_recheck import RecheckAction
from ..dashboard_report import ReportActions
from ..dashboard_panels import DecisionPanel, RegressionPanel, verdict_text
from ..eval_follower import EvaluationFollower
from ..training_runs import STATUS_NAMES
from ..use_case_picker import UseCasePicker
from ..session import gate
from ..tasks import worker_project
from ..widgets import Banner, EmptyState, local_time, muted_label, title_label
from . import ViewSpec
from .base import View


class DashboardView(BaselineActions, DecisionActions, EvaluationActions, ReportActions, View):
    """The page: run and checkpoint pickers, chart, heat map and regressions, the decision
    panel and the report export. Signing a decision lives in gui/dashboard_decision.py,
    starting and watching evaluations in gui/dashboard_evaluation.py (mixins of this page)."""

    key = "dashboard"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.data: DashboardData | None = None
        self._loads = 0        # background loads in flight (busy() while any)
        self._generation = 0   # the newest load; results of older ones are dropped
        self._chosen: dict[str, str] = {}  # run id → checkpoint the user picked
        # What the combo boxes list, by index. Not read back through currentData(): PySide6
        # 6.12 drops a reference to None whenever an item without data is read that way.
        self._run_ids: list[str] = []
        self._labels: list[str] = []
        self.last_export: dict | None = None
        self.decision_dialog = self.dialog = None
        self._baseline_running = False
        # Checkpoints are evaluated while the run trains, in processes of their own: the page
        # watches the shown run's evaluation events and redraws when one completes.
        self._eval_seen: tuple[str, int] | None = None
        self.watch_timer = QTimer(self, interval=2000)
        self.watch_timer.timeout.connect(self._watch_evaluations)
        self.watch_timer.start()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 12)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Evaluation dashboard")))
        head.addStretch()
        self.use_cases = UseCasePicker(self.session)
        head.addWidget(self.use_cases)
        self.refresh_button = QPushButton(icons.icon("history"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button)
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export report…"))
        self.export_button.clicked.connect(lambda: self.export_report())
        head.addWidget(self.export_button)
        lay.addLayout(head)
        self.recheck = RecheckAction(self)  # drift re-check of a handed-off checkpoint (dashboard_recheck.py)
        # The base model alone, before any run (gui/dashboard_baseline.py), and the re-check after hand-off.
        self._add_baseline_widgets(lay, self.recheck.button)
        # The pickers have a row of their own: beside the title they squeezed over their labels.
        pick = QHBoxLayout()
        run_label = QLabel(self.tr("Run"))
        pick.addWidget(run_label)
        self.run_combo = QComboBox(minimumWidth=260)
        self.run_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.run_combo.currentIndexChanged.connect(lambda _: self._load(self.current_run()))
        run_label.setBuddy(self.run_combo)
        pick.addWidget(self.run_combo, 1)
        checkpoint_label = QLabel(self.tr("Checkpoint"))
        pick.addWidget(checkpoint_label)
        self.checkpoint_combo = QComboBox(minimumWidth=190)
        self.checkpoint_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.checkpoint_combo.setToolTip(self.tr("The checkpoint the delta table, the regressions and the "
                                                 "decision are about"))
        self.checkpoint_combo.currentIndexChanged.connect(lambda _: self._checkpoint_picked())
        checkpoint_label.setBuddy(self.checkpoint_combo)
        pick.addWidget(self.checkpoint_combo)
        pick.addStretch()
        lay.addLayout(pick)
        lay.addWidget(muted_label(self.tr(
            "Each checkpoint against the base model on the frozen hold-out, language by language, "
            "under identical decoding settings. A German gain never hides an Italian regression."), wrap=True))
        self.banner = Banner()
        lay.addWidget(self.banner)
        lay.addWidget(self.baseline_note)

        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.no_runs = EmptyState("dashboard", self.tr("No training run to compare yet"), self.tr(
            "Launch a fine-tuning run on the Training page. Once the base model and its checkpoints "
            "are evaluated on the frozen hold-out, they are compared here."))
        self.stack.addWidget(self.no_runs)
        self.not_evaluated = EmptyState("dashboard", self.tr("This run has not been evaluated yet"), "")
        self.evaluate_button = self.not_evaluated.add_button(self.tr("Evaluate now"), "verify", True)
        self.evaluate_button.clicked.connect(self.evaluate_run)
        self.stack.addWidget(self.not_evaluated)
        self.stack.addWidget(self._content())

        self.evaluation = EvaluationFollower(self)
        self.evaluation.progress.connect(lambda text: self.banner.show_message(text, "info"))
        self.evaluation.finished.connect(self._evaluated)
        self.session.project_changed.connect(self._project_changed)
        self.session.user_changed.connect(self._gate)
        self.session.user_changed.connect(self.banner.hide)  # another person's message is not theirs
        self.session.use_case_changed.connect(self._use_case_changed)
        if getattr(ctx, "theme", None) is not None:
            ctx.theme.changed.connect(self._restyle)
        self._project_changed()

    def _content(self) -> QWidget:
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.left = QSplitter(Qt.Orientation.Vertical)
        card = QWidget()
        cl = QVBoxLayout(card)
        cl.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        scores_title = title_label(self.tr("Scores over the checkpoints"), "SectionTitle")
        scores_title.setWordWrap(True)
        top.addWidget(scores_title, 1)
        top.addWidget(QLabel(self.tr("Metric")))
        self.metric_combo = QComboBox()
        for metric in METRICS:
            self.metric_combo.addItem(metric_label(metric))
        self.metric_combo.currentIndexChanged.connect(lambda _: self._draw_chart())
        top.addWidget(self.metric_combo)
        cl.addLayout(top)
        self.chart = MetricChart()
        cl.addWidget(self.chart, 1)
        self.left.addWidget(card)
        self.tabs = QTabWidget()
        deltas = QWidget()
        dl = QVBoxLayout(deltas)
        dl.setContentsMargins(6, 6, 6, 6)
        self.heatmap = DeltaHeatMap()
        dl.addWidget(self.heatmap, 1)
        legend = muted_label(self.tr(
            "Δ = checkpoint − base · green better, red worse, bold significant (p < 0.05) · grey: not "
            "judged by the policy · ★ target locale"), wrap=True)
        legend.setToolTip(self.tr(
            "Δ = checkpoint minus base. Green: better, red: worse; strong and bold: significant (paired "
            "bootstrap, p < 0.05). Grey columns are context the policy does not judge (BLEU, TER). "
            "★ target locale. Hover a cell for its 95% interval."))
        dl.addWidget(legend)
        self.tabs.addTab(deltas, self.tr("Deltas to the base"))
        self.regressions = RegressionPanel()
        self.tabs.addTab(self.regressions, self.tr("Regression failures"))
        self.comparison = RunComparison(self.ctx)
        self.tabs.addTab(self.comparison, self.tr("Compare two runs"))
        self.left.addWidget(self.tabs)
        self.left.setSizes([440, 260])
        self.split.addWidget(self.left)
        self.panel = DecisionPanel()
        self.panel.record_button.clicked.connect(self.record_decision)
        self.split.addWidget(self.panel)
        self.split.setSizes([840, 500])
        return self.split

    # -- loading --------------------------------------------------------------------------
    def activated(self, run_id: str | None = None, **_) -> None:
        # The training page's "Dashboard" button names its run; otherwise keep the choice.
        if run_id and self.session.use_case is not None:
            from ...store.runs import get_run

            if get_run(self.session.project, run_id).get("use_case") != self.session.selected_use_case():
                self.session.set_use_case(None)   # the run asked for is of another use case: show all
        self._load(run_id or self.current_run())

    def _project_changed(self) -> None:
        self._generation += 1  # whatever was loading belongs to the previous project
        self._chosen.clear()
        self.data = None
        self.baseline_id = None
        self.baseline_label.hide()
        self.banner.hide()
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        self._run_ids = []
        self.run_combo.blockSignals(False)
        self._render()
        if self.session.project is not None and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._load(self.current_run())

    def _use_case_changed(self) -> None:
        if self.session.project is not None and self.isVisible():
            self.refresh()

    def current_run(self) -> str | None:
        i = self.run_combo.currentIndex()
        return self._run_ids[i] if 0 <= i < len(self._run_ids) else None

    def selected_checkpoint(self) -> str | None:
        i = self.checkpoint_combo.currentIndex()
        return self._labels[i] if 0 <= i < len(self._labels) else None

    def selected_metric(self) -> str:
        return list(METRICS)[max(self.metric_combo.currentIndex(), 0)]

    def _load(self, run_id: str | None) -> None:
        if self.session.project is None:
            return
        self._generation += 1
        generation, root, use_case = self._generation, self.session.root, self.session.use_case
        self._loads += 1

        def work(token):
            with worker_project(root) as p:
                return load_dashboard(p, run_id, use_case)

        def done(data):
            self._loads -= 1
            if generation == self._generation:
                self.data = data
                self._render()

        def failed(message):
            self._loads -= 1
            if generation == self._generation:
                self.banner.show_message(message, "error")

        self.ctx.tasks.start(self.tr("Comparing the checkpoints with the base…"), work,
                             on_done=done, on_error=failed)

    # -- drawing --------------------------------------------------------------------------
    def _render(self) -> None:
        data = self.data
        self._fill_runs()
        a = data.assessment if data else None
        if data is None or data.run_id is None:
            self.stack.setCurrentWidget(self.no_runs)
        elif a is None:
            self.not_evaluated.set_text(self.tr("This run has not been evaluated yet"), self.tr(
                "Evaluate the base model and the checkpoints of run {run} on its frozen hold-out; the "
                "dashboard then compares them locale by locale. ({detail})").format(
                run=data.run_id, detail=data.not_evaluated))
            self.stack.setCurrentWidget(self.not_evaluated)
        else:
            self.stack.setCurrentIndex(2)
        note = self.baseline_note_text(data.baseline_note if data and a is not None else None)
        self.baseline_note.setText(note)
        self.baseline_note.setVisible(bool(note))
        self._fill_checkpoints()
        self._draw_chart()
        self._flag_superseded()
        self.panel.set_data(a, data.decisions if data else [])
        self._checkpoint_changed()

    def _flag_superseded(self) -> None:
        """A run trained or evaluated on data in which personal data was found later says so."""
        run = next((r for r in (self.data.runs if self.data else []) if r["id"] == self.current_run()), None)
        if run and run.get("superseded"):
            self.banner.show_message(self.tr(
                "Personal data was found after this run in its snapshot(s) {snapshots}: the corrected items "
                "are not in what it was trained or evaluated on. Sign them off, create a new snapshot and "
                "train again before handing it off.").format(snapshots=", ".join(run["superseded"])), "warn")

    def _fill_runs(self) -> None:
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        runs = self.data.runs if self.data else []
        self._run_ids = [run["id"] for run in runs]
        for i, run in enumerate(runs):
            name = run["name"] or run["id"]
            if run.get("use_case"):   # the use case whose adapter the run trained
                name = f"{name} · {run['use_case']}"
            status = QCoreApplication.translate("RunStatus", STATUS_NAMES.get(run["status"], run["status"]))
            self.run_combo.addItem(f"{name} · {status} · {local_time(run['created_at'])}")
            self.run_combo.setItemData(i, run["id"] + "\n" + run["base_model"], Qt.ItemDataRole.ToolTipRole)
        if self.data and self.data.run_id in self._run_ids:
            self.run_combo.setCurrentIndex(self._run_ids.index(self.data.run_id))
        self.run_combo.setEnabled(bool(runs))
        self.run_combo.blockSignals(False)

    def _fill_checkpoints(self) -> None:
        a = self.data.assessment if self.data else None
        self.checkpoint_combo.blockSignals(True)
        self.checkpoint_combo.clear()
        self._labels = []
        if a is not None:
            rec = a.recommendation
            self._labels = [v.checkpoint for v in rec.verdicts]
            for v in rec.verdicts:
                mark = "" if v.checkpoint != rec.checkpoint else (
                    self.tr(" (recommended)") if rec.recommendation == "go" else self.tr(" (closest)"))
                self.checkpoint_combo.addItem(f"{v.checkpoint} — {verdict_text(v.verdict)}{mark}")
            wanted = self._chosen.get(self.data.run_id) or rec.checkpoint
            self.checkpoint_combo.setCurrentIndex(self._labels.index(wanted) if wanted in self._labels
                                                  else len(self._labels) - 1)
        self.checkpoint_combo.setEnabled(bool(self._labels))
        self.checkpoint_combo.blockSignals(False)

    def _checkpoint_picked(self) -> None:
        # Kept across refreshes: a decision or an export must not jump back to the recommended one.
        if self.data and self.data.assessment is not None and self.selected_checkpoint():
            self._chosen[self.data.run_id] = self.selected_checkpoint()
        self._checkpoint_changed()

    def _checkpoint_changed(self) -> None:
        a = self.data.assessment if self.data else None
        label = self.selected_checkpoint()
        self.heatmap.set_data(a, label)
        self._make_room_for_the_heat_map()
        self.regressions.set_data(a, label, self.data.items if self.data else {})
        self.comparison.set_page(self.data, label)
        n = len(self.regressions.entries)
        self.tabs.setTabText(1, self.tr("Regression failures ({n})").format(n=n) if a else
                             self.tr("Regression failures"))
        self._gate()

    def _make_room_for_the_heat_map(self) -> None:
        """The splitter gives the tabs at least what the whole heat map needs (its last row was
        cut off behind the chart's share)."""
        sizes = self.left.sizes()
        needed = self.tabs.minimumSizeHint().height()
        if len(sizes) == 2 and sum(sizes) and sizes[1] < needed:
            self.left.setSizes([max(sum(sizes) - needed, 120), needed])

    def _draw_chart(self) -> None:
        self.chart.set_data(self.data.assessment if self.data else None, self.selected_metric())

    def _restyle(self) -> None:
        self.chart.apply_theme()
        self._render()

    def _gate(self) -> None:
        a = self.data.assessment if self.data else None
        ok, why = self.session.permission(Action.DECIDE)
        if ok and (a is None or not self.selected_checkpoint()):
            ok, why = False, self.tr("Evaluate the run's checkpoints first.")
        gate(self.panel.record_button, ok, why, self.tr(
            "Sign the go/no-go decision for the chosen checkpoint with an e-signature"))
        # A report leaves the project with an audit entry in the exporter's name.
        ok, why = self.session.permission(Action.READ_AUDIT)
        if ok and a is None:
            ok, why = False, self.tr("Evaluate the run first: the report shows its results.")
        gate(self.export_button, ok, why, self.tr("Write the evaluation report as HTML and PDF"))
        ok, why = self.session.permission(Action.EVALUATE)
        if ok and self.evaluation.running():
            ok, why = False, self.tr("An evaluation is running; this page refreshes when it ends.")
        gate(self.evaluate_button, ok, why, self.tr(
            "Start the evaluation in the background: the base model, then every checkpoint"))
        self._gate_baseline()
        self.recheck.gate()

    def busy(self) -> bool:
        return self._loads > 0 or self.comparison.loading

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("views/dashboard/split", self.split.saveState())
        settings.setValue("views/dashboard/left", self.left.saveState())
        settings.setValue("views/dashboard/metric", self.selected_metric())

    def restore_state(self, settings: QSettings) -> None:
        for key, split in (("split", self.split), ("left", self.left)):
            if settings.value(f"views/dashboard/{key}"):
                split.restoreState(settings.value(f"views/dashboard/{key}"))
        metric = settings.value("views/dashboard/metric")
        if metric in METRICS:
            self.metric_combo.setCurrentIndex(list(METRICS).index(metric))


VIEW = ViewSpec("dashboard", QT_TRANSLATE_NOOP("Views", "Dashboard"), "dashboard", 50, DashboardView, "Ctrl+5")
