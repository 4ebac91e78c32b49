"""The Training page's pre-launch check: every problem at once, each with the button that
fixes it ("Create a training snapshot", "Freeze the hold-out…", "Go to Review").

The problems come from workbench.train.preflight (the one rule of what may be trained on);
this widget only says them in the window's language and offers the step that fixes each.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from . import theme
from .messages import window_text

#: Problem code → what the window says (the figures come from the problem's params).
PROBLEM_TEXTS = {
    "no_holdout": QT_TRANSLATE_NOOP("LaunchChecks", "No frozen hold-out yet: the domain owners sign off the "
                                                    "evaluation items and freeze them before any training."),
    "holdout_unfrozen_locales": QT_TRANSLATE_NOOP(
        "LaunchChecks", "Hold-out {id} is not frozen for {locales} yet: each locale's owner freezes their part."),
    "holdout_altered": QT_TRANSLATE_NOOP(
        "LaunchChecks", "Hold-out {id} no longer matches its manifest or signature: freeze a new hold-out and "
                        "report it to compliance."),
    "no_training_snapshot": QT_TRANSLATE_NOOP(
        "LaunchChecks", "No training snapshot yet: sign off pairs, then create a training snapshot."),
    "training_altered": QT_TRANSLATE_NOOP(
        "LaunchChecks", "Training snapshot {id} does not match its manifest: create a new one and report it "
                        "to compliance."),
    "unsigned_items": QT_TRANSLATE_NOOP(
        "LaunchChecks", "Snapshot {id} names {n} revision(s) nobody signed off: take a new snapshot."),
    "rejected_items": QT_TRANSLATE_NOOP(
        "LaunchChecks", "{n} item(s) of snapshot {id} were rejected after it was taken (e.g. item {item}): "
                        "take a new snapshot."),
    "pending_findings": QT_TRANSLATE_NOOP(
        "LaunchChecks", "{n} item(s) of snapshot {id} have unreviewed de-identification findings (e.g. item "
                        "{item}): review them first."),
    "contamination": QT_TRANSLATE_NOOP(
        "LaunchChecks", "{n} training pair(s) overlap the hold-out: reject them and create a new training "
                        "snapshot, or give an override reason (recorded in the audit trail). {summary}"),
    "override_too_short": QT_TRANSLATE_NOOP(
        "LaunchChecks", "An override of the contamination check needs a reason an auditor can follow (at "
                        "least {min} characters)."),
    "newer_signoffs": QT_TRANSLATE_NOOP(
        "LaunchChecks", "{n} pair(s) signed off since training snapshot {id} are not in it: create a new "
                        "training snapshot to train on them."),
    "thin_data": QT_TRANSLATE_NOOP(
        "LaunchChecks", "Training snapshot {id} has {pairs} signed pairs; by the method's rule of thumb this "
                        "method on the {size} class starts to move with about {wanted} per use case (fewer than "
                        "{share} per locale in: {thin}). Expect little change; sign off more pairs before a run "
                        "that counts."),
    "use_case_scope": QT_TRANSLATE_NOOP(
        "LaunchChecks", "The scope of use case {use_case} (version {version}) is not signed by every owner yet: "
                        "{missing} still to sign. A run trains a use case's adapter only under a scope in force."),
    "use_case_mismatch": QT_TRANSLATE_NOOP(
        "LaunchChecks", "Training snapshot {id} is not of use case {use_case}: create that use case's training "
                        "snapshot."),
    "untested_locales": QT_TRANSLATE_NOOP(
        "LaunchChecks", "The hold-out has no items in {locales}: the evaluation cannot show a gain or a "
                        "regression there."),
}
#: Fix → the button's text.
FIX_BUTTONS = {
    "training_snapshot": QT_TRANSLATE_NOOP("LaunchChecks", "Create a training snapshot"),
    "freeze_holdout": QT_TRANSLATE_NOOP("LaunchChecks", "Freeze the hold-out…"),
    "review": QT_TRANSLATE_NOOP("LaunchChecks", "Go to Review"),
    "deid_run": QT_TRANSLATE_NOOP("LaunchChecks", "Go to Data"),
    "override": QT_TRANSLATE_NOOP("LaunchChecks", "Give an override reason"),
    "form": QT_TRANSLATE_NOOP("LaunchChecks", "Correct the form"),
    "sign_scope": QT_TRANSLATE_NOOP("LaunchChecks", "Sign the scope…"),
}
MARKS = {True: "✓", False: "✗", None: "!"}


def problem_text(problem) -> str:
    """A preflight Problem in the window's words (its own message, without commands, when the
    window has no sentence of its own for it)."""
    text = PROBLEM_TEXTS.get(problem.code)
    if text is None:
        return window_text(problem.message)
    try:
        return QCoreApplication.translate("LaunchChecks", text).format(**problem.params)
    except (KeyError, IndexError):
        return window_text(problem.message)


class ChecksPanel(QWidget):
    """Lines of ✓ / ✗ / ! with, where a step fixes the line, its button."""

    #: The fix a button asks for ("training_snapshot", "freeze_holdout", "review", …).
    fix_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setColumnStretch(1, 1)
        self.lines: list[tuple[bool | None, str, str | None]] = []
        self.buttons: dict[str, QPushButton] = {}

    def clear(self) -> None:
        self.lines = []
        self.buttons = {}
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()

    def show_lines(self, lines: list[tuple]) -> None:
        """(ok, text) or (ok, text, fix) per line: ok True ✓, False ✗, None ! (a warning)."""
        self.clear()
        c = theme.current()
        colours = {True: c.good, False: c.bad, None: c.warn}
        for row, line in enumerate(lines):
            ok, text, fix = (tuple(line) + (None,))[:3]
            self.lines.append((ok, text, fix))
            mark = QLabel(MARKS[ok])
            mark.setStyleSheet(f"color: {colours[ok]}; font-weight: 600")
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(text, wordWrap=True)
            label.setTextFormat(Qt.TextFormat.RichText if text.startswith("<code>") else Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.grid.addWidget(label, row, 1)
            if fix in FIX_BUTTONS and fix not in self.buttons:
                button = QPushButton(QCoreApplication.translate("LaunchChecks", FIX_BUTTONS[fix]))
                button.clicked.connect(lambda _=False, f=fix: self.fix_requested.emit(f))
                self.buttons[fix] = button
                self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)

    def show_problems(self, problems: list, advice: list = ()) -> None:
        self.show_lines([(False, problem_text(p), p.fix) for p in problems]
                        + [(None, problem_text(a), a.fix) for a in advice])

    def text(self) -> str:
        """Every line as plain text with its mark (what a reader, or a test, sees)."""
        return "\n".join(f"{MARKS[ok]} {text}" for ok, text, _ in self.lines)
