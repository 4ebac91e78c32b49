"""Signing in: pick who you are, type the password. Browsing without signing in is allowed
(read only), so a visitor can look before anyone hands out an account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout)

from ...core.errors import WorkbenchError
from .. import icons, theme
from ..session import describe_roles
from ..widgets import muted_label, primary, title_label


class LoginDialog(QDialog):
    def __init__(self, ctx, parent=None, last_user: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        logo = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        logo.setPixmap(icons.pixmap("app", 56))
        lay.addWidget(logo)
        name = title_label(ctx.session.project_name())
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(name)
        where = muted_label(str(ctx.session.root or ""))
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(where)
        form = QFormLayout()
        self.user = QComboBox()
        for u in ctx.session.users():
            self.user.addItem(f"{u.display_name} — {describe_roles(u)}", u.username)
        idx = self.user.findData(last_user)
        if idx >= 0:
            self.user.setCurrentIndex(idx)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        lay.addLayout(form)
        if ctx.session.demo:
            hint = self.tr("Demo project: every account's password is “demo”.")
            lay.addWidget(muted_label(hint, wrap=True))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(f"color: {theme.current().bad}")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.sign_in_button = primary(buttons.addButton(self.tr("Sign in"), role.AcceptRole))
        self.browse_button = buttons.addButton(self.tr("Browse read-only"), role.RejectRole)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.password.setFocus()

    def username(self) -> str:
        return self.user.currentData() or ""

    def sign_in(self) -> None:
        try:
            self.ctx.session.sign_in(self.username(), self.password.text())
        except WorkbenchError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
