"""The dashboard's decision: the chosen checkpoint's go/no-go, signed with an e-signature.

A mixin of DashboardView (it reads the page's data, selected checkpoint and panel), so its
texts keep the page's translation context. The decision dialog asks what and why; the
signature dialog re-authenticates and records it, with its audit entry, in a worker.
"""

from __future__ import annotations

from .dashboard_panels import verdict_text
from .dialogs.decision import DecisionDialog
from .dialogs.signature import SignatureDialog
from .tasks import worker_project


class DecisionActions:
    """Record decision → DecisionDialog → SignatureDialog → evaluate.decision.decide."""

    def record_decision(self) -> None:
        if not self.panel.record_button.isEnabled():
            return
        a, label = self.data.assessment, self.selected_checkpoint()
        verdict = a.recommendation.verdict_for(label)
        self.decision_dialog = DecisionDialog(run_id=a.run["id"], checkpoint=label, verdict=verdict,
                                              parent=self.window())
        self.decision_dialog.accepted.connect(lambda: self._sign_decision(self.decision_dialog, verdict))
        self.decision_dialog.open()

    def _sign_decision(self, chosen: DecisionDialog, verdict) -> None:
        from ..evaluate.decision import decide

        run_id, label = chosen.run_id, chosen.checkpoint
        decision, rationale, meaning = chosen.decision(), chosen.rationale_text(), chosen.meaning()
        root, username = self.session.root, self.session.user.username

        def work(password):
            with worker_project(root) as p:
                return decide(p, run_id, username=username, password=password, decision=decision,
                              checkpoint=label, rationale=rationale, meaning=meaning)

        summary = self.tr("The signature covers the policy in force, every locale's verdict with its numbers "
                          "and the evaluations of the base and {checkpoint}.").format(checkpoint=label)
        if chosen.overrules():
            summary += " " + self.tr("Your rationale: “{text}”").format(text=rationale)
        self.dialog = SignatureDialog(self.ctx, title=self.tr("Sign the decision: {decision} for {checkpoint}")
                                      .format(decision=verdict_text(decision), checkpoint=label),
                                      meaning=meaning, summary=summary, work=work, parent=self.window())
        self.dialog.accepted.connect(lambda: self._decided(self.dialog.result_value))
        self.dialog.open()

    def _decided(self, d: dict) -> None:
        self.ctx.ok(self.tr("Decision recorded: {decision} for {checkpoint}, signed by {name}.").format(
            decision=verdict_text(d["decision"]), checkpoint=d["checkpoint"], name=d["signer_name"]))
        self.session.audit_changed.emit()  # the decision is on the audit trail
        self.refresh()
