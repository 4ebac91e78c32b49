"""The training page on a real project: presets, pre-launch checks, a real tiny-model run
launched from the form and followed live, cancel and permissions."""

from __future__ import annotations

import pytest

from tests.gui.conftest import settle, sign_in
from tests.train.conftest import make_ready


@pytest.fixture
def ready_window(window):
    make_ready(window.session.project)
    window.session.notify_items([])
    return window


def _training(qtbot, window, user="erik"):
    sign_in(qtbot, window, user)
    window.show_view("training")
    settle(qtbot, window)
    return window.views["training"]


def test_preset_fills_placeholders_and_full_disables_lora_fields(qtbot, window):
    view = _training(qtbot, window)
    view.form.select_preset("peft", "qlora", "70b")
    assert view.form.fields["lora_rank"].placeholderText() == "16"
    assert view.form.fields["lora_rank"].isEnabled()
    view.form.select_preset("peft", "full", "8b")
    assert view.form.fields["learning_rate"].placeholderText() == "1e-05"
    assert not view.form.fields["lora_rank"].isEnabled()


def test_annotator_cannot_launch_and_is_told_why(qtbot, window):
    view = _training(qtbot, window, "max")
    assert not view.launch_button.isEnabled()
    assert "engineer" in view.launch_button.toolTip()


def test_check_refuses_a_project_without_a_frozen_holdout(qtbot, window, tiny_model_dir):
    view = _training(qtbot, window)
    view.form.select_preset("peft", "lora", "tiny")
    view.form.set_values({"base_model": tiny_model_dir, "max_steps": 4})
    qtbot.mouseClick(view.check_button, qtbot_left())
    qtbot.waitUntil(lambda: not view.checking, timeout=60_000)
    assert "✗" in view.checks.text() and "hold-out" in view.checks.text()


def test_launch_a_tiny_run_and_watch_the_curve_update_then_cancel_another(qtbot, ready_window, tiny_model_dir):
    window = ready_window
    view = _training(qtbot, window)
    view.form.select_preset("peft", "lora", "tiny")
    view.form.eval_each.setChecked(False)
    view.form.set_values({"base_model": tiny_model_dir, "max_steps": 8, "checkpoint_every": 4,
                          "learning_rate": 0.01, "name": "from the window"})
    qtbot.mouseClick(view.check_button, qtbot_left())
    qtbot.waitUntil(lambda: not view.checking, timeout=90_000)
    assert "✗" not in view.checks.text(), view.checks.text()
    assert "Frozen hold-out" in view.checks.text()

    qtbot.mouseClick(view.launch_button, qtbot_left())
    qtbot.waitUntil(lambda: view.selected is not None and not view.launching, timeout=90_000)
    run_id = view.selected
    # The curve fills while the worker process trains; the window stays responsive.
    qtbot.waitUntil(lambda: len(view.monitor.steps) >= 2, timeout=120_000)
    qtbot.waitUntil(lambda: view.monitor.outcome == "done", timeout=180_000)
    x, y = view.monitor.loss_curve.getData()
    assert list(x) == list(range(1, 9)) and len(y) == 8
    assert view.monitor.figures["checkpoint"].text().endswith("8")
    qtbot.waitUntil(lambda: view.run(run_id)["status"] == "completed", timeout=10_000)
    # The list and the monitor say so, with the time it took and no estimate left.
    assert view.table.currentItem().text(1) == "completed"
    assert "elapsed" in view.monitor.state.text() and "left" not in view.monitor.state.text()

    # A second, longer run: cancelled from the page, it stops at its next step.
    view.form.set_values({"max_steps": 400, "checkpoint_every": 200, "name": "to cancel"})
    qtbot.mouseClick(view.launch_button, qtbot_left())
    qtbot.waitUntil(lambda: view.selected not in (None, run_id) and not view.launching, timeout=90_000)
    second = view.selected
    qtbot.waitUntil(lambda: len(view.monitor.steps) >= 1, timeout=120_000)
    view.refresh_runs()
    assert view.cancel_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, qtbot_left())
    qtbot.waitUntil(lambda: view.monitor.outcome == "cancelled", timeout=120_000)
    qtbot.waitUntil(lambda: view.run(second)["status"] == "cancelled", timeout=10_000)
    # Resume: a new worker continues the same run, and the page follows it again.
    from workbench.train.events import worker_alive

    qtbot.waitUntil(lambda: not worker_alive(view.run(second)["run_dir"]), timeout=30_000)
    assert view.resume_button.isEnabled()
    qtbot.mouseClick(view.resume_button, qtbot_left())
    qtbot.waitUntil(lambda: view.monitor.outcome == "" and len(view.monitor.steps) >= 1, timeout=120_000)
    view.refresh_runs()
    qtbot.mouseClick(view.cancel_button, qtbot_left())
    qtbot.waitUntil(lambda: view.monitor.outcome == "cancelled", timeout=120_000)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_missing_engine_python_is_refused_before_anything_is_registered(qtbot, ready_window, tiny_model_dir):
    from workbench.gui import settings
    from workbench.train.runner import list_runs

    view = _training(qtbot, ready_window)
    ready_window.set_engine("/opt/nowhere/bin/python")
    try:
        view.form.select_preset("peft", "lora", "tiny")
        view.form.set_values({"base_model": tiny_model_dir, "max_steps": 2})
        qtbot.mouseClick(view.launch_button, qtbot_left())
        assert "not an executable program" in view.checks.text()
        assert list_runs(ready_window.session.project) == []
    finally:
        settings.set_value("engine/python", "")


def test_a_slurm_launch_registers_the_run_and_shows_the_sbatch_command(qtbot, ready_window, tiny_model_dir):
    from pathlib import Path

    from workbench.train.runner import list_runs

    view = _training(qtbot, ready_window)
    view.form.select_preset("peft", "lora", "tiny")
    view.form.set_values({"base_model": tiny_model_dir, "max_steps": 2})
    view.form.select_launcher("slurm", nodes=2, gpus_per_node=4, submit=False)  # job files for another cluster
    qtbot.mouseClick(view.launch_button, qtbot_left())
    qtbot.waitUntil(lambda: not view.launching, timeout=90_000)
    assert "sbatch" in view.checks.text(), view.checks.text()
    (run,) = list_runs(ready_window.session.project)
    assert run["status"] == "queued"  # waits for the cluster, not taken for dead
    script = Path(run["run_dir"]) / "launch" / "slurm.sbatch"
    assert "#SBATCH --nodes=2" in script.read_text()
