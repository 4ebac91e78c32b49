"""Use cases and their scope: the list (version, in force or not, who signed, who still has
to), a new use case, a scope change (a new version, with a reason) and an owner's signature.

Every rule is the store's (store/usecases.py): who may define a scope, which owners and data
classes are valid, that a change needs every owner's signature again. The signature shows
the exact statement the store records (`scope_statement`) and passes it back as `meaning`,
so the store refuses it if the scope changed meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from ...core.errors import WorkbenchError
from ...core.locales import LOCALE_CODES
from ...core.roles import Action, Role
from ...store import usecases
from .. import icons, theme
from ..messages import window_text
from ..session import gate
from ..tasks import worker_project
from ..widgets import locale_name, muted_label, primary, title_label
from .signature import SignatureDialog


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _check_list(entries, chosen) -> QListWidget:
    """A list of (value, text, tooltip) with a check box each."""
    box = QListWidget()
    for value, text, tip in entries:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setToolTip(tip)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(130)
    return box


class ScopeEditor(QDialog):
    """A new use case, or a new version of one's scope (`current`: the use case to change)."""

    def __init__(self, ctx, current: dict | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.current = ctx, current
        self.result_value: dict | None = None
        p = ctx.session.project
        scope = current["scope"] if current else None
        self.setWindowTitle(self.tr("Change the scope of {id}").format(id=current["id"]) if current
                            else self.tr("New use case"))
        self.setMinimumWidth(600)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.id = QLineEdit(current["id"] if current else "")
        self.id.setPlaceholderText(self.tr("e.g. back-office (lower-case letters, digits, dashes)"))
        self.id.setEnabled(current is None)
        form.addRow(self.tr("Id"), self.id)
        self.name = QLineEdit(scope.name if scope else "")
        self.name.setPlaceholderText(self.tr("e.g. Back-office advisor"))
        form.addRow(self.tr("Name"), self.name)
        self.tasks = QPlainTextEdit("\n".join(scope.tasks) if scope else "")
        self.tasks.setPlaceholderText(self.tr("One task per line, e.g. answer client questions about accounts"))
        self.tasks.setMaximumHeight(80)
        form.addRow(self.tr("Tasks"), self.tasks)
        self.locales = _check_list([(c, f"{c} — {locale_name(c)}", "") for c in LOCALE_CODES],
                                   scope.locales if scope else ())
        form.addRow(self.tr("Locales"), self.locales)
        classes = usecases.data_classes(p)
        self.classes = _check_list(
            [(c.id, f"{c.label} ({c.id}) — {c.basis}", ", ".join(c.entities)) for c in classes.values()],
            scope.data_classes if scope else ())
        form.addRow(self.tr("Data classes"), self.classes)
        owners = [u for u in ctx.session.users() if Role.DOMAIN_OWNER in u.roles]
        self.owners = _check_list(
            [(u.username, f"{u.display_name} ({u.username}) — {', '.join(sorted(u.owned_locales()))}", "")
             for u in owners], scope.owners if scope else ())
        form.addRow(self.tr("Owners"), self.owners)
        self.description = QLineEdit(scope.description if scope else "")
        form.addRow(self.tr("Description"), self.description)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the scope changes: every owner signs it again"))
        if current:
            form.addRow(self.tr("Reason"), self.reason)
        lay.addLayout(form)
        lay.addWidget(muted_label(self.tr(
            "The scope is in force once every owner named has signed it. Items whose personal data falls "
            "outside the declared data classes are flagged for the owners."), wrap=True))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(f"color: {theme.current().bad}")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = primary(buttons.addButton(
            self.tr("Record the new version") if current else self.tr("Create the use case"),
            QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def fields(self) -> dict:
        return {"name": self.name.text(), "tasks": [t for t in self.tasks.toPlainText().splitlines() if t.strip()],
                "locales": _checked(self.locales), "data_classes": _checked(self.classes),
                "owners": _checked(self.owners), "description": self.description.text()}

    def set_fields(self, *, use_case: str = "", **values) -> None:
        """Fill the form (used by tests; a person types and ticks)."""
        if use_case:
            self.id.setText(use_case)
        for key, value in values.items():
            if key in ("name", "description", "reason"):
                getattr(self, key).setText(value)
            elif key == "tasks":
                self.tasks.setPlainText("\n".join(value))
            else:
                box = {"locales": self.locales, "data_classes": self.classes, "owners": self.owners}[key]
                for i in range(box.count()):
                    item = box.item(i)
                    item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in value
                                       else Qt.CheckState.Unchecked)

    def save(self) -> None:
        try:
            self.result_value = self._create() if self.current is None else self._change()
        except WorkbenchError as exc:
            self.error.setText(window_text(str(exc)))
            self.error.show()
            return
        self.accept()

    def _create(self) -> dict:
        session = self.ctx.session
        return usecases.create_use_case(session.project, self.id.text(), actor=session.user, **self.fields())

    def _change(self) -> dict:
        session = self.ctx.session
        return usecases.change_scope(session.project, self.current["id"], actor=session.user,
                                     reason=self.reason.text(), **self.fields())


class ScopeDialog(QDialog):
    """Use cases and scope… (File menu): the list, and the steps on the chosen one."""

    def __init__(self, ctx, parent=None, use_case: str | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, ctx.session
        self.cases: list[dict] = []
        self.editor = self.signature = None
        self.setWindowTitle(self.tr("Use cases and scope"))
        self.resize(900, 560)
        lay = QVBoxLayout(self)
        lay.addWidget(title_label(self.tr("Use cases and scope")))
        lay.addWidget(muted_label(self.tr(
            "Each use case trains its own adapter, on its own items, within a scope its owners signed: the tasks, "
            "the locales and the regulated data classes it may touch."), wrap=True))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Use case"), self.tr("Version"), self.tr("State"), self.tr("Signed by"),
                                   self.tr("Still to sign")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        lay.addWidget(self.list, 1)
        self.details = QLabel(wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.details)
        row = QHBoxLayout()
        self.new_button = QPushButton(icons.icon("new"), self.tr("New use case…"))
        self.new_button.clicked.connect(self.new_use_case)
        self.change_button = QPushButton(icons.icon("editor"), self.tr("Change the scope…"))
        self.change_button.clicked.connect(self.change_scope)
        self.sign_button = primary(QPushButton(icons.icon("sign", "#ffffff"), self.tr("Sign this scope…")))
        self.sign_button.clicked.connect(self.sign)
        for b in (self.new_button, self.change_button):
            row.addWidget(b)
        row.addStretch()
        row.addWidget(self.sign_button)
        lay.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.session.user_changed.connect(self._gate)   # who may sign follows who is signed in
        self.refresh(use_case)

    def refresh(self, select: str | None = None) -> None:
        select = select or self.current_id()
        self.cases = usecases.list_use_cases(self.session.project)
        self.list.clear()
        pick = None
        for uc in self.cases:
            if uc["in_force"]:
                state = self.tr("in force")
            elif uc["force_version"]:
                state = self.tr("awaiting signatures (v{v} stays in force)").format(v=uc["force_version"])
            else:
                state = self.tr("awaiting signatures")
            row = QTreeWidgetItem([f"{uc['scope'].name} ({uc['id']})", f"v{uc['version']}", state,
                                   ", ".join(uc["signed_by"]) or "—", ", ".join(uc["missing"]) or "—"])
            row.setData(0, Qt.ItemDataRole.UserRole, uc["id"])
            self.list.addTopLevelItem(row)
            if uc["id"] == select:
                pick = row
        self.list.setCurrentItem(pick or self.list.topLevelItem(0))
        self._show_current()

    def current_id(self) -> str | None:
        row = self.list.currentItem() if hasattr(self, "list") else None
        return row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None

    def current(self) -> dict | None:
        return next((uc for uc in self.cases if uc["id"] == self.current_id()), None)

    def _show_current(self) -> None:
        uc = self.current()
        if uc is None:
            self.details.setText(self.tr("No use case yet. A use case names what a fine-tune is for; create "
                                         "one, then its owners sign its scope."))
        else:
            s = uc["scope"]
            classes = usecases.data_classes(self.session.project)
            self.details.setText("\n".join([
                self.tr("Tasks: {tasks}").format(tasks="; ".join(s.tasks)),
                self.tr("Locales: {locales}").format(locales=", ".join(s.locales)),
                self.tr("Data classes: {classes}").format(classes="; ".join(
                    f"{classes[c].label} ({c}, {classes[c].basis})" if c in classes else c for c in s.data_classes)),
                self.tr("Owners: {owners}").format(owners=", ".join(s.owners))]))
        self._gate()

    def _gate(self) -> None:
        uc, user = self.current(), self.session.user
        ok, why = self.session.permission(Action.DEFINE_SCOPE)
        gate(self.new_button, ok, why, self.tr("Define a new use case and its scope"))
        change_ok, change_why = ok, why
        if ok and uc is None:
            change_ok, change_why = False, self.tr("Choose a use case first.")
        gate(self.change_button, change_ok, change_why,
             self.tr("Record a new version of this scope, with a reason; its owners sign it again"))
        if user is None:
            sign_ok, sign_why = False, self.tr("Sign in to sign a scope.")
        elif uc is None:
            sign_ok, sign_why = False, self.tr("Choose a use case first.")
        elif not usecases.user_owns(user, uc):
            sign_ok, sign_why = False, self.tr("Only the owners of this use case sign its scope: {owners}.").format(
                owners=", ".join(uc["scope"].owners))
        elif user.username in uc["signed_by"]:
            sign_ok, sign_why = False, self.tr("You signed version {v} of this scope already.").format(
                v=uc["version"])
        else:
            sign_ok, sign_why = True, ""
        gate(self.sign_button, sign_ok, sign_why, self.tr("Approve this version of the scope with your password"))

    # -- steps ----------------------------------------------------------------------------
    def new_use_case(self) -> None:
        self._edit(None)

    def change_scope(self) -> None:
        if self.current() is not None:
            self._edit(self.current())

    def _edit(self, current: dict | None) -> ScopeEditor:
        self.editor = ScopeEditor(self.ctx, current, self)
        self.editor.accepted.connect(lambda: self._recorded(self.editor.result_value))
        self.editor.open()
        return self.editor

    def _recorded(self, uc: dict) -> None:
        self.ctx.ok(self.tr("Scope v{v} of {id} recorded: its owners sign it next ({owners}).").format(
            v=uc["version"], id=uc["id"], owners=", ".join(uc["missing"])))
        self._changed(uc["id"])

    def _changed(self, select: str) -> None:
        self.refresh(select)
        self.session.scopes_changed.emit()
        self.session.audit_changed.emit()

    def sign(self) -> SignatureDialog | None:
        uc = self.current()
        if uc is None or not self.sign_button.isEnabled():
            return None
        meaning = usecases.scope_statement(self.session.project, uc["id"])
        root, username, version, uc_id = self.session.root, self.session.user.username, uc["version"], uc["id"]

        def work(password):
            with worker_project(root) as p:
                return usecases.sign_scope(p, uc_id, username=username, password=password, version=version,
                                           meaning=meaning)

        still = [o for o in uc["missing"] if o != username]
        summary = (self.tr("After your signature the scope is in force.") if not still else
                   self.tr("After your signature, still to sign: {owners}.").format(owners=", ".join(still)))
        self.signature = SignatureDialog(self.ctx, title=self.tr("Sign the scope of {name}").format(
            name=uc["scope"].name), meaning=meaning, summary=summary, work=work, parent=self)
        self.signature.accepted.connect(lambda: self._signed(self.signature.result_value))
        self.signature.open()
        return self.signature

    def _signed(self, uc: dict) -> None:
        if uc["in_force"]:
            self.ctx.ok(self.tr("Scope v{v} of {id} is in force.").format(v=uc["version"], id=uc["id"]))
        else:
            self.ctx.ok(self.tr("Signed. Still to sign scope v{v} of {id}: {owners}.").format(
                v=uc["version"], id=uc["id"], owners=", ".join(uc["missing"])))
        self._changed(uc["id"])
