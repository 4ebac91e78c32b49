"""Audit: the hash-chained log, each entry a sentence with its change as a readable table,
filters by person, action, object, locale and date; the Signatures view (every signature,
its meaning, items and verification); Verify, which says plainly whether the chain is intact
or where it breaks; print/PDF of the record, and an export an auditor can check without the app."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QStackedWidget,
                               QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from ...core.roles import Action
from ...store import audit
from ...store.evidence import verify_evidence
from ...store.users import list_users
from .. import icons, theme
from ..audit_model import AuditModel
from ..audit_signatures import SignaturesPanel
from ..audit_text import diff_html, sentence
from ..session import gate
from ..tasks import worker_project
from ..widgets import Banner, EmptyState, local_time, locale_name, muted_label, title_label
from . import ViewSpec
from .base import View


class AuditView(View):
    key = "audit"

    def __init__(self, ctx):
        super().__init__(ctx)
        self.model = AuditModel(self.session, ctx.tasks, self)
        self.report = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 12)
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Audit trail")))
        head.addStretch()
        self.verify_button = QPushButton(icons.icon("verify"), self.tr("Verify chain"))
        self.export_button = QPushButton(icons.icon("export"), self.tr("Export package…"))
        self.print_button = QPushButton(icons.icon("save"), self.tr("Print / PDF…"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(lambda: self.print_record())
        head.addWidget(self.verify_button)
        head.addWidget(self.print_button)
        head.addWidget(self.export_button)
        lay.addLayout(head)
        lay.addWidget(muted_label(self.tr(
            "Every change to this project, in order. Each entry's hash covers the one before it, "
            "so editing, deleting or reordering any entry breaks the chain from there on."), wrap=True))

        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.denied = EmptyState("lock", self.tr("The audit trail is not open to you"), "")
        self.stack.addWidget(self.denied)
        self.tabs = QTabWidget()
        self.stack.addWidget(self.tabs)
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 6, 0, 0)
        self.tabs.addTab(page, self.tr("Log"))
        self.signatures = SignaturesPanel(ctx)
        self.tabs.addTab(self.signatures, self.tr("Signatures"))
        self.tabs.currentChanged.connect(lambda i: self.signatures.reload() if i == 1 and self._allowed() else None)

        bar = QHBoxLayout()
        self.actor = QComboBox()
        self.action = QComboBox(editable=True)
        self.action.lineEdit().setPlaceholderText(self.tr("All actions (items.* for a prefix)"))
        self.object_type = QComboBox()
        self.locale = QComboBox()
        for combo in (self.actor, self.action, self.object_type, self.locale):
            combo.setMinimumWidth(150)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
            bar.addWidget(combo, 1)
        self.action.lineEdit().editingFinished.connect(self.apply_filters)
        pl.addLayout(bar)
        bar = QHBoxLayout()
        self.since, self.until = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for label, edit in ((self.tr("From"), self.since), (self.tr("To"), self.until)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setSpecialValueText(self.tr("any day"))  # shown at the minimum: no limit
            edit.setDate(edit.minimumDate())
            edit.dateChanged.connect(lambda _: self.apply_filters())
            bar.addWidget(QLabel(label))
            bar.addWidget(edit)
        self.expect = QLineEdit(placeholderText=self.tr("Recorded head hash (optional)"))
        self.expect.setToolTip(self.tr(
            "Paste a head hash recorded earlier (shown after each verification): verification then also "
            "proves that no entries were cut off the end since."))
        bar.addWidget(self.expect, 1)
        self.count = muted_label()
        bar.addWidget(self.count)
        pl.addLayout(bar)
        self.banner = Banner()
        self.banner.action.connect(self._show_bad)
        pl.addWidget(self.banner)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Narrow technical columns: the sentence (last, stretched) is what a reader reads.
        for col, width in enumerate((56, 150, 70, 110, 120)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._detail(cur.row()))
        self.detail = QTextBrowser()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.table)
        self.split.addWidget(self.detail)
        self.split.setSizes([860, 400])
        pl.addWidget(self.split, 1)

        self.model.loaded.connect(self._loaded)
        self.session.project_changed.connect(self._project_changed)
        self.session.user_changed.connect(self._gate)
        self.session.user_changed.connect(self.banner.hide)  # a verdict shown to someone else
        self.session.audit_changed.connect(lambda: self.model.reload() if self._allowed() else None)
        self._project_changed()

    def _allowed(self) -> bool:
        return self.session.permission(Action.READ_AUDIT)[0]

    def activated(self, **_) -> None:
        # Reading the trail is itself on the record (access logging), once per visit.
        if self._allowed():
            audit.note_reading(self.session.project, self.session.user, "audit page")
            self.session.audit_changed.emit()  # the reading is an entry too: show it

    def _gate(self) -> None:
        ok, why = self.session.permission(Action.READ_AUDIT)
        self.denied.set_text(self.tr("The audit trail is not open to you"), why)
        self.stack.setCurrentIndex(1 if ok else 0)
        gate(self.verify_button, ok, why, self.tr("Recompute every hash of the chain"))
        gate(self.print_button, ok, why, self.tr("Every signature, and the log lines shown, as a PDF"))
        gate(self.export_button, ok, why, self.tr(
            "Write the audit package: log, verification, signatures, snapshots and runs in one zip"))
        if ok:
            self.model.reload()

    def _project_changed(self) -> None:
        self.banner.hide()
        self.report = None
        self.model.bad_seq = None
        p = self.session.project
        self.locale.blockSignals(True)
        self.locale.clear()
        self.locale.addItem(self.tr("All locales"), None)
        from ...core.locales import LOCALE_CODES

        for code in LOCALE_CODES:
            self.locale.addItem(f"{code} — {locale_name(code)}", code)
        self.locale.blockSignals(False)
        for combo, column, everything in ((self.actor, "actor", self.tr("Everyone")),
                                          (self.object_type, "object_type", self.tr("All objects")),
                                          (self.action, "action", "")):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            if p is not None:
                names = {u.username: u.display_name for u in list_users(p)} if column == "actor" else {}
                for value in audit.distinct_values(p, column):
                    combo.addItem(f"{names[value]} ({value})" if names.get(value) else value, value)
            combo.blockSignals(False)
        self._gate()

    def apply_filters(self) -> None:
        action = self.action.currentText().strip() or None
        self.model.set_filters(action=action, actor=self.actor.currentData(),
                               object_type=self.object_type.currentData(), locale=self.locale.currentData(),
                               since=self._day(self.since), until=self._day(self.until, end=True))

    @staticmethod
    def _day(edit: QDateEdit, end: bool = False) -> str | None:
        """The local day's start (or, for `end`, the next day's) as the stored UTC time."""
        from datetime import datetime, time, timedelta, timezone

        if edit.date() == edit.minimumDate():
            return None
        day = datetime.combine(edit.date().toPython(), time()) + (timedelta(days=1) if end else timedelta())
        return day.astimezone().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("%n entries", "", total))
        if total and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _detail(self, row: int) -> None:
        e = self.model.entry_at(row)
        if e is None:
            self.detail.clear()
            return
        c = theme.current()
        self.detail.setHtml(
            f"<p style='font-size:12pt; font-weight:600'>{html.escape(sentence(e, self.model.names))}</p>"
            f"<p style='color:{c.muted}'>#{e['seq']} · {local_time(e['ts'], seconds=True)} · "
            f"{html.escape(e['action'])} · {html.escape(e['object_type'])} {html.escape(e['object_id'])}</p>"
            + diff_html(e["before"], e["after"], c)
            + f"<p style='color:{c.muted}; font-family:monospace; font-size:8pt'>"
              f"{self.tr('hash')} {e['hash']}<br>{self.tr('previous')} {e['prev_hash']}</p>")

    # -- verify and export ----------------------------------------------------------------
    def verify(self) -> None:
        if not self.verify_button.isEnabled():
            return
        root, expect = self.session.root, self.expect.text().strip() or None
        self.verify_button.setEnabled(False)

        def work(token):
            with worker_project(root) as p:
                return verify_evidence(p, expect_head=expect)

        self.ctx.tasks.start(self.tr("Verifying the audit chain, signatures and hashes…"), work,
                             on_done=self._verified, on_error=self._verify_failed)

    def _verify_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.banner.show_message(message, "error")

    def _verified(self, report) -> None:
        self.verify_button.setEnabled(True)
        self.report = report
        if report.ok:
            self.model.bad_seq = None
            self.banner.show_message(self.tr(
                "<b>Intact.</b> All {n} entries check out; head {head}…; {revs} revisions re-hashed, "
                "{sigs} signatures ({digital} digitally signed, {old} password-only from before keys).").format(
                n=f"{report.entries:,}", head=report.head[:16], revs=f"{report.revisions:,}",
                sigs=report.signatures, digital=report.digitally_signed, old=report.password_only), "ok")
        else:
            self.model.bad_seq = report.first_bad_seq
            where = ""
            if report.first_bad_seq:
                where = self.tr(" at entry {seq}").format(seq=report.first_bad_seq)
            self.banner.show_message(self.tr(
                "<b>Broken{where}.</b> {problem}. Entries from there on cannot be trusted: "
                "keep this project as evidence and restore from a backup.").format(
                where=where, problem=html.escape(report.first_problem or "")), "error",
                self.tr("Show entry") if report.first_bad_seq else "")
        self.model.layoutChanged.emit()

    def _show_bad(self) -> None:
        if self.report is None or not self.report.first_bad_seq:
            return
        row = self.model.ensure_seq_loaded(self.report.first_bad_seq)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def export(self, path: str | None = None) -> None:
        """The audit package: one zip (log, verification, signatures, snapshots, runs, an
        HTML summary, SHA256SUMS) a compliance officer can check without the application."""
        if not self.export_button.isEnabled():
            return
        if path is None:
            suggested = str(Path.home() / f"audit-{self.session.root.name}.zip")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit package"), suggested,
                                                  self.tr("Zip archive (*.zip)"))
        if not path:
            return
        root, user = self.session.root, self.session.user

        def work(token):
            from ...evaluate.report import write_audit_package

            with worker_project(root) as p:
                # The save dialog has already asked before replacing an existing file.
                return write_audit_package(p, path, actor=user, force=True)

        def done(result):
            state = self.tr("intact") if result["verification"]["ok"] else self.tr("BROKEN")
            self.ctx.ok(self.tr("Audit package written to {path} (chain {state}, SHA-256 {sha}…).").format(
                path=result["path"], state=state, sha=result["sha256"][:12]))
            self.session.audit_changed.emit()  # the export is itself on the record

        self.ctx.tasks.start(self.tr("Exporting the audit package…"), work, on_done=done)

    def print_record(self, path: str | None = None) -> str | None:
        """The signatures and the log lines shown, as a PDF a compliance officer can file."""
        if not self.print_button.isEnabled():
            return None
        if path is None:
            suggested = str(Path.home() / f"signatures-{self.session.root.name}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the sign-off record"), suggested,
                                                  self.tr("PDF document (*.pdf)"))
        if not path:
            return None
        if not self.signatures.rows:
            from ..audit_signatures import load_signatures

            self.signatures._show(load_signatures(self.session.project))
        lines = [f"{local_time(e['ts'])} — {sentence(e, self.model.names)}"
                 for e in (self.model.entry_at(r) for r in range(self.model.rowCount()))]
        self.signatures.print_pdf(path, self.session.project_name(), lines)
        self.ctx.ok(self.tr("The sign-off record was written to {path}.").format(path=path))
        return path

    def busy(self) -> bool:
        return self.model.loading or self.signatures.loading

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("views/audit/split", self.split.saveState())

    def restore_state(self, settings: QSettings) -> None:
        if settings.value("views/audit/split"):
            self.split.restoreState(settings.value("views/audit/split"))


VIEW = ViewSpec("audit", QT_TRANSLATE_NOOP("Views", "Audit"), "audit", 60, AuditView, "Ctrl+6")
