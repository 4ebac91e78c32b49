"""The dashboard's two reading panels: the regression failures with the base and tuned answers
side by side, and the go/no-go panel (policy result, rules, the signed decisions on record)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QStackedWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..evaluate.policy import is_overrule
from . import icons, theme
from .widgets import local_time, muted_label, primary, title_label

CHECK_FAILURES = {
    "required": QT_TRANSLATE_NOOP("Dashboard", "required term missing"),
    "forbidden": QT_TRANSLATE_NOOP("Dashboard", "forbidden term present"),
    "regex": QT_TRANSLATE_NOOP("Dashboard", "pattern not matched"),
    "exact": QT_TRANSLATE_NOOP("Dashboard", "exact answer differs"),
}


def check_failure(kind: str) -> str:
    return QCoreApplication.translate("Dashboard", CHECK_FAILURES.get(kind, kind))


def verdict_text(verdict: str) -> str:
    return QCoreApplication.translate("Dashboard", "GO") if verdict == "go" else \
        QCoreApplication.translate("Dashboard", "NO-GO")


def _text_box(placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(readOnly=True)
    box.setPlaceholderText(placeholder)
    return box


class RegressionPanel(QWidget):
    """Items whose regression checks the base passed and the chosen checkpoint fails."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[dict] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.none = muted_label("", wrap=True)
        self.none.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.none)

        page = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget(minimumWidth=240)
        self.list.currentRowChanged.connect(self._show)
        page.addWidget(self.list)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(8, 0, 0, 0)
        dl.addWidget(title_label(self.tr("Prompt and reference"), "SectionTitle"))
        self.prompt = _text_box()
        self.prompt.setMaximumHeight(110)
        dl.addWidget(self.prompt)
        self.failure = QLabel(wordWrap=True)
        dl.addWidget(self.failure)
        sides = QHBoxLayout()
        self.base_title = title_label(self.tr("Base model"), "SectionTitle")
        self.tuned_title = title_label("", "SectionTitle")
        self.base_answer = _text_box()
        self.tuned_answer = _text_box()
        for heading, box in ((self.base_title, self.base_answer), (self.tuned_title, self.tuned_answer)):
            col = QVBoxLayout()
            col.addWidget(heading)
            col.addWidget(box, 1)
            sides.addLayout(col, 1)
        dl.addLayout(sides, 1)
        page.addWidget(detail)
        page.setStretchFactor(1, 1)
        page.setSizes([280, 720])
        self.split = page
        self.stack.addWidget(page)

    def set_data(self, assessment, label: str | None, items: dict[int, dict]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.entries = []
        if assessment is not None and label and label != "base":
            base = {a["item_id"]: a for a in assessment.answers.get("base", [])}
            tuned = {a["item_id"]: a for a in assessment.answers.get(label, [])}
            for v in assessment.recommendation.verdict_for(label).locales:
                for failure in v.newly_failing:
                    iid = failure["item_id"]
                    self.entries.append({"item_id": iid, "locale": v.locale, "checks": failure["checks"],
                                         "item": items.get(iid, {}), "base": base.get(iid, {}),
                                         "tuned": tuned.get(iid, {})})
        for e in self.entries:
            text = f"{e['locale']} · #{e['item_id']} — " + ", ".join(check_failure(k) for k in e["checks"])
            self.list.addItem(QListWidgetItem(icons.icon("warning", theme.current().bad), text))
        self.list.blockSignals(False)
        self.tuned_title.setText(label or "")
        if not self.entries:
            self.none.setText(self.tr("No regression check newly fails at {checkpoint}: every check the "
                                      "base model passed, this checkpoint passes too.").format(
                checkpoint=label) if label and label != "base" else "")
            self.stack.setCurrentWidget(self.none)
            return
        self.stack.setCurrentWidget(self.split)
        self.list.setCurrentRow(0)
        self._show(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            for box in (self.prompt, self.base_answer, self.tuned_answer):
                box.clear()
            self.failure.clear()
            return
        e = self.entries[row]
        item = e["item"]
        self.prompt.setPlainText(item.get("prompt", "") + "\n\n— " + self.tr("Reference") + " —\n"
                                 + item.get("response", ""))
        self.base_answer.setPlainText(e["base"].get("answer", ""))
        self.tuned_answer.setPlainText(e["tuned"].get("answer", ""))
        checks = e["tuned"].get("checks", {})
        parts = [check_failure(k) for k in e["checks"]]
        if checks.get("missing"):
            parts.append(self.tr("missing: {terms}").format(terms=", ".join(checks["missing"])))
        if checks.get("found_forbidden"):
            parts.append(self.tr("forbidden: {terms}").format(terms=", ".join(checks["found_forbidden"])))
        self.failure.setText(f"<span style='color:{theme.current().bad}; font-weight:600'>"
                             f"{html.escape('; '.join(parts), quote=False)}</span>")


class DecisionPanel(QWidget):
    """What the policy recommends and why, the rules it applied, and the signed decisions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._by_id: dict[int, dict] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        # The verdict and the policy's sentences with their numbers can be long (every locale
        # that failed, with its interval): they scroll rather than being cut on a small screen.
        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(title_label(self.tr("Go / no-go"), "SectionTitle"))
        self.verdict = QLabel()
        upper.addWidget(self.verdict)
        self.checkpoint = muted_label(wrap=True)  # a long line would widen the panel past its edge
        upper.addWidget(self.checkpoint)
        self.reason = QLabel(wordWrap=True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        upper.addWidget(self.reason)
        upper.addSpacing(6)
        upper.addWidget(title_label(self.tr("Policy"), "SectionTitle"))
        self.rules = QLabel(wordWrap=True)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        upper.addWidget(self.rules)
        upper.addStretch()
        self.summary = QScrollArea()
        self.summary.setWidget(top)
        self.summary.setWidgetResizable(True)
        self.summary.setFrameShape(QScrollArea.Shape.NoFrame)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(self.summary, 2)
        lay.addSpacing(6)
        lay.addWidget(title_label(self.tr("Signed decisions"), "SectionTitle"))
        self.decisions = QTreeWidget()
        self.decisions.setRootIsDecorated(False)
        self.decisions.setHeaderLabels([self.tr("Decision"), self.tr("Checkpoint"), self.tr("Signed by"),
                                        self.tr("When")])
        header = self.decisions.header()
        header.setStretchLastSection(False)
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.decisions.currentItemChanged.connect(lambda cur, _: self._detail(cur))
        lay.addWidget(self.decisions, 1)
        # The chosen decision in full: the sentence signed and the rationale, which do not fit a column.
        self.detail = QLabel(wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        self.none = muted_label(self.tr("No decision has been recorded for this run yet."), wrap=True)
        lay.addWidget(self.none)
        self.record_button = primary(QPushButton(icons.icon("sign", "#ffffff"), self.tr("Record decision…")))
        lay.addWidget(self.record_button)

    def set_data(self, assessment, decisions: list[dict]) -> None:
        c = theme.current()
        self.decisions.clear()
        self.detail.clear()
        self._by_id = {d["id"]: d for d in decisions}
        if assessment is None:
            for label in (self.verdict, self.checkpoint, self.reason, self.rules):
                label.clear()
            self.none.show()
            return
        rec = assessment.recommendation
        self.verdict.setText(verdict_text(rec.recommendation))
        # A style sheet, not setFont: the application's sheet sets every widget's font size.
        self.verdict.setStyleSheet(f"color: {c.good if rec.recommendation == 'go' else c.bad}; "
                                   "font-size: 24pt; font-weight: 700")
        if not rec.checkpoint:
            self.checkpoint.setText(self.tr("No checkpoint evaluated yet"))
        elif rec.recommendation == "go":
            self.checkpoint.setText(self.tr("Recommended checkpoint: {checkpoint}").format(checkpoint=rec.checkpoint))
        else:  # nothing passes: the nearest miss is no recommendation
            self.checkpoint.setText(self.tr("Closest checkpoint: {checkpoint} (no checkpoint passes the "
                                            "policy)").format(checkpoint=rec.checkpoint))
        self.reason.setText(rec.reason)  # the policy's own sentence, as the report prints it
        rules = assessment.policy.describe(assessment.targets)
        self.rules.setText("".join(f"• {html.escape(rule, quote=False)}<br>" for rule in rules))
        for d in reversed(decisions):  # newest first
            overruled = is_overrule(d["decision"], d["recommendation"])
            shown = verdict_text(d["decision"])
            if overruled:  # marked in the list itself, not only in a tooltip
                shown += " — " + self.tr("Overrules the policy ({verdict})").format(
                    verdict=verdict_text(d["recommendation"]))
            row = QTreeWidgetItem([shown, d["checkpoint"], d["signer_name"], local_time(d["signed_at"])])
            row.setData(0, Qt.ItemDataRole.UserRole, d["id"])
            row.setForeground(0, QBrush(QColor(c.good if d["decision"] == "go" else c.bad)))
            # Whether the stored record still hashes to what was signed, at a glance.
            row.setIcon(0, icons.icon("verify", c.good) if d.get("verified") else icons.icon("broken", c.bad))
            tip = [f"“{d['meaning']}”", self.tr("Signed by {name} ({user}) at {when} UTC").format(
                name=d["signer_name"], user=d["signer"], when=d["signed_at"])]
            if overruled:
                tip.append(self.tr("Overrules the policy ({verdict})").format(
                    verdict=verdict_text(d["recommendation"])))
            if d["rationale"]:
                tip.append(self.tr("Rationale: {text}").format(text=d["rationale"]))
            tip.append(self.tr("The signed record is intact (its hash matches).") if d.get("verified") else
                       self.tr("The stored record no longer matches what was signed."))
            for col in range(4):
                row.setToolTip(col, "\n".join(tip))
            self.decisions.addTopLevelItem(row)
        self.none.setVisible(not decisions)
        if decisions:
            self.decisions.setCurrentItem(self.decisions.topLevelItem(0))

    def _detail(self, row) -> None:
        d = self._by_id.get(row.data(0, Qt.ItemDataRole.UserRole)) if row is not None else None
        if d is None:
            self.detail.clear()
            return
        parts = [f"“{html.escape(d['meaning'], quote=False)}”"]
        if is_overrule(d["decision"], d["recommendation"]):
            parts.append(f"<b style='color:{theme.current().warn}'>" + html.escape(self.tr(
                "Overrules the policy ({verdict})").format(verdict=verdict_text(d["recommendation"])),
                quote=False) + "</b>")
        if d["rationale"]:
            parts.append(self.tr("Rationale: {text}").format(text=html.escape(d["rationale"], quote=False)))
        c = theme.current()
        parts.append(f"<span style='color:{c.good}'>" + self.tr("Signed record intact.") + "</span>"
                     if d.get("verified") else f"<span style='color:{c.bad}'>"
                     + self.tr("The stored record no longer matches what was signed.") + "</span>")
        self.detail.setText("<br>".join(parts))
