"""GUI fixtures: the real main window, offscreen, on a real project; settings in a temporary
folder so tests never read or overwrite the developer's own layout."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, qapp):
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


def settle(qtbot, window, timeout=10_000):
    """Wait until background queries are done and every view has its data."""
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy()
                    and not any(v.busy() for v in window.views.values()), timeout=timeout)


@pytest.fixture
def window(qtbot, project):
    """The main window on the `project` fixture, nobody signed in yet."""
    from workbench.gui.app import build_window

    _, win = build_window(remember=False, language="en", theme_mode="light")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    assert win.open_project(project.root, login=False)
    settle(qtbot, win)
    yield win
    win.ctx.tasks.wait(10_000)
    win.session.close_project()


def sign_in(qtbot, window, username, password=None):
    from tests.conftest import PASSWORD

    window.session.sign_in(username, password or PASSWORD)
    settle(qtbot, window)
    return window.session.user
