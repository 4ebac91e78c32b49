"""Background work: the window stays responsive, the status bar shows what runs, and a
cancellable step stops when asked."""

import threading

from PySide6.QtCore import Qt

from workbench.core.errors import ValidationError


def test_indicator_shows_running_work_and_cancel_stops_it(qtbot, window):
    indicator, runner = window.indicator, window.ctx.tasks
    started, messages = threading.Event(), []

    def endless(token):
        started.set()
        while True:  # stands in for a long import: polls the token between rows
            token.report(1, 10, "Reading row 1…")
            token.check()
            threading.Event().wait(0.01)

    runner.start("Importing big.jsonl…", endless, on_error=messages.append, cancellable=True)
    assert started.wait(5)
    qtbot.waitUntil(indicator.isVisible, timeout=3000)  # appears after a short delay
    assert indicator.cancel.isEnabled() and indicator.bar.maximum() == 10
    qtbot.mouseClick(indicator.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert messages == ["Importing big.jsonl…: cancelled"]
    assert not indicator.isVisible()


def test_errors_of_tasks_reach_the_banner_not_a_traceback(qtbot, window):
    def fails(token):
        raise ValidationError("the file has no 'prompt' column: add one or map it with --prompt")

    window.ctx.tasks.start("Importing…", fails)
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy())
    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.level == "error"
    assert window.banner.text.text().startswith("the file has no 'prompt' column")


def test_uncancellable_steps_say_why(qtbot, window):
    release = threading.Event()
    window.ctx.tasks.start("Signing…", lambda token: release.wait(5))
    qtbot.waitUntil(window.indicator.isVisible, timeout=3000)
    assert not window.indicator.cancel.isEnabled()
    assert "single transaction" in window.indicator.cancel.toolTip()
    release.set()
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy())
