"""The Dashboard's Export report…: the HTML report of the run shown and its PDF beside it
(evaluate/report.py writes them, off the GUI thread). A mixin of views/dashboard_view.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from .dashboard_data import export_report_files
from .tasks import worker_project


class ReportActions:
    def export_report(self, path: Path | str | None = None) -> None:
        """Write the HTML report and its PDF beside it (asks where, unless `path` is given)."""
        if not self.export_button.isEnabled():
            return
        run_id, label = self.data.run_id, self.selected_checkpoint()
        if path is None:
            suggested = str(Path.home() / f"evaluation-{run_id}.html")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the evaluation report"), suggested,
                                                  self.tr("HTML report (*.html)"))
            if not path:
                return
        root, user = self.session.root, self.session.user

        def work(token):
            with worker_project(root) as p:
                return export_report_files(p, run_id, path, checkpoint=label, actor=user)

        def done(result):
            self.last_export = result
            if result.get("pdf"):
                text = self.tr("Report written to {html} and {pdf}.").format(html=result["html"], pdf=result["pdf"])
            else:
                text = self.tr("Report written to {html}; no PDF: {why}").format(
                    html=result["html"], why=result.get("pdf_error", ""))
            self.ctx.ok(text)
            self.session.audit_changed.emit()  # the export is itself on the record

        self.ctx.tasks.start(self.tr("Writing the evaluation report…"), work, on_done=done)
