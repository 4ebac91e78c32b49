"""The main window: sidebar of pages, message banner, status bar with the signed-in role and
the running-task indicator, menus, and the layout remembered between sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMainWindow, QStackedWidget,
                               QVBoxLayout, QWidget)

from ..core.errors import WorkbenchError
from . import i18n, icons, settings
from .context import AppContext
from .session import describe_roles
from .sidebar import Sidebar
from .tasks import TaskIndicator
from .views import discover
from .welcome import WelcomePage
from .widgets import Banner
from .window_dialogs import WindowDialogs


class MainWindow(WindowDialogs, QMainWindow):
    def __init__(self, ctx: AppContext, *, remember: bool = True):
        super().__init__()
        self.ctx = ctx
        self.session = ctx.session
        self.remember = remember  # screenshots and tests must not overwrite the user's layout
        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(980, 640)
        self.specs = discover()
        self.views = {}
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = Sidebar(ctx, self.specs)
        self.sidebar.picked.connect(lambda key: self.show_view(key))
        self.sidebar.account.connect(self.account)
        row.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.banner = Banner()
        wrap = QHBoxLayout()
        wrap.setContentsMargins(16, 10, 16, 0)
        wrap.addWidget(self.banner)
        right.addLayout(wrap)
        self.pages = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.new_requested.connect(self.new_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_picked.connect(lambda p: self.open_project(p))
        self.pages.addWidget(self.welcome)
        for spec in self.specs:
            view = spec.factory(ctx)
            self.views[spec.key] = view
            self.pages.addWidget(view)
        right.addWidget(self.pages, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        self.status = self.statusBar()
        self.indicator = TaskIndicator(ctx.tasks)
        self.role = QLabel()
        self.safeguards = QLabel(objectName="safeguards")
        self.status.addPermanentWidget(self.indicator)
        self.status.addPermanentWidget(self.safeguards)
        self.status.addPermanentWidget(self.role)
        self._menus()
        ctx.navigate.connect(self._navigate)
        ctx.notify.connect(self.notify)
        self.session.project_changed.connect(self._project_changed)
        self.session.user_changed.connect(self._user_changed)
        self.session.audit_changed.connect(self._show_safeguards)
        if ctx.theme is not None:
            ctx.theme.changed.connect(self.sidebar.refresh)
        self._project_changed()
        self._user_changed()
        if remember:
            self.restore_layout()

    # -- menus ----------------------------------------------------------------------------
    def _action(self, menu, text, slot, shortcut=None, icon=None) -> QAction:
        a = QAction(text, self)
        if icon:
            a.setIcon(icons.icon(icon))
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    def _menus(self) -> None:
        bar = self.menuBar()
        f = bar.addMenu(self.tr("&File"))
        self._action(f, self.tr("&New project…"), self.new_dialog, QKeySequence.StandardKey.New, "new")
        self._action(f, self.tr("&Open project…"), self.open_dialog, QKeySequence.StandardKey.Open, "open")
        self._action(f, self.tr("Open the &demo project"), self.open_demo, None, "demo")
        self.import_action = self._action(f, self.tr("&Import items…"),
                                          lambda: self._navigate("import", {}), "Ctrl+I", "import")
        self.close_action = self._action(f, self.tr("&Close project"), self.close_project)
        f.addSeparator()
        self.scope_action = self._action(f, self.tr("&Use cases and scope…"), lambda: self.open_scope(), None,
                                         "lock")
        self._action(f, self.tr("&Engine Python…"), self.choose_engine, None, "training")
        self.erase_action = self._action(f, self.tr("&Erase original texts…"), self.erase_originals, None, "reject")
        f.addSeparator()
        self._action(f, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        e = bar.addMenu(self.tr("&Edit"))
        undo = self.ctx.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icons.icon("undo"))
        redo = self.ctx.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setIcon(icons.icon("redo"))
        e.addAction(undo)
        e.addAction(redo)
        e.addSeparator()
        from .deid_action import deidentify_from_window

        self.deid_selection_action = self._action(e, self.tr("De-identify the selected items"),
                                                  lambda: deidentify_from_window(self, True), None, "pii")
        self.deid_all_action = self._action(e, self.tr("De-identify every draft"),
                                            lambda: deidentify_from_window(self, False), None, "pii")
        v = bar.addMenu(self.tr("&View"))
        for spec in self.specs:
            self._action(v, spec.display_title(), lambda _=False, k=spec.key: self.show_view(k),
                         spec.shortcut or None, spec.icon)
        v.addSeparator()
        appearance = v.addMenu(self.tr("Appearance"))
        group = QActionGroup(self)
        for mode, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            a = QAction(label, self, checkable=True)
            a.setChecked(settings.theme() == mode)
            a.triggered.connect(lambda _=False, m=mode: self.ctx.theme and self.ctx.theme.set_mode(m))
            group.addAction(a)
            appearance.addAction(a)
        language = v.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code in ("system",) + i18n.SUPPORTED:
            label = self.tr("Follow the system") if code == "system" else i18n.NATIVE_NAMES[code]
            a = QAction(label, self, checkable=True)
            a.setChecked(settings.language() == code)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(a)
            language.addAction(a)
        acc = bar.addMenu(self.tr("&Account"))
        self._action(acc, self.tr("&Sign in…"), self.sign_in, "Ctrl+L", "user")
        self._action(acc, self.tr("Sign &out"), self.session.sign_out, None, "signout")
        h = bar.addMenu(self.tr("&Help"))
        self._action(h, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", "keyboard")
        self._action(h, self.tr("&About Apertus Workbench"), self.about, None, "info")

    # -- navigation -----------------------------------------------------------------------
    def show_view(self, key: str, **kwargs) -> None:
        if self.session.project is None or key not in self.views:
            return
        current = self.pages.currentWidget()
        editor = self.views.get("editor")
        if current is editor and key != "editor" and editor is not None and not editor.confirm_leave():
            self.sidebar.select("editor")
            return
        view = self.views[key]
        picker = getattr(view, "use_cases", None)
        if picker is not None:   # use cases created meanwhile (another window, the command line)
            picker.refresh()
        if getattr(self, "_banner_scope", ("", None))[0] != key:
            self.banner.hide()
        self.pages.setCurrentWidget(view)
        self.sidebar.select(key)
        view.activated(**kwargs)

    def current_view_key(self) -> str:
        w = self.pages.currentWidget()
        return next((k for k, v in self.views.items() if v is w), "")

    def _navigate(self, key: str, kwargs: dict) -> None:
        if key == "import":
            from .dialogs.import_dialog import ImportDialog

            self._dialog = ImportDialog(self.ctx, self)
            self._dialog.open()
            return
        if key == "scope":
            self.open_scope(kwargs.get("use_case"))
            return
        self.show_view(key, **kwargs)

    def notify(self, message: str, level: str) -> None:
        from .messages import window_text

        if level in ("error", "warn"):
            self.banner.show_message(message, level)
            # A banner belongs to the page and the person it was shown to: it goes when
            # either changes (another user's error is not theirs to read).
            self._banner_scope = (self.current_view_key(), self.session.user and self.session.user.username)
        else:
            self.status.showMessage(window_text(message), 8000)

    # -- project and account --------------------------------------------------------------
    def open_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a project folder"),
                                                  settings.last_project())
        if folder:
            self.open_project(folder)

    def new_dialog(self) -> None:
        from .dialogs.project import NewProjectDialog

        self._dialog = NewProjectDialog(self.ctx, self)
        self._dialog.accepted.connect(self._remember_current)
        self._dialog.open()

    def open_project(self, path, *, demo: bool = False, login: bool = True) -> bool:
        try:
            self.session.open_project(path, demo=demo)
        except WorkbenchError as exc:
            self.notify(str(exc), "error")
            return False
        self._remember_current()
        if login:
            self.sign_in()
        return True

    def _remember_current(self) -> None:
        if self.remember and self.session.root is not None:
            settings.remember_project(str(self.session.root))
            self.welcome.refresh()

    def open_demo(self) -> None:
        """The demo lives in the user's data folder; built once, in the background."""
        import platformdirs

        from ..paths import APP_NAME

        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo-project"
        if (folder / "workbench.sqlite").exists():
            self.open_project(folder, demo=True)
            return

        def build(token):
            from ..evaluate.demo_loop import create_prepared_demo

            # Ready to train: de-identified, signed off, hold-out frozen, tiny Apertus inside;
            # a few drafts per locale stay for the review screens.
            create_prepared_demo(folder).close()
            return folder

        self.ctx.tasks.start(self.tr("Building the demo project…"), build,
                             on_done=lambda f: self.open_project(f, demo=True))

    def choose_engine(self) -> None:
        """The Python that runs training and evaluation workers: needed by the desktop bundle,
        which ships without torch & co.; optional elsewhere (default: this Python)."""
        import os

        from ..paths import engine_python

        current = settings.get_str("engine/python") or engine_python() or ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the Python that runs training and evaluation"), current)
        if not path:
            return
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            self.notify(self.tr("{path} is not an executable program: choose the python of an "
                                "environment with apertus-workbench installed").format(path=path), "error")
            return
        self.set_engine(path)

    def set_engine(self, path: str) -> None:
        settings.set_value("engine/python", path)
        self.status.showMessage(self.tr("Training and evaluation will run with {path}").format(path=path), 8000)

    def close_project(self) -> None:
        editor = self.views.get("editor")
        if editor is not None and not editor.confirm_leave():
            return
        self.session.close_project()

    def sign_in(self) -> None:
        if self.session.project is None:
            return
        from .dialogs.login import LoginDialog

        dlg = LoginDialog(self.ctx, self, settings.get_str("account/last_user"))
        dlg.accepted.connect(lambda: self.remember and settings.set_value(
            "account/last_user", self.session.user.username))
        self._dialog = dlg
        dlg.open()

    def account(self) -> None:
        if self.session.user is not None:
            self.session.sign_out()
        else:
            self.sign_in()

    def _project_changed(self) -> None:
        has = self.session.project is not None
        name = self.session.project_name()
        self.setWindowTitle(f"{name} — Apertus Workbench" if has else "Apertus Workbench")
        self.close_action.setEnabled(has)
        self.import_action.setEnabled(has)
        self.scope_action.setEnabled(has)
        self.banner.hide()
        self._show_safeguards()
        if has:
            self.show_view(self.current_view_key() or "data")
        else:
            self.welcome.refresh()
            self.pages.setCurrentWidget(self.welcome)

    def _show_safeguards(self) -> None:
        """A relaxed safeguard is never silent: it stays in the status bar (in warning colour)."""
        from ..store.users import duties_policy, password_policy

        p, parts = self.session.project, []
        if p is not None:
            policy = password_policy(p)
            if policy.relaxed:
                parts.append(self.tr("Password policy relaxed ({n} characters)").format(n=policy.min_length))
            if not duties_policy(p).enforced:
                parts.append(self.tr("Separation of duties relaxed"))
        self.safeguards.setText(" · ".join(parts))
        self.safeguards.setStyleSheet("color: #b45309; font-weight: 600;" if parts else "")
        self.safeguards.setVisible(bool(parts))

    def _user_changed(self) -> None:
        u = self.session.user
        if getattr(self, "_banner_scope", ("", None))[1] != (u and u.username):
            self.banner.hide()
        if self.session.project is None:
            self.role.setText("")
        elif u is None:
            self.role.setText(self.tr("Not signed in (read only)"))
        else:
            self.role.setText(self.tr("{name} · {roles}").format(name=u.display_name,
                                                                 roles=describe_roles(u)))

    # -- help -----------------------------------------------------------------------------
    def about(self) -> None:
        from .dialogs.about import AboutDialog

        self._dialog = AboutDialog(self.ctx, self)
        self._dialog.open()

    def show_shortcuts(self) -> None:
        """F1: every shortcut of every page, read from the shortcuts the window registered."""
        from .shortcuts import ShortcutsDialog

        self._dialog = ShortcutsDialog(self)
        self._dialog.open()

    def set_language(self, code: str) -> None:
        settings.set_value("appearance/language", code)
        self.status.showMessage(self.tr("The language changes the next time the workbench starts."), 8000)

    # -- layout ---------------------------------------------------------------------------
    def restore_layout(self) -> None:
        s = settings.app_settings()
        if s.value("window/geometry"):
            self.restoreGeometry(s.value("window/geometry"))
        else:
            self.resize(1360, 860)
        if s.value("window/state"):
            self.restoreState(s.value("window/state"))
        for view in self.views.values():
            view.restore_state(s)

    def save_layout(self) -> None:
        s = settings.app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/view", self.current_view_key())
        for view in self.views.values():
            view.save_state(s)
        s.sync()

    def closeEvent(self, event) -> None:
        editor = self.views.get("editor")
        if editor is not None and self.session.project is not None and not editor.confirm_leave():
            event.ignore()
            return
        if self.remember:
            self.save_layout()
        self.ctx.tasks.cancel_all()
        self.ctx.tasks.wait(10_000)
        event.accept()
