"""The dashboard's two pictures of an assessment: a metric over the checkpoints per locale with
the base as a dashed reference line, and the heat map of one checkpoint's deltas to the base.

Both only read an `Assessment` (workbench.evaluate.decision); neither touches the database.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..core.locales import LOCALE_CODES
from ..evaluate.metrics import HIGHER_IS_BETTER, SIGNIFICANCE_LEVEL
from . import theme
from .widgets import locale_name

#: The metrics the dashboard shows, in display order (stored metric name → label).
METRICS = {
    "chrf": QT_TRANSLATE_NOOP("Dashboard", "chrF++"),
    "bleu": QT_TRANSLATE_NOOP("Dashboard", "BLEU"),
    "ter": QT_TRANSLATE_NOOP("Dashboard", "TER"),
    "checks": QT_TRANSLATE_NOOP("Dashboard", "Check pass rate %"),
    "fidelity": QT_TRANSLATE_NOOP("Dashboard", "Locale fidelity %"),
}
#: Column heads of the heat map: short, so five metrics fit beside the verdict.
SHORT_NAMES = {
    "chrf": QT_TRANSLATE_NOOP("Dashboard", "chrF++"),
    "bleu": QT_TRANSLATE_NOOP("Dashboard", "BLEU"),
    "ter": QT_TRANSLATE_NOOP("Dashboard", "TER"),
    "checks": QT_TRANSLATE_NOOP("Dashboard", "Checks"),
    "fidelity": QT_TRANSLATE_NOOP("Dashboard", "Fidelity"),
}
#: Pass rates are percentages: a fixed axis keeps 60 → 40 from looking like 100 → 0.
PERCENT_METRICS = ("checks", "fidelity")
BOUNDED_METRICS = ("chrf", "bleu")

# Okabe–Ito colours: told apart by colour-blind readers, legible on light and dark
# backgrounds, and none of them the red/green the heat map uses for better/worse.
_PALETTE = ("#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#009E73", "#D55E00")


def metric_label(metric: str) -> str:
    return QCoreApplication.translate("Dashboard", METRICS.get(metric, metric))


def higher_is_better(metric: str) -> bool:
    return HIGHER_IS_BETTER.get(metric, True)  # pass rates: more is better


def locale_colour(locale: str) -> str:
    index = LOCALE_CODES.index(locale) if locale in LOCALE_CODES else hash(locale)
    return _PALETTE[index % len(_PALETTE)]


def judged_metrics(policy) -> set[str]:
    """The metrics the go/no-go policy judges (its own list when it names one): only their
    deltas are shown as significant; the others (BLEU, TER) are context."""
    named = getattr(policy, "metrics", None)
    if named:
        return set(named)
    judged = {"chrf", "fidelity"}
    if getattr(policy, "block_new_check_failures", True):
        judged.add("checks")
    return judged


def score_rows(assessment, label: str) -> dict[tuple[str, str], dict]:
    """(locale, metric) → stored score row of one checkpoint."""
    return {(r["locale"], r["metric"]): r for r in assessment.scores.get(label, [])}


def delta_of(row: dict | None) -> float | None:
    if row is None:
        return None
    if row.get("delta") is not None:
        return row["delta"]
    if row.get("base_score") is not None and row.get("score") is not None:
        return row["score"] - row["base_score"]
    return None


def signed(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{round(value, digits) + 0.0:+.{digits}f}"  # + 0.0: no "-0.0" for a tiny loss


def blend(colour: str, base: str, amount: float) -> QColor:
    """`colour` washed into `base` (a tint that keeps the text readable in either theme)."""
    fg, bg = QColor(colour), QColor(base)
    return QColor(*(round(b + (f - b) * amount) for f, b in
                    ((fg.red(), bg.red()), (fg.green(), bg.green()), (fg.blue(), bg.blue()))))


class MetricChart(pg.PlotWidget):
    """One metric over the checkpoint steps: a line per locale with its 95% whiskers, and the
    locale's base score as a dashed line of the same colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # not `self.metric`: that would shadow QPaintDevice.metric(), which Qt calls to paint
        self.metric_name = "chrf"
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.base_lines: dict[str, pg.InfiniteLine] = {}
        self.setMinimumHeight(150)  # 1280×720 must hold the chart and the whole heat map
        self.setMenuEnabled(False)
        self.getPlotItem().hideButtons()
        # The legend sits beside the plot, not on it: inside, it covers the dashed base lines.
        self.legend = pg.LegendItem()
        self.getPlotItem().layout.addItem(self.legend, 2, 3)
        self.getPlotItem().layout.setColumnStretchFactor(3, 0)
        self.apply_theme()

    def apply_theme(self) -> None:
        c = theme.current()
        self.setBackground(c.base)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(c.border))
            axis.setTextPen(pg.mkPen(c.muted))
        self.showGrid(x=False, y=True, alpha=0.18)
        self.legend.setLabelTextColor(c.text)

    def clear_chart(self) -> None:
        self.clear()
        self.legend.clear()
        self.curves, self.base_lines = {}, {}

    def set_data(self, assessment, metric: str) -> None:
        self.clear_chart()
        self.metric_name = metric
        if assessment is None:
            return
        labels = [label for label in assessment.evaluations if label != "base"]
        steps = [assessment.evaluations[label]["step"] or 0 for label in labels]
        base = score_rows(assessment, "base")
        per_label = {label: score_rows(assessment, label) for label in labels}
        values: list[float] = []
        for locale in assessment.locales:
            rows = [per_label[label].get((locale, metric)) for label in labels]
            base_row = base.get((locale, metric))
            if base_row is None and not any(rows):
                continue  # e.g. no item of this locale has regression checks
            colour = locale_colour(locale)
            ys = [r["score"] if r else math.nan for r in rows]
            curve = self.plot(steps, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=7,
                              symbolBrush=colour, symbolPen=pg.mkPen(colour), connect="finite",
                              name=locale)
            self.curves[locale] = curve
            self.legend.addItem(curve, locale)
            whiskers = [(s, r) for s, r in zip(steps, rows)
                        if r and r.get("ci_low") is not None and r.get("ci_high") is not None]
            if whiskers:
                # numpy arrays, not lists: ErrorBarItem subtracts them inside boundingRect(),
                # where an exception takes the whole process down.
                self.addItem(pg.ErrorBarItem(
                    x=np.array([s for s, _ in whiskers], dtype=float),
                    y=np.array([r["score"] for _, r in whiskers], dtype=float),
                    top=np.array([r["ci_high"] - r["score"] for _, r in whiskers], dtype=float),
                    bottom=np.array([r["score"] - r["ci_low"] for _, r in whiskers], dtype=float),
                    beam=max(steps[-1] - steps[0], 5) * 0.02, pen=pg.mkPen(colour, width=1)))
                values += [v for _, r in whiskers for v in (r["ci_low"], r["ci_high"])]
            values += [y for y in ys if not math.isnan(y)]
            if base_row is not None:
                # Each base line says whose it is at its right end (see _place_base_labels).
                line = pg.InfiniteLine(pos=base_row["score"], angle=0, movable=False,
                                       pen=pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine),
                                       label=QCoreApplication.translate("Dashboard", "{locale} base").format(
                                           locale=locale),
                                       labelOpts={"position": 0.97, "color": colour,
                                                  "anchors": [(1, 1), (1, 1)], "movable": False})
                line.setToolTip(QCoreApplication.translate("Dashboard", "{locale}: base model {score}").format(
                    locale=locale, score=f"{base_row['score']:.1f}"))
                self.addItem(line)
                self.base_lines[locale] = line
                values.append(base_row["score"])
        if self.base_lines:
            # InfiniteLines have no legend entry of their own: one sample line explains them all.
            sample = pg.PlotDataItem(pen=pg.mkPen(theme.current().muted, width=1.5, style=Qt.PenStyle.DashLine))
            self.legend.addItem(sample, QCoreApplication.translate("Dashboard", "base model (dashed)"))
        self._fit(steps, values, metric)
        self._place_base_labels()

    def _place_base_labels(self) -> None:
        """Labels of base lines closer than a line of text share the right end in turns: the
        second one moves left of the first, and so on, so none is written over another."""
        low, high = self.getPlotItem().vb.viewRange()[1]
        near = max((high - low) * 0.07, 1e-9)
        placed: list[tuple[float, float]] = []  # (value, position)
        for line in sorted(self.base_lines.values(), key=lambda ln: -ln.value()):
            taken = {pos for value, pos in placed if abs(value - line.value()) < near}
            position = next(p for p in (0.97, 0.78, 0.59, 0.40, 0.21, 0.02, 0.5) if p not in taken or p == 0.5)
            line.label.setPosition(position)
            placed.append((line.value(), position))

    def _fit(self, steps: list[int], values: list[float], metric: str) -> None:
        plot = self.getPlotItem()
        plot.setLabel("left", metric_label(metric))
        plot.setLabel("bottom", QCoreApplication.translate("Dashboard", "checkpoint (training step)"))
        self.getAxis("bottom").setTicks([[(s, str(s)) for s in steps]] if steps else None)
        if steps:
            pad = max((steps[-1] - steps[0]) * 0.08, 1.0)
            self.setXRange(steps[0] - pad, steps[-1] + pad, padding=0)
        if metric in PERCENT_METRICS:
            self.setYRange(0, 100, padding=0.04)
        elif values:
            # At least 5 points tall, so noise of a few tenths does not look like a cliff.
            lo, hi = min(values), max(values)
            span = max(hi - lo, 5.0)
            mid = (lo + hi) / 2
            top = mid + span * 0.65
            if metric in BOUNDED_METRICS:
                top = min(top, 102.0)  # chrF++ and BLEU never pass 100; TER can
            self.setYRange(max(0.0, mid - span * 0.65), top, padding=0)


class DeltaHeatMap(QTableWidget):
    """Locales × metrics: one checkpoint's delta to the base, tinted by whether it is better
    (green) or worse (red) for that metric, stronger and bold when significant."""

    COLUMNS = ("chrf", "bleu", "ter", "checks", "fidelity")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # What the cells show, kept here rather than in item data roles: PySide6 6.12 drops a
        # reference to None each time a role holding no value is read back.
        self.deltas: dict[tuple[str, str], tuple[float | None, bool]] = {}
        self.verdicts: dict[str, str] = {}
        self.setColumnCount(len(self.COLUMNS) + 1)
        self.setHorizontalHeaderLabels([self.tr("{metric} Δ").format(
            metric=QCoreApplication.translate("Dashboard", SHORT_NAMES[m])) for m in self.COLUMNS]
            + [self.tr("Verdict")])
        for col, m in enumerate(self.COLUMNS):
            self.horizontalHeaderItem(col).setToolTip(metric_label(m))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        # Every head readable in every language: columns as wide as their heads, the rest to the verdict.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS), QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setDefaultSectionSize(26)

    def set_data(self, assessment, label: str | None) -> None:
        self.setRowCount(0)
        self.deltas, self.verdicts = {}, {}
        if assessment is None or not label or label == "base":
            return
        verdict = assessment.recommendation.verdict_for(label)
        rows = score_rows(assessment, label)
        policy = assessment.policy
        self.setRowCount(len(verdict.locales))
        for r, v in enumerate(verdict.locales):
            head = QTableWidgetItem(f"{v.locale}  ★" if v.target else v.locale)
            tip = f"{v.locale} — {locale_name(v.locale)}"
            if v.target:
                tip += "\n" + self.tr("Target locale: must gain at least {gain} chrF++ points").format(
                    gain=f"{policy.min_gain:g}")
            head.setToolTip(tip)
            self.setVerticalHeaderItem(r, head)
            judged = judged_metrics(policy)
            for col, metric in enumerate(self.COLUMNS):
                row = rows.get((v.locale, metric))
                self.setItem(r, col, self._cell(metric, row, metric in judged))
                p = row.get("p_value") if row else None
                self.deltas[(v.locale, metric)] = (delta_of(row), metric in judged and p is not None
                                                   and p < SIGNIFICANCE_LEVEL)
            self.setItem(r, len(self.COLUMNS), self._verdict(v))
            self.verdicts[v.locale] = v.verdict
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Tall enough for every locale: the last row is never cut off behind a scroll bar."""
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMinimumHeight(height)

    def _cell(self, metric: str, row: dict | None, judged: bool = True) -> QTableWidgetItem:
        c = theme.current()
        delta = delta_of(row)
        item = QTableWidgetItem(signed(delta))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if delta is None:
            item.setForeground(QBrush(QColor(c.muted)))
            item.setToolTip(self.tr("No {metric} score against the base for this locale").format(
                metric=metric_label(metric)) if row is None else self.tr("Not compared with the base"))
            return item
        p = row.get("p_value")
        # Significance is shown only where the policy decides: a bold green BLEU beside a red
        # chrF++ would read as a win the policy does not count.
        significant = judged and p is not None and p < SIGNIFICANCE_LEVEL
        better = delta > 0 if higher_is_better(metric) else delta < 0
        if not judged:
            item.setForeground(QBrush(QColor(c.muted)))
        elif round(delta, 1) != 0:
            item.setBackground(QBrush(blend(c.good if better else c.bad, c.base, 0.42 if significant else 0.14)))
        if significant:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        low, high = row.get("delta_low"), row.get("delta_high")
        lines = [self.tr("{metric}: {score} against the base {base}").format(
            metric=metric_label(metric), score=f"{row['score']:.1f}", base=f"{row['base_score']:.1f}")]
        if low is not None and high is not None:
            lines.append(self.tr("Δ {delta}, 95% interval {low} to {high}").format(
                delta=signed(delta), low=signed(low), high=signed(high)))
        if p is not None and judged:
            lines.append((self.tr("p = {p}: significant") if significant else
                          self.tr("p = {p}: could be chance")).format(p=f"{p:.3f}"))
        if not higher_is_better(metric):
            lines.append(self.tr("Lower is better for this metric."))
        if not judged:
            lines.append(self.tr("For context only: the go/no-go policy does not judge this metric."))
        item.setToolTip("\n".join(lines))
        return item

    def _verdict(self, v) -> QTableWidgetItem:
        c = theme.current()
        item = QTableWidgetItem(self.tr("GO") if v.go else self.tr("NO-GO"))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not GO either way; an inconclusive locale (hold-out too small to show the tolerance)
        # is told apart by colour, and its tooltip says how many items it would need.
        colour = c.good if v.go else (c.warn if getattr(v, "status", "") == "inconclusive" else c.bad)
        item.setForeground(QBrush(QColor(colour)))
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setToolTip("\n".join(f"• {reason}" for reason in v.reasons) if v.reasons
                        else self.tr("Passes every rule of the policy"))
        return item
