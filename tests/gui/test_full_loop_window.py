"""The whole method in the window only: import → de-identify → review → sign-off → training
snapshot → hold-out freeze → train → evaluate → decide, each step through the page or dialog a
person uses (ImportDialog, the Edit menu, the Review page, the Training page's buttons, the
Dashboard), never a store or CLI call behind the window's back. The test reads the store only
to check what the window did."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.gui.conftest import settle, sign_in
from tests.train.conftest import FR_PAIRS

pytestmark = pytest.mark.slow

HOLDOUT = [("Combien coûte la tenue d'un compte privé par mois ?",
            "La tenue du compte privé coûte 5 francs par mois."),
           ("Comment obtenir un relevé de compte annuel ?", "Le relevé annuel se télécharge dans le portail clients.")]


def _write(path, rows, key="response"):
    path.write_text("".join(json.dumps({"prompt": p, key: r}, ensure_ascii=False) + "\n" for p, r in rows),
                    encoding="utf-8")
    return path


def _import(qtbot, window, path, kind):
    from workbench.gui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(window.ctx, window)
    dialog.path.setText(str(path))
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.locale.setCurrentIndex(dialog.locale.findData("fr-CH"))  # the file has no locale column
    dialog.start()
    settle(qtbot, window, timeout=60_000)


def _sign_queue(qtbot, window, kind):
    view = window.views["review"]
    window.show_view("review")
    view.select("fr-CH", kind)
    settle(qtbot, window)
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    view.dialog.password.setText(PASSWORD)
    qtbot.mouseClick(view.dialog.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, timeout=30_000)


def test_the_whole_loop_in_the_window(qtbot, window, project, tmp_path, tiny_model_dir):
    from workbench.gui.deid_action import deidentify_from_window
    from workbench.store import audit, evaluations, items, snapshots

    # 1. Import, with the locale chosen in the dialog.
    sign_in(qtbot, window, "max")
    _import(qtbot, window, _write(tmp_path / "pairs.jsonl", FR_PAIRS), "pair")
    _import(qtbot, window, _write(tmp_path / "holdout.jsonl", HOLDOUT, "reference"), "holdout")
    assert len(items.item_ids(project, locale="fr-CH")) == len(FR_PAIRS) + len(HOLDOUT)
    # 2. De-identification of every draft, from the Edit menu.
    assert deidentify_from_window(window, selection=False)
    settle(qtbot, window, timeout=300_000)
    statuses = {i["status"] for i in items.list_items(project)}
    assert statuses == {"deidentified"}, statuses  # invented texts: nothing personal in them
    # 3.–4. The locale's owner reviews and signs both queues, then freezes the hold-out.
    sign_in(qtbot, window, "claire")
    _sign_queue(qtbot, window, "pair")
    _sign_queue(qtbot, window, "holdout")
    panel = window.views["review"].freeze
    panel.refresh()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    panel.dialog.password.setText(PASSWORD)
    qtbot.mouseClick(panel.dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: snapshots.latest_snapshot(project, "holdout") is not None, timeout=30_000)
    # 5. The engineer: the pre-launch check names the missing training snapshot with its button.
    sign_in(qtbot, window, "erik")
    window.show_view("training")
    settle(qtbot, window)
    view = window.views["training"]
    view.form.select_preset("peft", "lora", "tiny")
    view.form.eval_each.setChecked(True)
    view.form.set_values({"base_model": tiny_model_dir, "max_steps": 4, "checkpoint_every": 2,
                          "learning_rate": 0.01, "batch_size": 4, "name": "window loop"})
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.checking, timeout=120_000)
    assert set(view.checks.buttons) == {"training_snapshot"}, view.checks.text()
    qtbot.mouseClick(view.checks.buttons["training_snapshot"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.checking and "✗" not in view.checks.text()
                    and "Frozen hold-out" in view.checks.text(), timeout=120_000)
    # 6.–7. Train, every checkpoint evaluated as it is written.
    qtbot.mouseClick(view.launch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.selected is not None and not view.launching, timeout=120_000)
    run_id = view.selected
    qtbot.waitUntil(lambda: view.monitor.outcome == "done", timeout=300_000)
    qtbot.waitUntil(lambda: {"base", "step-000002", "step-000004"} <= set(evaluations.current_set(project, run_id)),
                    timeout=400_000)
    qtbot.waitUntil(lambda: view.table.currentItem().text(1) == "completed", timeout=30_000)
    # 8. The owner decides on the dashboard, signing with the password.
    view.dashboard_button.click()
    dash = window.views["dashboard"]
    sign_in(qtbot, window, "claire")
    dash.refresh()
    qtbot.waitUntil(lambda: dash.data is not None and dash.data.assessment is not None, timeout=60_000)
    settle(qtbot, window)
    qtbot.mouseClick(dash.panel.record_button, Qt.MouseButton.LeftButton)
    chosen = dash.decision_dialog
    if chosen.go.isChecked():
        chosen.no_go.setChecked(True)  # the owner holds it back (no rationale needed when it agrees)
        chosen.rationale.setPlainText("a test model: never released")
    qtbot.mouseClick(chosen.continue_button, Qt.MouseButton.LeftButton)
    dash.dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dash.dialog.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    [decision] = evaluations.decisions(project, run_id)
    assert decision["signer"] == "claire" and decision["decision"] == "no-go"
    # Every step is on the record, under the person who took it in the window.
    done = {(e["action"], e["actor"]) for e in audit.entries(project)}
    for step in (("items.add", "max"), ("items.signoff", "claire"), ("snapshot.freeze", "claire"),
                 ("snapshot.create", "erik"), ("run.create", "erik"), ("eval.decision", "claire")):
        assert step in done, step
    window.ctx.tasks.wait(20_000)
