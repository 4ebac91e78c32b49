"""The Training page tells the truth: presets this machine can run, charts empty without data,
a legend entry only for a line with points, the run's phase, elapsed time and estimate, and the
evaluation of each checkpoint as it goes."""

from __future__ import annotations

import json
import time

from tests.gui.conftest import settle, sign_in


def test_a_cpu_machine_is_offered_its_own_presets_and_one_gpu_per_node(qtbot, window):
    sign_in(qtbot, window, "erik")
    window.show_view("training")
    view = window.views["training"]
    qtbot.waitUntil(lambda: getattr(view, "hardware_info", None) is not None, timeout=60_000)
    settle(qtbot, window)
    info = view.hardware_info
    labels = [view.form.preset.itemText(i) for i in range(view.form.preset.count())]
    if not info["cuda"]:
        assert not any("CUDA" in label for label in labels), labels
        assert view.form.gpus.value() == 1 and view.form.other_machines.isVisibleTo(view)
        view.form.other_machines.setChecked(True)
        assert any("CUDA" in view.form.preset.itemText(i) for i in range(view.form.preset.count()))
    assert "CPU" in view.hardware.text()


def _write_events(run_dir, events):
    with (run_dir / "events.jsonl").open("a", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e) + "\n")


def test_the_monitor_shows_nothing_invented_and_follows_phase_time_and_evaluations(qtbot, tmp_path):
    from workbench.gui.run_monitor import RunMonitor

    monitor = RunMonitor()
    qtbot.addWidget(monitor)
    monitor.resize(900, 600)
    monitor.show()
    run = {"id": "run-x", "run_dir": str(tmp_path), "status": "running",
           "spec": {"max_steps": 30, "eval_each_checkpoint": True}}
    monitor.follow(run)
    # No step yet: no axes, no legend, a sentence instead.
    assert monitor.charts.currentWidget() is monitor.no_data
    assert monitor.legend.items == []
    now = time.time()
    _write_events(tmp_path, [{"t": now - 24, "type": "log", "phase": "start", "message": "start"}]
                  + [{"t": now - 24 + 2 * s, "type": "step", "step": s, "loss": 2.0 - s / 20, "lr": 0.01}
                     for s in range(1, 13)]
                  + [{"t": now - 4, "type": "checkpoint", "step": 10, "loss": 1.5, "path": "x", "sha256": "y"}])
    monitor.show_phase("running", "running")
    monitor.poll()
    assert monitor.charts.currentWidget() is not monitor.no_data
    assert monitor.legend.items == []  # one line, no validation points: no legend entry
    assert "elapsed" in monitor.state.text() and "left" in monitor.state.text(), monitor.state.text()
    assert "step 10: waiting" in monitor.evals.text()
    (tmp_path / "eval_events.jsonl").write_text(json.dumps(
        {"t": now, "type": "eval.progress", "checkpoint": "step-000010", "done": 3, "total": 6}) + "\n")
    _write_events(tmp_path, [{"t": now, "type": "eval", "step": 12, "val_loss": 1.4}])
    monitor.poll()
    assert "step 10: 3 of 6 answers" in monitor.evals.text()
    assert [label.text for _, label in monitor.legend.items] == ["training", "validation (split of the training "
                                                                              "snapshot)"]
    _write_events(tmp_path, [{"t": now + 1, "type": "done", "step": 30, "loss": 0.921903642196229}])
    monitor.show_phase("checkpoint evaluation 0/1", "evaluating")
    monitor.poll()
    assert "done: step 30, loss 0.9219" in monitor.log.toPlainText()  # rounded as the metrics row
    assert "0.92190364" not in monitor.log.toPlainText()
    assert "left" not in monitor.state.text() and "checkpoint evaluation 0/1" in monitor.state.text()


def test_an_error_banner_belongs_to_its_page_and_its_reader(qtbot, window):
    sign_in(qtbot, window, "max")
    window.show_view("training")
    window.ctx.error("max's launch failed")
    assert window.banner.isVisible()
    sign_in(qtbot, window, "erik")
    assert not window.banner.isVisible()  # another user's error is gone after the sign-in
    window.ctx.error("erik's check failed")
    window.show_view("audit")
    assert not window.banner.isVisible()  # and a page's error stays on its page
