"""What `make demo` promises: the prepared demo project opens, a tiny-model LoRA run is
launched from the training page with its defaults, every checkpoint is evaluated per locale
as it is written, and the dashboard shows the go/no-go."""

from __future__ import annotations

import pytest

from tests.gui.conftest import settle

pytestmark = pytest.mark.slow


def test_demo_run_from_the_window_to_a_go_no_go(qtbot, tmp_path):
    from workbench.evaluate.demo_loop import create_prepared_demo
    from workbench.gui.app import build_window
    from workbench.store.evaluations import current_set

    create_prepared_demo(tmp_path / "demo", leave_drafts=2).close()
    _, win = build_window(remember=False, language="en", theme_mode="light")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.open_project(tmp_path / "demo", demo=True, login=False)
    win.session.sign_in("erik", "demo")
    win.show_view("training")
    settle(qtbot, win)
    view = win.views["training"]
    # The form is filled for the demo: the tiny Apertus inside the project, its preset.
    assert view.form.values()["base_model"].endswith("models/tiny-apertus")
    assert view.form.eval_each.isChecked()
    view.launch()
    qtbot.waitUntil(lambda: view.selected is not None and not view.launching, timeout=120_000)
    run_id = view.selected
    qtbot.waitUntil(lambda: view.monitor.outcome == "done", timeout=600_000)
    from workbench.evaluate.demo_loop import DEMO_TRAINING

    steps, every = DEMO_TRAINING["max_steps"], DEMO_TRAINING["checkpoint_every"]
    labels = [f"step-{s:06d}" for s in range(every, steps + 1, every)]
    assert len(view.monitor.steps) == steps
    # The dashboard opens on this run at once and redraws by itself as the evaluation workers
    # (one per checkpoint, in processes of their own) finish.
    view.refresh_runs()
    view.dashboard_button.click()
    dash = win.views["dashboard"]
    assert win.current_view_key() == "dashboard"
    wanted = {"base", *labels}
    qtbot.waitUntil(lambda: dash.data is not None and dash.data.assessment is not None
                    and set(dash.data.assessment.evaluations) >= wanted, timeout=600_000)
    assert dash.current_run() == run_id
    assert dash.panel.verdict.text() in ("GO", "NO-GO")
    assert dash.heatmap.rowCount() == 6
    # One score row per checkpoint and locale, each against the base.
    from workbench.core.locales import LOCALE_CODES
    from workbench.store.evaluations import scores

    project = win.session.project
    evs = current_set(project, run_id)
    for label in labels:
        chrf = [r for r in scores(project, [evs[label]["id"]]) if r["metric"] == "chrf"]
        assert sorted(r["locale"] for r in chrf) == sorted(LOCALE_CODES)
        assert all(r["base_score"] is not None for r in chrf)
    win.ctx.tasks.wait(10_000)
    win.session.close_project()
