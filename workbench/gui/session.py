"""Who is signed in to which project, what they may do, and the signals views observe.

Views never keep a project or user of their own: they read them from the session and
refresh on its signals, like napari's layers observe a model.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP, Signal

from ..core.roles import PERMISSIONS, Action, Role, User, may
from ..store import Project, init_project, open_project
from ..store import users as store_users

# Action and role names as the interface says them (the core keeps English identifiers).
ACTION_NAMES = {
    Action.EDIT_ITEMS: QT_TRANSLATE_NOOP("Permissions", "edit items"),
    Action.REVIEW_DEID: QT_TRANSLATE_NOOP("Permissions", "review items and personal data"),
    Action.SIGN_OFF: QT_TRANSLATE_NOOP("Permissions", "sign off items"),
    Action.FREEZE_HOLDOUT: QT_TRANSLATE_NOOP("Permissions", "freeze the hold-out"),
    Action.SNAPSHOT: QT_TRANSLATE_NOOP("Permissions", "create training snapshots"),
    Action.TRAIN: QT_TRANSLATE_NOOP("Permissions", "launch training runs"),
    Action.EVALUATE: QT_TRANSLATE_NOOP("Permissions", "run evaluations"),
    Action.DECIDE: QT_TRANSLATE_NOOP("Permissions", "record go/no-go decisions"),
    Action.READ_AUDIT: QT_TRANSLATE_NOOP("Permissions", "read the audit trail"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "manage users"),
    Action.HANDOFF: QT_TRANSLATE_NOOP("Permissions", "hand a checkpoint off to serving"),
    Action.ERASE: QT_TRANSLATE_NOOP("Permissions", "erase original texts"),
    Action.DEFINE_SCOPE: QT_TRANSLATE_NOOP("Permissions", "define use cases and their scope"),
}
ROLE_NAMES = {
    Role.ANNOTATOR: QT_TRANSLATE_NOOP("Permissions", "annotator"),
    Role.DOMAIN_OWNER: QT_TRANSLATE_NOOP("Permissions", "domain owner"),
    Role.ENGINEER: QT_TRANSLATE_NOOP("Permissions", "engineer"),
    Role.COMPLIANCE: QT_TRANSLATE_NOOP("Permissions", "compliance officer"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Permissions", "administrator"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Permissions", text)


translate = QCoreApplication.translate


def describe_roles(user: User) -> str:
    parts = []
    for g in user.grants:
        name = _t(ROLE_NAMES[g.role])
        parts.append(f"{name} ({g.locale})" if g.locale else name)
    return ", ".join(parts) or translate("Permissions", "no role")


class Session(QObject):
    project_changed = Signal()
    user_changed = Signal()
    #: Items whose content or status changed ([] = many or unknown: reload).
    items_changed = Signal(list)
    audit_changed = Signal()
    #: The use case the Data, Review, Training and Dashboard pages show (see `use_case`).
    use_case_changed = Signal()
    #: A use case was created, its scope changed or signed (dialogs/scope.py).
    scopes_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.project: Project | None = None
        self.user: User | None = None
        self.demo = False
        #: None: every use case; a use case's id; or store.items.NO_USE_CASE (items of none).
        self.use_case: str | None = None

    # -- project --------------------------------------------------------------------------
    @property
    def root(self) -> Path | None:
        return self.project.root if self.project else None

    def open_project(self, root: Path | str, *, demo: bool = False) -> Project:
        project = open_project(root)
        self._set_project(project, demo)
        return project

    def create_project(self, root: Path | str, *, name: str, admin_username: str,
                       admin_name: str, password: str) -> Project:
        """A new project with its first user, an admin (a project nobody can sign in to
        could never sign anything off)."""
        project = init_project(root, name=name or None)
        try:
            store_users.create_user(project, admin_username, password,
                                    display_name=admin_name, roles=["admin"])
        except Exception:
            project.close()
            raise
        self._set_project(project, False)
        return project

    def _set_project(self, project: Project, demo: bool) -> None:
        if self.project is not None:
            self.project.close()
        self.project, self.user, self.demo = project, None, demo
        self.use_case = None
        self.project_changed.emit()
        self.user_changed.emit()

    def close_project(self) -> None:
        if self.project is not None:
            self.project.close()
        self.project, self.user = None, None
        self.use_case = None
        self.project_changed.emit()
        self.user_changed.emit()

    def project_name(self) -> str:
        if self.project is None:
            return ""
        from ..store.settings import get_value

        return get_value(self.project, "project_name", self.project.root.name)

    # -- use case -------------------------------------------------------------------------
    def set_use_case(self, use_case: str | None) -> None:
        """Show one use case's items, snapshots and runs on every page (None: all)."""
        if use_case != self.use_case:
            self.use_case = use_case
            self.use_case_changed.emit()

    def selected_use_case(self) -> str | None:
        """The use case a snapshot, freeze or run is for: a real use case's id, else None."""
        from ..store.items import NO_USE_CASE

        return self.use_case if self.use_case not in (None, NO_USE_CASE) else None

    def has_use_cases(self) -> bool:
        from ..store.usecases import has_use_cases

        return self.project is not None and has_use_cases(self.project)

    # -- user -----------------------------------------------------------------------------
    def users(self) -> list[User]:
        return store_users.list_users(self.project) if self.project else []

    def sign_in(self, username: str, password: str) -> User:
        self.user = store_users.authenticate(self.project, username, password)
        self.user_changed.emit()
        return self.user

    def sign_out(self) -> None:
        self.user = None
        self.user_changed.emit()

    @property
    def actor(self):
        return self.user

    # -- permissions ----------------------------------------------------------------------
    def permission(self, action: Action, locale: str | None = None) -> tuple[bool, str]:
        """Whether the signed-in user may take `action`, and if not, a sentence saying why
        and who could (shown as the disabled control's tooltip)."""
        what = _t(ACTION_NAMES[action])
        if self.project is None:
            return False, translate("Permissions", "Open a project first.")
        if self.user is None:
            return False, translate("Permissions", "Sign in to {action}.").format(action=what)
        if may(self.user, action, locale):
            return True, ""
        allowed = ", ".join(sorted(_t(ROLE_NAMES[r]) for r in PERMISSIONS[action]))
        if action is Action.SIGN_OFF and locale and Role.DOMAIN_OWNER in self.user.roles:
            owned = ", ".join(sorted(self.user.owned_locales())) or "—"
            return False, translate("Permissions", "Only a domain owner of {locale} may {action} for "
                                                   "{locale}; "
                             "you own {owned}.").format(locale=locale, action=what, owned=owned)
        scope = f" ({locale})" if locale and action is Action.SIGN_OFF else ""
        text = translate("Permissions", "Your role ({roles}) may not {action}{scope}. This needs: {allowed}.")
        return False, text.format(
            roles=describe_roles(self.user), action=what, scope=scope, allowed=allowed)

    # -- change notifications -------------------------------------------------------------
    def notify_items(self, ids: list[int] | None = None) -> None:
        self.items_changed.emit(list(ids or []))
        self.audit_changed.emit()


def gate(target, allowed: bool, why: str, tip: str = "") -> None:
    """Enable a widget or action, or disable it with a tooltip that says why (Qt shows
    tooltips on disabled controls, so the reason is one hover away)."""
    target.setEnabled(allowed)
    target.setToolTip(tip if allowed else why)
    if hasattr(target, "setStatusTip"):
        target.setStatusTip(tip if allowed else why)
