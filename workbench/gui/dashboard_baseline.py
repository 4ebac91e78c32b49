"""The dashboard's baseline: evaluate the base model alone on the frozen hold-out (before any
run), show its per-locale results, sign its report; and, for a run whose base evaluation came
from a baseline, say which one and who signed it.

A mixin of DashboardView (it reads the page's session, banner and task runner), so its texts
keep the page's translation context. The rules live in evaluate/baseline.py; this only calls it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton

from ..core.roles import Action
from . import icons
from .dialogs.signature import SignatureDialog
from .session import gate
from .tasks import worker_project
from .widgets import local_time, muted_label


class BaselineActions:
    """Evaluate the base model… → evaluate_base (off the GUI thread); Sign the baseline
    report… → SignatureDialog → sign_baseline_report."""

    baseline_id: str | None = None

    @property
    def baseline_use_case(self) -> str | None:
        """The use case whose hold-out the baseline uses: the one chosen in the page's use-case
        selector (None in a project without use cases: the project's latest hold-out)."""
        return self.session.selected_use_case()

    def _add_baseline_widgets(self, lay, *more) -> None:
        """The two buttons and the results line under the page's title; the note about a run's
        baseline (placed under the banner by the page)."""
        row = QHBoxLayout()
        self.baseline_button = QPushButton(icons.icon("verify"), self.tr("Evaluate the base model…"))
        self.baseline_button.clicked.connect(lambda: self.evaluate_base_model())
        row.addWidget(self.baseline_button)
        self.sign_baseline_button = QPushButton(icons.icon("sign"), self.tr("Sign the baseline report…"))
        self.sign_baseline_button.clicked.connect(self.sign_baseline)
        row.addWidget(self.sign_baseline_button)
        for widget in more:   # the other steps around a run (the re-check after hand-off)
            row.addWidget(widget)
        row.addStretch()
        lay.addLayout(row)
        self.baseline_label = muted_label("", wrap=True)
        self.baseline_label.hide()
        lay.addWidget(self.baseline_label)
        self.baseline_note = muted_label("", wrap=True)
        self.baseline_note.hide()

    def _gate_baseline(self) -> None:
        ok, why = self.session.permission(Action.EVALUATE)
        if ok and self._baseline_running:
            ok, why = False, self.tr("The base model is being evaluated.")
        if ok and self.baseline_use_case is None and self.session.has_use_cases():
            ok, why = False, self.tr("Choose a use case first: the base model is evaluated on its frozen hold-out.")
        gate(self.baseline_button, ok, why, self.tr(
            "Evaluate the base model alone on the frozen hold-out, before any run: later runs are compared "
            "against this evaluation"))
        ok, why = (self.session.user is not None, self.tr("Sign in first."))
        if ok and not self.baseline_id:
            ok, why = False, self.tr("Evaluate the base model first.")
        gate(self.sign_baseline_button, ok, why, self.tr(
            "Sign the baseline report (a domain owner of the hold-out's locales, or an admin)"))

    def default_base_model(self) -> str:
        """The newest run's base model, else the project's demo model if it has one."""
        runs = self.data.runs if self.data else []
        if runs:
            return runs[0]["base_model"]
        from ..evaluate.demo_loop import tiny_model_path

        demo = tiny_model_path(self.session.project) if self.session.project is not None else None
        return str(demo) if demo is not None and (demo / "config.json").exists() else ""

    def evaluate_base_model(self, base_model: str | None = None) -> None:
        if not self.baseline_button.isEnabled():
            return
        if base_model is None:
            base_model, ok = QInputDialog.getText(
                self, self.tr("Evaluate the base model"),
                self.tr("Base model (a folder or a Hugging Face id) to evaluate alone on the frozen hold-out:"),
                text=self.default_base_model())
            if not ok or not base_model.strip():
                return
        from ..evaluate.baseline import baseline_table
        from ..store.evaluations import get_evaluation
        from .engine_call import run_engine

        root, user, use_case = self.session.root, self.session.user, self.baseline_use_case
        args = ["--project", root, "--user", user.username, "--base-model", base_model.strip()]
        args += ["--use-case", use_case] if use_case else []

        def work(token):
            # The model runs in the engine's Python (the window has no ML stack of its own).
            done = run_engine("baseline", args, token)
            with worker_project(root) as p:
                ev = get_evaluation(p, done["evaluation"])
                return dict(ev, reused=done["reused"]), baseline_table(p, ev["id"])

        def done(result):
            self._baseline_running = False
            ev, rows = result
            self._show_baseline(ev, rows)
            self.session.audit_changed.emit()
            self._gate()

        def failed(message):
            self._baseline_running = False
            self.banner.show_message(message, "error")
            self._gate()

        self._baseline_running = True
        self._gate()
        self.ctx.tasks.start(self.tr("Evaluating the base model on the frozen hold-out…"), work,
                             on_done=done, on_error=failed)

    def _show_baseline(self, ev: dict, rows: list[dict]) -> None:
        self.baseline_id = ev["id"]
        lines = [self.tr("Baseline evaluation {id} of the base model alone on hold-out {holdout}:").format(
            id=ev["id"], holdout=ev["snapshot_id"])]
        for r in rows:
            chrf = r["chrf"] or {}
            checks = {"passes": self.tr("passes every regression check"),
                      "fails": self.tr("fails {n} regression check(s)").format(n=len(r["failing"])),
                      "none": self.tr("no regression checks")}[r["regression_checks"]]
            lines.append(self.tr("{locale}: chrF++ {score:.1f} [{low:.1f}, {high:.1f}] on {n} items; {checks}").format(
                locale=r["locale"], score=chrf.get("score") or 0.0, low=chrf.get("ci_low") or 0.0,
                high=chrf.get("ci_high") or 0.0, n=r["n"], checks=checks))
        self.baseline_label.setText("\n".join(lines))
        self.baseline_label.show()

    def sign_baseline(self) -> None:
        if not self.baseline_id or not self.sign_baseline_button.isEnabled():
            return
        from ..evaluate.baseline import baseline_statement, sign_baseline_report

        evaluation_id, root, username = self.baseline_id, self.session.root, self.session.user.username
        try:
            with worker_project(root) as p:
                meaning = baseline_statement(p, evaluation_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was changed
            self.banner.show_message(str(exc), "error")
            return

        def work(password):
            with worker_project(root) as p:
                return sign_baseline_report(p, evaluation_id, username=username, password=password, meaning=meaning)

        self.dialog = SignatureDialog(
            self.ctx, title=self.tr("Sign the baseline report of {id}").format(id=evaluation_id), meaning=meaning,
            summary=self.tr("The signature covers each locale's chrF++ with its interval, the regression checks' "
                            "pass rate, fidelity and whether the base already passes every regression check."),
            work=work, parent=self.window())
        self.dialog.accepted.connect(lambda: self._baseline_signed(self.dialog.result_value))
        self.dialog.open()

    def _baseline_signed(self, report: dict) -> None:
        self.ctx.ok(self.tr("Baseline report signed by {name}.").format(name=report["signer_name"]))
        self.session.audit_changed.emit()

    def baseline_note_text(self, note: dict | None) -> str:
        """'compared against baseline evaluation … (signed by … on …)' for a run's base."""
        if not note:
            return ""
        if not note["signatures"]:
            return self.tr("The base model is compared against baseline evaluation {id} (its report is not "
                           "signed yet).").format(id=note["baseline"])
        signed = ", ".join(self.tr("{name} on {when}").format(name=s["signer_name"], when=local_time(s["signed_at"]))
                           for s in note["signatures"])
        return self.tr("The base model is compared against baseline evaluation {id} (signed by {signed}).").format(
            id=note["baseline"], signed=signed)
