"""The left column: the product mark, the pages, and who is signed in."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QToolButton, QVBoxLayout)

from . import icons, theme
from .session import describe_roles


class Sidebar(QFrame):
    picked = Signal(str)
    account = Signal()  # sign in or out

    def __init__(self, ctx, specs, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.specs = specs
        self.setObjectName("Sidebar")
        self.setFixedWidth(236)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 16, 0, 12)
        brand = QHBoxLayout()
        brand.setContentsMargins(16, 0, 12, 0)
        self.logo = QLabel()
        self.logo.setPixmap(icons.pixmap("app", 30))
        names = QVBoxLayout()
        names.setSpacing(0)
        title = QLabel("Apertus Workbench")
        title.setObjectName("BrandName")
        self.project = QLabel()
        self.project.setProperty("muted", True)
        self.project.setMaximumWidth(170)
        names.addWidget(title)
        names.addWidget(self.project)
        brand.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        brand.addLayout(names, 1)
        lay.addLayout(brand)
        lay.addSpacing(14)
        self.list = QListWidget()
        self.list.setIconSize(QSize(20, 20))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for spec in specs:
            item = QListWidgetItem(spec.display_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if spec.shortcut:
                item.setToolTip(f"{spec.display_title()} ({spec.shortcut})")
            self.list.addItem(item)
        self.list.currentItemChanged.connect(
            lambda cur, _: cur is not None and self.picked.emit(cur.data(Qt.ItemDataRole.UserRole)))
        lay.addWidget(self.list, 1)
        user_row = QHBoxLayout()
        user_row.setContentsMargins(16, 8, 10, 0)
        self.avatar = QLabel()
        self.user = QLabel(wordWrap=True)
        self.account_button = QToolButton()
        self.account_button.setIconSize(QSize(18, 18))
        self.account_button.clicked.connect(self.account)
        user_row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        user_row.addWidget(self.user, 1)
        user_row.addWidget(self.account_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(user_row)
        ctx.session.user_changed.connect(self.refresh)
        ctx.session.project_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.ctx.session
        c = theme.current()
        name = s.project_name() if s.project else self.tr("No project open")
        self.project.setText(self.project.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, 168))
        self.project.setToolTip(f"{name}\n{s.root}" if s.project else "")
        for n, spec in enumerate(self.specs):
            item = self.list.item(n)
            item.setIcon(icons.icon(spec.icon))
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags if s.project else Qt.ItemFlag.NoItemFlags)
        self.avatar.setPixmap(icons.pixmap("user", 22, c.muted))
        if s.user:
            self.user.setText(f"<b>{s.user.display_name}</b><br>"
                              f"<span style='color:{c.muted}'>{describe_roles(s.user)}</span>")
            self.account_button.setIcon(icons.icon("signout"))
            self.account_button.setToolTip(self.tr("Sign out"))
        else:
            self.user.setText(f"<span style='color:{c.muted}'>" + self.tr("Not signed in — read only")
                              + "</span>")
            self.account_button.setIcon(icons.icon("user"))
            self.account_button.setToolTip(self.tr("Sign in"))
        self.account_button.setEnabled(s.project is not None)

    def select(self, key: str) -> None:
        for n, spec in enumerate(self.specs):
            if spec.key == key:
                self.list.blockSignals(True)
                self.list.setCurrentRow(n)
                self.list.blockSignals(False)
