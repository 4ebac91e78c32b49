"""Freezing the hold-out: its own signed step, before any training may start. Shows what
the freeze would cover now, the last frozen hold-out, and signs a new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..core.roles import Action
from ..store import snapshots
from ..store.users import duties_policy
from ..store.users import get_user
from . import icons, theme
from .dialogs.signature import SignatureDialog
from .session import gate
from .tasks import worker_project
from .widgets import local_time, muted_label, primary, title_label


def freeze_counts(project, use_case: str | None = None) -> dict[str, int]:
    return snapshots.freeze_preview(project, use_case=use_case)


def needs_use_case(session) -> str:
    """Why a snapshot or freeze must wait for a use case to be chosen ('' when it need not): in a
    project with use cases, each use case has its own training snapshots and hold-out."""
    if session.has_use_cases() and session.selected_use_case() is None:
        return QCoreApplication.translate(
            "FreezePanel", "Choose a use case at the top of the page: each use case has its own training "
                           "snapshots and hold-out.")
    return ""


def may_freeze(session, counts: dict[str, int]) -> tuple[bool, str]:
    """Whether the signed-in user may freeze (their part of) the hold-out now, and if not why."""
    ok, why = session.permission(Action.FREEZE_HOLDOUT)
    if ok and needs_use_case(session):
        ok, why = False, needs_use_case(session)
    if ok and duties_policy(session.project).enforced and not (session.user.owned_locales() & set(counts)):
        ok, why = False, QCoreApplication.translate(
            "FreezePanel", "Each locale's hold-out is frozen by that locale's owner: you own none of the "
                           "locales to freeze.")
    if ok and not counts:
        ok, why = False, QCoreApplication.translate("FreezePanel", "There are no signed-off hold-out items to "
                                                                   "freeze.")
    return ok, why


def frozen_holdouts(project, use_case: str | None = None) -> list[dict]:
    return [s for s in snapshots.list_snapshots(project, "holdout", use_case=use_case) if s["frozen"]]


def next_holdout_name(project, use_case: str | None = None) -> str:
    n = len(frozen_holdouts(project, use_case)) + 1
    return f"{use_case} hold-out v{n}" if use_case else f"hold-out v{n}"


def open_freeze_dialog(ctx, parent, name: str, on_frozen) -> SignatureDialog:
    """Ask for the password and freeze the hold-out as the signed-in user, through the store's
    create_snapshot (the same call as the command line): a first freeze, or another locale
    owner's co-signature of the same hold-out. The Review page's panel and the Training page's
    "Freeze the hold-out" button both open it."""
    session = ctx.session
    use_case = session.selected_use_case()
    meaning = snapshots.freeze_statement(session.project, session.user, name, use_case=use_case)
    root, username = session.root, session.user.username
    total = sum(freeze_counts(session.project, use_case).values())

    def work(password):
        with worker_project(root) as p:
            return snapshots.create_snapshot(p, kind="holdout", name=name, actor=get_user(p, username),
                                             password=password, meaning=meaning, use_case=use_case)

    dlg = SignatureDialog(ctx, title=QCoreApplication.translate("FreezePanel", "Freeze the hold-out"),
                          meaning=meaning,
                          summary=QCoreApplication.translate(
                              "FreezePanel", "{n} signed-off hold-out items become the fixed yardstick for "
                              "every checkpoint; they can no longer change.").format(n=total),
                          work=work, parent=parent)
    dlg.accepted.connect(lambda: on_frozen(dlg.result_value))
    dlg.open()
    return dlg


class FreezePanel(QWidget):
    frozen = Signal(dict)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.counts: dict[str, int] = {}
        self.unfrozen: list[str] = []
        self.up_to_date = False
        self._suggested = ""
        self.setObjectName("Card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 14)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(icons.pixmap("freeze", 20, theme.current().text))
        head.addWidget(icon)
        head.addWidget(title_label(self.tr("Hold-out freeze"), "SectionTitle"))
        head.addStretch()
        lay.addLayout(head)
        self.last = muted_label(wrap=True)
        lay.addWidget(self.last)
        self.now = QLabel(wordWrap=True)
        lay.addWidget(self.now)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("name, e.g. hold-out v1"))
        self.button = primary(QPushButton(icons.icon("freeze", "#ffffff"), self.tr("Freeze…")))
        self.button.clicked.connect(self.freeze)
        row.addWidget(self.name, 1)
        row.addWidget(self.button)
        lay.addLayout(row)
        self.name.textChanged.connect(lambda _: self.update_gates())
        self.session.user_changed.connect(self.update_gates)

    def refresh(self) -> None:
        p = self.session.project
        if p is None:
            return
        use_case = self.session.selected_use_case()
        self.counts = freeze_counts(p, use_case)
        frozen = frozen_holdouts(p, use_case)
        # Nothing to sign when the signed-off hold-out is exactly what was last frozen, by the
        # owners of all its locales.
        self.unfrozen = snapshots.unfrozen_locales(p, frozen[-1]) if frozen else []
        self.up_to_date = (bool(frozen) and not self._mine_to_freeze()
                           and snapshots.pending_snapshot_id(p, "holdout", use_case=use_case) == frozen[-1]["id"])
        if frozen:
            snap = frozen[-1]
            covered = snapshots.freeze_coverage(p, snap)
            who = ", ".join(f"{name} ({loc})" for loc, name in sorted(covered.items()))
            text = self.tr("Last frozen: “{name}” ({id}), {n} items, signed by {who} on {when}.")
            self.last.setText(text.format(name=snap["name"], id=snap["id"], n=snap["item_count"],
                                          who=who, when=local_time(snap["created_at"])))
            if self.unfrozen:
                self.last.setText(self.last.text() + " " + self.tr(
                    "Still to be frozen by their owners: {locales}. Training waits until they are.").format(
                    locales=", ".join(self.unfrozen)))
        else:
            self.last.setText(self.tr("The hold-out has not been frozen yet. Training cannot start "
                                      "before it is."))
        # The suggested name follows the use case chosen; a name the user typed stays.
        suggested = next_holdout_name(p, use_case)
        if not self.name.text() or self.name.text() == self._suggested:
            self.name.setText(suggested)
        self._suggested = suggested
        total = sum(self.counts.values())
        if self.up_to_date:
            self.now.setText(self.tr("The frozen hold-out is up to date: no hold-out item was signed "
                                     "off or changed since."))
        elif total:
            per = ", ".join(f"{k} {v}" for k, v in self.counts.items())
            text = self.tr("A freeze now would cover {n} signed-off items: {per}.")
            self.now.setText(text.format(n=total, per=per))
        else:
            self.now.setText(self.tr("No signed-off hold-out items yet: sign hold-out items off first."))
        self.update_gates()

    def _mine_to_freeze(self) -> bool:
        user = self.session.user
        return bool(user and set(self.unfrozen) & user.owned_locales())

    def update_gates(self) -> None:
        ok, why = may_freeze(self.session, self.counts)
        if ok and self.up_to_date:
            ok, why = False, self.tr("Nothing changed since the last freeze.")
        if ok and not self.name.text().strip():
            ok, why = False, self.tr("Give the frozen hold-out a name.")
        gate(self.button, ok, why, self.tr("Sign the hold-out as frozen for evaluation"))

    def freeze(self) -> None:
        if not self.button.isEnabled():
            return
        self.dialog = open_freeze_dialog(self.ctx, self.window(), self.name.text().strip(), self._frozen)

    def _frozen(self, snap: dict) -> None:
        self.name.clear()
        self.refresh()
        self.session.audit_changed.emit()
        self.ctx.ok(self.tr("Hold-out frozen as “{name}” ({id}, {n} items).").format(
            name=snap["name"], id=snap["id"], n=snap["item_count"]))
        self.frozen.emit(snap)
