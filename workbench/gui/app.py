"""Starting the desktop workbench, and rendering a page offscreen for `--screenshot`."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("workbench.gui")

SCREENSHOT_SIZE = (1440, 900)


def create_app(language: str | None = None, theme_mode: str | None = None):
    """The QApplication with our style, theme and translations (reused if one exists, as
    under pytest-qt)."""
    from PySide6.QtWidgets import QApplication

    from . import i18n, icons, settings
    from .theme import ThemeManager

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Apertus Workbench")
    app.setWindowIcon(icons.app_icon())
    i18n.install(app, language)
    manager = getattr(app, "_workbench_theme", None)
    if manager is None:
        manager = ThemeManager(app)
        app._workbench_theme = manager
    if theme_mode:
        manager.mode = theme_mode
    manager.apply()
    return app, manager


def build_window(*, remember: bool = True, language: str | None = None, theme_mode: str | None = None):
    from .context import AppContext
    from .main_window import MainWindow

    app, manager = create_app(language, theme_mode)
    ctx = AppContext(app, theme=manager)
    return app, MainWindow(ctx, remember=remember)


def _report_unexpected(window):
    """Anything our code did not expect goes to the log file with its traceback; the window
    shows one line and keeps working."""
    def hook(kind, value, tb):
        from ..core.errors import WorkbenchError
        from .tasks import describe_error

        if isinstance(value, WorkbenchError):
            window.notify(str(value), "error")
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        window.notify(describe_error(value), "error")
    return hook


def run(project_dir: Path | None, demo: bool = False, screenshot: Path | None = None,
        view: str = "data") -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ..core.errors import WorkbenchError
        from ..paths import env_password

        try:
            render_screenshot(project_dir, Path(screenshot), view,
                              username=os.environ.get("WORKBENCH_USER"),
                              password=env_password(),
                              language=os.environ.get("WORKBENCH_LANG"))
        except WorkbenchError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return 0
    from . import settings
    from .system_libs import install_hint, missing_libraries

    missing = missing_libraries()
    if missing:  # Qt would abort with a message that names neither library nor package
        print(f"error: {install_hint(missing)}", file=sys.stderr)
        return 2
    app, window = build_window()
    sys.excepthook = _report_unexpected(window)
    app.aboutToQuit.connect(window.save_layout)  # also when quitting from the dock or a signal
    window.show()
    target = project_dir or (settings.last_project() or None)
    if target and (Path(target) / "workbench.sqlite").exists() or project_dir:
        window.open_project(target, demo=demo)
    return app.exec()


def settle(app, window, rounds: int = 40) -> None:
    """Let background queries finish and their results reach the widgets."""
    for _ in range(rounds):
        window.ctx.tasks.wait(5000)
        app.processEvents()
        if not window.ctx.tasks.busy() and not any(v.busy() for v in window.views.values()):
            app.processEvents()
            return


def render_screenshot(project_dir: Path | None, out: Path, view: str = "data", *,
                      username: str | None = None, password: str | None = None,
                      language: str | None = "en", theme_mode: str = "light",
                      item_id: int | None = None, size=SCREENSHOT_SIZE, prepare=None) -> Path:
    """Render one page of the window offscreen into a PNG.

    Signs in when a user and password are given (else the page shows what a visitor who
    has not signed in sees). `prepare(window)` may click things first (docs/screenshots.py
    runs the audit verification that way).
    """
    from ..core.errors import ValidationError
    from .views import keys

    if view not in keys():
        raise ValidationError(f"unknown view '{view}': use one of {', '.join(keys())}")
    if project_dir is None:
        raise ValidationError("a screenshot needs a project: pass --project DIR")
    app, window = build_window(remember=False, language=language or "en", theme_mode=theme_mode)
    try:
        window.resize(*size)
        if not window.open_project(project_dir, login=False):
            raise ValidationError(window.banner.text.text())
        if username and password:
            window.session.sign_in(username, password)
        settle(app, window)
        if view == "editor":
            data = window.views["data"]
            target = item_id
            if target is None and data.model.item_at(0) is not None:
                target = data.model.item_at(0)["id"]
            window.show_view("editor", item_id=target, order=data.model.all_ids())
        else:
            window.show_view(view)
        window.show()
        settle(app, window)
        if prepare is not None:
            prepare(window)
            settle(app, window)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise ValidationError(f"could not write {out}: check the folder exists and is writable")
        return out
    finally:
        window.ctx.tasks.wait(10_000)
        window.close()
        window.session.close_project()
        window.deleteLater()
        app.processEvents()
