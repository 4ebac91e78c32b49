"""The e-signature dialog: who signs, what the signature means (verbatim, as it will be
stored), what it covers, and the password re-entered. The signing itself runs in the
background; a wrong password keeps the dialog open and signs nothing."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from .. import icons, theme
from ..messages import window_text
from ..widgets import muted_label, primary, title_label


class SignatureDialog(QDialog):
    def __init__(self, ctx, *, title: str, meaning: str, summary: str,
                 work: Callable[[str], Any], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.work = work
        self.result_value = None
        self.setWindowTitle(self.tr("Electronic signature"))
        self.setMinimumWidth(560)
        user = ctx.session.user
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        top = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icons.pixmap("sign", 36, theme.current().accent))
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        heads = QVBoxLayout()
        heads.addWidget(title_label(title))
        heads.addWidget(muted_label(self.tr("Signing as {name} ({user})").format(
            name=user.display_name, user=user.username)))
        top.addLayout(heads, 1)
        lay.addLayout(top)
        lay.addWidget(QLabel(self.tr("By signing you state:")))
        # The meaning is shown exactly as stored; it is not translated, because the record
        # must say what the signer saw.
        self.meaning = QLabel(f"“{meaning}”")
        self.meaning.setObjectName("Meaning")
        self.meaning.setWordWrap(True)
        self.meaning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.meaning)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        lay.addWidget(muted_label(self.tr(
            "The signature records your name, the date and time (UTC), the statement above and "
            "a hash of exactly these revisions. Editing an item later voids its sign-off."), wrap=True))
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Password")))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Re-enter your password to sign"))
        form.addWidget(self.password, 1)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.current().bad}")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.sign_button = primary(self.buttons.addButton(self.tr("Sign"),
                                                          QDialogButtonBox.ButtonRole.AcceptRole))
        self.sign_button.setIcon(icons.icon("sign", "#ffffff"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.password.textChanged.connect(lambda t: self.sign_button.setEnabled(bool(t)))
        self.sign_button.setEnabled(False)
        self.password.setFocus()

    def sign(self) -> None:
        password = self.password.text()
        if not password:
            return
        self._busy(True)
        self.ctx.tasks.start(self.tr("Signing…"), lambda token: self.work(password),
                             on_done=self._done, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.sign_button.setEnabled(not busy and bool(self.password.text()))
        self.sign_button.setText(self.tr("Signing…") if busy else self.tr("Sign"))

    def _done(self, result) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.password.clear()
        self.password.setFocus()
        self.error.setText(window_text(message))
        self.error.show()
