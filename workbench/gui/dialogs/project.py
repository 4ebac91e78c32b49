"""Creating a project: a folder, a name, and its first user (an administrator), since a
project nobody can sign in to could never have anything signed off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout)

from ...core.errors import WorkbenchError
from .. import theme
from ..widgets import muted_label, primary, title_label


class NewProjectDialog(QDialog):
    def __init__(self, ctx, parent=None, folder: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New project"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        lay.addWidget(title_label(self.tr("New project")))
        lay.addWidget(muted_label(self.tr(
            "A project is one folder with one database file. Everything in it — items, "
            "signatures, runs, the audit trail — stays on this machine."), wrap=True))
        form = QFormLayout()
        self.folder = QLineEdit(folder)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.name = QLineEdit(placeholderText=self.tr("e.g. Back office — claims"))
        self.admin = QLineEdit("admin")
        self.admin_name = QLineEdit(placeholderText=self.tr("your full name"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("Administrator"), self.admin)
        form.addRow(self.tr("Full name"), self.admin_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.confirm)
        lay.addLayout(form)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(f"color: {theme.current().bad}")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        primary(buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new project"))
        if folder:
            self.folder.setText(folder)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def create(self) -> None:
        if not self.folder.text().strip():
            return self._fail(self.tr("Choose a folder for the project."))
        if self.password.text() != self.confirm.text():
            return self._fail(self.tr("The two passwords differ: type them again."))
        try:
            self.ctx.session.create_project(
                Path(self.folder.text().strip()), name=self.name.text().strip(),
                admin_username=self.admin.text().strip(),
                admin_name=self.admin_name.text().strip() or self.admin.text().strip(),
                password=self.password.text())
            self.ctx.session.sign_in(self.admin.text().strip(), self.password.text())
        except WorkbenchError as exc:
            return self._fail(str(exc))
        self.accept()
