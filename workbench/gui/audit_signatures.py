"""The Audit page's "Signatures" view: every electronic signature of the project — who signed,
when, under which meaning, how many items, and whether it still verifies (its items against
its manifest, its digital signature against the signer's public key) — and the printable
record of them (print or PDF).

Verification is the store's (store/evidence.signature_checks, the same checks `verify`
runs over the whole project); this widget only lists and prints.
"""

from __future__ import annotations

import html
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QColor, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QSplitter, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QVBoxLayout, QWidget)

from . import theme
from .tasks import worker_project
from .widgets import local_time

COLUMNS = (QT_TRANSLATE_NOOP("Signatures", "#"), QT_TRANSLATE_NOOP("Signatures", "Signed by"),
           QT_TRANSLATE_NOOP("Signatures", "When"), QT_TRANSLATE_NOOP("Signatures", "Meaning"),
           QT_TRANSLATE_NOOP("Signatures", "Items"), QT_TRANSLATE_NOOP("Signatures", "Verification"))


def _t(text: str) -> str:
    return QCoreApplication.translate("Signatures", text)


def load_signatures(project) -> list[dict]:
    """Every signature with its items and its verification state (a task's work)."""
    from ..store.evidence import signature_checks
    from ..store.signoff import signature_entries, signatures

    checks = signature_checks(project)
    out = []
    for sig in signatures(project):
        check = checks.get(sig["id"], {"digital": False, "problems": []})
        out.append({**sig, "entries": signature_entries(project, sig["id"]), "digital": check["digital"],
                    "problems": check["problems"]})
    return out


def state_text(sig: dict) -> str:
    if sig["problems"]:
        return _t("does not verify: {problem}").format(problem=sig["problems"][0])
    if sig["digital"]:
        return _t("verified (items and digital signature)")
    return _t("verified (items; password-only, from before signing keys)")


class SignaturesPanel(QWidget):
    loaded = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict] = []
        self.loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self._detail(row))
        self.detail = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([400, 200])
        lay.addWidget(split, 1)

    def reload(self) -> None:
        root = self.ctx.session.root
        if root is None:
            return
        self.loading = True

        def work(token):
            with worker_project(root) as p:
                return load_signatures(p)

        self.ctx.tasks.start(_t("Checking every signature…"), work, on_done=self._show)

    def _show(self, rows: list[dict]) -> None:
        self.rows = rows
        c = theme.current()
        self.table.setRowCount(len(rows))
        for r, sig in enumerate(rows):
            cells = (str(sig["id"]), sig["signer_name"] or sig["signer"], local_time(sig["signed_at"], seconds=True),
                     sig["meaning"], str(sig["item_count"]), state_text(sig))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 5:
                    item.setForeground(QBrush(QColor(c.bad if sig["problems"] else c.good)))
                self.table.setItem(r, col, item)
        self.loading = False
        self.loaded.emit(len(rows))
        if rows:
            self.table.selectRow(0)

    def _detail(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            self.detail.clear()
            return
        self.detail.setHtml(self.signature_html(self.rows[row], items=True))

    def signature_html(self, sig: dict, *, items: bool) -> str:
        c = theme.current()
        colour = c.bad if sig["problems"] else c.good
        covered = _t("{n} item revision(s), manifest {hash}…").format(n=sig["item_count"],
                                                                     hash=sig["manifest_hash"][:16])
        text = (f"<p><b>{html.escape(sig['signer_name'] or sig['signer'])}</b> ({html.escape(sig['signer'])}) · "
                f"{local_time(sig['signed_at'], seconds=True)}</p>"
                f"<p>{html.escape(_t('Meaning'))}: “{html.escape(sig['meaning'])}”</p>"
                f"<p>{html.escape(covered)}</p><p style='color:{colour}'>{html.escape(state_text(sig))}</p>")
        if items:
            shown = ", ".join(_t("item {id} rev {rev}").format(id=i, rev=r) for i, r, _ in sig["entries"][:200])
            more = _t(" … and {n} more").format(n=len(sig["entries"]) - 200) if len(sig["entries"]) > 200 else ""
            text += f"<p style='color:{c.muted}'>{html.escape(shown + more)}</p>"
        return text

    def record_html(self, project_name: str, log_sentences: list[str] = ()) -> str:
        """The printable record: every signature, then (optionally) the log lines shown."""
        title = _t("Signatures of {project}").format(project=project_name)
        now = local_time(datetime.now(timezone.utc).isoformat())
        printed = _t("{n} signature(s); printed {when}.").format(n=len(self.rows), when=now)
        parts = [f"<h2>{html.escape(title)}</h2>", f"<p>{html.escape(printed)}</p>"]
        for sig in self.rows:
            head = _t("Signature {id}").format(id=sig["id"])
            parts.append(f"<h3>{html.escape(head)}</h3>" + self.signature_html(sig, items=False))
        if log_sentences:
            parts.append(f"<h2>{html.escape(_t('Audit trail (as filtered)'))}</h2><ul>"
                         + "".join(f"<li>{html.escape(s)}</li>" for s in log_sentences) + "</ul>")
        return "".join(parts)

    def print_pdf(self, path: str, project_name: str, log_sentences: list[str] = ()) -> str:
        """Write the record as a PDF (QPrinter's PDF output: no printer needed)."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        doc = QTextDocument()
        doc.setHtml(self.record_html(project_name, log_sentences))
        doc.print_(printer)
        return path
