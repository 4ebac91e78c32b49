"""Choosing the go/no-go decision before it is signed: what the policy says and why, the
choice (the policy's verdict preselected), the rationale a human owes when overruling it, and
the sentence the signature will state, verbatim. The password comes next, in SignatureDialog."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPlainTextEdit, QRadioButton, QVBoxLayout)

from ...evaluate.decision import decision_meaning
from ...evaluate.policy import GO, MIN_RATIONALE_CHARS, NO_GO
from .. import theme
from ..widgets import muted_label, primary, title_label


class DecisionDialog(QDialog):
    def __init__(self, *, run_id: str, checkpoint: str, verdict, parent=None):
        """`verdict` is the policy's CheckpointVerdict for `checkpoint`."""
        super().__init__(parent)
        self.run_id, self.checkpoint = run_id, checkpoint
        self.policy_verdict = verdict.verdict
        c = theme.current()
        self.setWindowTitle(self.tr("Go/no-go decision"))
        self.setMinimumWidth(580)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addWidget(title_label(self.tr("Decide on {checkpoint} of {run}").format(
            checkpoint=checkpoint, run=run_id)))
        says = self.tr("GO") if self.policy_verdict == GO else self.tr("NO-GO")
        colour = c.good if self.policy_verdict == GO else c.bad
        self.policy = QLabel(self.tr("The go/no-go policy says <b style='color:{colour}'>{verdict}</b> "
                                     "for this checkpoint.").format(colour=colour, verdict=says))
        lay.addWidget(self.policy)
        reasons = [f"{v.locale}: {r}" for v in verdict.locales for r in v.reasons]
        if reasons:
            self.reasons = QLabel("".join(f"• {html.escape(r)}<br>" for r in reasons[:12]))
            self.reasons.setTextFormat(Qt.TextFormat.RichText)
            self.reasons.setWordWrap(True)
            lay.addWidget(self.reasons)

        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Your decision:")))
        self.go = QRadioButton(self.tr("GO — release this checkpoint"))
        self.no_go = QRadioButton(self.tr("NO-GO — do not release it"))
        self.group = QButtonGroup(self)
        for b in (self.go, self.no_go):
            self.group.addButton(b)
            choice.addWidget(b)
        choice.addStretch()
        (self.go if self.policy_verdict == GO else self.no_go).setChecked(True)
        lay.addLayout(choice)

        self.rule = muted_label(self.tr(
            "Deciding differently from the policy is allowed, but only with a written rationale; "
            "it is stored with your signature and shown in the report."), wrap=True)
        lay.addWidget(self.rule)
        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText(self.tr("Rationale (why you decide this way)"))
        self.rationale.setMaximumHeight(110)
        lay.addWidget(self.rationale)
        # How much of the rationale an overrule needs is written so far (numbers only: the
        # rule above says what it is for).
        self.rationale_count = muted_label()
        self.rationale_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.rationale_count)
        lay.addWidget(QLabel(self.tr("Your signature will state:")))
        # Shown exactly as it will be stored (not translated): the record must say what the
        # signer saw.
        self.meaning_label = QLabel()
        self.meaning_label.setObjectName("Meaning")
        self.meaning_label.setWordWrap(True)
        self.meaning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.meaning_label)

        self.buttons = QDialogButtonBox()
        self.continue_button = primary(self.buttons.addButton(
            self.tr("Continue to signature…"), QDialogButtonBox.ButtonRole.AcceptRole))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._continue)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.rationale.textChanged.connect(self._update)
        self._update()

    def decision(self) -> str:
        return GO if self.go.isChecked() else NO_GO

    def rationale_text(self) -> str:
        return self.rationale.toPlainText().strip()

    def overrules(self) -> bool:
        return self.decision() != self.policy_verdict

    def meaning(self) -> str:
        return decision_meaning(self.run_id, self.checkpoint, self.decision(), self.policy_verdict)

    def _update(self) -> None:
        # The same rule the decision API applies (evaluate/policy.py): an overrule needs a
        # rationale of real length, not a character.
        written = len(self.rationale_text())
        needed = self.overrules() and written < MIN_RATIONALE_CHARS
        self.rationale_count.setText(f"{written} / {MIN_RATIONALE_CHARS}" if self.overrules() else "")
        self.meaning_label.setText(f"“{self.meaning()}”")
        self.rule.setStyleSheet(f"color: {theme.current().warn}; font-weight: 600" if needed else "")
        self.continue_button.setEnabled(not needed)
        self.continue_button.setToolTip(self.tr("Write why you overrule the policy first") if needed else "")

    def _continue(self) -> None:
        if self.continue_button.isEnabled():
            self.accept()
