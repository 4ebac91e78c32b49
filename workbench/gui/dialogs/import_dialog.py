"""Importing a file of items: choose it, say what it holds, import in the background.
All or nothing: a file with a bad row changes nothing, and every bad row is listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QVBoxLayout)

from ...core.errors import ImportRejected
from ...core.locales import LOCALE_CODES
from ..messages import window_text
from ..tasks import worker_project
from ..widgets import locale_name, muted_label, primary, title_label

FILE_TYPES = "Items (*.jsonl *.json *.csv *.tsv *.parquet);;All files (*)"


class ImportDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import items"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        lay.addWidget(title_label(self.tr("Import items")))
        lay.addWidget(muted_label(self.tr(
            "JSONL, CSV, TSV or Parquet with prompt and response (or reference) columns. "
            "Duplicates of existing items are skipped and reported."), wrap=True))
        form = QFormLayout()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Training pairs"), "pair")
        self.kind.addItem(self.tr("Hold-out evaluation items"), "holdout")
        self.locale = QComboBox()
        self.locale.addItem(self.tr("From the file's 'locale' column"), None)
        for code in LOCALE_CODES:
            self.locale.addItem(f"{code} — {locale_name(code)}", code)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Holds"), self.kind)
        form.addRow(self.tr("Locale"), self.locale)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        primary(buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("File to import"), "", FILE_TYPES)
        if path:
            self.path.setText(path)
            stem = Path(path).stem
            idx = self.locale.findData(stem)
            if idx >= 0:  # demo-style file names (fr-CH.jsonl) say their locale
                self.locale.setCurrentIndex(idx)

    def start(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        root, user = self.ctx.session.root, self.ctx.session.user
        kind, locale = self.kind.currentData(), self.locale.currentData()

        def work(token):
            from ...store.imports import import_file

            def progress(n):
                # Rows are all read and checked before anything is written, so stopping here
                # leaves the project exactly as it was.
                token.check()
                text = QCoreApplication.translate("ImportDialog", "Reading row {n}…")
                token.report(n, 0, text.format(n=n))

            with worker_project(root) as p:
                try:
                    return import_file(p, path, kind=kind, locale=locale, actor=user, progress=progress)
                except ImportRejected as exc:
                    return exc

        self.ctx.tasks.start(self.tr("Importing {name}…").format(name=Path(path).name), work,
                             on_done=self._done, cancellable=True)
        self.accept()

    def _done(self, result) -> None:
        if isinstance(result, ImportRejected):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was imported"),
                              window_text(str(result).split("\n")[0]), parent=self.parent())
            box.setDetailedText("\n".join(window_text(str(p)) for p in result.problems))
            box.open()
            self.ctx.error(str(result).split("\n")[0])
            return
        self.ctx.ok(result.summary())
        self.ctx.session.notify_items([])
