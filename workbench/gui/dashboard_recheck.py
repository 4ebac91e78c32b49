"""The dashboard's drift re-check: "Re-check on a newer hold-out…" for a run that was handed off.

The dialog lists the run's hand-offs and the newer frozen hold-outs of its use case, runs the
re-check (evaluate/recheck.py: the checkpoint and the base on that hold-out, under the decoding
of its GO) on a background task, shows the finding per locale with the numbers and the rule
that decided it, and "Sign the finding…" opens the e-signature dialog. Every rule is in
evaluate/recheck.py; this module only calls it.

Note: the evaluation runs on a background thread of the window's process (the task pool), not
in the engine's worker process like "Evaluate now": the window needs the ML stack for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from .dialogs.signature import SignatureDialog
from .tasks import worker_project
from .widgets import muted_label, title_label


def recheck_options(project, run: dict) -> dict:
    """What the dialog offers for `run`: its hand-offs (subjects) and the other frozen hold-outs
    of its use case, newest first."""
    from ..handoff.registry import list_adapters
    from ..store.snapshots import list_snapshots

    subjects = [f"{a.name}@v{a.version}" for a in list_adapters(project) if a.run == run["id"]]
    holdouts = [s for s in list_snapshots(project, "holdout", use_case=run.get("use_case"))
                if s["frozen"] and s["id"] != run["holdout_snapshot"] and s.get("use_case") == run.get("use_case")]
    return {"subjects": list(reversed(subjects)), "holdouts": list(reversed(holdouts))}


class RecheckDialog(QDialog):
    """Choose the hand-off and the hold-out version, run the re-check, show it, sign it."""

    def __init__(self, ctx, run: dict, options: dict, parent=None):
        super().__init__(parent)
        self.ctx, self.run = ctx, run
        self.result_value = None      # the re-check shown (payload dict)
        self.signed = None            # the signed report, once signed
        self.setWindowTitle(self.tr("Re-check on a newer hold-out"))
        self.setMinimumWidth(720)
        lay = QVBoxLayout(self)
        lay.addWidget(title_label(self.tr("Is the handed-off checkpoint still fit?")))
        lay.addWidget(muted_label(self.tr(
            "The checkpoint and its base are evaluated on the newer hold-out with the decoding of the evaluation "
            "that justified its GO, and the go/no-go policy judges each locale: still fit, re-tune or "
            "inconclusive. The run's own results and decision do not change."), wrap=True))
        form = QFormLayout()
        self.subject = QComboBox()
        self.subject.addItems(options["subjects"])
        form.addRow(self.tr("Hand-off"), self.subject)
        self.holdout = QComboBox()
        self._holdouts = [h["id"] for h in options["holdouts"]]
        for h in options["holdouts"]:
            self.holdout.addItem(f"{h['name']} · {h['id']} · {h['item_count']}")
        form.addRow(self.tr("Hold-out version"), self.holdout)
        lay.addLayout(form)
        self.run_button = QPushButton(self.tr("Run the re-check"))
        self.run_button.clicked.connect(self.start)
        lay.addWidget(self.run_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Locale"), self.tr("Finding"), self.tr("Δ chrF++"),
                                              self.tr("Δ vs the GO"), self.tr("Rule that decided")])
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sign_button = buttons.addButton(self.tr("Sign the finding…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.sign)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        if not options["subjects"] or not self._holdouts:
            self.run_button.setEnabled(False)
            self.status.setText(self.tr("This run has no hand-off yet.") if not options["subjects"] else self.tr(
                "No newer frozen hold-out of this use case: sign off new hold-out items and freeze a new version."))

    def chosen(self) -> tuple[str, str]:
        return self.subject.currentText(), self._holdouts[self.holdout.currentIndex()]

    def start(self) -> None:
        from .engine_call import run_engine

        subject, holdout = self.chosen()
        root, user = self.ctx.session.root, self.ctx.session.user
        self.run_button.setEnabled(False)
        self.sign_button.setEnabled(False)
        self.status.setText(self.tr("Evaluating {subject} and its base on {holdout}…").format(
            subject=subject, holdout=holdout))

        def work(token):
            # The model runs in the engine's Python (the window has no ML stack of its own).
            args = ["--project", root, "--user", user.username, "--adapter", subject, "--holdout", holdout]
            return run_engine("recheck", args, token)["recheck"]

        self.ctx.tasks.start(self.tr("Re-checking on a newer hold-out…"), work, on_done=self._shown,
                             on_error=self._failed)

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(message)

    def _shown(self, payload: dict) -> None:
        self.result_value = payload
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("Finding: {finding} (report SHA-256 {hash}…)").format(
            finding=payload["finding"].upper(), hash=payload["payload_hash"][:16]))
        self.table.setRowCount(len(payload["locales"]))
        for row, f in enumerate(payload["locales"]):
            cells = [f["locale"], f["finding"], "–" if f["chrf_delta"] is None else f"{f['chrf_delta']:+.2f}",
                     "–" if f["delta_vs_go"] is None else f"{f['delta_vs_go']:+.2f}", f["rule"]]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.sign_button.setEnabled(True)

    def sign(self) -> None:
        from ..evaluate.recheck import sign_recheck, statement_of

        subject, holdout = self.chosen()
        meaning = statement_of(self.result_value)
        root, username = self.ctx.session.root, self.ctx.session.user.username

        def work(password):
            with worker_project(root) as p:
                return sign_recheck(p, subject, holdout=holdout, username=username, password=password,
                                    meaning=meaning)

        self.dialog = SignatureDialog(self.ctx, title=self.tr("Sign the re-check of {subject}").format(
            subject=subject), meaning=meaning, summary=self.tr(
            "The signature covers the finding of every locale with its numbers, the evaluations on the new "
            "hold-out and the GO they are compared with; the hand-off's model card gets a History line."),
            work=work, parent=self)
        self.dialog.accepted.connect(lambda: self._signed(self.dialog.result_value))
        self.dialog.open()

    def _signed(self, report: dict) -> None:
        self.signed = report
        self.sign_button.setEnabled(False)
        self.status.setText(self.tr("Signed by {name}: {finding}.").format(
            name=report["signer_name"], finding=report["payload"]["finding"].upper()))
        self.ctx.session.audit_changed.emit()


class RecheckAction:
    """The dashboard's button and what it opens (a small hook in DashboardView)."""

    def __init__(self, view):
        from . import icons

        self.view = view
        self.dialog: RecheckDialog | None = None
        self.button = QPushButton(icons.icon("verify"),
                                  QCoreApplication.translate("RecheckAction", "Re-check on a newer hold-out…"))
        self.button.clicked.connect(self.open)

    def gate(self) -> None:
        from ..core.roles import Action
        from .session import gate

        view = self.view
        ok, why = view.session.permission(Action.EVALUATE)
        if ok and not (view.data and view.data.run_id):
            ok, why = False, QCoreApplication.translate("RecheckAction", "Choose a run that was handed off.")
        gate(self.button, ok, why, QCoreApplication.translate("RecheckAction", 
            "Evaluate the handed-off checkpoint and its base on a newer frozen hold-out and judge each locale"))

    def open(self) -> None:
        view = self.view
        if not self.button.isEnabled():
            return
        run = next(r for r in view.data.runs if r["id"] == view.data.run_id)
        root = view.session.root

        def work(token):
            with worker_project(root) as p:
                return recheck_options(p, run)

        def done(options):
            self.dialog = RecheckDialog(view.ctx, run, options, parent=view.window())
            self.dialog.open()

        view.ctx.tasks.start(QCoreApplication.translate("RecheckAction", "Looking for hand-offs and newer hold-outs…"),
                             work, on_done=done)
