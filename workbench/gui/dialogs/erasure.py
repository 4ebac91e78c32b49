"""Erase original texts on a data-protection request (admins). The dialog says how many
revisions of how many items the request covers before anything happens, then asks for the
admin's e-signature; store/erasure.py does the erasing (the same call as the command line)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QButtonGroup, QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QLabel,
                               QLineEdit, QRadioButton, QVBoxLayout)

from ...core.errors import WorkbenchError
from ...store.erasure import erasable, erase_originals, erasure_meaning
from ..tasks import worker_project
from ..widgets import muted_label, title_label
from .signature import SignatureDialog


class ErasureDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_value = None
        self.setWindowTitle(self.tr("Erase original texts"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        lay.addWidget(title_label(self.tr("Erase original texts")))
        lay.addWidget(muted_label(self.tr(
            "For a data-protection request: the texts of revisions that are not de-identified (imports, "
            "edits, drafts, texts in which personal data was found later) are blanked. De-identified "
            "revisions, every hash, signature and snapshot, and the audit trail stay and still verify. "
            "This cannot be undone."), wrap=True))
        grid = QGridLayout()
        self.by_item = QRadioButton(self.tr("Of these items"))
        self.by_date = QRadioButton(self.tr("Written before"))
        group = QButtonGroup(self)
        for b in (self.by_item, self.by_date):
            group.addButton(b)
        self.by_item.setChecked(True)
        self.ids = QLineEdit(placeholderText=self.tr("item numbers, e.g. 12, 48"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        grid.addWidget(self.by_item, 0, 0)
        grid.addWidget(self.ids, 0, 1)
        grid.addWidget(self.by_date, 1, 0)
        grid.addWidget(self.date, 1, 1)
        lay.addLayout(grid)
        self.count = QLabel()
        self.count.setWordWrap(True)
        lay.addWidget(self.count)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        for signal in (self.ids.textChanged, self.date.dateChanged, self.by_item.toggled):
            signal.connect(self.recount)
        self.targets: list = []
        self.recount()

    def scope(self) -> dict:
        if self.by_date.isChecked():
            return {"before": self.date.date().toString("yyyy-MM-dd")}
        parts = [p for p in self.ids.text().replace(";", ",").replace(" ", ",").split(",") if p.strip()]
        if not parts or not all(p.strip().isdigit() for p in parts):
            raise WorkbenchError(self.tr("Give the numbers of the items, separated by commas."))
        return {"item_ids": [int(p) for p in parts]}

    def recount(self, *_) -> None:
        try:
            self.targets = erasable(self.ctx.session.project, **self.scope())
        except WorkbenchError as exc:
            self.targets = []
            self.count.setText(str(exc))
        else:
            items = len({t[0] for t in self.targets})
            self.count.setText(self.tr("{n} revision(s) of {items} item(s) would be erased.").format(
                n=len(self.targets), items=items))
        self.erase_button.setEnabled(bool(self.targets))

    def confirm(self) -> None:
        if not self.targets:
            return
        scope, root, username = self.scope(), self.ctx.session.root, self.ctx.session.user.username

        def work(password):
            with worker_project(root) as p:
                return erase_originals(p, username=username, password=password, **scope)

        items = len({t[0] for t in self.targets})
        self.signature = SignatureDialog(
            self.ctx, title=self.tr("Erase {n} original text(s)").format(n=len(self.targets)),
            meaning=erasure_meaning(len(self.targets)),
            summary=self.tr("{n} revision(s) of {items} item(s) are blanked; items whose current text is "
                            "erased are rejected.").format(n=len(self.targets), items=items),
            work=work, parent=self)
        self.signature.accepted.connect(self._erased)
        self.signature.open()

    def _erased(self) -> None:
        self.result_value = self.signature.result_value
        done = self.result_value
        self.ctx.ok(self.tr("Erased {n} revision(s) of {items} item(s); the record still verifies.").format(
            n=done["revisions"], items=len(done["items"])))
        if not done["purged"]:
            self.ctx.error(self.tr("The texts are erased from the project, but another program has its file open, "
                                   "so the old text can still be read from unused parts of the file until the "
                                   "next erasure compacts it. Close the project in every other window and "
                                   "program before the next erasure."))
        self.ctx.session.notify_items([])
        self.accept()
